package render

import (
	"strings"

	"zeren/generator/clause"
	"zeren/generator/site"
)

// ClauseName is how a citation names the unit eid of d, in the words of
// the page's copy-citation control: 第九条第（二）项, 第十五条第一款第（四）项.
// It is "" when d has no such unit.
func ClauseName(d *site.Doc, eid string) string {
	name, _ := clauseName(d.Clauses, d.Kind.Mode(), eid, nil)
	return name
}

func clauseName(nodes []*clause.Node, mode clause.Mode, eid string, path []string) (string, bool) {
	for _, n := range nodes {
		p := path
		// As in clauseViews: articles are numbered through the document,
		// so chapters and sections do not belong in an article's name.
		if n.Level == clause.Article {
			p = nil
		}
		if part := citePart(n, mode); part != "" {
			p = append(append([]string(nil), p...), part)
		}
		if n.EID == eid {
			return strings.Join(p, ""), true
		}
		if name, ok := clauseName(n.Children, mode, eid, p); ok {
			return name, true
		}
	}
	return "", false
}

// ClauseLabel is a unit's number as its page shows it: 第九条, （二）, 1.
func ClauseLabel(n *clause.Node, mode clause.Mode) string { return label(n, mode) }
