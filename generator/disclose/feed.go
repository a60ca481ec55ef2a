package disclose

import (
	"cmp"
	"encoding/xml"
	"sort"
	"strings"

	"zeren/generator/render"
	"zeren/generator/site"
)

// The Atom feeds (RFC 4287): new outcomes at /outcomes/atom.xml and
// changed regulations (a revision took effect, a regulation was repealed)
// at /regulations/atom.xml. Every date in them comes from the content, so
// two builds of the same source write the same bytes; ids are URNs that do
// not change when the site moves.

// maxEntries caps a feed: readers keep what they have seen.
const maxEntries = 100

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"xml:lang,attr"`
	Base      string      `xml:"xml:base,attr,omitempty"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published,omitempty"`
	Links      []atomLink     `xml:"link"`
	Authors    []atomPerson   `xml:"author,omitempty"`
	Categories []atomCategory `xml:"category"`
	Summary    atomText       `xml:"summary"`
	Content    *atomText      `xml:"content,omitempty"`
}

// atomTime is a content date as an Atom timestamp, at midnight in China.
func atomTime(date string) string { return date + "T00:00:00+08:00" }

func (d *Disclosure) feeds(r *render.Renderer) ([]render.File, error) {
	var files []render.File
	if len(d.records) > 0 {
		data, err := d.outcomeFeed(r)
		if err != nil {
			return nil, err
		}
		files = append(files, render.File{Path: "outcomes/atom.xml", Data: data})
	}
	if data, ok, err := d.regulationFeed(r); err != nil {
		return nil, err
	} else if ok {
		files = append(files, render.File{Path: "regulations/atom.xml", Data: data})
	}
	return files, nil
}

func (d *Disclosure) newFeed(r *render.Renderer, title, subtitle, id, self, alternate string) atomFeed {
	return atomFeed{
		Lang: "zh-CN", Base: r.Abs("/"), Title: title, Subtitle: subtitle, ID: id,
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: r.Abs(self)},
			{Rel: "alternate", Type: "text/html", Href: r.Abs(alternate)},
		},
		Author: atomPerson{Name: siteTitle(r)}, Generator: "zeren",
	}
}

func (d *Disclosure) outcomeFeed(r *render.Renderer) ([]byte, error) {
	f := d.newFeed(r, "问责结果 - "+siteTitle(r), "新公开的问责结果", "urn:zeren:feed:outcomes", "/outcomes/atom.xml", "/outcomes/")
	recs := d.records // newest first
	if len(recs) > maxEntries {
		recs = recs[:maxEntries]
	}
	for _, rec := range recs {
		m := rec.doc.Meta
		e := atomEntry{
			Title: m.Title, ID: "urn:zeren:outcome:" + rec.doc.ID,
			Updated: atomTime(rec.doc.Date()),
			Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: r.Abs(rec.doc.URL())}},
			Summary: atomText{Type: "text", Body: outcomeSummary(rec)},
			Content: &atomText{Type: "html", Body: d.outcomeHTML(r, rec)},
		}
		if m.Published != "" {
			e.Published = atomTime(m.Published)
		}
		if m.DecidedBy != "" {
			e.Authors = []atomPerson{{Name: m.DecidedBy}}
		}
		for _, fm := range rec.forms {
			e.Categories = append(e.Categories, atomCategory{Term: fm.Name, Label: fm.Category + ":" + fm.Name})
		}
		f.Entries = append(f.Entries, e)
	}
	f.Updated = newest(f.Entries)
	return marshalXML(f)
}

// outcomeSummary is one line: where, who, what.
func outcomeSummary(rec *record) string {
	m := rec.doc.Meta
	var parts []string
	for _, s := range []string{m.Region, m.Role, joinForms(rec.formNames()), m.DecidedBy, "决定日期 " + m.Decided} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	s := strings.Join(parts, " · ")
	if m.Sample {
		s += "(示例数据)"
	}
	return s
}

