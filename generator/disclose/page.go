package disclose

import (
	"sort"
	"strings"

	"zeren/generator/render"
)

// RecordView is what a record's page adds to the document view: its forms
// with their categories, the clauses it applied (linked to the revision in
// force on the decision date) and the related records.
type RecordView struct {
	Forms      []FormView
	Applied    []ClauseLink
	SameClause []RecordLink // records that applied one of the same clauses
	SameRegion []RecordLink // other records of the same region
	Withheld   string       // staff edition: why the public does not see it
	ListURL    string
	StatsURL   string
	Region     string
}

// FormView is one form of accountability with its category.
type FormView struct {
	Name     string `json:"name"`
	Category string `json:"category"`
}

// ClauseLink is one applied clause.
type ClauseLink struct {
	Cite    string // 《title》第九条第（二）项
	URL     string // "" when the reference does not resolve
	Excerpt string
	// Version is the revision applied, when the document has several;
	// Superseded says a later revision has replaced it.
	Version    string
	Superseded bool
}

// RecordLink is a related record.
type RecordLink struct {
	Title, URL, Date, Region, Forms string
}

// maxRelated caps each list of related records.
const maxRelated = 6

func (d *Disclosure) recordView(r *render.Renderer, rec *record) *RecordView {
	v := &RecordView{
		Withheld: rec.withheld,
		ListURL:  r.Rel("/outcomes/"),
		StatsURL: r.Rel("/outcomes/stats/"),
		Region:   rec.doc.Meta.Region,
	}
	for _, f := range rec.forms {
		v.Forms = append(v.Forms, FormView(f))
	}
	for _, a := range rec.basis {
		c := ClauseLink{Cite: a.cite(), Excerpt: a.excerpt}
		if a.doc != nil {
			c.URL = r.Rel(a.url)
			if len(a.doc.Versions) > 0 {
				c.Version, c.Superseded = a.doc.Version, !a.doc.IsCurrent()
			}
		}
		v.Applied = append(v.Applied, c)
	}
	v.SameClause = d.related(r, rec, func(o *record) int { return sharedClauses(rec, o) })
	v.SameRegion = d.related(r, rec, func(o *record) int {
		if rec.doc.Meta.Region != "" && o.doc.Meta.Region == rec.doc.Meta.Region {
			return 1
		}
		return 0
	})
	return v
}

// related lists the other records with a positive score, the highest
// first, then the newest.
func (d *Disclosure) related(r *render.Renderer, rec *record, score func(*record) int) []RecordLink {
	type scored struct {
		rec *record
		n   int
	}
	var hits []scored
	for _, o := range d.records { // newest first already
		if o == rec {
			continue
		}
		if n := score(o); n > 0 {
			hits = append(hits, scored{o, n})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].n > hits[j].n })
	var out []RecordLink
	for i := 0; i < len(hits) && i < maxRelated; i++ {
		out = append(out, recordLink(r, hits[i].rec))
	}
	return out
}

func recordLink(r *render.Renderer, o *record) RecordLink {
	return RecordLink{Title: o.doc.Meta.Title, URL: r.Rel(o.doc.URL()), Date: o.doc.Date(), Region: o.doc.Meta.Region, Forms: joinForms(o.formNames())}
}

// sharedClauses counts the clauses two records both applied (the same
// unit of the same revision).
func sharedClauses(a, b *record) int {
	n := 0
	for _, x := range a.basis {
		if x.node == nil {
			continue
		}
		for _, y := range b.basis {
			if y.node != nil && x.key() == y.key() {
				n++
				break
			}
		}
	}
	return n
}

func joinForms(names []string) string { return strings.Join(names, "、") }
