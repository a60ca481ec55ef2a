package clause

import "strings"

// Bodies are Markdown. Block lines (tables, headings, quotes, bullets,
// fences) are kept exactly as written: Normalize never joins, splits or
// respaces them.

// isBlockLine reports whether a trimmed line is a Markdown block line.
func isBlockLine(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '|', '>':
		return true
	}
	_, atx := stripATX(s)
	return atx || isFence(s) || isBullet(s) || isThematicBreak(s)
}

// stripATX removes the #'s of an ATX heading (## 第一章 总则 → 第一章 总则)
// and reports whether s was one.
func stripATX(s string) (string, bool) {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(s) && s[n] != ' ' && s[n] != '\t') {
		return s, false
	}
	return strings.TrimSpace(s[n:]), true
}

// isFence reports whether s opens or closes a fenced code block.
func isFence(s string) bool {
	return strings.HasPrefix(s, "```") || strings.HasPrefix(s, "~~~")
}

// isBullet reports whether s is a bullet list item (- x, * x, + x).
func isBullet(s string) bool {
	return len(s) >= 2 && strings.IndexByte("-*+", s[0]) >= 0 && s[1] == ' '
}

// isThematicBreak reports whether s is a Markdown rule such as --- or ***.
func isThematicBreak(s string) bool {
	t := strings.ReplaceAll(s, " ", "")
	if len(t) < 3 || strings.IndexByte("-*_", t[0]) < 0 {
		return false
	}
	return strings.Count(t, t[:1]) == len(t)
}

// mergeBlocks joins the rows of each Markdown table, the lines of each
// quote and each fenced code block into one line, so that the parsers see
// a table as one unit (one 款, one paragraph).
func mergeBlocks(lines []Line) []Line {
	out := make([]Line, 0, len(lines))
	for i := 0; i < len(lines); {
		j := blockEnd(lines, i)
		if j == i+1 {
			out = append(out, lines[i])
			i = j
			continue
		}
		texts := make([]string, 0, j-i)
		for _, l := range lines[i:j] {
			texts = append(texts, l.Text)
		}
		out = append(out, Line{Text: strings.Join(texts, "\n"), Src: lines[i].Src})
		i = j
	}
	return out
}

// blockEnd returns the index after the block that starts at lines[i]: a
// run of table rows or quote lines, or a fence up to its closing fence.
func blockEnd(lines []Line, i int) int {
	kind := blockKind(lines[i].Text)
	j := i + 1
	switch {
	case kind == "":
	case isFence(kind):
		for j < len(lines) {
			closes := strings.HasPrefix(lines[j].Text, kind)
			j++
			if closes {
				break
			}
		}
	default:
		for j < len(lines) && blockKind(lines[j].Text) == kind {
			j++
		}
	}
	return j
}

// blockKind names the multi-line block a line belongs to: "|" for a table
// row, ">" for a quote, "```" or "~~~" for a fence; "" otherwise.
func blockKind(s string) string {
	switch {
	case strings.HasPrefix(s, "|"):
		return "|"
	case strings.HasPrefix(s, ">"):
		return ">"
	case isFence(s):
		return s[:3]
	}
	return ""
}
