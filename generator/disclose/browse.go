package disclose

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"zeren/generator/render"
	"zeren/generator/site"
)

// BrowseView is one page of the list of records. The pages are static:
// /outcomes/, /outcomes/page/2/, …; the filters are drawn hidden and
// outcomes.js brings them to life from the facet data, so the list reads
// and pages without JavaScript.
type BrowseView struct {
	Total    int // records in the whole list
	Page     int
	PageSize int
	From, To int // the records shown, counted from 1
	Pages    []PageLink
	Prev     string
	Next     string
	Rows     []Row
	Facets   []Facet
	DataURL  string // the facet data outcomes.js reads
	ListURL  string // the first page, where filtered views live
	StatsURL string
	FeedURL  string
	CSVURL   string
	JSONURL  string
	Internal bool
}

// PageLink is one page of the pagination.
type PageLink struct {
	N       int
	URL     string
	Current bool
}

// Row is one record in the list.
type Row struct {
	ID, Title, URL, Date, Decided, Region, Subject, Role string
	Forms                                                []FormView
	Sample                                               bool
	Withheld                                             string
}

// Facet is one filter with the count of records for each of its values.
type Facet struct {
	Key, Label string
	Values     []FacetValue
}

// FacetValue is one value of a filter.
type FacetValue struct {
	Value string `json:"value"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// The filters, in the order the page shows them. The keys are the URL
// query parameters (?year=2024&form=免职) and the fields of facets.json.
var facetKeys = []struct{ key, label string }{
	{"year", "决定年度"},
	{"region", "地区"},
	{"subject", "问责对象"},
	{"category", "问责方式类别"},
	{"form", "问责方式"},
	{"basis", "依据制度"},
}

func listURL(n int) string {
	if n <= 1 {
		return "/outcomes/"
	}
	return "/outcomes/page/" + strconv.Itoa(n) + "/"
}

func (d *Disclosure) pages() int {
	return max(1, (len(d.records)+d.opts.PageSize-1)/d.opts.PageSize)
}

func (d *Disclosure) browseView(r *render.Renderer, page int) *BrowseView {
	n := d.pages()
	v := &BrowseView{
		Total: len(d.records), Page: page, PageSize: d.opts.PageSize,
		Facets:  d.facetList,
		DataURL: r.Rel("/outcomes/facets.json"), ListURL: r.Rel("/outcomes/"), StatsURL: r.Rel("/outcomes/stats/"),
		FeedURL: r.Rel("/outcomes/atom.xml"), CSVURL: r.Rel("/outcomes.csv"), JSONURL: r.Rel("/outcomes.json"),
		Internal: d.opts.Internal,
	}
	for i := 1; i <= n; i++ {
		v.Pages = append(v.Pages, PageLink{N: i, URL: r.Rel(listURL(i)), Current: i == page})
	}
	if page > 1 {
		v.Prev = r.Rel(listURL(page - 1))
	}
	if page < n {
		v.Next = r.Rel(listURL(page + 1))
	}
	lo := (page - 1) * d.opts.PageSize
	hi := min(lo+d.opts.PageSize, len(d.records))
	for _, rec := range d.records[lo:hi] {
		v.Rows = append(v.Rows, row(r, rec))
	}
	if hi > lo {
		v.From, v.To = lo+1, hi
	}
	return v
}

func row(r *render.Renderer, rec *record) Row {
	m := rec.doc.Meta
	out := Row{ID: rec.doc.ID, Title: m.Title, URL: r.Rel(rec.doc.URL()), Date: rec.doc.Date(), Decided: m.Decided,
		Region: m.Region, Subject: m.Subject, Role: m.Role, Sample: m.Sample, Withheld: rec.withheld}
	for _, f := range rec.forms {
		out.Forms = append(out.Forms, FormView(f))
	}
	return out
}

// listPages renders the pages of the list after the first, which the core
// renderer draws as the outcomes section.
func (d *Disclosure) listPages(r *render.Renderer) ([]render.File, error) {
	if len(d.records) == 0 {
		return nil, nil
	}
	var files []render.File
	for n := 2; n <= d.pages(); n++ {
		p := &render.Page{
			Kind: render.KindSection, Title: fmt.Sprintf("%s(第%d页)", site.Outcome.Label(), n), URL: r.Rel(listURL(n)),
			Crumbs: []render.Link{{Title: "首页", URL: r.Rel("/")}, {Title: site.Outcome.Label(), URL: r.Rel("/outcomes/")}},
			Data:   d.browseView(r, n),
		}
		html, err := r.Page(render.KindSection, "outcomes", p)
		if err != nil {
			return nil, err
		}
		files = append(files, render.File{Path: listURL(n)[1:] + "index.html", Data: html})
	}
	return files, nil
}

// facetValues is what one record is filed under, facet by facet.
func (d *Disclosure) facetValues(rec *record) map[string][]string {
	m := rec.doc.Meta
	return map[string][]string{
		"year":     nonEmpty(rec.year),
		"region":   nonEmpty(m.Region),
		"subject":  nonEmpty(m.Subject),
		"category": rec.categories,
		"form":     rec.formNames(),
		"basis":    rec.regulations(),
	}
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// countFacets counts the records under every value of every filter.
func (d *Disclosure) countFacets() []Facet {
	counts := map[string]map[string]int{}
	for _, f := range facetKeys {
		counts[f.key] = map[string]int{}
	}
	for _, rec := range d.records {
		for k, vals := range d.facetValues(rec) {
			for _, v := range vals {
				counts[k][v]++
			}
		}
	}
	var out []Facet
	for _, f := range facetKeys {
		var vals []FacetValue
		for v, n := range counts[f.key] {
			vals = append(vals, FacetValue{Value: v, Label: d.facetLabel(f.key, v), Count: n})
		}
		sort.Slice(vals, facetOrder(f.key, vals))
		out = append(out, Facet{Key: f.key, Label: f.label, Values: vals})
	}
	return out
}

// facetLabel is how a value reads: a year as 2024年, a regulation by its
// short title.
func (d *Disclosure) facetLabel(key, v string) string {
	switch key {
	case "year":
		return v + "年"
	case "basis":
		if doc := d.s.Current[v]; doc != nil {
			if doc.Meta.ShortTitle != "" {
				return doc.Meta.ShortTitle
			}
			return doc.Meta.Title
		}
	}
	return v
}

// facetOrder sorts a filter's values: years newest first, categories and
// forms in the vocabulary's order, subjects as the 问责条例 names them,
// the rest by count, then by value.
func facetOrder(key string, vals []FacetValue) func(i, j int) bool {
	rank := func(v string) int { return 0 }
	switch key {
	case "category":
		rank = CategoryRank
	case "form":
		rank = func(v string) int {
			for i, f := range Forms {
				if f.Name == v {
					return i
				}
			}
			return len(Forms)
		}
	case "subject":
		rank = func(v string) int {
			if v == Organisation {
				return 0
			}
			return 1
		}
	}
	return func(i, j int) bool {
		a, b := vals[i], vals[j]
		if key == "year" {
			return a.Value > b.Value
		}
		if ra, rb := rank(a.Value), rank(b.Value); ra != rb {
			return ra < rb
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Value < b.Value
	}
}

// facetFile is outcomes/facets.json: the filters with their labels and
// every record with what it is filed under, all outcomes.js needs to
// filter, count and list without a server.
type facetFile struct {
	PageSize int           `json:"page_size"`
	Facets   []facetHeader `json:"facets"`
	Records  []facetRecord `json:"records"`
}

type facetHeader struct {
	Key    string       `json:"key"`
	Label  string       `json:"label"`
	Values []FacetValue `json:"values"`
}

type facetRecord struct {
	ID       string              `json:"id"`
	Title    string              `json:"title"`
	URL      string              `json:"url"`
	Date     string              `json:"date"`
	Region   string              `json:"region,omitempty"`
	Subject  string              `json:"subject,omitempty"`
	Role     string              `json:"role,omitempty"`
	Forms    []FormView          `json:"forms"`
	Sample   bool                `json:"sample,omitempty"`
	Withheld string              `json:"withheld,omitempty"`
	Facets   map[string][]string `json:"facets"`
}

func (d *Disclosure) facetData(r *render.Renderer) ([]render.File, error) {
	if len(d.records) == 0 {
		return nil, nil
	}
	f := facetFile{PageSize: d.opts.PageSize, Records: []facetRecord{}}
	for _, fc := range d.facetList {
		f.Facets = append(f.Facets, facetHeader(fc))
	}
	for _, rec := range d.records {
		rw := row(r, rec)
		f.Records = append(f.Records, facetRecord{ID: rw.ID, Title: rw.Title, URL: rw.URL, Date: rw.Date, Region: rw.Region,
			Subject: rw.Subject, Role: rw.Role, Forms: rw.Forms, Sample: rw.Sample, Withheld: rw.Withheld, Facets: d.facetValues(rec)})
	}
	data, err := compactJSON(f)
	if err != nil {
		return nil, err
	}
	return []render.File{{Path: "outcomes/facets.json", Data: data}}, nil
}

// compactJSON marshals without indentation or HTML escaping; map keys come
// out sorted, so the bytes are a function of the value.
func compactJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
