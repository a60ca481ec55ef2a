package render

import (
	"sort"
	"strings"
	"zeren/generator/duty"

	"zeren/generator/clause"
	"zeren/generator/site"
)

// BacklinkGroup is one kind of backlink of a clause: 落实措施, 考核指标, …
type BacklinkGroup struct {
	Kind  string
	Label string
	Items []Link
}

// Backlinks is what a clause shows of the units that point at it.
type Backlinks struct {
	Groups []BacklinkGroup // every kind, in order, possibly empty
	Total  int
}

// Summary is the one-line count shown before the list opens.
func (b *Backlinks) Summary() string {
	var parts []string
	for _, g := range b.Groups {
		if len(g.Items) > 0 {
			parts = append(parts, g.Label+" "+itoa(len(g.Items)))
		}
	}
	return strings.Join(parts, " · ")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// unitName names a unit for a link to it: 《title》第六条第（一）项, or the
// document's title alone.
func (r *Renderer) unitName(ref site.Ref) string {
	d := r.s.Current[ref.Doc]
	if d == nil {
		return ref.String()
	}
	name := d.Meta.Title
	if d.Kind != site.Measure && d.Kind != site.Outcome {
		name = "《" + name + "》"
	}
	if ref.EID == "" {
		return name
	}
	return name + citePath(d, ref.EID)
}

// citePath writes the path of units down to eid the way citations do:
// 第六条第（一）项 (an article restarts the path: chapters are not cited).
func citePath(d *site.Doc, eid string) string {
	mode := d.Kind.Mode()
	var parts []string
	for _, n := range pathTo(d.Clauses, eid) {
		if n.Level == clause.Article {
			parts = parts[:0]
		}
		if p := citePart(n, mode); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "")
}

// pathTo returns the units from the top down to the one with eid.
func pathTo(nodes []*clause.Node, eid string) []*clause.Node {
	for _, n := range nodes {
		if n.EID == eid {
			return []*clause.Node{n}
		}
		if p := pathTo(n.Children, eid); p != nil {
			return append([]*clause.Node{n}, p...)
		}
	}
	return nil
}

// unitURL is the page URL of a unit, at its anchor.
func (r *Renderer) unitURL(ref site.Ref, version string) string {
	d := r.s.Current[ref.Doc]
	if d == nil {
		return ""
	}
	for _, v := range d.Versions {
		if v.Version == version {
			d = v
		}
	}
	u := r.rel(d.URL())
	if ref.EID != "" {
		u += "#" + ref.EID
	}
	return u
}

// backlinks collects what points at one clause of d (current revisions
// only: an older revision's clauses are not the target of references
// that name the document without a date).
func (r *Renderer) backlinks(d *site.Doc, eid string) *Backlinks {
	g := r.s.Graph
	if g == nil {
		return nil
	}
	var edges []site.Edge
	for _, e := range g.In(site.Ref{Doc: d.ID, EID: eid}) {
		if r.edgeShown(d, e) {
			edges = append(edges, e)
		}
	}
	groups := map[site.Backlink][]Link{}
	seen := map[string]bool{}
	for _, e := range edges {
		from := r.s.Current[e.From.Doc]
		if from == nil {
			continue
		}
		kind := site.BacklinkOf(e.Type, from.Kind)
		key := string(kind) + "|" + e.From.String()
		if seen[key] {
			continue
		}
		seen[key] = true
		groups[kind] = append(groups[kind], Link{Title: r.unitName(e.From), URL: r.unitURL(e.From, from.Version)})
	}
	b := &Backlinks{}
	for _, k := range site.Backlinks {
		items := groups[k]
		sort.SliceStable(items, func(i, j int) bool { return items[i].URL < items[j].URL })
		b.Groups = append(b.Groups, BacklinkGroup{Kind: string(k), Label: k.Label(), Items: items})
		b.Total += len(items)
	}
	return b
}

// edgeShown tells whether an edge into d belongs on this revision's page:
// a reference resolved to another revision shows there instead.
func (r *Renderer) edgeShown(d *site.Doc, e site.Edge) bool {
	if len(d.Versions) == 0 {
		return true
	}
	if d.IsCurrent() {
		return e.ToVersion == d.Version || e.ToVersion == ""
	}
	return e.ToVersion == d.Version
}

// linkedText inserts Markdown links for the citations found in a clause's
// text, so that 《…》第七条 leads to that clause.
func (r *Renderer) linkedText(d *site.Doc, n *clause.Node) string {
	g := r.s.Graph
	if g == nil || n.Text == "" {
		return n.Text
	}
	var spans []site.Edge
	for _, e := range g.Out(site.Ref{Doc: d.ID, EID: n.EID}) {
		if e.Textual() && e.End <= len(n.Text) && e.Start < e.End {
			spans = append(spans, e)
		}
	}
	if len(spans) == 0 {
		return n.Text
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var b strings.Builder
	at := 0
	for _, e := range spans {
		if e.Start < at {
			continue // an enumeration yields several edges for one span
		}
		b.WriteString(n.Text[at:e.Start])
		b.WriteString("[")
		b.WriteString(escapeLinkText(n.Text[e.Start:e.End]))
		b.WriteString("](")
		b.WriteString(r.unitURL(e.To, e.ToVersion))
		b.WriteString(")")
		at = e.End
	}
	b.WriteString(n.Text[at:])
	return b.String()
}

func escapeLinkText(s string) string {
	return strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`).Replace(s)
}

// showsBacklinks tells which units carry a backlink line even when nothing
// points at them: the units people cite and implement.
func showsBacklinks(n *clause.Node, mode clause.Mode) bool {
	switch n.Level {
	case clause.Article:
		return true
	case clause.Item:
		return mode == clause.ModeList
	case clause.Point:
		return mode == clause.ModeIndicators
	}
	return false
}

// UnitName names a unit for a link: 《title》第六条第（一）项.
func (r *Renderer) UnitName(ref site.Ref) string { return r.unitName(ref) }

// UnitURL is the URL of a unit of the current revision, at its anchor.
func (r *Renderer) UnitURL(ref site.Ref) string {
	d := r.s.Current[ref.Doc]
	if d == nil {
		return ""
	}
	return r.unitURL(ref, d.Version)
}

// calendar groups the quantified duties of a list's items by period.
func (r *Renderer) calendar(d *site.Doc) []CalendarRow {
	byPeriod := map[duty.Period][]CalendarItem{}
	clause.Walk(d.Clauses, func(n *clause.Node, _ int) bool {
		if n.Level != clause.Item {
			return true
		}
		for _, f := range duty.Find(n.Text) {
			ref := site.Ref{Doc: d.ID, EID: n.EID}
			byPeriod[f.Period] = append(byPeriod[f.Period], CalendarItem{
				Link:  Link{Title: label(n, clause.ModeList) + " " + shorten(f.Text, 28), URL: r.unitURL(ref, d.Version)},
				Times: "≥" + itoa(f.Min) + f.Unit,
			})
		}
		return true
	})
	var rows []CalendarRow
	for _, p := range duty.Periods {
		if items := byPeriod[p]; len(items) > 0 {
			rows = append(rows, CalendarRow{Period: p.Label(), Items: items})
		}
	}
	return rows
}

// outgoing lists the references a document makes in its front matter,
// grouped by relation, for its page header.
func (r *Renderer) outgoing(d *site.Doc) []BacklinkGroup {
	if r.s.Graph == nil || !d.IsCurrent() {
		return nil
	}
	labels := map[site.EdgeType]string{
		site.Implements: "落实的条款", site.Basis: "依据", site.Assesses: "考核的条款", site.Cites: "引用",
	}
	if d.Kind == site.Outcome {
		labels[site.Basis] = "适用的条款"
	}
	byType := map[site.EdgeType][]Link{}
	for _, e := range r.s.Graph.Out(site.Ref{Doc: d.ID}) {
		byType[e.Type] = append(byType[e.Type], Link{Title: r.unitName(e.To), URL: r.unitURL(e.To, e.ToVersion)})
	}
	var out []BacklinkGroup
	for _, t := range []site.EdgeType{site.Implements, site.Basis, site.Assesses, site.Cites} {
		if items := byType[t]; len(items) > 0 {
			out = append(out, BacklinkGroup{Kind: string(t), Label: labels[t], Items: items})
		}
	}
	return out
}
