package render

import (
	"strconv"
	"strings"

	"zeren/generator/clause"
	"zeren/generator/site"
)

// label is how a unit's number is shown on the page: as the text wrote it,
// with the parentheses of Chinese typography.
func label(n *clause.Node, mode clause.Mode) string {
	if n.Num != "" {
		return strings.NewReplacer("(", "（", ")", "）").Replace(n.Num)
	}
	return canonicalLabel(n, mode)
}

// canonicalLabel is a unit's number written the standard way: 第十二条 for
// 第12条, （一） for an item.
func canonicalLabel(n *clause.Node, mode clause.Mode) string {
	o := n.Ordinal
	switch n.Level {
	case clause.Book:
		return "第" + clause.FormatNumeral(o) + "编"
	case clause.Chapter:
		return "第" + clause.FormatNumeral(o) + "章"
	case clause.Section:
		return "第" + clause.FormatNumeral(o) + "节"
	case clause.Article:
		s := "第" + clause.FormatNumeral(o) + "条"
		if n.Sub > 0 {
			s += "之" + clause.FormatNumeral(n.Sub)
		}
		return s
	case clause.Group:
		if o == 0 {
			return ""
		}
		return clause.FormatNumeral(o) + "、"
	case clause.Item:
		if o == 0 {
			return ""
		}
		if mode == clause.ModeList {
			return strconv.Itoa(o) + "."
		}
		return "（" + clause.FormatNumeral(o) + "）"
	case clause.Point:
		if o == 0 {
			return ""
		}
		return strconv.Itoa(o) + "."
	}
	return ""
}

// citePart is how a unit is named inside a citation: 第六条, 第二款, 第（一）项.
func citePart(n *clause.Node, mode clause.Mode) string {
	o := n.Ordinal
	switch n.Level {
	case clause.Article, clause.Chapter, clause.Section, clause.Book:
		return canonicalLabel(n, mode)
	case clause.Paragraph:
		if strings.HasPrefix(n.EID, "preamble") || mode == clause.ModeDocument {
			return "第" + clause.FormatNumeral(o) + "段"
		}
		return "第" + clause.FormatNumeral(o) + "款"
	case clause.Item:
		if mode == clause.ModeList || mode == clause.ModeIndicators {
			return "第" + strconv.Itoa(o) + "项"
		}
		return "第（" + clause.FormatNumeral(o) + "）项"
	case clause.Point:
		return "第" + strconv.Itoa(o) + "目"
	case clause.Group:
		return "第" + clause.FormatNumeral(o) + "部分"
	}
	return ""
}

// clauseViews turns a clause tree into views, with citations built from
// the path of units from the top: 《title》第六条第（一）项.
func (r *renderer) clauseViews(d *site.Doc, nodes []*clause.Node, mode clause.Mode, citeName, pageURL string, path []string) []*ClauseView {
	var out []*ClauseView
	for _, n := range nodes {
		p := path
		part := citePart(n, mode)
		// Articles are numbered through the document: chapters and
		// sections do not belong in a citation of an article.
		if n.Level == clause.Article {
			p = nil
		}
		if part != "" {
			p = append(append([]string(nil), p...), part)
		}
		v := &ClauseView{
			EID:       n.EID,
			Level:     string(n.Level),
			Label:     label(n, mode),
			Heading:   n.Heading,
			HTML:      r.md.inline(r.linkedText(d, n)),
			Points:    n.Points,
			Units:     n.Units,
			Cite:      citeName + strings.Join(p, ""),
			Permalink: pageURL + "#" + n.EID,
		}
		if b := r.backlinks(d, n.EID); b != nil && (b.Total > 0 || showsBacklinks(n, mode)) {
			v.Links = b
		}
		v.Children = r.clauseViews(d, n.Children, mode, citeName, pageURL, p)
		if n.Level == clause.Article && n.Text == "" && len(n.Children) > 0 && n.Children[0].Level == clause.Paragraph {
			v.Folded = true
			v.Children[0].Lead, v.Children[0].LeadLink = v.Label, v.Permalink
		}
		out = append(out, v)
	}
	return out
}

// toc lists the 编, 章, 节 and 条 (or a list's groups, a report's headings).
func toc(nodes []*clause.Node, mode clause.Mode) []TOCEntry {
	var out []TOCEntry
	clause.Walk(nodes, func(n *clause.Node, depth int) bool {
		switch n.Level {
		case clause.Book, clause.Chapter, clause.Section, clause.Group, clause.Heading:
			out = append(out, TOCEntry{EID: n.EID, Label: label(n, mode), Heading: firstNonEmpty(n.Heading, shorten(n.Text, 24)), Depth: depth})
			return true
		case clause.Article:
			out = append(out, TOCEntry{EID: n.EID, Label: label(n, mode), Heading: shorten(articleGist(n), 18), Depth: depth})
		}
		return false
	})
	return out
}

// articleGist is the text an article starts with, for the contents.
func articleGist(n *clause.Node) string {
	if n.Text != "" {
		return n.Text
	}
	for _, c := range n.Children {
		if c.Text != "" {
			return c.Text
		}
	}
	return ""
}

func shorten(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return string(r[:max]) + "…"
}
