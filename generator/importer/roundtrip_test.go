package importer_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zeren/generator"
	"zeren/generator/importer"
	"zeren/generator/testenv"
)

// The round trip: one fictional file of every format is imported with the
// importer alone, the site is built, and the JSON twins say what a reader
// of the site gets.

type twin = testenv.Twin

func TestRoundTrip(t *testing.T) {
	in, root := t.TempDir(), t.TempDir()
	pdf := importer.WriteFormatFixtures(t, in)
	res, err := importer.Import(importer.Options{Site: root}, in)
	if err != nil {
		t.Fatal(err)
	}
	built, err := generator.Build(generator.Options{Source: root, Today: "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	twins := map[string]*twin{}
	for _, d := range built.Site.Docs {
		b, err := os.ReadFile(filepath.Join(root, "public", filepath.FromSlash(d.URL()), "index.json"))
		if err != nil {
			t.Fatal(err)
		}
		var tw twin
		if err := json.Unmarshal(b, &tw); err != nil {
			t.Fatal(err)
		}
		twins[tw.Source] = &tw
	}
	if len(twins) != len(res) {
		t.Errorf("%d documents imported, %d built", len(res), len(twins))
	}
	get := func(src string) *twin {
		t.Helper()
		tw := twins[src]
		if tw == nil {
			t.Fatalf("no twin for %s; have %v", src, keys(twins))
		}
		return tw
	}

	docx := get("hehu.docx")
	if docx.Kind != "regulation" || docx.Title != "某某市河湖巡查办法" || docx.Count("chapter") != 2 || docx.Count("article") != 13 || docx.Adopted != "2024-01-05" || docx.Effective != "2024-02-01" {
		t.Errorf("docx: %s %q, %d chapters, %d articles, adopted %s, effective %s", docx.Kind, docx.Title, docx.Count("chapter"), docx.Count("article"), docx.Adopted, docx.Effective)
	}
	if it := docx.Find("art_2__item_2"); it == nil || !strings.Contains(it.Num, "二") || it.Text != "区级负责实施;" {
		t.Errorf("docx art_2__item_2 = %+v", it)
	}
	if a := docx.Find("art_13"); a == nil || !strings.Contains(a.Text, "2024年2月1日起施行") {
		t.Errorf("docx art_13 = %+v: the numbering past 十 and the field result", a)
	}
	if p := docx.Find("art_3__para_2"); p == nil || !strings.Contains(p.Text, "| 河面垃圾 | 1日内 |") {
		t.Errorf("docx art_3__para_2 = %+v, want the table", p)
	}

	page := get("baojie.htm")
	if page.Kind != "regulation" || page.Title != "某某市河湖保洁管理规定" || page.Count("article") != 5 || page.Effective != "2023-07-01" {
		t.Errorf("html: %s %q %d articles, effective %s", page.Kind, page.Title, page.Count("article"), page.Effective)
	}
	if a := page.Find("art_3__item_3"); a == nil || a.Text != "街道办事处负责日常保洁。" {
		t.Errorf("html art_3__item_3 = %+v", a)
	}

	law := get("某某市河湖保护条例(2019-12-05).md")
	if law.Kind != "regulation" || law.Adopted != "2015-06-30" || law.Issued != "2019-11-28" || law.Effective != "2020-03-01" || law.Issuer != "某某市人民代表大会常务委员会" {
		t.Errorf("markdown dialect: %+v", law)
	}
	if c := law.Find("chp_2"); c == nil || c.Heading != "河湖的保护和合理利用" {
		t.Errorf("markdown chp_2 = %+v", c)
	}
	if a := law.Find("art_3_1"); a == nil || a.Num != "第三条之一" {
		t.Errorf("markdown art_3_1 = %+v", a)
	}

	list := get("qingdan.txt")
	if list.Kind != "list" || list.Count("group") != 2 || list.Count("item") != 5 {
		t.Errorf("GB18030 list: %s, %d groups, %d items", list.Kind, list.Count("group"), list.Count("item"))
	}
	if it := list.Find("grp_2__item_4"); it == nil || it.Text != "每半年报告1次整改情况。" {
		t.Errorf("list grp_2__item_4 = %+v", it)
	}

	prose := get("baogao.txt")
	if prose.Kind != "document" || prose.Title != "某某县二〇二三年河湖管护工作总结" || prose.Count("heading") != 2 {
		t.Errorf("UTF-16 report: %s %q %d headings", prose.Kind, prose.Title, prose.Count("heading"))
	}

	if !pdf {
		t.Skip("pdftotext not installed: the PDF was left out of the round trip")
	}
	p := get("kaohe.pdf")
	if a := p.Find("art_2"); p.Kind != "regulation" || a == nil || a.Text != "考核对象为各乡镇人民政府和县级河长制成员单位。" {
		t.Errorf("pdf: %s, art_2 = %+v", p.Kind, a)
	}
}

func keys(m map[string]*twin) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
