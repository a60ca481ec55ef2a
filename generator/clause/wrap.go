package clause

import (
	"strings"
	"unicode/utf8"
)

// Scraped text breaks lines where the page was full (a soft wrap) and
// runs units together where the page had a line break the scraper lost.
// joinWraps repairs the first, splitEmbedded the second.

// joined is a logical line built from one or more raw lines.
type joined struct {
	text  string
	segs  []seg // where each raw line starts in text
	block bool
}

// seg records that the raw line src starts at byte off of a joined text.
type seg struct{ off, src int }

// joinWraps joins each line that does not end a sentence with the next
// one, unless the line is a heading or a title or the next line starts
// with a marker. Markdown block lines are never joined.
func joinWraps(raw []rawLine) []joined {
	width := 0 // the longest line: a soft wrap only happens on a full line
	for _, l := range raw {
		if !l.block {
			width = max(width, runeLen(l.text))
		}
	}
	out := make([]joined, 0, len(raw))
	for i := 0; i < len(raw); {
		k := i + 1
		for k < len(raw) && continues(raw[k-1], raw[k], width) {
			k++
		}
		out = append(out, joinRun(raw[i:k]))
		i = k
	}
	return out
}

// continues reports whether b is the rest of a sentence a broke off.
func continues(a, b rawLine, width int) bool {
	return !a.block && !b.block && isWrapped(a.text, width) && !startsWithMarker(b.text)
}

// joinRun joins a run of raw lines into one logical line.
func joinRun(run []rawLine) joined {
	j := joined{text: run[0].text, segs: []seg{{0, run[0].src}}, block: run[0].block}
	if len(run) == 1 {
		return j
	}
	var b strings.Builder
	b.WriteString(run[0].text)
	for k := 1; k < len(run); k++ {
		b.WriteString(wrapGlue(run[k-1].text, run[k].text))
		j.segs = append(j.segs, seg{b.Len(), run[k].src})
		b.WriteString(run[k].text)
	}
	j.text = b.String()
	return j
}

// isWrapped reports whether a line looks cut by a soft wrap: it does not
// end a sentence and is not a heading.
func isWrapped(line string, width int) bool {
	return !endsSentence(line) && !isHeadingLike(line, width)
}

// isHeadingLike reports whether a line is a heading that stands alone even
// without final punctuation: 第X编/章/节; a short 一、 or (一) line with no
// 。 or ; in it; or a short title without any punctuation on a page whose
// lines are much longer (so it cannot have been wrapped).
func isHeadingLike(s string, width int) bool {
	m := readMarker(s)
	switch {
	case m.kind == kBook || m.kind == kChapter || m.kind == kSection:
		return true
	case m.kind.isChinese():
		return runeLen(s) <= 40 && !strings.ContainsAny(s, "。;；")
	case m.kind == kNone:
		n := runeLen(s)
		return n <= 20 && 2*n < width && !hasPunct(s)
	}
	return false
}

// startsWithMarker reports whether s starts with any structural or list
// marker, which a wrapped line never does.
func startsWithMarker(s string) bool {
	return readMarker(s).kind != kNone
}

// wrapGlue returns what goes between two joined lines: nothing in Chinese
// text, a space between Latin words.
func wrapGlue(a, b string) string {
	x, _ := utf8.DecodeLastRuneInString(a)
	y, _ := utf8.DecodeRuneInString(b)
	if isASCIIAlnum(x) && isASCIIAlnum(y) && !(isASCIIDigit(x) && isASCIIDigit(y)) {
		return " "
	}
	return ""
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIIAlnum(r rune) bool {
	return isASCIIDigit(r) || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// splitEmbedded appends the pieces of j to out, cutting it after a
// sentence end where an article marker follows (…进行。第十一条季度监测。)
// or where the next item of the list the line starts with follows
// (…的;(十六)…). Citations (依照本办法第十一条规定) are never cut.
func splitEmbedded(out []Line, j joined) []Line {
	if j.block {
		return append(out, Line{Text: j.text, Src: j.segs[0].src})
	}
	text, start, segs := j.text, 0, j.segs
	lead := readMarker(text)
	for i, r := range text {
		if i == start || !mayStartMarker(r) || !endsSentence(text[start:i]) {
			continue
		}
		m := readMarker(text[i:])
		article := m.kind == kArticle && m.rest != "" && endsFullSentence(text[start:i])
		nextItem := lead.kind.isList() && m.kind == lead.kind && m.ord == lead.ord+1 && !m.guess
		if !article && !nextItem {
			continue
		}
		segs = segsFrom(segs, start)
		out = appendPiece(out, text[start:i], segs[0].src)
		start, lead = i, m
	}
	return appendPiece(out, text[start:], segsFrom(segs, start)[0].src)
}

// mayStartMarker reports whether a marker can start with r; it keeps the
// split scan cheap.
func mayStartMarker(r rune) bool {
	return r == '第' || r == '(' || r == '（' || arabicDigit(r) >= 0 || r >= '①' && r <= '⑳'
}

// appendPiece appends a non-empty piece with its marker normalised.
func appendPiece(out []Line, piece string, src int) []Line {
	if piece = strings.TrimSpace(piece); piece == "" {
		return out
	}
	return append(out, Line{Text: canonLead(piece), Src: src})
}

// segsFrom drops the leading segs that end before byte off, so that
// segs[0] is the raw line holding off. Pieces come in order, so the scan
// over segs stays linear.
func segsFrom(segs []seg, off int) []seg {
	for len(segs) > 1 && segs[1].off <= off {
		segs = segs[1:]
	}
	return segs
}
