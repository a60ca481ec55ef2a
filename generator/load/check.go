package load

import (
	"fmt"
	"strings"

	"zeren/generator/site"
)

// Allowed values of the enumerated fields.
var (
	regulationStatus = []string{"现行有效", "已修订", "已废止", "试行", "尚未施行"}
	measureStatus    = []string{"planned", "in progress", "done", "overdue"}
	subjects         = []string{"党组织", "领导干部"}
	disclosures      = []string{"public", "internal"}
)

// allowed returns the values an enumerated key may take in a kind, or nil
// when any value is fine.
func allowed(kind site.Kind, key string) []string {
	switch {
	case key == "status" && kind == site.Measure:
		return measureStatus
	case key == "status":
		return regulationStatus
	case key == "subject" && kind == site.Outcome:
		return subjects
	case key == "disclosure":
		return disclosures
	}
	return nil
}

// checkValue checks a string value of an enumerated key.
func checkValue(kind site.Kind, key, v string) error {
	vals := allowed(kind, key)
	if vals == nil {
		return nil
	}
	for _, a := range vals {
		if v == a {
			return nil
		}
	}
	return fmt.Errorf("%q is not allowed here; use one of %s", v, strings.Join(vals, ", "))
}

// checkRequired checks the fields every document needs.
func checkRequired(d *site.Doc) []site.Diagnostic {
	if strings.TrimSpace(d.Meta.Title) == "" {
		return []site.Diagnostic{{Pos: site.Pos{File: d.File, Line: 1},
			Msg: "title is missing; add a line title: … to the front matter"}}
	}
	return nil
}
