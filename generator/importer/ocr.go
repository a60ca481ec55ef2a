package importer

import (
	"regexp"
	"strconv"
	"strings"
)

// OCR and PDF extraction read the digit 1 in item markers as a lower-case
// L or a capital I: (l)加强组织领导, l.统筹协调, II.坚持问题导向.
// A marker is read as digits only when the result fits the numbering
// around it (it is 1, or one more than the previous item of the same
// style), so real Roman numerals in a I., II., III. list stay as written.

var reOCRMarker = regexp.MustCompile(`^([(（]?)([0-9lI|]{1,3})([.、．)）])(\p{Han})`)

// markerSeq remembers the last Arabic item number per marker style.
type markerSeq struct{ dot, paren int }

// see records the marker s starts with, if any.
func (q *markerSeq) see(s string) {
	if m := reArParen.FindStringSubmatch(s); m != nil {
		q.paren, _ = strconv.Atoi(m[1])
	} else if n := arabicItem(s); n > 0 {
		q.dot = n
	}
}

// fixOCR returns s with a misread marker repaired, and whether it was.
func (q *markerSeq) fixOCR(s string) (string, bool) {
	m := reOCRMarker.FindStringSubmatch(s)
	if m == nil || !strings.ContainsAny(m[2], "lI|") {
		return s, false
	}
	paren := m[1] != ""
	if paren != (m[3] == ")" || m[3] == "）") {
		return s, false
	}
	digits := strings.NewReplacer("l", "1", "I", "1", "|", "1").Replace(m[2])
	n, _ := strconv.Atoi(digits)
	prev := q.dot
	if paren {
		prev = q.paren
	}
	if n != 1 && n != prev+1 {
		return s, false
	}
	return m[1] + digits + s[len(m[1])+len(m[2]):], true
}

// markerPrefix returns the leading marker of s for messages: "II.", "(l)".
func markerPrefix(s string) string {
	if m := reOCRMarker.FindStringSubmatch(s); m != nil {
		return m[1] + m[2] + m[3]
	}
	if m := reArabic.FindString(s); m != "" {
		return m
	}
	return ""
}
