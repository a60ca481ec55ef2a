package render

import (
	"html/template"
	"sort"
	"strings"

	"zeren/generator/clause"
	"zeren/generator/site"
)

// Page is what every template receives. Exactly one of Home, Section, Doc
// is set, according to Kind.
type Page struct {
	Site    *SiteView
	Kind    PageKind
	Title   string
	URL     string
	Crumbs  []Link
	Home    *HomeView
	Section *SectionView
	Doc     *DocView
	// Data is the view of a feature package's page (statistics, coverage,
	// search); its layout knows its type.
	Data any
	// JSONLD is the page's schema.org description (partials/jsonld.html).
	JSONLD template.JS
}

// SiteView describes the whole site for headers and footers.
type SiteView struct {
	Title    string
	Sections []SectionLink
	Sample   bool // some documents are sample text
	Internal bool // the staff edition, with unpublished records
}

// Link is a titled URL.
type Link struct {
	Title string
	URL   string
}

// SectionLink is a section in the navigation, with its document count.
type SectionLink struct {
	Kind  string
	Label string
	URL   string
	Count int
}

// HomeView is the home page: what the site holds and what is new.
type HomeView struct {
	Total  int
	Latest []*DocSummary
}

// SectionView is the list page of one kind.
type SectionView struct {
	Kind  string
	Label string
	Docs  []*DocSummary
}

// DocSummary is one row of a listing.
type DocSummary struct {
	ID, Kind, KindLabel, Title, URL string
	DocNumber, Issuer, Date, Status string
	Sample                          bool
	Counts                          clause.Counts
}

// Fact is one row of a document's metadata header.
type Fact struct {
	Label, Value string
}

// DocView is a document page.
type DocView struct {
	DocSummary
	Meta     site.Meta
	Facts    []Fact
	TOC      []TOCEntry
	Clauses  []*ClauseView
	Versions []VersionLink
	Parent   *Link
	Appendix []Link
	JSONURL  string
	CiteName string // 《title》
	Current  bool   // the revision shown at the document's URL
	// Refs are the document's own references (front matter): what a
	// measure implements, what an outcome applied, what a list rests on.
	Refs []BacklinkGroup
	// Calendar groups a list's quantified duties by period.
	Calendar []CalendarRow
}

// CalendarRow is one period of a list's duty calendar.
type CalendarRow struct {
	Period string // 每月, 每季度, …
	Items  []CalendarItem
}

// CalendarItem is one duty in the calendar: the item and how many times.
type CalendarItem struct {
	Link  Link
	Times string // ≥2次
	Text  string
}

// TOCEntry is a line of the table of contents.
type TOCEntry struct {
	EID, Label, Heading string
	Depth               int
}

// VersionLink is one revision of a document.
type VersionLink struct {
	Version, URL string
	Current      bool
	This         bool
}

// ClauseView is one structural unit as the page shows it.
type ClauseView struct {
	EID   string
	Level string
	Label string // 第六条, （一）, 1.
	// Lead is set on the first 款 of an article with several: the
	// article's number, shown at the start of its first paragraph as in
	// print, linking to the article. The article itself then shows no line.
	Lead      string
	LeadLink  string
	Folded    bool // the article's own line is folded into its first 款
	Heading   string
	HTML      template.HTML
	Points    string
	Units     []string
	Cite      string // 《title》第六条第（一）项
	Permalink string
	Links     *Backlinks // nil: the unit shows no backlink line
	Children  []*ClauseView
}

// IsContainer reports whether the unit is a heading over other units
// (编, 章, 节, a list group, a prose heading) rather than text.
func (c *ClauseView) IsContainer() bool {
	switch clause.Level(c.Level) {
	case clause.Book, clause.Chapter, clause.Section, clause.Group, clause.Heading:
		return true
	}
	return false
}

func summarize(d *site.Doc, rel func(string) string) *DocSummary {
	m := d.Meta
	return &DocSummary{
		ID: d.ID, Kind: string(d.Kind), KindLabel: d.Kind.Label(), Title: m.Title, URL: rel(d.URL()),
		DocNumber: m.DocNumber, Issuer: firstNonEmpty(m.Issuer, m.DecidedBy, m.Owner), Date: d.Date(),
		Status: m.Status, Sample: m.Sample, Counts: clause.Tally(d.Clauses),
	}
}

// sortNewest orders summaries by date, newest first, then by id.
func sortNewest(docs []*DocSummary) {
	sort.SliceStable(docs, func(i, j int) bool {
		if docs[i].Date != docs[j].Date {
			return docs[i].Date > docs[j].Date
		}
		return docs[i].ID < docs[j].ID
	})
}

func facts(d *site.Doc) []Fact {
	m := d.Meta
	var out []Fact
	add := func(label, v string) {
		if v != "" {
			out = append(out, Fact{label, v})
		}
	}
	add("发文字号", m.DocNumber)
	add("发文机关", m.Issuer)
	add("通过日期", m.Adopted)
	add("成文日期", m.Issued)
	add("施行日期", m.Effective)
	add("废止日期", m.Repealed)
	add("效力状态", m.Status)
	add("责任单位", m.Owner)
	add("完成时限", m.Deadline)
	add("进展", measureStatusLabel(m.Status, d.Kind))
	add("佐证材料", m.Evidence)
	add("决定日期", m.Decided)
	add("公开日期", m.Published)
	add("地区", m.Region)
	add("问责对象", m.Subject)
	add("职务", m.Role)
	add("问责方式", strings.Join(m.Forms, "、"))
	add("决定机关", m.DecidedBy)
	add("阶段", m.Stage)
	add("版本", d.Version)
	if d.Kind == site.Measure {
		// A measure's status is shown as 进展 in Chinese, not as 效力状态.
		out = dropFact(out, "效力状态")
	}
	return out
}

func measureStatusLabel(s string, k site.Kind) string {
	if k != site.Measure {
		return ""
	}
	switch s {
	case "planned":
		return "计划中"
	case "in progress":
		return "推进中"
	case "done":
		return "已完成"
	case "overdue":
		return "已逾期"
	}
	return s
}

func dropFact(fs []Fact, label string) []Fact {
	out := fs[:0]
	for _, f := range fs {
		if f.Label != label {
			out = append(out, f)
		}
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