// outcomeHTML is an entry's content: the facts and the clauses applied.
func (d *Disclosure) outcomeHTML(r *render.Renderer, rec *record) string {
	var b strings.Builder
	b.WriteString("<p>" + esc(outcomeSummary(rec)) + "</p>")
	for _, para := range strings.Split(strings.TrimSpace(rec.doc.Body), "\n") {
		if strings.TrimSpace(para) != "" {
			b.WriteString("<p>" + string(r.Markdown(para)) + "</p>")
		}
	}
	if len(rec.basis) > 0 {
		b.WriteString("<p>依据:")
		for i, a := range rec.basis {
			if i > 0 {
				b.WriteString("、")
			}
			if a.doc != nil {
				b.WriteString(`<a href="` + esc(r.Abs(a.url)) + `">` + esc(a.cite()) + "</a>")
			} else {
				b.WriteString(esc(a.cite()))
			}
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// regulationFeed lists each revision of each regulation when it took
// effect, and each repeal.
func (d *Disclosure) regulationFeed(r *render.Renderer) ([]byte, bool, error) {
	f := d.newFeed(r, "法规制度更新 - "+siteTitle(r), "法规制度的施行、修订和废止", "urn:zeren:feed:regulations", "/regulations/atom.xml", "/regulations/")
	type change struct {
		date string
		doc  *site.Doc
		what string
	}
	var changes []change
	for _, doc := range d.s.Docs {
		if doc.Kind != site.Regulation {
			continue
		}
		m := doc.Meta
		if date := cmp.Or(m.Effective, m.Issued, m.Adopted, doc.Version); date != "" {
			what := "施行"
			if len(doc.Versions) > 1 && doc != doc.Versions[0] {
				what = "修订施行"
			}
			changes = append(changes, change{date, doc, what})
		}
		if m.Repealed != "" {
			changes = append(changes, change{m.Repealed, doc, "废止"})
		}
	}
	if !d.hasRegulations() {
		return nil, false, nil
	}
	sort.SliceStable(changes, func(i, j int) bool {
		a, b := changes[i], changes[j]
		if a.date != b.date {
			return a.date > b.date
		}
		if a.doc.ID != b.doc.ID {
			return a.doc.ID < b.doc.ID
		}
		return a.what < b.what
	})
	if len(changes) > maxEntries {
		changes = changes[:maxEntries]
	}
	for _, c := range changes {
		m := c.doc.Meta
		var facts []string
		for _, s := range []string{m.DocNumber, m.Issuer, m.Status, c.what + "日期 " + c.date} {
			if s != "" {
				facts = append(facts, s)
			}
		}
		id := "urn:zeren:regulation:" + c.doc.ID + ":" + c.date
		if c.what == "废止" {
			id += ":repealed"
		}
		e := atomEntry{
			Title: "《" + m.Title + "》" + c.what, ID: id, Updated: atomTime(c.date),
			Links:      []atomLink{{Rel: "alternate", Type: "text/html", Href: r.Abs(c.doc.URL())}},
			Categories: []atomCategory{{Term: c.what}},
			Summary:    atomText{Type: "text", Body: strings.Join(facts, " · ")},
		}
		if m.Issuer != "" {
			e.Authors = []atomPerson{{Name: m.Issuer}}
		}
		f.Entries = append(f.Entries, e)
	}
	f.Updated = newest(f.Entries)
	if f.Updated == "" {
		f.Updated = "1970-01-01T00:00:00Z" // no regulation has a date: nothing has changed
	}
	data, err := marshalXML(f)
	return data, true, err
}

func (d *Disclosure) hasRegulations() bool {
	for _, doc := range d.s.Docs {
		if doc.Kind == site.Regulation {
			return true
		}
	}
	return false
}

// newest is a feed's updated time: its newest entry's.
func newest(entries []atomEntry) string {
	latest := ""
	for _, e := range entries {
		latest = max(latest, e.Updated)
	}
	return latest
}

// siteTitle is the site's name as the renderer shows it.
func siteTitle(r *render.Renderer) string { return r.SiteTitle() }
