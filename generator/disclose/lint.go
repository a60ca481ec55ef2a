package disclose

import (
	"fmt"
	"reflect"
	"strings"

	"zeren/generator/site"
)

// Lint checks the outcome records of the model before anything is
// rendered: the forms against the vocabulary and the subject, the fields
// a record needs, and — for every record that is or will become public —
// personal data that must not be published (see ScanPII), unless the
// record allows that kind with pii_allowed:.
//
// Records the loader withheld (internal, under embargo) are not in the
// model of a public build, so they are linted only in the staff edition;
// personal data in an internal record is not an error at all.
func Lint(s *site.Site) []site.Diagnostic {
	var diags []site.Diagnostic
	for _, d := range s.Docs {
		if d.Kind != site.Outcome {
			continue
		}
		diags = append(diags, lintSchema(d)...)
		if d.Meta.Disclosure != "internal" {
			diags = append(diags, lintPII(d)...)
		}
	}
	return diags
}

// pos is the file line of the i-th value of a front matter key, or of
// the front matter's first line when the key is not there.
func pos(d *site.Doc, key string, i int) site.Pos {
	if ls := d.Lines[key]; i < len(ls) {
		return site.Pos{File: d.File, Line: ls[i]}
	}
	return site.Pos{File: d.File, Line: 1}
}

func lintSchema(d *site.Doc) []site.Diagnostic {
	var diags []site.Diagnostic
	errAt := func(p site.Pos, format string, args ...any) {
		diags = append(diags, site.Diagnostic{Pos: p, Msg: fmt.Sprintf(format, args...)})
	}
	m := d.Meta
	if m.Decided == "" {
		errAt(pos(d, "decided", 0), "decided is missing; an outcome needs the date of its decision: add decided: YYYY-MM-DD")
	}
	if m.Subject == "" {
		errAt(pos(d, "subject", 0), "subject is missing; add subject: 党组织 or subject: 领导干部")
	}
	if len(m.Forms) == 0 {
		errAt(pos(d, "forms", 0), "forms is missing; list the forms of accountability, e.g. forms: [诫勉] (%s)", vocabulary())
	}
	seen := map[string]bool{}
	for i, f := range m.Forms {
		if err := checkForm(f, m.Subject); err != nil {
			errAt(pos(d, "forms", i), "forms: %v", err)
		} else if seen[f] {
			errAt(pos(d, "forms", i), "forms: %q is listed twice; keep one", f)
		}
		seen[f] = true
	}
	if m.Published != "" && m.Decided != "" && m.Published < m.Decided {
		errAt(pos(d, "published", 0), "published: %s is before the decision (%s); a record is disclosed after it is decided", m.Published, m.Decided)
	}
	for i, a := range m.PIIAllowed {
		if err := checkAllowance(a); err != nil {
			errAt(pos(d, "pii_allowed", i), "pii_allowed: %v", err)
		}
	}
	return diags
}

// lintPII scans every published value of a record — each front matter
// field the loader kept, and each line of the body — for personal data.
func lintPII(d *site.Doc) []site.Diagnostic {
	var diags []site.Diagnostic
	used := map[string]bool{}
	check := func(p site.Pos, field, text string) {
		for _, f := range ScanPII(text) {
			if a, ok := allowed(d.Meta.PIIAllowed, field, f.Kind); ok {
				used[a] = true
				continue
			}
			diags = append(diags, site.Diagnostic{Pos: p, Msg: fmt.Sprintf(
				"%s: %s (%s) in a public record; remove it, or if it must be published add pii_allowed: [%s:%s] to the front matter",
				field, f.Kind.Label(), f.Masked, field, f.Kind)})
		}
	}
	for _, fv := range metaValues(d.Meta) {
		for i, v := range fv.values {
			check(pos(d, fv.key, i), fv.key, v)
		}
	}
	for i, line := range strings.Split(d.Body, "\n") {
		check(site.Pos{File: d.File, Line: d.BodyLine + i}, "body", line)
	}
	for i, a := range d.Meta.PIIAllowed {
		if !used[a] && checkAllowance(a) == nil {
			diags = append(diags, site.Diagnostic{Pos: pos(d, "pii_allowed", i), Warning: true,
				Msg: fmt.Sprintf("pii_allowed: %q allows nothing this record contains; remove it", a)})
		}
	}
	return diags
}

// allowed finds the pii_allowed entry that lets a kind of personal data
// stand in a field: "<kind>" anywhere in the record, "<field>:<kind>" in
// that field only ("body" is the text below the front matter).
func allowed(list []string, field string, k PII) (string, bool) {
	for _, a := range list {
		if a == string(k) || a == field+":"+string(k) {
			return a, true
		}
	}
	return "", false
}

// checkAllowance checks one pii_allowed entry.
func checkAllowance(a string) error {
	field, kind, scoped := strings.Cut(a, ":")
	if !scoped {
		kind, field = field, ""
	}
	ok := false
	var kinds []string
	for _, k := range PIIKinds {
		kinds = append(kinds, string(k))
		ok = ok || kind == string(k)
	}
	if !ok {
		return fmt.Errorf("%q is not a kind of personal data; use one of %s, optionally after a field and a colon (body:email, decided_by:mobile)", a, strings.Join(kinds, ", "))
	}
	if scoped && field != "body" && !isMetaKey(field) {
		return fmt.Errorf("%q names no field; write <field>:<kind> with a front matter key or body, e.g. body:%s", a, kind)
	}
	return nil
}

// fieldValues is the text of one front matter field.
type fieldValues struct {
	key    string
	values []string
}

// metaValues lists every string a record's front matter holds, under its
// front matter key (the json name of site.Meta), so that a field added to
// the model is scanned without a change here.
func metaValues(m site.Meta) []fieldValues {
	var out []fieldValues
	v := reflect.ValueOf(m)
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		key := metaKey(t.Field(i))
		if key == "" {
			continue
		}
		switch f := v.Field(i); f.Kind() {
		case reflect.String:
			if f.String() != "" {
				out = append(out, fieldValues{key, []string{f.String()}})
			}
		case reflect.Slice:
			if s, ok := f.Interface().([]string); ok && len(s) > 0 {
				out = append(out, fieldValues{key, s})
			}
		}
	}
	return out
}

func metaKey(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "-" {
		return ""
	}
	return name
}

func isMetaKey(key string) bool {
	t := reflect.TypeOf(site.Meta{})
	for i := 0; i < t.NumField(); i++ {
		if metaKey(t.Field(i)) == key {
			return true
		}
	}
	return false
}
