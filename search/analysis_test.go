package search

import (
	"slices"
	"strings"
	"testing"
)

func TestTerms(t *testing.T) {
	long := strings.Repeat("甲乙丙", 10) // 30 characters
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"问责", []string{"问责"}},
		{"  责令辞职，党风廉政建设 ", []string{"责令辞职", "党风廉政建设"}},
		{"问责　制", []string{"问责", "制"}},
		{"《中国共产党问责条例》第七条", []string{"中国共产党问责条例", "第七条"}},
		{"ＡＢＣ１２３", []string{"abc123"}},
		{"SENTINEL-0001", []string{"sentinel", "0001"}},
		{"第27条", []string{"第27条"}},
		{"（一）", []string{"一"}},
		{"穗办〔2009〕6号", []string{"穗办", "2009", "6号"}},
		{"", nil},
		{"，。、；", nil},
		{long, []string{long[:24*3], long[24*3:]}},
		{"一 二 三 四 五 六 七 八 九 十", []string{"一", "二", "三", "四", "五", "六", "七", "八"}},
	} {
		if got := Terms(tc.query); !slices.Equal(got, tc.want) {
			t.Errorf("Terms(%q) = %q, want %q", tc.query, got, tc.want)
		}
	}
}

// A term is a phrase of the bigrams that cover it, positions apart as in
// the term.
func TestPlanTerms(t *testing.T) {
	for _, tc := range []struct {
		term   string
		field  string
		phrase []string
	}{
		{"问", FieldChars, []string{"问"}},
		{"问责", FieldText, []string{"问责"}},
		{"问责制", FieldText, []string{"问责", "责制"}},
		{"责令辞职", FieldText, []string{"责令", "", "辞职"}},
		{"党风廉政建设", FieldText, []string{"党风", "", "廉政", "", "建设"}},
		{"第二十七条", FieldText, []string{"第二", "", "十七", "七条"}},
		{"哈哈哈哈", FieldText, []string{"哈哈", "", "哈哈"}},
	} {
		got := planTerms([]string{tc.term})[0]
		if got.field != tc.field || !slices.Equal(got.phrase, tc.phrase) {
			t.Errorf("%s: field %s phrase %q, want %s %q", tc.term, got.field, got.phrase, tc.field, tc.phrase)
		}
	}
}

// Bigrams on either side of a separator are at least three positions
// apart, so a phrase with a gap cannot match across it.
func TestSeparatorsKeepRunsApart(t *testing.T) {
	pos := map[string]int{}
	for _, tok := range newAnalyzer().Analyze([]byte("人民，共和国 AB")) {
		pos[string(tok.Term)] = tok.Position
	}
	if pos["共和"]-pos["人民"] < 3 || pos["ab"]-pos["和国"] < 3 {
		t.Errorf("positions %v: runs are too close", pos)
	}
	if _, ok := pos["民共"]; ok {
		t.Error("a bigram spans the comma")
	}
	chars := map[string]bool{}
	for _, tok := range newCharsAnalyzer().Analyze([]byte("Ａ，b")) {
		chars[string(tok.Term)] = true
	}
	if !chars["a"] || !chars["b"] || len(chars) != 2 {
		t.Errorf("chars = %v, want a and b", chars)
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("甲", 100) + "责令辞职" + strings.Repeat("乙", 100)
	for _, tc := range []struct {
		text  string
		marks []string
		want  string
	}{
		{"第六条 责令<其>辞职", []string{"辞职"}, "第六条 责令&lt;其&gt;<mark>辞职</mark>"},
		{"ＡＢ与ab", []string{"ab"}, "<mark>ＡＢ</mark>与<mark>ab</mark>"},
		{"问责问责制", []string{"问责", "责制"}, "<mark>问责问责制</mark>"},
		{"一行\n二行", nil, "一行 二行"},
		{long, []string{"责令辞职"}, "…" + strings.Repeat("甲", 24) + "<mark>责令辞职</mark>" + strings.Repeat("乙", 68) + "…"},
		{long, []string{"无"}, strings.Repeat("甲", 96) + "…"},
	} {
		if got := Snippet(tc.text, tc.marks); got != tc.want {
			t.Errorf("Snippet(%q, %q)\n got %s\nwant %s", tc.text, tc.marks, got, tc.want)
		}
	}
}
