package clause

// A regulation nests 编 > 章 > 节 > 条 > 款 > 项 > 目. Within an article,
// every line that is not an item or point marker starts a new 款
// (paragraphs after a list of items are new 款: 前款规定的…). An article
// with one 款 has no Paragraph node: its text and items are the article's
// own. Text before the first heading or article is the preamble.

// regParser builds the tree of a regulation line by line.
type regParser struct {
	roots                  []*Node
	book, chapter, section *Node
	untitled               *Node // a 第X章 line still waiting for its title
	art                    *articleBuilder
	books, chapters        numbering
	sections, articles     numbering
	problems               []Problem
	// cnHeadings is set when the text has no 第X章 headings: its short
	// 一、 lines between articles are then its chapters (一、职责要求).
	cnHeadings bool
}

// articleBuilder collects the 款 of the open article.
type articleBuilder struct {
	node  *Node
	paras []*paragraphBuilder
}

// paragraphBuilder is one 款: a Paragraph node and the list in it.
type paragraphBuilder struct {
	node *Node
	list outline
}

func newParagraph(text string, line int) *paragraphBuilder {
	p := &paragraphBuilder{node: &Node{Level: Paragraph, Text: text, Line: line}}
	p.list.children = &p.node.Children
	return p
}

// parseRegulation builds the tree of a regulation.
func parseRegulation(lines []Line) ([]*Node, []Problem) {
	p := &regParser{cnHeadings: !hasChapters(lines)}
	for _, l := range lines {
		p.line(l)
	}
	p.closeArticle()
	return p.roots, p.problems
}

// line places one line.
func (p *regParser) line(l Line) {
	text, _ := stripATX(l.Text)
	m := readMarker(text)
	switch {
	case m.kind == kBook || m.kind == kChapter || m.kind == kSection:
		p.heading(m, l.Src)
	case m.kind == kCnComma && p.cnHeadings && isTitle(m.rest, 24):
		m.kind = kChapter
		p.heading(m, l.Src)
	case m.kind == kArticle:
		p.article(m, l.Src)
	case m.kind.isList() && p.art != nil && p.listLine(m, l):
	default:
		p.plain(l)
	}
}

// hasChapters reports whether any line is a 第X章 heading.
func hasChapters(lines []Line) bool {
	for _, l := range lines {
		text, _ := stripATX(l.Text)
		if readMarker(text).kind == kChapter {
			return true
		}
	}
	return false
}

// heading opens a 编, 章 or 节. Chapter numbers restart in each 编 and
// section numbers in each 章.
func (p *regParser) heading(m marker, line int) {
	p.closeArticle()
	n := &Node{Num: m.num, Ordinal: m.ord, Heading: m.rest, Line: line}
	var q *numbering
	switch m.kind {
	case kBook:
		n.Level, q = Book, &p.books
		p.roots = append(p.roots, n)
		p.book, p.chapter, p.section = n, nil, nil
		p.chapters, p.sections = numbering{}, numbering{}
	case kChapter:
		n.Level, q = Chapter, &p.chapters
		appendChild(&p.roots, p.book, n)
		p.chapter, p.section = n, nil
		p.sections = numbering{}
	default:
		n.Level, q = Section, &p.sections
		appendChild(&p.roots, firstOf(p.chapter, p.book), n)
		p.section = n
	}
	p.problems = append(p.problems, problemAt(line, q.step(m))...)
	p.untitled = nil
	if m.rest == "" {
		p.untitled = n
	}
}

// article opens an article in the innermost heading.
func (p *regParser) article(m marker, line int) {
	p.closeArticle()
	p.untitled = nil
	n := &Node{Level: Article, Num: m.num, Ordinal: m.ord, Sub: m.sub, Line: line}
	appendChild(&p.roots, p.container(), n)
	p.art = &articleBuilder{node: n, paras: []*paragraphBuilder{newParagraph(m.rest, line)}}
	p.problems = append(p.problems, problemAt(line, p.articles.step(m))...)
}

// listLine places an item or point in the open article's last 款. It
// reports false for a marker that fits nowhere (an OCR misreading).
func (p *regParser) listLine(m marker, l Line) bool {
	last := p.art.paras[len(p.art.paras)-1]
	ok, msg := last.list.add(m, l.Text, l.Src)
	p.problems = append(p.problems, problemAt(l.Src, msg)...)
	return ok
}

// plain places a line without a marker: a heading's title on the next
// line, a new 款, or a paragraph outside any article.
func (p *regParser) plain(l Line) {
	if p.untitled != nil && isTitle(l.Text, 20) {
		p.untitled.Heading = l.Text
		p.untitled = nil
		return
	}
	p.untitled = nil
	if p.art != nil {
		p.art.paras = append(p.art.paras, newParagraph(l.Text, l.Src))
		return
	}
	appendChild(&p.roots, p.container(), &Node{Level: Paragraph, Text: l.Text, Line: l.Src})
}

// closeArticle finishes the open article: a single 款 folds into the
// article, several become its Paragraph children.
func (p *regParser) closeArticle() {
	a := p.art
	if a == nil {
		return
	}
	p.art = nil
	for _, para := range a.paras {
		para.list.close()
	}
	if len(a.paras) == 1 {
		a.node.Text = a.paras[0].node.Text
		a.node.Children = a.paras[0].node.Children
		return
	}
	for _, para := range a.paras {
		a.node.Children = append(a.node.Children, para.node)
	}
}

// container returns the innermost open 节, 章 or 编, or nil at the root.
func (p *regParser) container() *Node {
	return firstOf(p.section, p.chapter, p.book)
}

// firstOf returns the first non-nil node, or nil.
func firstOf(nodes ...*Node) *Node {
	for _, n := range nodes {
		if n != nil {
			return n
		}
	}
	return nil
}

// appendChild appends n to parent's children, or to roots if parent is nil.
func appendChild(roots *[]*Node, parent, n *Node) {
	if parent == nil {
		*roots = append(*roots, n)
		return
	}
	parent.Children = append(parent.Children, n)
}
