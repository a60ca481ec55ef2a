package clause

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line is one logical line of a body after Normalize: one structural unit
// (a heading, an article, an item, a paragraph) per line.
type Line struct {
	Text string // the normalised text
	Src  int    // 1-based line of the body the text starts on
}

// Normalize turns a scraped or hand-written body into logical lines. It
// drops blank lines; trims and unifies spaces and removes the stray spaces
// scraping leaves between Chinese characters (不正确 履行 → 不正确履行);
// writes list markers one way ((一), (1), 1.); joins lines broken by a
// soft wrap; and splits lines where an article (…进行。第十一条…) or the
// next item of the same list starts mid-line after a sentence end.
// Markdown block lines (tables, # headings, quotes, bullets, fences) are
// kept as written.
func Normalize(body string) []Line {
	raw := readLines(body)
	out := make([]Line, 0, len(raw))
	for _, j := range joinWraps(raw) {
		out = splitEmbedded(out, j)
	}
	return out
}

// rawLine is one non-blank source line after cleaning.
type rawLine struct {
	text  string
	src   int
	block bool // a Markdown block line, kept as written
}

// readLines splits body into cleaned, non-blank lines.
func readLines(body string) []rawLine {
	if strings.ContainsRune(body, '\r') {
		body = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(body)
	}
	out := make([]rawLine, 0, strings.Count(body, "\n")+1)
	fence := false
	for src := 1; body != ""; src++ {
		var line string
		line, body, _ = strings.Cut(body, "\n")
		t := strings.TrimSpace(line)
		switch {
		case t == "":
		case isFence(t):
			fence = !fence
			out = append(out, rawLine{t, src, true})
		case fence: // code keeps its indentation
			out = append(out, rawLine{strings.TrimRightFunc(line, unicode.IsSpace), src, true})
		case isBlockLine(t):
			out = append(out, rawLine{t, src, true})
		default:
			if c := cleanLine(t); c != "" {
				out = append(out, rawLine{c, src, false})
			}
		}
	}
	return out
}

// cleanLine unifies spaces, removes stray ones and normalises a leading
// marker. One space separates 第X编/章/节 from its title; after 第X条 one
// space is kept if the source had one.
func cleanLine(s string) string {
	s = unifySpaces(s)
	head, rest := cutStructuralHead(s)
	if head == "" {
		return canonLead(stripStray(s))
	}
	spaced := strings.HasPrefix(rest, " ")
	rest = stripStray(strings.TrimSpace(rest))
	line := head + rest
	if rest == "" {
		return line
	}
	switch m := readMarker(line); {
	case spaced && readMarker(head+" "+rest).kind != kNone,
		m.kind == kBook || m.kind == kChapter || m.kind == kSection:
		return head + " " + rest
	}
	return line
}

// unifySpaces turns every kind of space (full-width, no-break, tab) into
// one ASCII space, collapses runs, drops zero-width and control characters
// and trims.
func unifySpaces(s string) string {
	if isUnified(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r): // U+200B, U+FEFF …
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isUnified reports whether unifySpaces would leave s as it is; most
// lines are, and checking is cheaper than copying.
func isUnified(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case r > 0x3000 && r < 0xFEFF:
			// Chinese text: no spaces, controls or format characters here.
		case r < ' ', r == 0x7f, r >= 0x80 && (unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)):
			return false
		}
		prevSpace = false
	}
	return true
}

// cutStructuralHead splits a leading 第X编/章/节/条(之Y) from the rest of
// the line, dropping spaces inside it (第 一 条 → 第一条). It returns an
// empty head if the line does not start with one.
func cutStructuralHead(s string) (head, rest string) {
	if !strings.HasPrefix(s, "第") {
		return "", s
	}
	var b strings.Builder
	b.WriteString("第")
	i := skipSpace(s, scanSpacedNumeral(s, len("第"), &b))
	unit, size := utf8.DecodeRuneInString(s[i:])
	if b.Len() == len("第") || !strings.ContainsRune("编章节条", unit) {
		return "", s
	}
	b.WriteRune(unit)
	i += size
	if j := skipSpace(s, i); unit == '条' && strings.HasPrefix(s[j:], "之") {
		var sub strings.Builder
		if k := scanSpacedNumeral(s, j+len("之"), &sub); sub.Len() > 0 {
			b.WriteString("之")
			b.WriteString(sub.String())
			i = k
		}
	}
	return b.String(), s[i:]
}

// scanSpacedNumeral copies the numeral at byte i of s into b, allowing
// single spaces between its runes, and returns the index after its last
// rune (i if there is none).
func scanSpacedNumeral(s string, i int, b *strings.Builder) int {
	end := i
	for j, count := skipSpace(s, i), 0; j < len(s) && count < 8; count++ {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isNumeralRune(r) {
			break
		}
		b.WriteRune(r)
		end = j + size
		j = skipSpace(s, end)
	}
	return end
}

// skipSpace returns the index of the first non-space byte of s at or
// after i.
func skipSpace(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// stripStray removes a space whose neighbours are both Chinese characters
// or CJK punctuation (or half-width punctuation next to Chinese text),
// keeping spaces between Latin words and around digits. s has no runs of
// spaces.
func stripStray(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(-1)
	for i, r := range s {
		if r == ' ' {
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if isStraySpace(prev, next) && !endsWithArticleHead(s[:i]) {
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// endsWithArticleHead reports whether s ends with 第X条 (or 第X条之Y)
// standing after a sentence end, where splitEmbedded will start a new
// line: the space after it separates the marker from its text.
func endsWithArticleHead(s string) bool {
	from := max(0, len(s)-40) // a head is short; do not rescan the line
	i := strings.LastIndex(s[from:], "第")
	if i < 0 {
		return false
	}
	if i += from; i > 0 && !endsSentence(s[:i]) {
		return false
	}
	head, rest := cutStructuralHead(s[i:])
	return rest == "" && strings.Contains(head, "条")
}

// isStraySpace reports whether a space between a and b is a scraping
// artefact rather than a word separator.
func isStraySpace(a, b rune) bool {
	return isWide(a) && (isWide(b) || isNarrowPunct(b)) || isNarrowPunct(a) && isWide(b)
}

// canonLead writes a leading list marker one way: （一）, ( 一) → (一);
// （１） → (1); １． → 1.; and drops the space after it.
func canonLead(s string) string {
	m := readList(s)
	if m.kind == kNone || m.rest == "" {
		if m.kind != kNone {
			return m.num
		}
		return s
	}
	if r, _ := utf8.DecodeRuneInString(m.rest); r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return m.num + " " + m.rest // 1. Introduction
	}
	return m.num + m.rest
}
