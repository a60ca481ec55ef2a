package importer

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page saved from a web site holds the text among menus, banners,
// breadcrumbs, sidebars, share buttons and footers. htmlText keeps the
// main text only:
//
//  1. drop what is never text (script, style, forms) and what HTML5 marks
//     as page furniture (nav, aside, a header or footer outside an
//     article, ARIA roles navigation/banner/contentinfo/complementary,
//     and elements whose class or id says nav, menu, breadcrumb,
//     sidebar, footer, share, copyright);
//  2. give every block of text (p, li, h1–h6, td, a div with its own
//     text) a score, the Chinese characters in it, and add it to the
//     container (div, section, article, main, td, body) holding the block
//     and half of it to the container above that;
//  3. keep the container with the highest score, one line per block,
//     <br> a line break, tables as Markdown tables. A title (h1, else
//     <title>) outside it goes on top.
//
// The clean-up of plain text then runs on the result as on any text.

var (
	rePageFurniture = regexp.MustCompile(`(?i)(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|footer|share|copyright|toolbar|pagination|comments?)(?:[-_\s]|$)`)
	reHTMLStart     = regexp.MustCompile(`(?i)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]`)
	reTitleSep      = regexp.MustCompile(`\s*(?:[-_|–—]|——)\s*`)
)

// looksLikeHTML reports whether text is a web page: named .htm or .html,
// or starting like one.
func looksLikeHTML(name, text string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm" || reHTMLStart.MatchString(text)
}

// htmlText returns the main text of a web page, one block per line.
func htmlText(name, page string) (string, error) {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("%s: not readable as HTML: %v; save the page again, or copy its text into a .txt file", name, err)
	}
	title, h1 := pageTitles(root)
	prune(root, false)
	main := bestContainer(root)
	if main == nil {
		return "", fmt.Errorf("%s: no Chinese text in the page outside its navigation; check that it is the right page", name)
	}
	var b blockWriter
	if h1 != nil && !contains(main, h1) {
		b.line(nodeText(h1))
	} else if h1 == nil {
		b.line(title)
	}
	b.walk(main)
	b.flush()
	return strings.Join(b.lines, "\n"), nil
}

// pageTitles returns the page's <title> (the part naming the page, not
// the site) and its first h1.
func pageTitles(root *html.Node) (string, *html.Node) {
	var title string
	var h1 *html.Node
	walkNodes(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Title:
			if title == "" {
				title = longestHanPart(nodeText(n))
			}
		case atom.H1:
			if h1 == nil && strings.TrimSpace(nodeText(n)) != "" {
				h1 = n
			}
		}
		return true
	})
	return title, h1
}

// longestHanPart picks, of a <title> like "某某办法 - 某某市人民政府网",
// the part with the most Chinese characters before the site's name.
func longestHanPart(s string) string {
	parts := reTitleSep.Split(trimSpace(s), -1)
	best := ""
	for _, p := range parts {
		if hanCount(p) > hanCount(best) {
			best = p
		}
	}
	return best
}

// prune removes what is never the main text. inArticle tells whether n is
// inside an article or main element, whose header and footer are its own.
func prune(n *html.Node, inArticle bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode || (c.Type == html.ElementNode && furniture(c, inArticle)) {
			n.RemoveChild(c)
		} else {
			prune(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main)
		}
		c = next
	}
}

// furniture reports whether an element is page furniture or never text.
func furniture(n *html.Node, inArticle bool) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg, atom.Canvas,
		atom.Form, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Nav, atom.Aside, atom.Menu, atom.Head:
		return true
	case atom.Header, atom.Footer:
		return !inArticle
	}
	switch attr(n, "role") {
	case "navigation", "banner", "contentinfo", "complementary", "search":
		return true
	}
	return rePageFurniture.MatchString(attr(n, "class")) || rePageFurniture.MatchString(attr(n, "id"))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// isContainer tells the elements that hold blocks.
func isContainer(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Td, atom.Body, atom.Blockquote, atom.Center, atom.Font:
		return true
	}
	return false
}

// isBlock tells the elements that start a line.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Td, atom.Th,
		atom.Tr, atom.Table, atom.Pre, atom.Blockquote, atom.Dd, atom.Dt, atom.Dl, atom.Ul, atom.Ol,
		atom.Section, atom.Article, atom.Main, atom.Center, atom.Hr, atom.Address, atom.Figure, atom.Figcaption:
		return true
	}
	return false
}

