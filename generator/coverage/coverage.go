// Package coverage measures how far the rules are carried out: for each
// regulation, the share of its duty-bearing articles that at least one
// measure implements (directly, or through a responsibility list item that
// rests on the article); for each list item, its basis and its measures;
// for each list, a calendar of its quantified duties. It renders the
// site-wide page /coverage/ and one page per regulation listing the gaps.
package coverage

import (
	"sort"
	"strings"

	"zeren/generator/clause"
	"zeren/generator/duty"
	"zeren/generator/site"
)

// Report is the coverage of a whole site.
type Report struct {
	Regulations []*Regulation `json:"regulations"`
	Lists       []*List       `json:"lists"`
	Duties      int           `json:"duties"`
	Covered     int           `json:"covered"`
	Percent     int           `json:"percent"`
}

// Regulation is the coverage of one regulation's duty-bearing articles.
type Regulation struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Duties    int     `json:"duties"`
	Covered   int     `json:"covered"`
	Percent   int     `json:"percent"`
	Uncovered []*Unit `json:"uncovered"`
	Units     []*Unit `json:"units"`
}

// Unit is one article or list item with what carries it out.
type Unit struct {
	EID       string           `json:"eid"`
	Label     string           `json:"label"`
	Text      string           `json:"text"`
	Measures  []string         `json:"measures"` // doc ids (or doc#eid) of measures
	Via       []string         `json:"via"`      // list items through which measures reach it
	Basis     []string         `json:"basis"`    // for list items: the clauses they rest on
	Frequency []duty.Frequency `json:"frequency,omitempty"`
}

// List is the coverage of one responsibility list.
type List struct {
	ID           string  `json:"id"`
	Title        string  `json:"title"`
	URL          string  `json:"url"`
	Items        []*Unit `json:"items"`
	WithBasis    int     `json:"with_basis"`
	WithMeasures int     `json:"with_measures"`
	Quantified   int     `json:"quantified"`
}

// Compute measures the coverage of s, whose graph the link stage filled.
func Compute(s *site.Site) *Report {
	rep := &Report{Regulations: []*Regulation{}, Lists: []*List{}}
	for _, d := range s.Docs {
		if !d.IsCurrent() {
			continue
		}
		switch d.Kind {
		case site.Regulation:
			r := regulation(s, d)
			rep.Regulations = append(rep.Regulations, r)
			rep.Duties += r.Duties
			rep.Covered += r.Covered
		case site.List:
			rep.Lists = append(rep.Lists, list(s, d))
		}
	}
	rep.Percent = percent(rep.Covered, rep.Duties)
	return rep
}

func percent(n, of int) int {
	if of == 0 {
		return 0
	}
	return (n*100 + of/2) / of
}

// measuresOf returns the measures that implement the unit at ref or any
// unit below it, and the list items through which others reach it.
func measuresOf(s *site.Site, ref site.Ref) (measures, via []string) {
	g := s.Graph
	if g == nil {
		return nil, nil
	}
	seen := map[string]bool{}
	add := func(list *[]string, v string) {
		if !seen[v] {
			seen[v] = true
			*list = append(*list, v)
		}
	}
	for _, target := range below(s, ref) {
		for _, e := range g.In(target) {
			from := s.Current[e.From.Doc]
			if from == nil {
				continue
			}
			switch {
			case from.Kind == site.Measure && e.Type == site.Implements:
				add(&measures, e.From.String())
			case from.Kind == site.List && e.Type == site.Basis:
				// A list item resting on the clause: the measures that
				// carry out the item carry out the clause.
				for _, e2 := range g.In(e.From) {
					if m := s.Current[e2.From.Doc]; m != nil && m.Kind == site.Measure && e2.Type == site.Implements {
						add(&measures, e2.From.String())
						add(&via, e.From.String())
					}
				}
			}
		}
	}
	sort.Strings(measures)
	sort.Strings(via)
	return measures, via
}

// below lists ref and every unit under it.
func below(s *site.Site, ref site.Ref) []site.Ref {
	out := []site.Ref{ref}
	d := s.Current[ref.Doc]
	if d == nil {
		return out
	}
	if n := clause.Find(d.Clauses, ref.EID); n != nil {
		clause.Walk(n.Children, func(c *clause.Node, _ int) bool {
			out = append(out, site.Ref{Doc: ref.Doc, EID: c.EID})
			return true
		})
	}
	return out
}

// fullText is a unit's own text and all text below it.
func fullText(n *clause.Node) string {
	var b strings.Builder
	b.WriteString(n.Text)
	clause.Walk(n.Children, func(c *clause.Node, _ int) bool {
		b.WriteString(c.Text)
		return true
	})
	return b.String()
}

func regulation(s *site.Site, d *site.Doc) *Regulation {
	r := &Regulation{ID: d.ID, Title: d.Meta.Title, Uncovered: []*Unit{}, Units: []*Unit{}}
	clause.Walk(d.Clauses, func(n *clause.Node, _ int) bool {
		if n.Level != clause.Article {
			return true
		}
		text := fullText(n)
		if !duty.Bearing(text) {
			return false
		}
		u := &Unit{EID: n.EID, Text: text, Frequency: duty.Find(text)}
		u.Measures, u.Via = measuresOf(s, site.Ref{Doc: d.ID, EID: n.EID})
		r.Duties++
		r.Units = append(r.Units, u)
		if len(u.Measures) > 0 {
			r.Covered++
		} else {
			r.Uncovered = append(r.Uncovered, u)
		}
		return false
	})
	r.Percent = percent(r.Covered, r.Duties)
	return r
}

func list(s *site.Site, d *site.Doc) *List {
	l := &List{ID: d.ID, Title: d.Meta.Title, Items: []*Unit{}}
	clause.Walk(d.Clauses, func(n *clause.Node, _ int) bool {
		if n.Level != clause.Item {
			return true
		}
		ref := site.Ref{Doc: d.ID, EID: n.EID}
		u := &Unit{EID: n.EID, Text: fullText(n), Frequency: duty.Find(fullText(n))}
		u.Measures, _ = measuresOf(s, ref)
		if s.Graph != nil {
			for _, e := range s.Graph.Out(ref) {
				if e.Type == site.Basis {
					u.Basis = append(u.Basis, e.To.String())
				}
			}
		}
		if len(u.Basis) > 0 {
			l.WithBasis++
		}
		if len(u.Measures) > 0 {
			l.WithMeasures++
		}
		if len(u.Frequency) > 0 {
			l.Quantified++
		}
		l.Items = append(l.Items, u)
		return false
	})
	return l
}
