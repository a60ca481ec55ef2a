package render

import (
	"sort"

	"zeren/generator/site"
)

// GraphJSON is public/graph.json: every document and every referenced
// clause as nodes, every reference as a typed edge, for re-users.
type GraphJSON struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
}

// GraphNode is a document ("doc") or a clause ("doc#eid").
type GraphNode struct {
	ID    string `json:"id"`
	Doc   string `json:"doc"`
	Kind  string `json:"kind"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

// GraphEdge is one reference: from a unit to a unit, with its type
// (implements, assesses, basis, cites) and, for a citation found in the
// text, the citing words.
type GraphEdge struct {
	From    string `json:"from"`
	To      string `json:"to"`
	Type    string `json:"type"`
	Text    string `json:"text,omitempty"`
	Version string `json:"version,omitempty"`
}

func (r *Renderer) graphJSON() ([]byte, error) {
	out := GraphJSON{Nodes: []GraphNode{}, Edges: []GraphEdge{}}
	seen := map[string]bool{}
	node := func(ref site.Ref) {
		id := ref.String()
		d := r.s.Current[ref.Doc]
		if seen[id] || d == nil {
			return
		}
		seen[id] = true
		out.Nodes = append(out.Nodes, GraphNode{ID: id, Doc: ref.Doc, Kind: string(d.Kind), Title: r.unitName(ref), URL: r.unitURL(ref, d.Version)})
	}
	for _, d := range r.s.Docs {
		if d.IsCurrent() {
			node(site.Ref{Doc: d.ID})
		}
	}
	if r.s.Graph != nil {
		for _, e := range r.s.Graph.Edges {
			node(e.From)
			node(e.To)
			out.Edges = append(out.Edges, GraphEdge{From: e.From.String(), To: e.To.String(), Type: string(e.Type), Text: e.Text, Version: e.ToVersion})
		}
	}
	sort.SliceStable(out.Nodes, func(i, j int) bool { return out.Nodes[i].ID < out.Nodes[j].ID })
	sort.SliceStable(out.Edges, func(i, j int) bool {
		a, b := out.Edges[i], out.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Type < b.Type
	})
	return marshal(out)
}
