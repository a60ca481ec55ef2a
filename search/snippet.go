package search

import (
	"sort"
	"strings"
)

// Snippet length, in characters, and how many characters of context it
// keeps before the first match. The browser client uses the same numbers
// and the same steps, so both show the same snippet.
const (
	snippetChars  = 96
	snippetBefore = 24
)

// Snippet is the text around the first match of any of marks (folded
// terms), HTML-escaped, with every match inside it in <mark>. Lines are
// joined with spaces; an ellipsis shows where text was cut.
func Snippet(text string, marks []string) string {
	src := []rune(strings.ReplaceAll(text, "\n", " "))
	norm := Normalize(string(src))
	type span struct{ start, end int }
	var spans []span
	for _, m := range marks {
		mr := []rune(m)
		if len(mr) == 0 {
			continue
		}
		for i := 0; i+len(mr) <= len(norm); {
			if runesEqual(norm[i:i+len(mr)], mr) {
				spans = append(spans, span{i, i + len(mr)})
				i += len(mr)
			} else {
				i++
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	// Merge overlapping matches into one mark.
	var merged []span
	for _, s := range spans {
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	from, to := 0, len(src)
	if len(src) > snippetChars {
		if len(merged) > 0 {
			from = max(0, merged[0].start-snippetBefore)
		}
		to = min(len(src), from+snippetChars)
		from = max(0, to-snippetChars)
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	pos := from
	for _, s := range merged {
		if s.end <= from || s.start >= to {
			continue
		}
		st, en := max(s.start, from), min(s.end, to)
		b.WriteString(escape(src[pos:st]))
		b.WriteString("<mark>")
		b.WriteString(escape(src[st:en]))
		b.WriteString("</mark>")
		pos = en
	}
	b.WriteString(escape(src[pos:to]))
	if to < len(src) {
		b.WriteString("…")
	}
	return b.String()
}

func runesEqual(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// escape is html.EscapeString's escaping, which the client repeats.
var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")

func escape(r []rune) string { return escaper.Replace(string(r)) }
