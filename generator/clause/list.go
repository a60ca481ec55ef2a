package clause

// A list (责任清单, 问题清单 …) has groups marked 一、 or (一) —
// whichever Chinese shape comes first — holding items numbered 1. 1、 or
// (1), often continuously across groups. A second numbered shape under
// an item makes points. The other Chinese shape is a subheading inside a
// group, kept as a paragraph. Lines without a marker are paragraphs.

// listParser builds the tree of a list line by line.
type listParser struct {
	roots     []*Node
	group     *Node
	groupKind kind
	groups    numbering
	list      outline // the items of the open group, or of the root
	problems  []Problem
}

// parseList builds the tree of a list.
func parseList(lines []Line) ([]*Node, []Problem) {
	p := &listParser{}
	p.list = outline{children: &p.roots, items: numbering{restarts: true}}
	for _, l := range lines {
		p.line(l)
	}
	p.list.close()
	return p.roots, p.problems
}

// line places one line.
func (p *listParser) line(l Line) {
	text, _ := stripATX(l.Text)
	m := readMarker(text)
	switch {
	case m.kind.isChinese() && (p.groupKind == kNone || m.kind == p.groupKind):
		p.startGroup(m, l.Src)
	case m.kind.isChinese():
		p.paragraph(l)
		p.list.close()
	case m.kind.isList():
		ok, msg := p.list.add(m, l.Text, l.Src)
		p.problems = append(p.problems, problemAt(l.Src, msg)...)
		if !ok {
			p.paragraph(l)
		}
	default:
		p.paragraph(l)
	}
}

// startGroup opens a group. Item numbering and the item shape carry over
// from the previous group: lists often number items through the document.
func (p *listParser) startGroup(m marker, line int) {
	p.groupKind = m.kind
	heading, text := splitHeading(m.rest)
	g := &Node{Level: Group, Num: m.num, Ordinal: m.ord, Heading: heading, Text: text, Line: line}
	p.roots = append(p.roots, g)
	p.group = g
	p.list.close()
	p.list = outline{children: &g.Children, itemKind: p.list.itemKind, items: p.list.items}
	p.problems = append(p.problems, problemAt(line, p.groups.step(m))...)
}

// paragraph places a line without a usable marker in the open group.
func (p *listParser) paragraph(l Line) {
	appendChild(&p.roots, p.group, &Node{Level: Paragraph, Text: l.Text, Line: l.Src})
}
