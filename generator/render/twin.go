package render

import (
	"bytes"
	"encoding/json"

	"zeren/generator/clause"
	"zeren/generator/site"
)

// Twin is the JSON twin of a document page (X/index.json). Its fields are
// a contract documented in the README: add fields, never rename them.
type Twin struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	URL     string `json:"url"`
	Version string `json:"version"`
	site.Meta
	Versions      []TwinVersion       `json:"versions,omitempty"`
	Clauses       []*TwinClause       `json:"clauses"`
	ImplementedBy map[string][]string `json:"implemented_by"`
	AssessedBy    map[string][]string `json:"assessed_by"`
	AppliedBy     map[string][]string `json:"applied_by"`
	CitedBy       map[string][]string `json:"cited_by"`
	ListedIn      map[string][]string `json:"listed_in"`
	Counts        clause.Counts       `json:"counts"`
}

// TwinVersion is one revision in a twin.
type TwinVersion struct {
	Version string `json:"version"`
	URL     string `json:"url"`
}

// TwinClause is one unit of the clause tree in a twin.
type TwinClause struct {
	EID      string        `json:"eid"`
	Level    string        `json:"level"`
	Num      string        `json:"num"`
	Heading  string        `json:"heading"`
	Text     string        `json:"text"`
	Points   string        `json:"points,omitempty"`
	Units    []string      `json:"units,omitempty"`
	Refs     []TwinRef     `json:"refs"`
	Children []*TwinClause `json:"children"`
}

// TwinRef is a resolved reference from a clause: target doc#eid and the
// text that cites it.
type TwinRef struct {
	Target string `json:"target"`
	Text   string `json:"text"`
	Type   string `json:"type"`
}

func (r *Renderer) twinClauses(d *site.Doc, nodes []*clause.Node) []*TwinClause {
	mode := d.Kind.Mode()
	out := []*TwinClause{}
	for _, n := range nodes {
		refs := []TwinRef{}
		if r.s.Graph != nil {
			for _, e := range r.s.Graph.Out(site.Ref{Doc: d.ID, EID: n.EID}) {
				refs = append(refs, TwinRef{Target: e.To.String(), Text: e.Text, Type: string(e.Type)})
			}
		}
		out = append(out, &TwinClause{
			EID: n.EID, Level: string(n.Level), Num: label(n, mode), Heading: n.Heading, Text: n.Text,
			Points: n.Points, Units: n.Units, Refs: refs, Children: r.twinClauses(d, n.Children),
		})
	}
	return out
}

func (r *Renderer) twin(d *site.Doc) ([]byte, error) {
	t := Twin{
		ID: d.ID, Kind: string(d.Kind), URL: r.rel(d.URL()), Version: d.Version, Meta: d.Meta,
		Clauses:       r.twinClauses(d, d.Clauses),
		ImplementedBy: map[string][]string{}, AssessedBy: map[string][]string{}, AppliedBy: map[string][]string{},
		CitedBy: map[string][]string{}, ListedIn: map[string][]string{},
		Counts: clause.Tally(d.Clauses),
	}
	for _, v := range d.Versions {
		t.Versions = append(t.Versions, TwinVersion{v.Version, r.rel(v.URL())})
	}
	byKind := map[site.Backlink]map[string][]string{
		site.ImplementedBy: t.ImplementedBy, site.AssessedBy: t.AssessedBy, site.AppliedBy: t.AppliedBy,
		site.CitedBy: t.CitedBy, site.ListedIn: t.ListedIn,
	}
	eidsOf := []string{""}
	clause.Walk(d.Clauses, func(n *clause.Node, _ int) bool {
		eidsOf = append(eidsOf, n.EID)
		return true
	})
	for _, eid := range eidsOf {
		b := r.backlinks(d, eid)
		if b == nil {
			continue
		}
		key := eid
		if key == "" {
			key = "_document"
		}
		for _, e := range r.s.Graph.In(site.Ref{Doc: d.ID, EID: eid}) {
			from := r.s.Current[e.From.Doc]
			if from == nil || !r.edgeShown(d, e) {
				continue
			}
			m := byKind[site.BacklinkOf(e.Type, from.Kind)]
			if !contains(m[key], e.From.String()) {
				m[key] = append(m[key], e.From.String())
			}
		}
	}
	return marshal(t)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// IndexEntry is one document in the root index.json.
type IndexEntry struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

func rootIndex(s *site.Site, rel func(string) string) ([]byte, error) {
	var out struct {
		Documents []IndexEntry `json:"documents"`
	}
	out.Documents = []IndexEntry{}
	for _, d := range s.Docs {
		if d.IsCurrent() {
			out.Documents = append(out.Documents, IndexEntry{d.ID, string(d.Kind), d.Meta.Title, rel(d.URL())})
		}
	}
	return marshal(out)
}

// marshal writes indented JSON without HTML escaping (the twins are read
// by programs; < and & are legal in JSON strings).
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
