package load

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"zeren/generator/site"
)

// fieldType is what a front matter value must be.
type fieldType int

const (
	tString fieldType = iota
	tDate
	tBool
	tStrings
)

func (t fieldType) String() string {
	switch t {
	case tDate:
		return "a date (YYYY-MM-DD)"
	case tBool:
		return "true or false"
	case tStrings:
		return "a list of strings"
	}
	return "a string"
}

// field binds a front matter key to its Meta field.
type field struct {
	typ fieldType
	str func(*site.Meta) *string
	bl  func(*site.Meta) *bool
	lst func(*site.Meta) *[]string
}

func str(f func(*site.Meta) *string) field    { return field{typ: tString, str: f} }
func date(f func(*site.Meta) *string) field   { return field{typ: tDate, str: f} }
func strs(f func(*site.Meta) *[]string) field { return field{typ: tStrings, lst: f} }
func boolean(f func(*site.Meta) *bool) field  { return field{typ: tBool, bl: f} }

// fields is every front matter key the loader knows. "kind" is handled
// separately: it must agree with the section.
var fields = map[string]field{
	"title":         str(func(m *site.Meta) *string { return &m.Title }),
	"short_title":   str(func(m *site.Meta) *string { return &m.ShortTitle }),
	"aliases":       strs(func(m *site.Meta) *[]string { return &m.Aliases }),
	"doc_number":    str(func(m *site.Meta) *string { return &m.DocNumber }),
	"issuer":        str(func(m *site.Meta) *string { return &m.Issuer }),
	"adopted":       date(func(m *site.Meta) *string { return &m.Adopted }),
	"issued":        date(func(m *site.Meta) *string { return &m.Issued }),
	"effective":     date(func(m *site.Meta) *string { return &m.Effective }),
	"repealed":      date(func(m *site.Meta) *string { return &m.Repealed }),
	"status":        str(func(m *site.Meta) *string { return &m.Status }),
	"summary":       str(func(m *site.Meta) *string { return &m.Summary }),
	"tags":          strs(func(m *site.Meta) *[]string { return &m.Tags }),
	"sample":        boolean(func(m *site.Meta) *bool { return &m.Sample }),
	"imported":      boolean(func(m *site.Meta) *bool { return &m.Imported }),
	"source":        str(func(m *site.Meta) *string { return &m.Source }),
	"parent":        str(func(m *site.Meta) *string { return &m.Parent }),
	"repeals":       strs(func(m *site.Meta) *[]string { return &m.Repeals }),
	"basis":         strs(func(m *site.Meta) *[]string { return &m.Basis }),
	"implements":    strs(func(m *site.Meta) *[]string { return &m.Implements }),
	"assesses":      strs(func(m *site.Meta) *[]string { return &m.Assesses }),
	"cites":         strs(func(m *site.Meta) *[]string { return &m.Cites }),
	"owner":         str(func(m *site.Meta) *string { return &m.Owner }),
	"deadline":      date(func(m *site.Meta) *string { return &m.Deadline }),
	"evidence":      str(func(m *site.Meta) *string { return &m.Evidence }),
	"decided":       date(func(m *site.Meta) *string { return &m.Decided }),
	"published":     date(func(m *site.Meta) *string { return &m.Published }),
	"region":        str(func(m *site.Meta) *string { return &m.Region }),
	"subject":       str(func(m *site.Meta) *string { return &m.Subject }),
	"role":          str(func(m *site.Meta) *string { return &m.Role }),
	"forms":         strs(func(m *site.Meta) *[]string { return &m.Forms }),
	"decided_by":    str(func(m *site.Meta) *string { return &m.DecidedBy }),
	"stage":         str(func(m *site.Meta) *string { return &m.Stage }),
	"disclosure":    str(func(m *site.Meta) *string { return &m.Disclosure }),
	"embargo_until": date(func(m *site.Meta) *string { return &m.EmbargoUntil }),
	"pii_allowed":   strs(func(m *site.Meta) *[]string { return &m.PIIAllowed }),
}

