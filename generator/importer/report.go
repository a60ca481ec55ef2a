package importer

import (
	"fmt"
	"io"
	"strings"
)

// WriteReport prints what `zeren import --report` found: for each
// document with findings (every document with verbose) its source, kind,
// title and structure, then one line per finding (numbering gaps,
// repeats and steps back, text outside any article, suspected
// boilerplate, guessed metadata), then the counts by kind. It returns
// the number of findings.
func WriteReport(w io.Writer, results []Result, verbose bool) int {
	files := map[string]bool{}
	clean, findings := 0, 0
	for _, r := range results {
		files[strings.SplitN(r.Source, "#", 2)[0]] = true
		findings += len(r.Warnings)
		if len(r.Warnings) == 0 {
			clean++
			if !verbose {
				continue
			}
		}
		fmt.Fprintf(w, "%s → %s %s (%s)\n", r.Source, r.Kind, r.Title, describe(r))
		if len(r.Warnings) == 0 {
			fmt.Fprintln(w, "  no problems found")
		}
		width := 0
		for _, warn := range r.Warnings {
			width = max(width, len(warn.Label()))
		}
		for _, warn := range r.Warnings {
			where := "      "
			if warn.Line > 0 {
				where = fmt.Sprintf("%6d", warn.Line)
			}
			fmt.Fprintf(w, "  %s  %-*s  %s\n", where, width, warn.Label(), warn.Msg)
		}
		if verbose {
			for _, d := range r.Dropped {
				fmt.Fprintf(w, "  %6d  dropped: %s: %s\n", d.Line, d.Why, d.Text)
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%s, %s: %d without findings, %d with %s\n",
		count(len(files), "file"), count(len(results), "document"), clean, len(results)-clean, count(findings, "finding"))
	if findings > 0 {
		fmt.Fprintf(w, "findings by kind: %s\n", CountWarnings(results))
	}
	return findings
}

// describe writes a document's structure in words: 4 chapters, 31
// articles, 16 items.
func describe(r Result) string {
	c := r.Counts
	var parts []string
	for _, n := range []struct {
		count int
		name  string
	}{
		{c.Books, "books"}, {c.Chapters, "chapters"}, {c.Sections, "sections"}, {c.Articles, "articles"},
		{c.Groups, "groups"}, {c.Items, "items"}, {c.Points, "points"}, {c.Headings, "headings"},
	} {
		if n.count > 0 {
			parts = append(parts, count(n.count, strings.TrimSuffix(n.name, "s")))
		}
	}
	if len(parts) == 0 {
		return count(c.Paragraphs, "paragraph")
	}
	return strings.Join(parts, ", ")
}

// count writes n and a noun, in the plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
