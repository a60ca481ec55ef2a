package disclose

import (
	"slices"
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
	for _, o := range d.sameClause(rec) {
		v.SameClause = append(v.SameClause, recordLink(r, o))
	}
	if region := rec.doc.Meta.Region; region != "" {
		for _, i := range d.regionIndex[region] {
			if i != rec.pos && len(v.SameRegion) < maxRelated {
				v.SameRegion = append(v.SameRegion, recordLink(r, d.records[i]))
			}
		}
	}
	return v
}

// sameClause lists the records that applied the most of the clauses rec
// applied (the same unit of the same revision), then the newest, at most
// maxRelated. It reads the index of clauses, so a site of many records
// does not compare every pair.
func (d *Disclosure) sameClause(rec *record) []*record {
	shared := map[int]int{}
	for key := range rec.clauseKeys() {
		for _, i := range d.clauseIndex[key] {
			if i != rec.pos {
				shared[i]++
			}
		}
	}
	// Keep the best maxRelated: more shared clauses, then newer (a lower
	// position), by insertion into a short sorted list.
	var best []int
	better := func(a, b int) bool {
		if shared[a] != shared[b] {
			return shared[a] > shared[b]
		}
		return a < b
	}
	for i := range shared {
		k := len(best)
		for k > 0 && better(i, best[k-1]) {
			k--
		}
		if k < maxRelated {
			best = slices.Insert(best, k, i)
			if len(best) > maxRelated {
				best = best[:maxRelated]
			}
		}
	}
	out := make([]*record, len(best))
	for j, i := range best {
		out[j] = d.records[i]
	}
	return out
}

func recordLink(r *render.Renderer, o *record) RecordLink {
	return RecordLink{Title: o.doc.Meta.Title, URL: r.Rel(o.doc.URL()), Date: o.doc.Date(), Region: o.doc.Meta.Region, Forms: joinForms(o.formNames())}
}

func joinForms(names []string) string { return strings.Join(names, "、") }
