// Package disclose publishes the accountability outcomes (问责结果) of a
// site: it checks the records (the vocabulary of forms, and personal data
// that must not be published), and produces what the public reads and
// downloads — the browsable list with its facet data, each record's
// applied clauses and related records, the statistics page with charts
// drawn at build time, the Atom feeds, outcomes.csv and outcomes.json —
// plus the site-wide sitemap.xml and robots.txt.
//
// It reads only the model: a record the loader withheld (internal, under
// embargo) is not in it, so it cannot reach any output of a public build.
package disclose

import (
	"fmt"

	"zeren/generator/render"
	"zeren/generator/site"
)

// Options configure a Disclosure.
type Options struct {
	// Internal marks the staff edition, which holds internal and
	// embargoed records and says so on every page.
	Internal bool
	// Today (YYYY-MM-DD) tells, in the staff edition, which records are
	// still under embargo.
	Today string
	// PageSize is the number of records on a list page (default 20).
	PageSize int
}

// Disclosure is the outcomes of one build, read once from the model.
type Disclosure struct {
	s       *site.Site
	opts    Options
	records []*record
	byID    map[string]*record
	// For related records: the positions in records (newest first) of
	// the records that applied a clause (by applied.key), and of those
	// of a region.
	clauseIndex map[string][]int
	regionIndex map[string][]int
	facetList   []Facet // every filter with its counts over all records
}

// New reads the outcome records of the model.
func New(s *site.Site, opts Options) *Disclosure {
	if opts.PageSize <= 0 {
		opts.PageSize = 20
	}
	d := &Disclosure{s: s, opts: opts, records: records(s, opts.Today), byID: map[string]*record{},
		clauseIndex: map[string][]int{}, regionIndex: map[string][]int{}}
	for i, r := range d.records {
		r.pos = i
		d.byID[r.doc.ID] = r
		for key := range r.clauseKeys() { // each list stays in ascending order
			d.clauseIndex[key] = append(d.clauseIndex[key], i)
		}
		if region := r.doc.Meta.Region; region != "" {
			d.regionIndex[region] = append(d.regionIndex[region], i)
		}
	}
	d.facetList = d.countFacets()
	return d
}

// PageData gives the pages the core renderer draws for outcomes their
// view: a record's page gets a *RecordView, the first page of the list a
// *BrowseView. It is render.Options.Data.
func (d *Disclosure) PageData(r *render.Renderer, p *render.Page) any {
	switch {
	case p.Kind == render.KindSingle && p.Doc != nil && p.Doc.Kind == string(site.Outcome):
		if rec := d.byID[p.Doc.ID]; rec != nil {
			return d.recordView(r, rec)
		}
	case p.Kind == render.KindSection && p.Section != nil && p.Section.Kind == string(site.Outcome):
		return d.browseView(r, 1)
	}
	return nil
}

// Files produces the outputs of the outcomes that the core renderer does
// not: list pages after the first, the facet data, the statistics page,
// the feeds and the data downloads.
func (d *Disclosure) Files(r *render.Renderer) ([]render.File, error) {
	var files []render.File
	for _, produce := range []struct {
		name string
		fn   func(*render.Renderer) ([]render.File, error)
	}{
		{"list pages", d.listPages},
		{"facet data", d.facetData},
		{"statistics", d.statsPage},
		{"feeds", d.feeds},
		{"data", d.data},
	} {
		out, err := produce.fn(r)
		if err != nil {
			return nil, fmt.Errorf("outcomes %s: %w", produce.name, err)
		}
		files = append(files, out...)
	}
	return files, nil
}
