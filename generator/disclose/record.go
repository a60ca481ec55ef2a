package disclose

import (
	"sort"
	"strings"

	"zeren/generator/clause"
	"zeren/generator/render"
	"zeren/generator/site"
)

// record is one outcome as the disclosure pages, feeds and data read it.
type record struct {
	doc        *site.Doc
	forms      []Form
	categories []string // distinct, in the order of Categories
	principal  string   // the heaviest category: the one the charts count it under
	year       string   // of the decision
	basis      []applied
	withheld   string // staff edition only: why the public does not see it
	pos        int    // index in the newest-first list of records
}

// applied is one clause a record applied, in the revision in force on the
// decision date.
type applied struct {
	ref     site.Ref
	doc     *site.Doc // the revision; nil when the reference does not resolve
	node    *clause.Node
	name    string // 第九条第（二）项
	excerpt string // the clause's words, with its lead-in for an item
	url     string // site path with the clause anchor
	key     string // the unit of the revision: doc#eid@version
}

// cite is the full citation: 《title》第九条第（二）项.
func (a applied) cite() string {
	if a.doc == nil {
		return a.ref.String()
	}
	return "《" + a.doc.Meta.Title + "》" + a.name
}

// short is the citation with the document's short title, for charts.
func (a applied) short() string {
	if a.doc == nil {
		return a.ref.String()
	}
	t := a.doc.Meta.ShortTitle
	if t == "" {
		t = a.doc.Meta.Title
	}
	return t + a.name
}

// records collects the outcomes of the model, newest first (by the date
// they were made public, then decided, then id). The model of a public
// build holds only public records: the loader withheld the others.
func records(s *site.Site, today string) []*record {
	var out []*record
	for _, d := range s.Docs {
		if d.Kind != site.Outcome {
			continue
		}
		out = append(out, newRecord(s, d, today))
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].doc, out[j].doc
		if a.Date() != b.Date() {
			return a.Date() > b.Date()
		}
		return a.ID < b.ID
	})
	return out
}

func newRecord(s *site.Site, d *site.Doc, today string) *record {
	r := &record{doc: d, year: yearOf(d.Meta.Decided)}
	seen := map[string]bool{}
	best := -1
	for _, name := range d.Meta.Forms {
		f, ok := FormByName(name)
		if !ok {
			continue // Lint has reported it
		}
		r.forms = append(r.forms, f)
		seen[f.Category] = true
		if rank := CategoryRank(f.Category); rank > best {
			best, r.principal = rank, f.Category
		}
	}
	for _, c := range Categories {
		if seen[c.Name] {
			r.categories = append(r.categories, c.Name)
		}
	}
	for _, ref := range basisRefs(s, d) {
		r.basis = append(r.basis, apply(s, ref, d.Meta.Decided))
	}
	switch {
	case d.Meta.Disclosure == "internal":
		r.withheld = "内部记录,不公开"
	case d.Meta.EmbargoUntil != "" && d.Meta.EmbargoUntil > today:
		r.withheld = "暂缓公开至 " + d.Meta.EmbargoUntil
	}
	return r
}

func yearOf(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return ""
}

// basisRefs are the clauses a record applied: as the link stage resolved
// them (a clause written in Chinese, 第九条第(二)项, becomes its eId), or
// as written when the model has not been linked.
func basisRefs(s *site.Site, d *site.Doc) []site.Ref {
	var refs []site.Ref
	if s.Graph != nil {
		for _, e := range s.Graph.Out(site.Ref{Doc: d.ID}) {
			if e.Type == site.Basis {
				refs = append(refs, e.To)
			}
		}
		return refs
	}
	for _, raw := range d.Meta.Basis {
		if ref, err := site.ParseRef(raw); err == nil {
			refs = append(refs, ref)
		}
	}
	return refs
}

// apply finds a clause in the revision of its document in force on the
// decision date. A reference that does not resolve keeps its text; the
// link stage reports it.
func apply(s *site.Site, ref site.Ref, date string) applied {
	a := applied{ref: ref, key: ref.String()}
	d, n, err := s.Lookup(ref, date)
	if err != nil {
		return a
	}
	a.doc, a.node = d, n
	a.key += "@" + d.Version
	a.url = d.URL()
	if n != nil {
		a.name = render.ClauseName(d, n.EID)
		a.url += "#" + n.EID
		a.excerpt = excerpt(d, n)
	}
	return a
}

// excerpt is what a clause says: its text, or for an item or point the
// sentence that leads into it, then its number and text.
func excerpt(d *site.Doc, n *clause.Node) string {
	mode := d.Kind.Mode()
	text := n.Text
	if text == "" {
		var parts []string
		for _, c := range n.Children {
			parts = append(parts, render.ClauseLabel(c, mode)+c.Text)
		}
		text = strings.Join(parts, "")
	}
	if n.Level != clause.Item && n.Level != clause.Point {
		return text
	}
	path := clausePath(d.Clauses, n.EID)
	if len(path) < 2 {
		return render.ClauseLabel(n, mode) + text
	}
	lead := path[len(path)-2].Text
	if lead == "" {
		return render.ClauseLabel(n, mode) + text
	}
	return lead + "……" + render.ClauseLabel(n, mode) + text
}

// clausePath is the chain of units from the top down to eid.
func clausePath(nodes []*clause.Node, eid string) []*clause.Node {
	for _, n := range nodes {
		if n.EID == eid {
			return []*clause.Node{n}
		}
		if p := clausePath(n.Children, eid); p != nil {
			return append([]*clause.Node{n}, p...)
		}
	}
	return nil
}

// clauseKeys is the set of clauses a record applied that resolved.
func (r *record) clauseKeys() map[string]bool {
	keys := map[string]bool{}
	for _, a := range r.basis {
		if a.node != nil {
			keys[a.key] = true
		}
	}
	return keys
}

// formNames lists a record's forms as written.
func (r *record) formNames() []string {
	var out []string
	for _, f := range r.forms {
		out = append(out, f.Name)
	}
	return out
}

// regulations lists the ids of the documents a record applied, once each,
// in the order of its basis.
func (r *record) regulations() []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range r.basis {
		if !seen[a.ref.Doc] {
			seen[a.ref.Doc] = true
			out = append(out, a.ref.Doc)
		}
	}
	return out
}
