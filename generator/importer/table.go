package importer

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// WriteTable prints what an import did: one row per document with its
// source, id, kind, title and structure (chapters/articles/items), then
// each document's warnings, and with verbose every dropped line.
func WriteTable(w io.Writer, results []Result, verbose bool) {
	rows := [][]string{{"SOURCE", "ID", "KIND", "TITLE", "CH/ART/ITEMS", "WARN"}}
	for _, r := range results {
		rows = append(rows, []string{r.Source, r.ID, r.Kind, clip(r.Title, 36), structure(r),
			fmt.Sprint(len(r.Warnings))})
	}
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, c := range row {
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, c := range row {
			b.WriteString(c)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	for _, r := range results {
		for _, warn := range r.Warnings {
			fmt.Fprintf(w, "warning: %s: %s: %s\n", at(r.Source, warn.Line), warn.Label(), warn.Msg)
		}
		if verbose {
			for _, d := range r.Dropped {
				fmt.Fprintf(w, "dropped: %s:%d: %s: %s\n", r.Source, d.Line, d.Why, d.Text)
			}
		}
	}
	written := 0
	for _, r := range results {
		if r.Written {
			written++
		}
	}
	fmt.Fprintf(w, "%d documents, %d written", len(results), written)
	if counts := CountWarnings(results); len(counts) > 0 {
		fmt.Fprintf(w, "; warnings: %s", counts)
	}
	fmt.Fprintln(w)
}

// at names a place in a source: 某某.txt:12, or the source alone.
func at(source string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", source, line)
	}
	return source
}

// structure summarises the counts: chapters/articles/items, with list
// groups or indicator categories in place of chapters where there are no
// chapters.
func structure(r Result) string {
	c := r.Counts
	head := c.Chapters
	if head == 0 {
		head = c.Groups
	}
	return fmt.Sprintf("%d/%d/%d", head, c.Articles, c.Items+c.Points)
}

// clip shortens s to at most n display columns, marking the cut with ….
func clip(s string, n int) string {
	if displayWidth(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		if w+runeWidth(r) > n-1 {
			break
		}
		b.WriteRune(r)
		w += runeWidth(r)
	}
	return b.String() + "…"
}

// displayWidth counts terminal columns: two for Chinese characters and
// full-width forms, one otherwise.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

func runeWidth(r rune) int {
	switch {
	case unicode.Is(unicode.Han, r),
		r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x2E80 && r <= 0x2FDF, r >= 0xAC00 && r <= 0xD7A3:
		return 2
	}
	return 1
}
