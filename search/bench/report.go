package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// report prints the figures: the index, then one row per query, then the
// ratios against Pagefind measured in the same run.
func (b *bench) report(w io.Writer, buildS, buildRSS, pfS, pfRSS float64) {
	st := b.stats
	idx := (b.buildDur + b.exportDur).Seconds()
	fmt.Fprintf(w, "\n== Index (%d units)\n", b.unitCount)
	fmt.Fprintf(w, "| %-44s | %14s | %14s | %9s |\n", "", "zeren", "Pagefind", "ratio")
	fmt.Fprintf(w, "|%s|%s|%s|%s|\n", strings.Repeat("-", 46), strings.Repeat("-", 16), strings.Repeat("-", 16), strings.Repeat("-", 11))
	line := func(label, z, p string, ratio float64) {
		r := ""
		if ratio > 0 {
			r = fmt.Sprintf("%.2f", ratio)
		}
		fmt.Fprintf(w, "| %-44s | %14s | %14s | %9s |\n", label, z, p, r)
	}
	line("index stage: Bleve build + export, wall s", fmt.Sprintf("%.1f + %.1f", b.buildDur.Seconds(), b.exportDur.Seconds()), fmtF(pfS, "%.1f"), ratio(idx, pfS))
	for _, m := range b.methods {
		line("  Bleve build with "+map[string]string{"builder": "bleve.NewBuilder, one core", "offline": "offline builder, analysis on all cores"}[m.name]+", s", fmt.Sprintf("%.1f", m.took.Seconds()), "", 0)
	}
	line("index stage peak RSS, MiB (site model alone)", fmt.Sprintf("%.0f (%.0f)", b.peakMiB, b.modelMiB), fmtF(pfRSS, "%.0f"), ratio(b.peakMiB, pfRSS))
	line("whole zeren build, wall s / peak MiB", fmt.Sprintf("%.1f / %.0f", buildS, buildRSS), "", 0)
	line("static index: files", fmt.Sprint(st.Files), fmtI(b.pfFiles), ratio(float64(st.Files), float64(b.pfFiles)))
	line("static index: MB (dict / postings / text / words)", fmt.Sprintf("%.1f", mb(st.Total())), fmtF(mb(b.pfBytes), "%.1f"), ratio(float64(st.Total()), float64(b.pfBytes)))
	line("", fmt.Sprintf("%.1f/%.1f/%.1f/%.1f", mb(st.DictBytes), mb(st.PostBytes), mb(st.TextBytes), mb(st.WordBytes)), "", 0)
	line("stored word answers", fmt.Sprint(st.Words), "", 0)
	line("setup bytes before a query, KB", fmt.Sprintf("%.1f", kb(b.zerenSetup)), fmtF(kb(b.pfSetup), "%.1f"), ratio(float64(b.zerenSetup), float64(b.pfSetup)))

	fmt.Fprintf(w, "\n== Queries: results (literal in top 10), KB fetched for the first ten (and once settled), ms to the first ten in Chromium cold\n")
	fmt.Fprintf(w, "   (zeren ms and ratio: the site's search page / the client on a bare page like Pagefind's), Bleve p50/p99 ms;\n")
	fmt.Fprintf(w, "   floor: ms to fetch the bare page's files in its rounds (how many) from the search page as built / a bare page, doing nothing else\n")
	fmt.Fprintf(w, "| %-22s | %-16s | %-16s | %-16s | %-16s | %-11s | %-15s | %-6s | %-11s | %-11s |\n",
		"query", "zeren results", "Pagefind results", "zeren KB", "Pagefind KB", "zeren ms", "floor", "PF ms", "ms ratio", "Bleve p50/99")
	fmt.Fprintf(w, "|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", dash(24), dash(18), dash(18), dash(18), dash(18), dash(13), dash(17), dash(8), dash(13), dash(13))
	var zt, bt, pt, zb, pb float64
	for _, r := range b.rows {
		z, p := r.zeren, r.pf
		fmt.Fprintf(w, "| %-22s | %-16s | %-16s | %-16s | %-16s | %11s | %15s | %6s | %11s | %11s |\n",
			r.query, fmt.Sprintf("%d (%d/%d)", r.total, z.literal, min(10, len(z.urls))), pfCell(b.pagefind, fmt.Sprintf("%d (%d/%d)", p.total, p.literal, min(10, len(p.urls)))),
			fmt.Sprintf("%.1f (%.1f)", kb(z.query), kb(z.after-z.setup)), pfCell(b.pagefind, fmt.Sprintf("%.1f (%.1f)", kb(p.query), kb(p.after-p.setup))),
			fmt.Sprintf("%.0f / %.0f", z.ms, r.bare.ms), fmt.Sprintf("%.0f / %.0f (%d)", r.siteFloor, r.floor, r.rounds), pfCell(b.pagefind, fmt.Sprintf("%.0f", p.ms)), pfCell(b.pagefind, fmt.Sprintf("%.2f / %.2f", z.ms/p.ms, r.bare.ms/p.ms)),
			fmt.Sprintf("%s/%s", ms(r.p50), ms(r.p99)))
		bt += r.bare.ms
		zt += z.ms
		pt += p.ms
		zb += float64(z.query)
		pb += float64(p.query)
	}
	if b.pagefind && pt > 0 {
		n := float64(len(b.rows))
		quarter, bareQuarter, fewer := 0, 0, 0
		var below, siteBelow []string // queries whose floor is above a quarter of Pagefind's time
		for _, r := range b.rows {
			if r.floor > r.pf.ms/4 {
				below = append(below, fmt.Sprintf("%s (%.0f > %.0f)", r.query, r.floor, r.pf.ms/4))
			}
			if r.siteFloor > r.pf.ms/4 {
				siteBelow = append(siteBelow, fmt.Sprintf("%s (%.0f > %.0f)", r.query, r.siteFloor, r.pf.ms/4))
			}
			if r.zeren.ms <= r.pf.ms/4 {
				quarter++
			}
			if r.bare.ms <= r.pf.ms/4 {
				bareQuarter++
			}
			if r.zeren.query <= r.pf.query {
				fewer++
			}
		}
		fmt.Fprintf(w, "\nmean over %d queries: time %.0f ms vs %.0f ms (ratio %.2f); bytes per query %.1f KB vs %.1f KB (ratio %.2f)\n",
			len(b.rows), zt/n, pt/n, zt/pt, kb(int(zb/n)), kb(int(pb/n)), zb/pb)
		fmt.Fprintf(w, "bare page: mean time %.0f ms (ratio %.2f)\n", bt/n, bt/pt)
		fmt.Fprintf(w, "queries at most a quarter of Pagefind's time: %d of %d (bare page: %d); fetching no more bytes than Pagefind: %d of %d\n",
			quarter, len(b.rows), bareQuarter, fewer, len(b.rows))
		for _, f := range []struct {
			page  string
			below []string
		}{{"the search page", siteBelow}, {"a bare page", below}} {
			fmt.Fprintf(w, "queries whose floor on %s (its rounds alone) is above a quarter of Pagefind's time: %d of %d", f.page, len(f.below), len(b.rows))
			if len(f.below) > 0 {
				fmt.Fprintf(w, ": %s", strings.Join(f.below, ", "))
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "the floor (a blank page running one module, cold, same server): %.0f ms; above it, mean %.0f ms vs %.0f ms (ratio %.2f)\n",
			b.floor, zt/n-b.floor, pt/n-b.floor, (zt/n-b.floor)/(pt/n-b.floor))
	}
}

func pfCell(on bool, s string) string {
	if !on {
		return "-"
	}
	return s
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func fmtF(v float64, f string) string {
	if v == 0 {
		return "-"
	}
	return fmt.Sprintf(f, v)
}

func fmtI(v int) string {
	if v == 0 {
		return "-"
	}
	return fmt.Sprint(v)
}

func mb(n int) float64  { return float64(n) / 1e6 }
func kb(n int) float64  { return float64(n) / 1e3 }
func dash(n int) string { return strings.Repeat("-", n) }
func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000)
}
