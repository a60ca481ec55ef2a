package clause

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, body := range []string{
		"第一章 总则\n第一条 为了规范,制定本办法。\n第二条 问责方式:\n(一)通报;\n(二)诫勉。\n前款规定的方式可以合并使用。",
		"第十条 按程序进行。第十一条季度监测。\n第十四条之一 甲:\n1.子;\n(1)丑。\n第十四条之一 重复。",
		"一、政治建设\n(10分)\n(一)坚定政治信仰(10分)\n1.未制定计划,扣2分。【市委办公室】2.未落实,扣1分。\n【市纪委机关、市委巡察办】",
		"# 总体要求\n| 甲 | 乙 |\n| 丙 | 丁 |\n“要牵牛鼻子”\n众所周知,做好不易。\n- 列表\n```\n代码\n```",
		"( 一) 党委 负责\n（十六）因管理不力的;(十七)其他\nl.牵头抓总\nII.坚持\n①严明纪律\n第 一 章总则\n第二十七条所列情形",
	} {
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, body string) {
		checkLines(t, body)
		for _, mode := range []Mode{ModeRegulation, ModeList, ModeIndicators, ModeDocument} {
			nodes, problems := Parse(body, mode)
			checkTree(t, mode, nodes)
			for _, p := range problems {
				if p.Line < 1 || p.Msg == "" {
					t.Fatalf("%s: bad problem %+v", mode, p)
				}
			}
		}
	})
}

// checkLines checks Normalize's invariants: non-empty lines whose source
// lines are positive and never go back.
func checkLines(t *testing.T, body string) {
	last := 1
	for _, l := range Normalize(body) {
		if l.Text == "" || strings.Contains(l.Text, "\n") || l.Src < last {
			t.Fatalf("Normalize(%q): bad line %+v after source line %d", body, l, last)
		}
		last = l.Src
	}
}

// checkTree checks that every eId is non-empty and unique and every node
// has a positive line.
func checkTree(t *testing.T, mode Mode, nodes []*Node) {
	seen := map[string]bool{}
	Walk(nodes, func(n *Node, _ int) bool {
		switch {
		case n.EID == "" || seen[n.EID]:
			t.Fatalf("%s: empty or repeated eId %q", mode, n.EID)
		case n.Line < 1:
			t.Fatalf("%s: %s has line %d", mode, n.EID, n.Line)
		case !utf8.ValidString(n.EID):
			t.Fatalf("%s: eId %q is not UTF-8", mode, n.EID)
		}
		seen[n.EID] = true
		return true
	})
}
