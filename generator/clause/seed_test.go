package clause

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The seeds are scraped copies of real documents. They are read at test
// time from the shared directory and never copied into the repository;
// the tests assert on structure only.

// seedDir is where the seeds live, relative to this package.
const seedDir = "../../../shared/seeds"

// readSeed returns the lines of the seed whose name starts with prefix,
// skipping the test if the seeds are not there.
func readSeed(t testing.TB, prefix string) []string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(seedDir, prefix+"_*.txt"))
	if len(matches) != 1 {
		t.Skipf("seed %s not found in %s", prefix, seedDir)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(b), "\n")
}

// between returns the lines from the first one starting with from (or the
// first line if from is empty) up to, not including, the first later one
// starting with to (or the end if to is empty).
func between(t testing.TB, lines []string, from, to string) string {
	t.Helper()
	start, end := -1, len(lines)
	for i, l := range lines {
		switch {
		case start < 0 && (from == "" || strings.HasPrefix(l, from)):
			start = i
		case start >= 0 && to != "" && strings.HasPrefix(l, to):
			end = i
		}
		if end < len(lines) {
			break
		}
	}
	if start < 0 {
		t.Fatalf("no line starts with %q", from)
	}
	return strings.Join(lines[start:end], "\n")
}

// gapProblems returns the problems about missing numbers.
func gapProblems(problems []Problem) []Problem {
	var gaps []Problem
	for _, p := range problems {
		if strings.Contains(p.Msg, "缺少") {
			gaps = append(gaps, p)
		}
	}
	return gaps
}

// articleOrdinals returns the ordinals of the articles in document order.
func articleOrdinals(nodes []*Node) []int {
	var ords []int
	Walk(nodes, func(n *Node, _ int) bool {
		if n.Level == Article {
			ords = append(ords, n.Ordinal)
		}
		return n.Level != Article
	})
	return ords
}

// checkSequence fails unless ords is exactly 1…n.
func checkSequence(t *testing.T, ords []int, n int) {
	t.Helper()
	if len(ords) != n {
		t.Errorf("%d articles, want %d: %v", len(ords), n, ords)
		return
	}
	for i, o := range ords {
		if o != i+1 {
			t.Errorf("article %d has ordinal %d", i+1, o)
		}
	}
}

// TestSeedLiaoning: seed 004 is one regulation without a title line and
// without spaces after its markers.
func TestSeedLiaoning(t *testing.T) {
	body := between(t, readSeed(t, "004"), "", "")
	nodes, problems := Parse(body, ModeRegulation)
	c := Tally(nodes)
	if c.Chapters != 4 || c.Articles != 31 {
		t.Errorf("Tally = %+v, want 4 chapters and 31 articles", c)
	}
	checkSequence(t, articleOrdinals(nodes), 31)
	art6 := Find(nodes, "art_6")
	if art6 == nil || len(art6.Children) != 16 {
		t.Fatalf("art_6 = %+v, want 16 items", art6)
	}
	for i, item := range art6.Children {
		if item.Level != Item || item.Ordinal != i+1 {
			t.Errorf("art_6 child %d = %s %s", i, item.Level, item.EID)
		}
	}
	if gaps := gapProblems(problems); len(gaps) > 0 {
		t.Errorf("gap problems: %v", gaps)
	}
	if len(problems) > 0 {
		t.Errorf("problems: %v", problems)
	}
}

// TestSeedAssessment: seed 002 is a regulation followed by an indicator
// table (附件1); article 11 starts mid-line after article 10.
func TestSeedAssessment(t *testing.T) {
	lines := readSeed(t, "002")
	nodes, problems := Parse(between(t, lines, "", "附件1"), ModeRegulation)
	c := Tally(nodes)
	if c.Chapters != 7 {
		t.Errorf("%d chapters, want 7", c.Chapters)
	}
	checkSequence(t, articleOrdinals(nodes), 23)
	if gaps := gapProblems(problems); len(gaps) > 0 {
		t.Errorf("gap problems: %v", gaps)
	}
	art10, art11 := Find(nodes, "art_10"), Find(nodes, "art_11")
	if art10 == nil || art11 == nil || art10.Line != art11.Line {
		t.Errorf("art_10 and art_11 should start on the same source line: %+v %+v", art10, art11)
	}
	if art11 != nil && !strings.HasPrefix(art11.Text, "季度监测") {
		t.Errorf("art_11 text starts %q", firstRunes(art11.Text, 10))
	}
	if n := Find(nodes, "art_6"); n == nil || len(n.Children) != 6 {
		t.Errorf("art_6 should have 6 items: %+v", n)
	}
	if n := Find(nodes, "art_16"); n == nil || len(n.Children) != 3 {
		t.Errorf("art_16 should have 3 paragraphs: %+v", n)
	}
}

