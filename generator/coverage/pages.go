package coverage

import (
	"encoding/json"
	"strconv"
	"strings"

	"zeren/generator/duty"
	"zeren/generator/render"
	"zeren/generator/site"
)

// View is what the coverage layout receives as Page.Data.
type View struct {
	Whole       bool // the site-wide page; else one regulation's gaps
	Report      *Report
	Regulations []RegulationView
	Lists       []ListView
	Regulation  *RegulationView
}

// RegulationView is one regulation's row and gap list.
type RegulationView struct {
	*Regulation
	Link      render.Link
	PageURL   string
	Uncovered []UnitView
	Units     []UnitView
}

// ListView is one list's coverage.
type ListView struct {
	*List
	Link  render.Link
	Items []UnitView
}

// UnitView is an article or list item with links to what concerns it.
type UnitView struct {
	Link      render.Link
	Excerpt   string
	Measures  []render.Link
	Via       []render.Link
	Basis     []render.Link
	Frequency string
}

// Pages renders /coverage/ (with its JSON twin) and the gap page of each
// regulation, /regulations/<id>/coverage/.
func Pages(rep *Report, s *site.Site, r *render.Renderer) ([]render.File, error) {
	links := func(refs []string) []render.Link {
		var out []render.Link
		for _, raw := range refs {
			ref, err := site.ParseRef(raw)
			if err == nil {
				out = append(out, render.Link{Title: r.UnitName(ref), URL: r.UnitURL(ref)})
			}
		}
		return out
	}
	unit := func(doc string, u *Unit) UnitView {
		ref := site.Ref{Doc: doc, EID: u.EID}
		return UnitView{
			Link: render.Link{Title: r.UnitName(ref), URL: r.UnitURL(ref)}, Excerpt: excerpt(u.Text, 60),
			Measures: links(u.Measures), Via: links(u.Via), Basis: links(u.Basis), Frequency: frequencies(u.Frequency),
		}
	}
	v := &View{Whole: true, Report: rep}
	for _, reg := range rep.Regulations {
		rv := RegulationView{Regulation: reg, Link: render.Link{Title: reg.Title, URL: r.UnitURL(site.Ref{Doc: reg.ID})},
			PageURL: r.Rel("/regulations/" + reg.ID + "/coverage/")}
		for _, u := range reg.Uncovered {
			rv.Uncovered = append(rv.Uncovered, unit(reg.ID, u))
		}
		for _, u := range reg.Units {
			rv.Units = append(rv.Units, unit(reg.ID, u))
		}
		v.Regulations = append(v.Regulations, rv)
	}
	for _, l := range rep.Lists {
		lv := ListView{List: l, Link: render.Link{Title: l.Title, URL: r.UnitURL(site.Ref{Doc: l.ID})}}
		for _, u := range l.Items {
			lv.Items = append(lv.Items, unit(l.ID, u))
		}
		v.Lists = append(v.Lists, lv)
	}

	var files []render.File
	page, err := r.Page("coverage", "", &render.Page{Title: "落实覆盖情况", URL: r.Rel("/coverage/"), Data: v,
		Crumbs: []render.Link{{Title: "首页", URL: r.Rel("/")}}})
	if err != nil {
		return nil, err
	}
	files = append(files, render.File{Path: "coverage/index.html", Data: page})
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return nil, err
	}
	files = append(files, render.File{Path: "coverage/index.json", Data: append(js, '\n')})

	for i := range v.Regulations {
		rv := &v.Regulations[i]
		one := &View{Report: rep, Regulation: rv}
		page, err := r.Page("coverage", "regulations", &render.Page{Title: rv.Title + " · 落实情况", URL: rv.PageURL, Data: one,
			Crumbs: []render.Link{{Title: "首页", URL: r.Rel("/")}, {Title: "落实覆盖情况", URL: r.Rel("/coverage/")}, rv.Link}})
		if err != nil {
			return nil, err
		}
		files = append(files, render.File{Path: "regulations/" + rv.ID + "/coverage/index.html", Data: page})
	}
	return files, nil
}

func excerpt(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return string(r[:max]) + "…"
}

// frequencies writes a unit's quantified duties: 每年≥2次、每季度≥1次.
func frequencies(fs []duty.Frequency) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, f.Period.Label()+"≥"+strconv.Itoa(f.Min)+f.Unit)
	}
	return strings.Join(parts, "、")
}
