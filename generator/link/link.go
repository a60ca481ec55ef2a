// Package link is the link stage: it resolves every reference of the site
// into one graph — the explicit ones in front matter (basis, implements,
// assesses, cites) and in list and indicator lines (〔依据:…〕), and the
// citations found in the texts (《…》第七条, 本办法第四条, 前款) — so that
// every clause can show what implements, assesses, applies and cites it.
package link

import (
	"fmt"
	"sort"
	"strings"

	"zeren/generator/clause"
	"zeren/generator/site"
)

// Link fills s.Graph and s.External. An explicit reference that does not
// resolve is an error; a citation of a document outside the site is listed
// and left as plain text.
func Link(s *site.Site) []site.Diagnostic {
	l := &linker{s: s, g: site.NewGraph(), titles: titleIndex(s)}
	for _, d := range s.Docs {
		if !d.IsCurrent() {
			// Older revisions keep their text; only the current one
			// speaks for the document in the graph.
			l.markers(d, false)
			continue
		}
		l.frontMatter(d)
		l.markers(d, true)
		l.citations(d)
	}
	s.Graph = l.g
	sort.SliceStable(s.External, func(i, j int) bool { return s.External[i].Pos.String() < s.External[j].Pos.String() })
	return l.diags
}

type linker struct {
	s      *site.Site
	g      *site.Graph
	titles map[string]string
	diags  []site.Diagnostic
}

func (l *linker) errorf(pos site.Pos, format string, args ...any) {
	l.diags = append(l.diags, site.Diagnostic{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

func (l *linker) warnf(pos site.Pos, format string, args ...any) {
	l.diags = append(l.diags, site.Diagnostic{Pos: pos, Msg: fmt.Sprintf(format, args...), Warning: true})
}

// frontMatter resolves the reference lists of a document's front matter.
func (l *linker) frontMatter(d *site.Doc) {
	for _, f := range []struct {
		key  string
		refs []string
		typ  site.EdgeType
	}{
		{"basis", d.Meta.Basis, site.Basis},
		{"implements", d.Meta.Implements, site.Implements},
		{"assesses", d.Meta.Assesses, site.Assesses},
		{"cites", d.Meta.Cites, site.Cites},
	} {
		for i, raw := range f.refs {
			pos := site.Pos{File: d.File, Line: lineOf(d, f.key, i)}
			to, ver, err := l.resolve(raw, refDate(d))
			if err != nil {
				l.errorf(pos, "%s: %v", f.key, err)
				continue
			}
			l.g.Add(site.Edge{From: site.Ref{Doc: d.ID}, To: to, Type: f.typ, ToVersion: ver})
		}
	}
}

// refDate is the date whose revisions a document's references mean: an
// outcome applies the rules in force when it was decided.
func refDate(d *site.Doc) string {
	if d.Kind == site.Outcome {
		return d.Meta.Decided
	}
	return ""
}

func lineOf(d *site.Doc, key string, i int) int {
	if ls := d.Lines[key]; i < len(ls) {
		return ls[i]
	}
	return 1
}

// resolve turns "doc#eid" or "doc#第六条第(一)项" into a reference to an
// existing clause of the revision in force on date.
func (l *linker) resolve(raw, date string) (site.Ref, string, error) {
	r, err := site.ParseRef(raw)
	if err != nil {
		return site.Ref{}, "", err
	}
	d := l.s.RevisionAt(r.Doc, date)
	if d == nil {
		return r, "", fmt.Errorf("no document %q in this site; write <doc-id>#<eId> with the id of a file in content/%s", r.Doc, suggest(r.Doc, l.docIDs()))
	}
	if r.EID == "" {
		return r, d.Version, nil
	}
	if clause.Find(d.Clauses, r.EID) != nil {
		return r, d.Version, nil
	}
	if eid, ok := chineseEID(d.Clauses, r.EID); ok {
		return site.Ref{Doc: r.Doc, EID: eid}, d.Version, nil
	}
	return r, "", fmt.Errorf("%s has no clause %q%s", r.Doc, r.EID, suggest(r.EID, eids(d.Clauses)))
}

func (l *linker) docIDs() []string {
	var ids []string
	for id := range l.s.Current {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func eids(nodes []*clause.Node) []string {
	var out []string
	clause.Walk(nodes, func(n *clause.Node, _ int) bool {
		out = append(out, n.EID)
		return true
	})
	return out
}

// suggest names up to three of the candidates nearest to want.
func suggest(want string, candidates []string) string {
	type scored struct {
		s string
		d int
	}
	var best []scored
	for _, c := range candidates {
		best = append(best, scored{c, distance(want, c)})
	}
	sort.SliceStable(best, func(i, j int) bool {
		if best[i].d != best[j].d {
			return best[i].d < best[j].d
		}
		return best[i].s < best[j].s
	})
	var names []string
	for i := 0; i < len(best) && i < 3; i++ {
		names = append(names, best[i].s)
	}
	if len(names) == 0 {
		return ""
	}
	return "; nearest: " + strings.Join(names, ", ")
}

// distance is the Levenshtein distance between two strings, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
