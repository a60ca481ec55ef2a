package site

import "sort"

// EdgeType names a relation from a citing unit to a clause.
type EdgeType string

// The relations of the cross-link graph. The words are part of the JSON
// contract (graph.json).
const (
	Implements EdgeType = "implements" // a measure carries out a clause or list item
	Assesses   EdgeType = "assesses"   // an indicator (rule) scores a clause
	Basis      EdgeType = "basis"      // a list item, indicator or outcome rests on a clause
	Cites      EdgeType = "cites"      // a text cites a clause (explicitly or in its words)
)

// Edge is one reference from a unit (a document, or one of its clauses) to
// a clause or a whole document.
type Edge struct {
	From Ref
	To   Ref
	Type EdgeType
	// Textual citations only: the citing words and their byte span in
	// the From clause's text.
	Text       string
	Start, End int
	// ToVersion is the revision the reference resolved to ("" for a
	// document with a single file).
	ToVersion string
}

// Textual reports whether the edge is a citation found in a text.
func (e Edge) Textual() bool { return e.End > 0 }

// Graph is every reference of the site, indexed both ways.
type Graph struct {
	Edges []Edge
	in    map[Ref][]int
	out   map[Ref][]int
}

// NewGraph returns an empty graph.
func NewGraph() *Graph {
	return &Graph{in: map[Ref][]int{}, out: map[Ref][]int{}}
}

// Add records an edge.
func (g *Graph) Add(e Edge) {
	g.Edges = append(g.Edges, e)
	i := len(g.Edges) - 1
	g.in[e.To] = append(g.in[e.To], i)
	g.out[e.From] = append(g.out[e.From], i)
}

// In returns the edges that point at r, in the order they were added.
func (g *Graph) In(r Ref) []Edge { return g.pick(g.in[r]) }

// Out returns the edges that start at r.
func (g *Graph) Out(r Ref) []Edge { return g.pick(g.out[r]) }

func (g *Graph) pick(idx []int) []Edge {
	if g == nil || len(idx) == 0 {
		return nil
	}
	out := make([]Edge, len(idx))
	for i, j := range idx {
		out[i] = g.Edges[j]
	}
	return out
}

// Targets lists every unit that has at least one edge pointing at it,
// sorted.
func (g *Graph) Targets() []Ref {
	var out []Ref
	for r := range g.in {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		return out[i].EID < out[j].EID
	})
	return out
}

// Backlink is the kind of a relation as the target clause shows it.
type Backlink string

// The five backlink kinds a clause shows, and their JSON twin keys.
const (
	ImplementedBy Backlink = "implemented_by" // 落实措施
	AssessedBy    Backlink = "assessed_by"    // 考核指标
	AppliedBy     Backlink = "applied_by"     // 问责案例
	CitedBy       Backlink = "cited_by"       // 被引用
	ListedIn      Backlink = "listed_in"      // 责任清单
)

// Backlinks lists the kinds in the order pages show them.
var Backlinks = []Backlink{ImplementedBy, AssessedBy, AppliedBy, CitedBy, ListedIn}

// Label is the backlink kind's Chinese name.
func (b Backlink) Label() string {
	switch b {
	case ImplementedBy:
		return "落实措施"
	case AssessedBy:
		return "考核指标"
	case AppliedBy:
		return "问责案例"
	case CitedBy:
		return "被引用"
	case ListedIn:
		return "责任清单"
	}
	return string(b)
}

// BacklinkOf tells how the target of an edge from a document of kind from
// shows it.
func BacklinkOf(t EdgeType, from Kind) Backlink {
	switch {
	case t == Implements:
		return ImplementedBy
	case t == Assesses, t == Basis && from == Indicators:
		return AssessedBy
	case t == Basis && from == Outcome:
		return AppliedBy
	case t == Basis && from == List:
		return ListedIn
	}
	return CitedBy
}
