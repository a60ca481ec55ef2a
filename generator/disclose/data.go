package disclose

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"zeren/generator/render"
)

// The downloads: outcomes.csv and outcomes.json at the site root, every
// record of the edition, newest first. Their columns and fields are a
// contract documented in the README: add, never rename.

// csvHeader names the columns of outcomes.csv: the front matter keys,
// then what the site derives (categories, url, facts).
var csvHeader = []string{"id", "title", "decided", "published", "region", "subject", "role", "forms", "categories", "basis", "decided_by", "stage", "disclosure", "sample", "url", "facts"}

// OutcomeJSON is one record in outcomes.json.
type OutcomeJSON struct {
	ID         string      `json:"id"`
	URL        string      `json:"url"`
	Title      string      `json:"title"`
	Decided    string      `json:"decided"`
	Published  string      `json:"published,omitempty"`
	Region     string      `json:"region,omitempty"`
	Subject    string      `json:"subject"`
	Role       string      `json:"role,omitempty"`
	Forms      []FormView  `json:"forms"`
	Categories []string    `json:"categories"`
	Basis      []BasisJSON `json:"basis"`
	DecidedBy  string      `json:"decided_by,omitempty"`
	Stage      string      `json:"stage,omitempty"`
	Disclosure string      `json:"disclosure"`
	Embargo    string      `json:"embargo_until,omitempty"`
	Sample     bool        `json:"sample"`
	Facts      string      `json:"facts"`
}

// BasisJSON is one applied clause: the reference as written, the unit it
// resolved to in the revision in force on the decision date, its URL.
type BasisJSON struct {
	Ref      string `json:"ref"`
	Version  string `json:"version,omitempty"`
	Citation string `json:"citation"`
	URL      string `json:"url,omitempty"`
}

func (d *Disclosure) data(r *render.Renderer) ([]render.File, error) {
	if len(d.records) == 0 {
		return nil, nil
	}
	csvData, err := d.csv(r)
	if err != nil {
		return nil, err
	}
	out := struct {
		Count    int           `json:"count"`
		Edition  string        `json:"edition"`
		Outcomes []OutcomeJSON `json:"outcomes"`
	}{Count: len(d.records), Edition: "public", Outcomes: []OutcomeJSON{}}
	if d.opts.Internal {
		out.Edition = "internal"
	}
	for _, rec := range d.records {
		out.Outcomes = append(out.Outcomes, d.outcomeJSON(r, rec))
	}
	jsonData, err := render.JSON(out)
	if err != nil {
		return nil, err
	}
	return []render.File{{Path: "outcomes.csv", Data: csvData}, {Path: "outcomes.json", Data: jsonData}}, nil
}

func (d *Disclosure) outcomeJSON(r *render.Renderer, rec *record) OutcomeJSON {
	m := rec.doc.Meta
	o := OutcomeJSON{
		ID: rec.doc.ID, URL: r.Rel(rec.doc.URL()), Title: m.Title, Decided: m.Decided, Published: m.Published,
		Region: m.Region, Subject: m.Subject, Role: m.Role, Forms: []FormView{}, Categories: rec.categories,
		Basis: []BasisJSON{}, DecidedBy: m.DecidedBy, Stage: m.Stage, Disclosure: disclosure(m.Disclosure),
		Embargo: m.EmbargoUntil, Sample: m.Sample, Facts: facts(rec),
	}
	if o.Categories == nil {
		o.Categories = []string{}
	}
	for _, f := range rec.forms {
		o.Forms = append(o.Forms, FormView(f))
	}
	for _, a := range rec.basis {
		b := BasisJSON{Ref: a.ref.String(), Citation: a.cite()}
		if a.doc != nil {
			b.Version, b.URL = a.doc.Version, r.Rel(a.url)
		}
		o.Basis = append(o.Basis, b)
	}
	return o
}

func disclosure(s string) string {
	if s == "" {
		return "public"
	}
	return s
}

// facts is a record's body as plain lines.
func facts(rec *record) string {
	var lines []string
	for _, l := range strings.Split(rec.doc.Body, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// csv writes outcomes.csv: UTF-8 with a byte order mark, so that
// spreadsheet software reads the Chinese text as UTF-8, and CRLF line ends
// (RFC 4180). Lists are joined with semicolons.
func (d *Disclosure) csv(r *render.Renderer) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if err := w.Write(csvHeader); err != nil {
		return nil, err
	}
	for _, rec := range d.records {
		o := d.outcomeJSON(r, rec)
		var forms, basis []string
		for _, f := range o.Forms {
			forms = append(forms, f.Name)
		}
		for _, b := range o.Basis {
			basis = append(basis, b.Ref)
		}
		row := []string{o.ID, o.Title, o.Decided, o.Published, o.Region, o.Subject, o.Role,
			strings.Join(forms, ";"), strings.Join(o.Categories, ";"), strings.Join(basis, ";"),
			o.DecidedBy, o.Stage, o.Disclosure, strconv.FormatBool(o.Sample), r.Abs(rec.doc.URL()), o.Facts}
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}
