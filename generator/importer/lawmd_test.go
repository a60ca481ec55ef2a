package importer

import (
	"os"
	"path/filepath"
	"testing"
)

// A fictional text in the law collection's Markdown dialect, with a table
// of contents, a heading wrapped onto the next line, 第X条之一, a table
// and an amendment history.
const lawDialect = `# 某某市河湖保护条例

2015年6月30日 某某市第十四届人民代表大会常务委员会第二十次会议通过　2015年9月25日 某某省第十二届人民代表大会常务委员会第十八次会议批准

2019年11月28日 某某市第十五届人民代表大会常务委员会第二十五次会议修正　

2020年3月1日 施行

<!-- INFO END -->

## 第一章 总则

## 第二章 保护

## 第一章 总则

第一条 为了加强河湖保护,制定本条例。

第二条 本条例适用于本市行政区域内的河湖。

## 第二章 河湖的保护和

## 

合理利用

第三条 禁止在河湖管理范围内倾倒垃圾。

第三条之一 河湖保洁标准如下:

<!-- TABLE -->
| 水域 | 频次 |
|-----|-----|
| 河道 | 每日 |
<!-- TABLE END -->

第四条 本条例自2020年3月1日起施行。
`

func TestLawDialect(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "某某市河湖保护条例(2019-12-05).md")
	if err := os.WriteFile(path, []byte(lawDialect), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Import(Options{Site: t.TempDir()}, path)
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	if len(res) != 1 || r.Kind != KindRegulation || r.Counts.Chapters != 2 || r.Counts.Articles != 5 || len(r.Warnings) != 0 {
		t.Fatalf("%d documents: %s %+v %v", len(res), r.Kind, r.Counts, r.Warnings)
	}
	f := readContent(t, r.Path)
	for key, want := range map[string]any{
		"title":     "某某市河湖保护条例",
		"adopted":   "2015-06-30",
		"issued":    "2019-11-28",
		"effective": "2020-03-01",
		"issuer":    "某某市人民代表大会常务委员会",
		"status":    "现行有效",
	} {
		if f.meta[key] != want {
			t.Errorf("%s = %v, want %v", key, f.meta[key], want)
		}
	}
	wantBody := "第一章 总则\n第一条 为了加强河湖保护,制定本条例。\n第二条 本条例适用于本市行政区域内的河湖。\n" +
		"第二章 河湖的保护和合理利用\n第三条 禁止在河湖管理范围内倾倒垃圾。\n第三条之一 河湖保洁标准如下:\n" +
		"| 水域 | 频次 |\n|-----|-----|\n| 河道 | 每日 |\n第四条 本条例自2020年3月1日起施行。\n"
	if f.body != wantBody {
		t.Errorf("body:\n%s\nwant:\n%s", f.body, wantBody)
	}
	whys := map[string]int{}
	for _, d := range r.Dropped {
		whys[d.Why]++
	}
	if whys["table of contents (目录)"] != 2 || whys["rest of the heading above (joined to it)"] != 1 || whys["front matter: history (adopted, issued, effective)"] != 3 {
		t.Errorf("dropped: %v", whys)
	}
}

func TestLawMeta(t *testing.T) {
	for _, tc := range []struct {
		name, text                                 string
		adopted, issued, effective, number, issuer string
	}{
		{"某某办法实施条例(2019-03-02).md", "# 某某办法实施条例\n\n2011年12月20日 某某省人民政府令第61号公布\n\n2017年3月1日 《某某省人民政府关于修改部分规章的决定》第一次修订\n\n<!-- INFO END -->\n\n第一条 某某。\n",
			"", "2017-03-01", "2019-03-02", "某某省人民政府令第61号", "某某省人民政府"},
		{"x.md", "# 某某市人民法院关于审理某某案件的规定\n\n2010年4月26日 某某市人民法院审判委员会第86次会议通过\n\n<!-- INFO END -->\n\n第一条 某某。\n第二条 本规定自公布之日起施行。\n",
			"2010-04-26", "2010-04-26", "2010-04-26", "", "某某市人民法院"},
		{"y.md", "# 某某规定\n\n<!-- INFO END -->\n\n第一条 某某。\n", "", "", "", "", ""},
	} {
		f := readLawMarkdown(tc.name, tc.text)
		d := &doc{title: f.title, lines: f.body}
		m := lawMeta(d, f)
		if m.adopted != tc.adopted || m.issued != tc.issued || m.effective != tc.effective || m.docNumber != tc.number || m.issuer != tc.issuer {
			t.Errorf("%s: %+v", tc.name, m)
		}
	}
}

func TestIsLawMarkdown(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"a.txt", "# 某某条例\n\n<!-- INFO END -->\n第一条 某某。", true},
		{"a.md", "# 某某条例\n第一条 某某。", true},
		{"a.txt", "# 某某条例\n第一条 某某。", false},
		{"a.md", "某某条例\n第一条 某某。", false},
	} {
		if got := isLawMarkdown(tc.name, tc.text); got != tc.want {
			t.Errorf("%s %q: %v", tc.name, tc.text, got)
		}
	}
}

func TestDropContents(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []line
		first string // the first line kept
	}{
		{"repeat", linesOf("第一章 总则", "第二章 附则", "第一章 总则", "第一条 某某。"), "第一章 总则"},
		{"目录 line", linesOf("目录", "第一章 总则", "第二章 附则", "第一章 总则", "第一条 某某。"), "第一章 总则"},
		{"first entry left out", linesOf("二、回避", "三、附则", "说明文字。", "一、管辖", "第一条 某某。"), "说明文字。"},
		{"on one line", linesOf("第一章 总则 第二章 附则", "第一章 总则", "第一条 某某。"), "第一章 总则"},
		{"book and chapter", linesOf("第一编 总则", "第一章 基本规定", "第一条 某某。", "第二章 某某", "第二条 某某。"), "第一编 总则"},
		{"one heading", linesOf("第一章 总则", "第一条 某某。"), "第一章 总则"},
	} {
		got, _ := dropContents(tc.lines)
		if len(got) == 0 || got[0].Text != tc.first || (tc.name == "repeat" && len(got) != 2) {
			t.Errorf("%s: kept %v", tc.name, got)
		}
	}
	if got, _ := dropTitleRepeat(linesOf("某某市国民经济和社会发展计划", "审查监督条例", "第一章 总则"), "某某市国民经济和社会发展计划审查监督条例"); len(got) != 1 {
		t.Errorf("repeated title kept: %v", got)
	}
	if got, _ := dropTitleRepeat(linesOf("某某市国民经济", "第一章 总则"), "某某市国民经济和社会发展计划审查监督条例"); len(got) != 2 {
		t.Errorf("a part of the title dropped: %v", got)
	}
}
