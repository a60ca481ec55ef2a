package clause

import "strings"

// A prose document (report, notice, news) is headings and paragraphs.
// Headings are Markdown # lines, 第X章/节 lines, short 一、 lines and short
// lines that stand alone without sentence punctuation. Deeper markers
// ((一), 1.) stay in their paragraph's text: prose outlines are too loose
// to nest reliably.

// parseDocument builds the tree of a prose document.
func parseDocument(lines []Line) []*Node {
	var roots []*Node
	var section *Node
	for _, l := range lines {
		if h := docHeading(l.Text); h != nil {
			h.Line = l.Src
			roots = append(roots, h)
			section = h
			continue
		}
		appendChild(&roots, section, &Node{Level: Paragraph, Text: l.Text, Line: l.Src})
	}
	return roots
}

// docHeading returns a Heading node if line is a heading, else nil.
func docHeading(line string) *Node {
	if title, ok := stripATX(line); ok {
		return &Node{Level: Heading, Heading: title}
	}
	if isBlockLine(line) {
		return nil
	}
	m := readMarker(line)
	switch {
	case m.kind == kBook || m.kind == kChapter || m.kind == kSection,
		m.kind == kCnComma && runeLen(m.rest) <= 40 && !strings.ContainsAny(m.rest, "。;；"):
		return &Node{Level: Heading, Num: m.num, Ordinal: m.ord, Heading: m.rest}
	case m.kind == kNone && runeLen(line) <= 30 && !strings.ContainsAny(line, "。；;：:！!？?"):
		return &Node{Level: Heading, Heading: line}
	}
	return nil
}
