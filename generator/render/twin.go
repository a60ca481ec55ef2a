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
	CitedBy       map[string][]string `json:"cited_by"`
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
}

func twinClauses(nodes []*clause.Node, mode clause.Mode) []*TwinClause {
	out := []*TwinClause{}
	for _, n := range nodes {
		out = append(out, &TwinClause{
			EID: n.EID, Level: string(n.Level), Num: label(n, mode), Heading: n.Heading, Text: n.Text,
			Points: n.Points, Units: n.Units, Refs: []TwinRef{}, Children: twinClauses(n.Children, mode),
		})
	}
	return out
}

func twin(s *site.Site, d *site.Doc, rel func(string) string) ([]byte, error) {
	t := Twin{
		ID: d.ID, Kind: string(d.Kind), URL: rel(d.URL()), Version: d.Version, Meta: d.Meta,
		Clauses:       twinClauses(d.Clauses, d.Kind.Mode()),
		ImplementedBy: map[string][]string{}, AssessedBy: map[string][]string{}, CitedBy: map[string][]string{},
		Counts: clause.Tally(d.Clauses),
	}
	for _, v := range d.Versions {
		t.Versions = append(t.Versions, TwinVersion{v.Version, rel(v.URL())})
	}
	return marshal(t)
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
