// Command bench measures search on a built site, side by side with
// Pagefind run on the same pages; scripts/bench-search.sh runs it after
// `zeren build` and `pagefind --site`. It prints a table.
//
//	go run ./search/bench -site DIR [-pagefind] [-build-s S -build-rss MiB] [-pf-s S -pf-rss MiB]
//
// It measures, in this order: the index stage alone (the Bleve build and
// the export, from the site model, with its peak memory); every query
// against the Bleve index of the build (p50, p99); every query in
// headless Chromium, cold, on the site's search page and on a page using
// Pagefind's API: time to the first ten results, bytes fetched, results,
// and how many of the first ten hold the query literally.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"zeren/generator"
	"zeren/search"
)

// queries is the set measured: words, phrases, an article number,
// common words, several terms.
var queries = []string{
	"问责", "责令辞职", "党风廉政建设", "问责制", "第十四条", "行政处罚", "人民政府", "应当",
	"中华人民共和国", "法律责任", "罚款", "县级以上人民政府 环境保护", "国务院 规定",
}

func main() {
	site := flag.String("site", "", "the built site: content/, public/ and the cache .zeren/")
	pf := flag.Bool("pagefind", false, "compare with Pagefind's index in public/pagefind/")
	buildS := flag.Float64("build-s", 0, "wall seconds of the whole zeren build, measured by the script")
	buildRSS := flag.Float64("build-rss", 0, "peak MiB of the whole zeren build")
	pfS := flag.Float64("pf-s", 0, "wall seconds of pagefind --site")
	pfRSS := flag.Float64("pf-rss", 0, "peak MiB of pagefind --site")
	runs := flag.Int("runs", 3, "cold browser runs per query (the median is shown)")
	builders := flag.Bool("builders", false, "also time the other ways to build the Bleve index")
	flag.BoolVar(&http1, "http1", false, "serve the pages over plain HTTP/1.1 (6 connections per host) instead of HTTP/2 with TLS, as static hosts serve them")
	traceQ := flag.String("trace", "", "print the waterfall of one cold load of -pages for each of these queries (separated by |) and stop")
	pagesF := flag.String("pages", "/search/", "with -trace, the page to load; several (separated by ,) are timed side by side instead, -runs times each")
	prof := flag.Bool("profile", false, "with -trace, print where the page's main thread spends its time (V8's sampling profiler, -runs cold loads per query) instead of the waterfall")
	flag.Parse()
	if *traceQ != "" && *prof {
		if err := profile(os.Stdout, *site, strings.Split(*pagesF, ",")[0], strings.Split(*traceQ, "|"), *runs); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	if *traceQ != "" {
		qs, pages := strings.Split(*traceQ, "|"), strings.Split(*pagesF, ",")
		err := error(nil)
		if len(pages) > 1 {
			err = compare(os.Stdout, *site, pages, qs, *runs)
		} else {
			err = trace(os.Stdout, *site, pages[0], qs)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	if *site == "" {
		fmt.Fprintln(os.Stderr, "bench: name the built site with -site DIR")
		os.Exit(2)
	}
	b := &bench{site: *site, pagefind: *pf, runs: *runs, builders: *builders}
	if err := b.run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	b.report(os.Stdout, *buildS, *buildRSS, *pfS, *pfRSS)
}

type bench struct {
	site     string
	pagefind bool
	builders bool
	runs     int
	units    map[string]string // URL (with #eId) → unit text

	modelMiB, peakMiB   float64
	buildDur, exportDur time.Duration
	stats               search.ExportStats
	unitCount           int
	methods             []method
	pfFiles, pfBytes    int
	rows                []row
	zerenSetup, pfSetup int
	floor               float64 // ms to run a blank page's module, cold
}

// row is one query's figures.
type row struct {
	query     string
	total     int
	p50, p99  time.Duration
	zeren, pf browserRun
	bare      browserRun // zeren's client on a page like Pagefind's
	floor     float64    // ms to fetch the bare page's files in its rounds, and do nothing else
	siteFloor float64    // the same from the search page as built, drawing nothing
	rounds    int
}

func (b *bench) run() error {
	if err := b.indexStage(); err != nil {
		return err
	}
	if err := b.queryTimes(); err != nil {
		return err
	}
	if b.pagefind {
		b.pfFiles, b.pfBytes = folderSize(filepath.Join(b.site, "public", "pagefind"))
	}
	return b.browse()
}

// indexStage builds the index from the site model as a build does, and
// reads the process's peak memory (VmHWM) before anything else runs.
func (b *bench) indexStage() error {
	s, _, err := generator.Check(generator.Options{Source: b.site})
	if err != nil {
		return err
	}
	runtime.GC()
	b.modelMiB = procMiB("VmRSS")
	units := search.Units(s, func(p string) string { return p })
	b.unitCount = len(units)
	b.units = map[string]string{}
	for _, u := range units {
		b.units[u.URL] = u.Text
	}
	tmp, err := os.MkdirTemp("", "zeren-bench-index-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	start := time.Now()
	ix, err := search.Build(filepath.Join(tmp, "index"), units, search.BuildOptions{})
	if err != nil {
		return err
	}
	b.buildDur = time.Since(start)
	start = time.Now()
	_, st, err := search.Export(ix, units, search.ExportOptions{Base: "/"})
	ix.Close()
	if err != nil {
		return err
	}
	b.exportDur, b.stats = time.Since(start), st
	b.peakMiB = procMiB("VmHWM")
	if b.builders {
		for _, m := range []string{"offline", "builder"} {
			start := time.Now()
			ix, err := search.Build(filepath.Join(tmp, m), units, search.BuildOptions{Method: m})
			if err != nil {
				return err
			}
			ix.Close()
			b.methods = append(b.methods, method{m, time.Since(start)})
		}
	}
	return nil
}

// method is the time of one other way to build the Bleve index.
type method struct {
	name string
	took time.Duration
}

// queryTimes runs every query against the Bleve index of the build.
func (b *bench) queryTimes() error {
	ix, err := search.Open(search.IndexDir(filepath.Join(b.site, ".zeren"), false))
	if err != nil {
		return err
	}
	defer ix.Close()
	for _, q := range queries {
		r := row{query: q}
		var times []time.Duration
		for i := 0; i < 40; i++ {
			start := time.Now()
			res, err := ix.Search(context.Background(), search.Request{Query: q, Limit: 10})
			if err != nil {
				return err
			}
			if i >= 5 { // after warming up
				times = append(times, time.Since(start))
			}
			r.total = res.Total
		}
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		r.p50, r.p99 = times[len(times)/2], times[len(times)*99/100]
		b.rows = append(b.rows, r)
	}
	return nil
}

// browse loads every query's results page in a fresh browser context.
func (b *bench) browse() error {
	pub := filepath.Join(b.site, "public")
	pages := map[string]string{"bench-floor/index.html": floorPage, "bench-floor/rounds.js": roundsModule,
		"bench-rounds/index.html": roundsPage, "zeren-bench/index.html": zerenPage}
	if b.pagefind {
		pages["pagefind-bench/index.html"] = pagefindPage
	}
	// The search page as built, its script replaced by siteRoundsModule.
	built, err := os.ReadFile(filepath.Join(pub, "search", "index.html"))
	if err != nil {
		return err
	}
	script := regexp.MustCompile(`<script src="[^"]*/search/page\.js"`)
	if !script.Match(built) {
		return fmt.Errorf("public/search/index.html: no <script src=\".../search/page.js\"> to replace with the floor's")
	}
	pages["bench-site-rounds/index.html"] = script.ReplaceAllString(string(built), `<script src="/bench-floor/site-rounds.js"`)
	pages["bench-floor/site-rounds.js"] = siteRoundsModule
	for name, page := range pages {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(pub, name)), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(pub, name), []byte(page), 0o644); err != nil {
			return err
		}
	}
	log := &requestLog{}
	srv := newServer(log.handler(http.FileServer(http.Dir(pub))))
	defer srv.Close()
	br, err := newBrowser()
	if err != nil {
		return err
	}
	defer br.close()
	// The floor: a blank page whose module marks at once. Loaded once
	// to warm the browser up, then measured like the queries.
	if _, err := br.load(srv.URL+"/bench-floor/", log, zerenSetup, nil); err != nil {
		return fmt.Errorf("the blank page: %w", err)
	}
	floor, err := b.median(br, log, srv.URL+"/bench-floor/", zerenSetup)
	if err != nil {
		return fmt.Errorf("the blank page: %w", err)
	}
	b.floor = floor.ms
	for i := range b.rows {
		q := b.rows[i].query
		index := []string{"/search/zeren-search.js", "/search/manifest.json", "/search/d/", "/search/p/", "/search/t/", "/search/facets.bin", "/search/facets.js", "/search/inflate.js", "/search/page.js"}
		r, err := b.median(br, log, srv.URL+"/search/?q="+urlQuery(q), zerenSetup, index...)
		if err != nil {
			return fmt.Errorf("%s on zeren: %w", q, err)
		}
		r.literal = b.literalZeren(q, r.urls)
		b.rows[i].zeren = r
		b.zerenSetup = max(b.zerenSetup, r.setup)
		if r, err = b.median(br, log, srv.URL+"/zeren-bench/?q="+urlQuery(q), zerenSetup, index...); err != nil {
			return fmt.Errorf("%s on zeren's bare page: %w", q, err)
		}
		r.literal = b.literalZeren(q, r.urls)
		b.rows[i].bare = r
		spec, _ := json.Marshal(r.rounds)
		if r, err = b.median(br, log, srv.URL+"/bench-rounds/?r="+url.QueryEscape(string(spec)), zerenSetup); err != nil {
			return fmt.Errorf("%s: the floor of its rounds: %w", q, err)
		}
		b.rows[i].floor = r.ms
		b.rows[i].rounds = len(b.rows[i].bare.rounds)
		if r, err = b.median(br, log, srv.URL+"/bench-site-rounds/?q="+urlQuery(q)+"&r="+url.QueryEscape(string(spec)), zerenSetup); err != nil {
			return fmt.Errorf("%s: the search page's floor: %w", q, err)
		}
		b.rows[i].siteFloor = r.ms
		if b.pagefind {
			r, err := b.median(br, log, srv.URL+"/pagefind-bench/?q="+urlQuery(q), pagefindSetup, "/pagefind/")
			if err != nil {
				return fmt.Errorf("%s on pagefind: %w", q, err)
			}
			r.literal = literalPages(q, r.contents)
			b.rows[i].pf = r
			b.pfSetup = max(b.pfSetup, r.setup)
		}
	}
	return nil
}

// median runs a page b.runs times, cold, and keeps the run of median time.
func (b *bench) median(br *browser, log *requestLog, url string, setup func(string) bool, prefixes ...string) (browserRun, error) {
	var all []browserRun
	for i := 0; i < b.runs; i++ {
		r, err := br.load(url, log, setup, prefixes)
		if err != nil {
			return r, err
		}
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ms < all[j].ms })
	return all[len(all)/2], nil
}

// literalZeren counts the first ten hits whose unit holds every term.
func (b *bench) literalZeren(q string, urls []string) int {
	n := 0
	for _, u := range urls {
		if holds(b.units[u], q) {
			n++
		}
	}
	return n
}

// literalPages counts the pages whose text holds every term.
func literalPages(q string, contents []string) int {
	n := 0
	for _, c := range contents {
		if holds(c, q) {
			n++
		}
	}
	return n
}

// holds reports whether text holds every term of q, folded as the index
// folds; spaces in the text do not count (Pagefind's text has them
// between words).
func holds(text, q string) bool {
	norm := strings.Join(strings.Fields(string(search.Normalize(text))), "")
	for _, t := range search.Terms(q) {
		if !strings.Contains(norm, t) {
			return false
		}
	}
	return true
}

// floorPage is the least a page can do: run a module.
const floorPage = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>floor</title></head>
<body><script type="module">window.__pagefindBench = { total: 0, hits: [] }; performance.mark("search:results");</script></body></html>
`

func zerenSetup(path string) bool {
	return strings.HasSuffix(path, "/zeren-search.js") || strings.HasSuffix(path, "/search/page.js") || strings.HasSuffix(path, "/manifest.json")
}

func pagefindSetup(path string) bool {
	return strings.HasSuffix(path, ".js") || strings.HasSuffix(path, ".json") || strings.HasSuffix(path, ".pagefind") || strings.HasSuffix(path, ".pf_meta")
}

// procMiB reads a figure of /proc/self/status in MiB.
func procMiB(key string) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, key+":"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

func folderSize(dir string) (files, bytes int) {
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				files++
				bytes += int(info.Size())
			}
		}
		return nil
	})
	return files, bytes
}

func urlQuery(q string) string {
	var b strings.Builder
	for _, c := range []byte(q) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
