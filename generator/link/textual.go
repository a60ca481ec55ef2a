package link

import (
	"strings"

	"zeren/generator/cite"
	"zeren/generator/clause"
	"zeren/generator/site"
)

// titleIndex maps every title, short title and alias of the site's
// current documents to the document's id, as 《…》 would quote them.
func titleIndex(s *site.Site) map[string]string {
	idx := map[string]string{}
	for _, d := range s.Docs {
		if !d.IsCurrent() {
			continue
		}
		for _, t := range append([]string{d.Meta.Title, d.Meta.ShortTitle}, d.Meta.Aliases...) {
			if t != "" {
				if _, taken := idx[t]; !taken {
					idx[t] = d.ID
				}
			}
		}
	}
	return idx
}

// genericNames are the words a document attached to a rule (its appendix,
// its commentary) uses to name that rule: 《条例》, 《办法》.
var genericNames = []string{"条例", "办法", "细则", "规定", "意见", "规则", "准则", "决定", "方案"}

// withGenericName returns titles with the generic name of parent's title
// added, so that an appendix's or commentary's 《条例》 cites its parent.
func withGenericName(titles map[string]string, parent *site.Doc) map[string]string {
	out := make(map[string]string, len(titles)+1)
	for k, v := range titles {
		out[k] = v
	}
	for _, g := range genericNames {
		if strings.HasSuffix(parent.Meta.Title, g) {
			out[g] = parent.ID
		}
	}
	return out
}

// chineseEID resolves a clause written in Chinese (第六条第(一)项) to the
// first of its candidate eIds that the document has.
func chineseEID(nodes []*clause.Node, s string) (string, bool) {
	p, n, ok := cite.ParsePath(s)
	if !ok || n != len(s) {
		return "", false
	}
	for _, eid := range p.EIDs() {
		if clause.Find(nodes, eid) != nil {
			return eid, true
		}
	}
	return "", false
}

// citations finds the citations in every clause text of d and links those
// whose target is in the site.
func (l *linker) citations(d *site.Doc) {
	self := d.Kind == site.Regulation
	titles := l.titles
	if p := l.s.Current[d.Meta.Parent]; p != nil && p != d {
		titles = withGenericName(titles, p)
	}
	var walk func(nodes []*clause.Node, path cite.Path)
	walk = func(nodes []*clause.Node, path cite.Path) {
		for _, n := range nodes {
			p := pathOf(n, path)
			if n.Text != "" {
				ctx := cite.Context{Doc: d.ID, Titles: titles, Path: p, SelfArticles: self}
				for _, c := range cite.Find(n.Text, ctx) {
					l.citation(d, n, c)
				}
			}
			walk(n.Children, p)
		}
	}
	walk(d.Clauses, cite.Path{})
}

// pathOf is the clause path of n, its parent's path extended.
func pathOf(n *clause.Node, parent cite.Path) cite.Path {
	p := parent
	switch n.Level {
	case clause.Article:
		p = cite.Path{Article: n.Ordinal, ArticleSub: n.Sub}
	case clause.Paragraph:
		p.Para = n.Ordinal
		p.Item, p.Point = 0, 0
	case clause.Item:
		p.Item, p.Point = n.Ordinal, 0
	case clause.Point:
		p.Point = n.Ordinal
	}
	return p
}

// citation records one citation found in n's text.
func (l *linker) citation(d *site.Doc, n *clause.Node, c cite.Citation) {
	pos := site.Pos{File: d.File, Line: d.BodyLine + n.Line - 1}
	from := site.Ref{Doc: d.ID, EID: n.EID}
	if c.External || c.Doc == "" {
		l.s.External = append(l.s.External, site.ExternalCite{Pos: pos, Title: c.Title, From: from})
		l.warnf(pos, "citation %s: 《%s》 is not in this site; left as plain text (add it to content/, or give an existing document this title as an alias)", c.Text, c.Title)
		return
	}
	target := l.s.Current[c.Doc]
	if target == nil {
		return
	}
	if len(c.Paths) == 0 {
		if c.Doc != d.ID {
			l.g.Add(site.Edge{From: from, To: site.Ref{Doc: c.Doc}, Type: site.Cites, Text: c.Text, Start: c.Start, End: c.End, ToVersion: target.Version})
		}
		return
	}
	for _, p := range c.Paths {
		eid := ""
		for _, cand := range p.EIDs() {
			if clause.Find(target.Clauses, cand) != nil {
				eid = cand
				break
			}
		}
		if eid == "" {
			l.warnf(pos, "citation %s: %s has no %s; left unlinked", c.Text, c.Doc, p)
			continue
		}
		if c.Doc == d.ID && eid == n.EID {
			continue // a clause naming itself (本条)
		}
		l.g.Add(site.Edge{From: from, To: site.Ref{Doc: c.Doc, EID: eid}, Type: site.Cites, Text: c.Text, Start: c.Start, End: c.End, ToVersion: target.Version})
	}
}
