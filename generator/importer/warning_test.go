package importer

import (
	"testing"

	"zeren/generator/clause"
)

// TestProblemKinds pins the words of the clause parser's numbering
// problems that problemKind sorts by: if the parser words them anew, this
// fails rather than every gap turning into a "parse" note.
func TestProblemKinds(t *testing.T) {
	for _, tc := range []struct {
		body  string
		kind  string
		level clause.Level
	}{
		{"第一条 某某。\n第三条 某某。", WarnGap, clause.Article},
		{"第一条 某某。\n第一条 某某。", WarnRepeat, clause.Article},
		{"第一条 某某。\n第二条 某某。\n第三条 某某。\n第二条 某某。", WarnOrder, clause.Article},
		{"第三条 某某。\n第四条 某某。", WarnStart, clause.Article},
		{"第一条 某某:\n(一)某某;\n(三)某某。", WarnGap, clause.Item},
		{"第一章 总则\n第一条 某某。\n第三章 附则\n第二条 某某。", WarnGap, clause.Chapter},
	} {
		nodes, problems := clause.Parse(tc.body, clause.ModeRegulation)
		found := false
		for _, p := range problems {
			if problemKind(p.Msg) == tc.kind && problemLevel(nodes, p) == tc.level {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s %s among %v", tc.body, tc.level, tc.kind, problems)
		}
	}
}