// bestContainer scores the containers (step 2) and returns the best.
func bestContainer(root *html.Node) *html.Node {
	score := map[*html.Node]int{}
	walkNodes(root, func(n *html.Node) bool {
		if n.Type != html.TextNode {
			return true
		}
		k := hanCount(n.Data)
		if k == 0 {
			return true
		}
		block := n.Parent
		for block != nil && block.Type == html.ElementNode && !isBlock(block) && block.DataAtom != atom.Body {
			block = block.Parent
		}
		parent := containerAbove(block, true)
		score[parent] += 2 * k
		score[containerAbove(parent, false)] += k
		return true
	})
	var best *html.Node
	top := 0
	walkNodes(root, func(n *html.Node) bool { // document order breaks ties
		if score[n] > top {
			best, top = n, score[n]
		}
		return true
	})
	return best
}

// containerAbove returns the container holding block (block itself when
// self is set and it is a container), or nil.
func containerAbove(n *html.Node, self bool) *html.Node {
	if n == nil {
		return nil
	}
	if !self {
		n = n.Parent
	}
	for n != nil && !(n.Type == html.ElementNode && isContainer(n)) {
		n = n.Parent
	}
	return n
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}

// walkNodes calls fn for n and, while fn returns true, its descendants.
func walkNodes(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkNodes(c, fn)
	}
}

func contains(root, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// nodeText is the text of n with its whitespace collapsed.
func nodeText(n *html.Node) string {
	var b blockWriter
	b.inline(n)
	b.flush()
	return strings.Join(b.lines, " ")
}

// blockWriter writes HTML as lines of text.
type blockWriter struct {
	lines []string
	cur   strings.Builder
	pre   int // depth inside <pre>
}

func (b *blockWriter) text(s string) {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	if b.pre > 0 {
		for i, part := range strings.Split(s, "\n") {
			if i > 0 {
				b.flush()
			}
			b.cur.WriteString(part)
		}
		return
	}
	b.cur.WriteString(strings.Join(strings.Fields(s), " "))
	if len(s) > 0 && strings.TrimSpace(s[len(s)-1:]) == "" {
		b.cur.WriteByte(' ')
	}
}

// flush ends the current line.
func (b *blockWriter) flush() {
	if s := trimSpace(b.cur.String()); s != "" {
		b.lines = append(b.lines, s)
	}
	b.cur.Reset()
}

func (b *blockWriter) line(s string) {
	b.flush()
	b.text(s)
	b.flush()
}

// walk writes n's children: a block starts and ends a line, <br> ends
// one, a table becomes a Markdown table.
func (b *blockWriter) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.text(c.Data)
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Br:
			b.flush()
		case c.DataAtom == atom.Table:
			b.flush()
			b.table(c)
		case c.DataAtom == atom.Pre:
			b.flush()
			b.pre++
			b.walk(c)
			b.pre--
			b.flush()
		case isBlock(c):
			b.flush()
			b.walk(c)
			b.flush()
		default:
			b.walk(c)
		}
	}
}

// inline writes n's text on the current line, line breaks as spaces.
func (b *blockWriter) inline(n *html.Node) {
	walkNodes(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			b.text(c.Data)
		case c.DataAtom == atom.Br || (c != n && isBlock(c)):
			b.cur.WriteByte(' ')
		}
		return true
	})
}

// table writes an HTML table: a Markdown table when it has two columns
// or more, else one line per cell.
func (b *blockWriter) table(t *html.Node) {
	var rows [][]string
	walkNodes(t, func(n *html.Node) bool {
		if n != t && n.DataAtom == atom.Table {
			return false // a nested table's text stays in its cell
		}
		if n.DataAtom != atom.Tr {
			return true
		}
		var row []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				var cell blockWriter
				cell.inline(c)
				cell.flush()
				row = append(row, strings.Join(cell.lines, " "))
				for range colspan(c) - 1 {
					row = append(row, "")
				}
			}
		}
		rows = append(rows, row)
		return false
	})
	if width(rows) < 2 {
		for _, r := range rows {
			for _, c := range r {
				b.line(c)
			}
		}
		return
	}
	b.lines = append(b.lines, markdownTable(rows)...)
}

func colspan(n *html.Node) int {
	k := 0
	for _, r := range attr(n, "colspan") {
		if r < '0' || r > '9' {
			break
		}
		k = k*10 + int(r-'0')
	}
	return min(max(k, 1), 50)
}