// knownKeys lists the keys for the warning about an unknown one.
func knownKeys() []string {
	keys := []string{"kind"}
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// checkDate accepts YYYY-MM-DD naming a real day.
func checkDate(s string) error {
	if !dateRE.MatchString(s) {
		return fmt.Errorf("%q is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01", s)
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return fmt.Errorf("%q is not a valid date (no such day); write it as YYYY-MM-DD", s)
	}
	return nil
}

// decodeMeta fills m from the YAML front matter src. line0 is the file line
// of the first front matter line, so node lines become file lines.
// lines receives the file line of every value: a key's line for a scalar,
// each entry's line for a list.
func decodeMeta(file string, src []byte, line0 int, kind site.Kind, m *site.Meta, lines map[string][]int) []site.Diagnostic {
	var diags []site.Diagnostic
	at := func(n *yaml.Node) site.Pos { return site.Pos{File: file, Line: line0 + n.Line - 1} }
	errf := func(n *yaml.Node, format string, args ...any) {
		diags = append(diags, site.Diagnostic{Pos: at(n), Msg: fmt.Sprintf(format, args...)})
	}

	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		msg := err.Error()
		line := line0
		if n := yamlErrLine(msg); n > 0 {
			line = line0 + n - 1
		}
		return []site.Diagnostic{{Pos: site.Pos{File: file, Line: line},
			Msg: "front matter is not valid YAML: " + stripYAMLLine(msg) + "; fix the YAML between the --- lines"}}
	}
	if len(root.Content) == 0 {
		return nil // empty front matter
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		errf(doc, "front matter must be a mapping of key: value lines")
		return diags
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		key := k.Value
		if seen[key] {
			errf(k, "key %q appears twice; keep one", key)
			continue
		}
		seen[key] = true
		if key == "kind" {
			got, ok := site.ParseKind(v.Value)
			switch {
			case v.Kind != yaml.ScalarNode || !ok:
				errf(v, "unknown kind %q; use one of regulation, list, indicators, measure, outcome, document", v.Value)
			case got != kind:
				errf(v, "kind %q does not match the folder, which holds %s documents; move the file to content/%s/ or fix the kind", v.Value, kind, got.Section())
			}
			continue
		}
		f, ok := fields[key]
		if !ok {
			diags = append(diags, site.Diagnostic{Pos: at(k), Warning: true,
				Msg: fmt.Sprintf("unknown field %q is ignored (known fields: %s)", key, strings.Join(knownKeys(), ", "))})
			continue
		}
		if v.Kind == yaml.SequenceNode {
			for _, e := range v.Content {
				lines[key] = append(lines[key], line0+e.Line-1)
			}
		} else {
			lines[key] = []int{line0 + v.Line - 1}
		}
		if err := setField(f, v, m); err != nil {
			errf(v, "%s: %v", key, err)
		} else if f.typ == tString {
			if err := checkValue(kind, key, *f.str(m)); err != nil {
				errf(v, "%s: %v", key, err)
			}
		}
	}
	return diags
}

func setField(f field, v *yaml.Node, m *site.Meta) error {
	switch f.typ {
	case tString, tDate:
		ok := v.Kind == yaml.ScalarNode && (v.Tag == "!!str" || (f.typ == tDate && v.Tag == "!!timestamp"))
		if !ok {
			return fmt.Errorf("must be %s, not %s (quote it if it is meant as text)", f.typ, describe(v))
		}
		s := strings.TrimSpace(v.Value)
		if f.typ == tDate {
			if err := checkDate(s); err != nil {
				return err
			}
		}
		*f.str(m) = s
	case tBool:
		if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
			return fmt.Errorf("must be %s, not %s", f.typ, describe(v))
		}
		*f.bl(m) = v.Value == "true"
	case tStrings:
		var out []string
		switch {
		case v.Kind == yaml.SequenceNode:
			for _, e := range v.Content {
				if e.Kind != yaml.ScalarNode || e.Tag != "!!str" {
					return fmt.Errorf("must be %s; an entry is %s", f.typ, describe(e))
				}
				out = append(out, strings.TrimSpace(e.Value))
			}
		case v.Kind == yaml.ScalarNode && v.Tag == "!!str":
			out = []string{strings.TrimSpace(v.Value)} // one value is a list of one
		default:
			return fmt.Errorf("must be %s, not %s", f.typ, describe(v))
		}
		*f.lst(m) = out
	}
	return nil
}

func describe(v *yaml.Node) string {
	switch v.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	}
	switch v.Tag {
	case "!!null":
		return "empty"
	case "!!int", "!!float":
		return "the number " + v.Value
	case "!!bool":
		return v.Value
	}
	return fmt.Sprintf("%q", v.Value)
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): `)

func yamlErrLine(msg string) int {
	m := yamlLineRE.FindStringSubmatch(msg)
	if m == nil {
		return 0
	}
	n := 0
	fmt.Sscan(m[1], &n)
	return n
}

func stripYAMLLine(msg string) string {
	return strings.TrimPrefix(yamlLineRE.ReplaceAllString(msg, ""), "yaml: ")
}
