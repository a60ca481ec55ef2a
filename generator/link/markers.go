package link

import (
	"regexp"
	"strings"

	"zeren/generator/clause"
	"zeren/generator/site"
)

// markerRE finds a reference marker at the end of a list item or an
// indicator rule: 〔依据:doc#eid〕, 〔落实:…〕, 〔考核:…〕, 〔引用:…〕, several refs
// separated by ; or 、.
var markerRE = regexp.MustCompile(`[〔［\[](依据|落实|考核|引用)[:：]\s*([^〕］\]]*)[〕］\]]`)

var markerTypes = map[string]site.EdgeType{
	"依据": site.Basis,
	"落实": site.Implements,
	"考核": site.Assesses,
	"引用": site.Cites,
}

// markers takes the reference markers out of every clause text of d and,
// when record is set, resolves them into edges from that clause.
func (l *linker) markers(d *site.Doc, record bool) {
	clause.Walk(d.Clauses, func(n *clause.Node, _ int) bool {
		if !strings.ContainsAny(n.Text, "〔［[") {
			return true
		}
		found := markerRE.FindAllStringSubmatch(n.Text, -1)
		if len(found) == 0 {
			return true
		}
		n.Text = strings.TrimSpace(markerRE.ReplaceAllString(n.Text, ""))
		if !record {
			return true
		}
		pos := site.Pos{File: d.File, Line: d.BodyLine + n.Line - 1}
		for _, m := range found {
			typ := markerTypes[m[1]]
			for _, raw := range splitRefs(m[2]) {
				to, ver, err := l.resolve(raw, refDate(d))
				if err != nil {
					l.errorf(pos, "〔%s〕: %v", m[1], err)
					continue
				}
				l.g.Add(site.Edge{From: site.Ref{Doc: d.ID, EID: n.EID}, To: to, Type: typ, ToVersion: ver})
			}
		}
		return true
	})
}

func splitRefs(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return r == ';' || r == '；' || r == '、' || r == ',' || r == '，' || r == ' '
	})
	return f
}
