package search

import (
	"regexp"
	"strings"

	"zeren/generator/clause"
	"zeren/generator/site"
)

// Unit is one search document: an article with all its 款, 项 and 目, a
// list item, an indicator task or deduction rule, a heading, a prose
// paragraph, a whole measure or outcome, or a document's title block.
// It carries its document's fields for filters and facets; a hit links to
// URL, the clause anchor on the document's page.
type Unit struct {
	Doc   string // document id
	EID   string // clause eId; "" for the document as a whole
	URL   string // under the site's base path, with #eId
	Title string // the document's title
	Kind  string // regulation, list, indicators, measure, outcome, document
	// Issuer is the issuing body, or for outcomes the deciding body and
	// for measures the owner.
	Issuer  string
	Status  string
	Year    string // of the document's date
	Region  string // outcomes
	Subject string // outcomes: 党组织 or 领导干部
	Forms   []string
	// Num is an article's number as written (第二十七条), folded as the
	// index folds text: a query that is exactly an article number puts
	// that article first.
	Num  string
	Text string // the label and text of the unit and everything under it
}

// Units lists the search units of a site in site order: documents in
// the order of site.Docs (kind, id), units in document order. Only the
// current revision of a document is searched. rel turns a site path into
// a URL under the base path.
func Units(s *site.Site, rel func(string) string) []Unit {
	var out []Unit
	for _, d := range s.Docs {
		if !d.IsCurrent() {
			continue
		}
		out = append(out, docUnits(d, rel)...)
	}
	return out
}

func docUnits(d *site.Doc, rel func(string) string) []Unit {
	m := d.Meta
	base := Unit{
		Doc: d.ID, URL: rel(d.URL()), Title: m.Title, Kind: string(d.Kind),
		Issuer: firstNonEmpty(m.Issuer, m.DecidedBy, m.Owner), Status: m.Status,
		Region: m.Region, Subject: m.Subject, Forms: m.Forms,
	}
	if date := d.Date(); len(date) >= 4 {
		base.Year = date[:4]
	}
	unit := func(eid, text string) Unit {
		u := base
		u.EID, u.Text = eid, text
		if eid != "" {
			u.URL += "#" + eid
		}
		return u
	}
	head := []string{m.Title, m.ShortTitle}
	head = append(head, m.Aliases...)
	head = append(head, m.DocNumber)

	// A measure or an outcome is one unit: its title and its whole text.
	if d.Kind == site.Measure || d.Kind == site.Outcome {
		var b strings.Builder
		b.WriteString(joinNonEmpty(head, " "))
		clause.Walk(d.Clauses, func(n *clause.Node, _ int) bool {
			if t := ownText(n, d.Kind.Mode()); t != "" {
				b.WriteString("\n")
				b.WriteString(t)
			}
			return true
		})
		return []Unit{unit("", b.String())}
	}
	out := []Unit{unit("", joinNonEmpty(head, " "))}
	var walk func(nodes []*clause.Node)
	walk = func(nodes []*clause.Node) {
		for _, n := range nodes {
			switch {
			case isContainer(n.Level):
				if t := ownText(n, d.Kind.Mode()); t != "" {
					out = append(out, unit(n.EID, t))
				}
				walk(n.Children)
			case d.Kind == site.Indicators && n.Level == clause.Item:
				// An indicator task and each of its deduction rules are
				// units of their own.
				if t := ownText(n, d.Kind.Mode()); t != "" {
					out = append(out, unit(n.EID, t))
				}
				walk(n.Children)
			default:
				u := unit(n.EID, wholeText(n, d.Kind.Mode()))
				if n.Level == clause.Article {
					u.Num = string(Normalize(n.Num))
				}
				out = append(out, u)
			}
		}
	}
	walk(d.Clauses)
	return out
}

func isContainer(l clause.Level) bool {
	switch l {
	case clause.Book, clause.Chapter, clause.Section, clause.Group, clause.Heading:
		return true
	}
	return false
}

// ownText is a unit's line as the page shows it: the number, a heading,
// the text, points and responsible units. An article's number runs into
// its text as on the page (第六条为……), so both 第六条 and 第六条为 are
// found; headings keep a space (第一章 总则).
func ownText(n *clause.Node, mode clause.Mode) string {
	var parts []string
	text := plain(n.Text)
	if n.Level == clause.Article {
		parts = append(parts, n.Num+text)
		text = ""
	} else {
		parts = append(parts, n.Num)
	}
	parts = append(parts, n.Heading, text)
	if n.Points != "" {
		parts = append(parts, "("+n.Points+"分)")
	}
	if len(n.Units) > 0 {
		parts = append(parts, "【"+strings.Join(n.Units, "、")+"】")
	}
	return joinNonEmpty(parts, " ")
}

// wholeText is a unit's line followed by every line under it.
func wholeText(n *clause.Node, mode clause.Mode) string {
	var lines []string
	clause.Walk([]*clause.Node{n}, func(c *clause.Node, _ int) bool {
		if t := ownText(c, mode); t != "" {
			lines = append(lines, t)
		}
		return true
	})
	return strings.Join(lines, "\n")
}

var (
	mdLink  = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdMarks = strings.NewReplacer("**", "", "~~", "", "`", "", "|", " ")
	mdRule  = regexp.MustCompile(`(?m)^[\s|:-]*-{3,}[\s|:-]*$`)
)

// plain strips inline Markdown: the words of a link, no emphasis marks,
// table cells as words.
func plain(s string) string {
	if !strings.ContainsAny(s, "*_~`[|-") {
		return s
	}
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRule.ReplaceAllString(s, "")
	return strings.TrimSpace(mdMarks.Replace(s))
}

func joinNonEmpty(ss []string, sep string) string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