// TestSeedAssessmentIndicators reads the indicator table of seed 002. It
// is a scraped table with interleaved columns, so only the clean parts are
// checked: the first category, task and rules, and the six categories.
func TestSeedAssessmentIndicators(t *testing.T) {
	nodes, _ := Parse(between(t, readSeed(t, "002"), "附件1", ""), ModeIndicators)
	if c := Tally(nodes); c.Groups != 6 {
		t.Errorf("%d categories, want 6 (repeated page headers folded)", c.Groups)
	}
	checks := []struct{ eid, field, want string }{
		{"grp_1", "heading", "政治建设"},
		{"grp_1", "points", "10"},
		{"grp_1__item_1", "points", "10"},
		{"grp_1__item_1__point_1", "units", "市委办公室"},
		{"grp_1__item_1__point_1", "points", "2"},
		{"grp_1__item_1__point_6", "units", "市纪委机关"},
		{"grp_2", "points", "15"},
		{"grp_3__item_5", "points", "4"},
	}
	for _, c := range checks {
		n := Find(nodes, c.eid)
		if n == nil {
			t.Errorf("no %s", c.eid)
			continue
		}
		if got := field(n, c.field); got != c.want {
			t.Errorf("%s.%s = %q, want %q", c.eid, c.field, got, c.want)
		}
	}
}

// TestSeedGuangzhou: the first piece of seed 003 (blank lines between all
// lines, spaces after the markers).
func TestSeedGuangzhou(t *testing.T) {
	body := between(t, readSeed(t, "003"), "第一章 总则", "第二篇")
	nodes, problems := Parse(body, ModeRegulation)
	if c := Tally(nodes); c.Chapters != 5 {
		t.Errorf("%d chapters, want 5", c.Chapters)
	}
	checkSequence(t, articleOrdinals(nodes), 36)
	if gaps := gapProblems(problems); len(gaps) > 0 {
		t.Errorf("gap problems: %v", gaps)
	}
	art14 := Find(nodes, "art_14")
	if art14 == nil || len(art14.Children) != 3 || art14.Text != "" {
		t.Fatalf("art_14 should have 3 paragraphs: %+v", art14)
	}
	para1 := art14.Children[0]
	if para1.EID != "art_14__para_1" || len(para1.Children) != 8 {
		t.Errorf("art_14__para_1 should have 8 items: %s with %d children", para1.EID, len(para1.Children))
	}
	if n := Find(nodes, "art_14__para_1__item_8"); n == nil {
		t.Errorf("no art_14__para_1__item_8")
	}
	// A chapter heading after an article is never taken into it.
	if n := Find(nodes, "chp_3"); n == nil || n.Heading != "问责方式" {
		t.Errorf("chp_3 = %+v", n)
	}
}

// TestSeedAccountabilityRules: piece 5 of seed 003 has an article with two
// lists that both start at (一); the second belongs to the second 款.
func TestSeedAccountabilityRules(t *testing.T) {
	body := between(t, readSeed(t, "003"), "第五篇", "《中国共产党问责条例》解")
	nodes, problems := Parse(body, ModeRegulation)
	checkSequence(t, articleOrdinals(nodes), 13)
	for _, eid := range []string{"art_7__para_1__item_3", "art_7__para_2__item_4", "art_7__para_3"} {
		if Find(nodes, eid) == nil {
			t.Errorf("no %s", eid)
		}
	}
	if len(problems) > 0 {
		t.Errorf("problems: %v", problems)
	}
}

// TestSeedResponsibilityList: seed 000's first piece is a list whose items
// are numbered through the groups (with 26–28 missing) and whose second
// part restarts at 1 under the same group; OCR turned 11. into II.
func TestSeedResponsibilityList(t *testing.T) {
	body := between(t, readSeed(t, "000"), "宁远镇党委", "落实主体责任考核办法 篇2")
	nodes, problems := Parse(body, ModeList)
	if c := Tally(nodes); c.Groups != 3 || c.Items < 40 {
		t.Errorf("Tally = %+v, want 3 groups and the items of both lists", c)
	}
	if n := Find(nodes, "grp_3__item_30"); n == nil {
		t.Errorf("no grp_3__item_30")
	}
	if n := Find(nodes, "grp_3__item_11_dup2"); n == nil || n.Num != "II." {
		t.Errorf("the OCR item II. should be item 11: %+v", n)
	}
	found := false
	for _, p := range problems {
		found = found || strings.Contains(p.Msg, "缺少26.至28.")
	}
	if !found {
		t.Errorf("the missing items 26–28 are not reported: %v", problems)
	}
}

// TestSeedReport: seed 001 is prose with 一、 headings.
func TestSeedReport(t *testing.T) {
	nodes, _ := Parse(between(t, readSeed(t, "001"), "", ""), ModeDocument)
	var numbered []string
	for _, n := range nodes {
		if n.Level == Heading && n.Num != "" {
			numbered = append(numbered, n.Num)
		}
	}
	if strings.Join(numbered, "") != "一、二、三、" {
		t.Errorf("numbered headings = %v, want 一、二、三、", numbered)
	}
	if c := Tally(nodes); c.Paragraphs < 100 {
		t.Errorf("Tally = %+v, want the paragraphs kept apart", c)
	}
}

// firstRunes returns at most n runes of s, for messages.
func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}
