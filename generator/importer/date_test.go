package importer

import "testing"

func TestFindDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"二○○九年三月四日", "2009-03-04"},
		{"二〇一一年五月三十日", "2011-05-30"},
		{"二零二零年十二月三十一日", "2020-12-31"},
		{"2014年8月8日", "2014-08-08"},
		{"2009年03月04日", "2009-03-04"},
		{"２０１５年１月２日", "2015-01-02"},
		{"【发布日期】2006-09-03", "2006-09-03"},
		{"(2019年5月6日中国共产党某某县第五届委员会第三次全体会议通过)", "2019-05-06"},
		{"某某市人民政府办公厅 二〇二〇年三月五日", "2020-03-05"},
		{"2009年2月30日", ""}, // no such day
		{"二○○九年十三月一日", ""},
		{"2009年起", ""},
		{"3月4日", ""},
		{"年 月 日", ""},
	} {
		got, _, ok := findDate(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("findDate(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestParseDateWholeLine(t *testing.T) {
	for in, want := range map[string]string{
		"二〇一一年五月三十日":         "2011-05-30",
		"(2011年7月22日)":       "2011-07-22",
		"（2011年7月22日）":       "2011-07-22",
		"2011年7月22日起施行":      "",
		"某某市委 2011年7月22日":    "",
		"本办法自2011年7月22日起施行。": "",
	} {
		got, ok := parseDate(in)
		if got != want || ok != (want != "") {
			t.Errorf("parseDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestEffectiveDate(t *testing.T) {
	for _, tc := range []struct{ text, issued, want string }{
		{"第三十条 本规则自2019年4月1日起施行。", "", "2019-04-01"},
		{"第三十条 本办法自二〇一〇年一月一日起实施。", "", "2010-01-01"},
		{"第三十条 本办法自印发之日起施行。", "2020-03-05", "2020-03-05"},
		{"第三十条 本办法自发布之日起施行。", "", ""},
		{"自2011年起施行新标准。", "", ""},
	} {
		if got := effectiveDate([]line{{Text: tc.text}}, tc.issued); got != tc.want {
			t.Errorf("effectiveDate(%q, %q) = %q, want %q", tc.text, tc.issued, got, tc.want)
		}
	}
}

func TestRepealed(t *testing.T) {
	got := repealed([]line{{Text: "第二十条 本办法自2020年1月1日起施行,根据《某某条例》制定的《某某市河道管理暂行办法》(某政发〔2010〕3号)同时废止。"}})
	if len(got) != 1 || got[0] != "某某市河道管理暂行办法" {
		t.Errorf("repealed = %q", got)
	}
	if got := repealed([]line{{Text: "凡与本规则不一致的,以本规则为准。"}}); got != nil {
		t.Errorf("repealed = %q, want none", got)
	}
}
