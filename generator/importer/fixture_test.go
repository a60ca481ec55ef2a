package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zeren/generator/clause"
)

// Fixtures are made-up texts in the seeds' style (某某市, 某某县); they
// exercise one rule each.

// importText writes text to dir/name and imports it into a fresh site.
func importText(t *testing.T, name, text string, opts Options) ([]Result, error) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if opts.Site == "" {
		opts.Site = t.TempDir()
	}
	return Import(opts, path)
}

func mustImport(t *testing.T, name, text string) ([]Result, map[string]imported) {
	t.Helper()
	res, err := importText(t, name, text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]imported{}
	for _, r := range res {
		files[r.Source] = readContent(t, r.Path)
	}
	return res, files
}

const coveringNotice = `某某市人民政府办公厅关于印发《某某市河道管理办法》的通知

(某政办〔2020〕3号)

各区人民政府,市直各单位:

《某某市河道管理办法》已经市政府同意,现予印发,请遵照执行。

某某市人民政府办公厅 二〇二〇年三月五日 某某市河道管理办法

第一章 总则
第一条 为加强河道管理,制定本办法。
第二条 本办法适用于本市行政区域内的河道。
第二章 职责
第三条 河道管理实行分级负责:
(一)市级负责统筹;
(二)区级负责实施;
(三)街道负责日常巡查。
第四条 本办法由市水务局负责解释。
第五条 本办法自2020年4月1日起施行,《某某市河道管理暂行办法》同时废止。
附件:1.河道巡查记录表2.河道保洁标准
附件1
河道巡查记录表
巡查日期、河段、发现问题、处理情况。
`

func TestImportCoveringNotice(t *testing.T) {
	res, files := mustImport(t, "river.txt", coveringNotice)
	if len(res) != 2 {
		t.Fatalf("%d documents, want the regulation and its appendix", len(res))
	}
	reg := files["river.txt"]
	for key, want := range map[string]any{
		"title":      "某某市河道管理办法",
		"doc_number": "某政办〔2020〕3号",
		"issuer":     "某某市人民政府办公厅",
		"issued":     "2020-03-05",
		"effective":  "2020-04-01",
		"status":     "现行有效",
	} {
		if got := reg.meta[key]; got != want {
			t.Errorf("%s = %v, want %v", key, got, want)
		}
	}
	if r, ok := reg.meta["repeals"].([]any); !ok || len(r) != 1 || r[0] != "某某市河道管理暂行办法" {
		t.Errorf("repeals = %v", reg.meta["repeals"])
	}
	if !strings.HasPrefix(reg.body, "第一章 总则\n") {
		t.Errorf("body starts %q; the covering notice should be gone", firstLine(reg.body))
	}
	if strings.Contains(reg.body, "现印发给你们") || !strings.Contains(reg.body, "附件:1.河道巡查记录表2.河道保洁标准") {
		t.Errorf("body:\n%s", reg.body)
	}
	if res[0].Kind != KindRegulation || res[0].Counts.Articles != 5 || res[0].Counts.Chapters != 2 {
		t.Errorf("regulation: %s %+v", res[0].Kind, res[0].Counts)
	}
	app := files["river.txt#附件1"]
	if app.meta["title"] != "河道巡查记录表" || app.meta["parent"] != res[0].ID {
		t.Errorf("appendix front matter: %v", app.meta)
	}
	if res[1].ID != res[0].ID+"-fujian-1" || res[1].Kind != KindDocument {
		t.Errorf("appendix: id %s kind %s", res[1].ID, res[1].Kind)
	}
	whys := map[string]bool{}
	for _, d := range res[0].Dropped {
		whys[d.Why] = true
	}
	for _, why := range []string{"front matter: doc_number", "covering notice (印发/转发通知), not part of the document", "front matter: issuer, issued and title"} {
		if !whys[why] {
			t.Errorf("no line dropped as %q: %v", why, res[0].Dropped)
		}
	}
}

const compilation = `某某县河湖管护办法(精选3篇)
某某县河湖管护办法 篇1
某某县河长巡河工作方案
为落实河湖管护责任,制定本方案。
一、工作目标
1.每月巡河不少于1次。
2.每季度通报1次。
某某县河湖管护办法 篇2
近日,某某县召开河湖管护工作会议,会议强调要压实责任。
会议还要求各乡镇每月报送巡河情况。
某某县河湖管护办法 篇3
第一条 为规范河湖管护,制定本办法。
第二条 乡镇负责本辖区河湖管护。
第三条 本办法自印发之日起执行。
【某某县河湖管护办法】推荐阅读:
河湖管护工作总结12-01
河长述职报告11-30
`

func TestImportCompilation(t *testing.T) {
	res, files := mustImport(t, "comp.txt", compilation)
	want := []struct{ source, kind, title string }{
		{"comp.txt#篇1", KindDocument, "某某县河长巡河工作方案"},
		{"comp.txt#篇2", KindDocument, "某某县河湖管护办法(篇2)"},
		{"comp.txt#篇3", KindRegulation, "某某县河湖管护办法(篇3)"},
	}
	if len(res) != len(want) {
		t.Fatalf("%d documents, want %d", len(res), len(want))
	}
	for i, w := range want {
		if res[i].Source != w.source || res[i].Kind != w.kind || res[i].Title != w.title {
			t.Errorf("document %d: %s %s %q, want %s %s %q", i, res[i].Source, res[i].Kind, res[i].Title, w.source, w.kind, w.title)
		}
	}
	if strings.Contains(files["comp.txt#篇3"].body, "推荐阅读") || strings.Contains(files["comp.txt#篇3"].body, "河长述职报告") {
		t.Errorf("related titles kept:\n%s", files["comp.txt#篇3"].body)
	}
	if res[1].ID == res[2].ID || !strings.HasSuffix(res[1].ID, "pian-2") {
		t.Errorf("ids %s, %s: want distinct ids ending in the piece", res[1].ID, res[2].ID)
	}
	dropped := false
	for _, d := range res[0].Dropped {
		dropped = dropped || (d.Line == 1 && d.Why == "compilation title (not a document)")
	}
	if !dropped {
		t.Errorf("the compilation title is not recorded as dropped: %v", res[0].Dropped)
	}
}

const ordinalCompilation = `某某文库.河湖管护doc
第一篇:某某县河湖管护doc
某某县人民政府办公室
关于加强河湖管护的意见
某政办发〔2019〕7号
(2019年6月1日)
各乡镇人民政府:
为加强河湖管护,提出如下意见。
一、明确责任。
二、加强巡查。
第二篇:某某县河长制问答
河长制是什么?河长制是由各级党政负责同志担任河长的制度。
`

func TestImportOrdinalCompilation(t *testing.T) {
	res, files := mustImport(t, "ord.txt", ordinalCompilation)
	if len(res) != 2 {
		t.Fatalf("%d documents, want 2", len(res))
	}
	f := files["ord.txt#第一篇"]
	for key, want := range map[string]any{
		"title": "关于加强河湖管护的意见", "issuer": "某某县人民政府办公室",
		"doc_number": "某政办发〔2019〕7号", "issued": "2019-06-01",
	} {
		if f.meta[key] != want {
			t.Errorf("第一篇 %s = %v, want %v", key, f.meta[key], want)
		}
	}
	if res[1].Title != "某某县河长制问答" {
		t.Errorf("第二篇 title %q: want the marker's name", res[1].Title)
	}
}

const twoLists = `某某镇河长制工作方案
一、工作内容
1.建立河长责任清单(附件1)和河长助理责任清单(附件2)。
2.每年开展1次考核。
附件1:
某某镇河长责任清单
(一)巡查责任
1.每月巡河不少于1次。
2.每季度召开1次会议。
3.每半年报告1次工作。
(二)整改责任
4.发现问题及时交办。
5.每年至少督办2次。
河长助理协助河长工作,其主要责任:
1.每周巡河不少于1次。
2.每月报送巡河记录。
3.每季度整理台账。
`

func TestImportImplicitAppendix(t *testing.T) {
	res, files := mustImport(t, "lists.txt", twoLists)
	if len(res) != 3 {
		for _, r := range res {
			t.Logf("%s %s %q", r.Source, r.Kind, r.Title)
		}
		t.Fatalf("%d documents, want the plan and two lists", len(res))
	}
	for i, want := range []int{5, 3} {
		r := res[i+1]
		if r.Kind != KindList || r.Counts.Items != want {
			t.Errorf("%s: %s with %d items, want a list of %d", r.Source, r.Kind, r.Counts.Items, want)
		}
	}
	if !strings.HasPrefix(files["lists.txt#附件2"].body, "河长助理协助河长工作,其主要责任:") {
		t.Errorf("second list starts %q", firstLine(files["lists.txt#附件2"].body))
	}
}

const withCommentary = `《某某市河湖条例》
第一条 为保护河湖,制定本条例。
第二条 本条例适用于本市河湖。
第三条 本条例自2021年1月1日起施行。
《某某市河湖条例》解读
第一条 为保护河湖,制定本条例。
解读:
本条规定了立法目的。
第二条 本条例适用于本市河湖。
解读:
本条规定了适用范围。
`

func TestImportCommentary(t *testing.T) {
	res, _ := mustImport(t, "law.txt", withCommentary)
	if len(res) != 2 {
		t.Fatalf("%d documents, want the regulation and its commentary", len(res))
	}
	if res[0].Title != "某某市河湖条例" || res[0].Counts.Articles != 3 {
		t.Errorf("regulation %q with %d articles, want 3", res[0].Title, res[0].Counts.Articles)
	}
	if res[1].Kind != KindDocument || res[1].ID != res[0].ID+"-jiedu" || res[1].Title != "《某某市河湖条例》解读" {
		t.Errorf("commentary: %s %s %q", res[1].Kind, res[1].ID, res[1].Title)
	}
}

const untitled = `第一章 总则
第一条 为确保全县河湖管护责任落实到位,根据有关规定,制定本实施细则。
第二条 各乡镇负责本辖区河湖管护。
第二章 附则
第三条 本细则由中共某某县委办公室负责解释。
`

func TestImportInfersTitle(t *testing.T) {
	res, files := mustImport(t, "untitled.txt", untitled)
	want := "中共某某县委办公室关于落实全县河湖管护责任的实施细则"
	if res[0].Title != want {
		t.Errorf("title %q, want %q", res[0].Title, want)
	}
	if !hasWarning(res, "untitled.txt", "title inferred") {
		t.Errorf("warnings %q", res[0].Warnings)
	}
	if got := files["untitled.txt"].meta["issuer"]; got != "中共某某县委办公室" {
		t.Errorf("issuer %v", got)
	}
}

func TestDetectKind(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		lines       []line
		appendix    bool
		want        string
	}{
		{"articles", "某某办法", linesOf("第一条 某某。", "第二条 某某。", "第三条 某某。"), false, KindRegulation},
		{"two articles", "某某办法", linesOf("第一条 某某。", "第二条 某某。"), false, KindDocument},
		{"deductions", "某某指标", linesOf("1.未建立台账,扣1分。", "2.未报告,每次扣0.5分。", "3.未整改,扣2分。"), false, KindIndicators},
		{"list title", "某某责任清单", linesOf("1.某某。"), false, KindList},
		{"appendix items", "某某", linesOf("1.某某。", "2.某某。", "3.某某。", "4.某某。", "5.某某。"), true, KindList},
		{"genre wins", "某某工作方案", linesOf("1.每年某某。", "2.每月某某。", "3.每季度某某。", "4.每年某某。", "5.每月某某。"), false, KindDocument},
		{"duties", "某某", linesOf("1.每年某某。", "2.每月某某。", "3.每季度某某。", "4.某某。", "5.某某。"), false, KindList},
		{"prose", "某某报道", linesOf("近日,某某召开会议。", "会议强调要压实责任。"), false, KindDocument},
	} {
		if got := detectKind(tc.title, tc.lines, tc.appendix); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestImportOptions(t *testing.T) {
	text := "某某县河湖管护办法\n第一条 某某。\n第二条 某某。\n第三条 某某。\n"
	res, err := importText(t, "a.txt", text, Options{ID: "he-hu", Kind: KindDocument})
	if err != nil || len(res) != 1 || res[0].ID != "he-hu" || res[0].Kind != KindDocument || !strings.Contains(res[0].Path, filepath.Join("documents", "he-hu.md")) {
		t.Fatalf("forced id and kind: %+v, %v", res, err)
	}
	for _, tc := range []struct {
		opts Options
		text string
		want string
	}{
		{Options{Kind: "law"}, text, `unknown kind "law"`},
		{Options{ID: "Not A Slug"}, text, "not a slug"},
		{Options{ID: "x"}, withCommentary, "needs a single document"},
		{Options{}, "第一条 某某\xff。\n", "a.txt: cannot decode byte 0xFF at offset 16 as UTF-8 or GB18030"},
		{Options{}, "- 文档编号:123\n展开阅读全文\n", "only site boilerplate"},
	} {
		_, err := importText(t, "a.txt", tc.text, tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: err %v, want %q", tc.opts, err, tc.want)
		}
	}
	if _, err := Import(Options{}, "x.txt"); err == nil || !strings.Contains(err.Error(), "no site") {
		t.Errorf("no site: %v", err)
	}
	if _, err := Import(Options{Site: t.TempDir()}, filepath.Join(t.TempDir(), "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", err)
	}
}

func TestImportKeepsHandWrittenFiles(t *testing.T) {
	site := t.TempDir()
	text := "某某县河湖管护办法\n第一条 某某。\n第二条 某某。\n第三条 某某。\n"
	id := slugify("某某县河湖管护办法")
	own := filepath.Join(site, "content", "regulations", id+".md")
	if err := os.MkdirAll(filepath.Dir(own), 0o755); err != nil {
		t.Fatal(err)
	}
	handWritten := []byte("---\ntitle: 某某县河湖管护办法\n---\n第一条 某某。\n")
	if err := os.WriteFile(own, handWritten, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := importText(t, "a.txt", text, Options{Site: site})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].ID != id+"-2" {
		t.Errorf("id %s: want a suffix beside the hand-written file", res[0].ID)
	}
	if data, _ := os.ReadFile(own); string(data) != string(handWritten) {
		t.Errorf("hand-written file changed")
	}
}

func TestRenderQuotesYAML(t *testing.T) {
	d := &doc{title: `某某: "河湖" 管护 #1`, source: "a.txt#篇1", kind: KindDocument,
		meta: docMeta{issued: "2020-01-02", repeals: []string{"true", "某某: 办法"}}}
	d.body = []clause.Line{{Text: "某某。"}}
	out, err := render(d)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "a.md")
	os.WriteFile(path, out, 0o644)
	f := readContent(t, path)
	if f.meta["title"] != d.title || f.meta["issued"] != "2020-01-02" || f.meta["imported"] != true {
		t.Errorf("front matter read back: %v\n%s", f.meta, out)
	}
	if r := f.meta["repeals"].([]any); r[0] != "true" || r[1] != "某某: 办法" {
		t.Errorf("repeals read back: %v", r)
	}
	if f.body != "某某。\n" {
		t.Errorf("body %q", f.body)
	}
}

func TestReadHeaderStopsAtText(t *testing.T) {
	for _, tc := range []struct {
		name      string
		lines     []line
		title     string
		bodyFirst string
	}{
		{"notice text stays", linesOf("关于开展河湖清理的通知", "现将有关事项通知如下:", "一、清理范围"), "关于开展河湖清理的通知", "现将有关事项通知如下:"},
		{"full-text lead-in goes", linesOf("《某某条例》", "《某某条例》全文如下:", "第一条 某某。"), "某某条例", "第一条 某某。"},
		{"salutation stays", linesOf("各乡镇:", "为做好某某工作,现通知如下。"), "", "各乡镇:"},
		{"subheading is no second title", linesOf("某某工作总结", "“抓落实”", "今年以来,某某。"), "某某工作总结", "“抓落实”"},
		{"structure first", linesOf("第一章 总则", "第一条 某某。"), "", "第一章 总则"},
	} {
		h := readHeader(tc.lines)
		first := ""
		if len(h.body) > 0 {
			first = h.body[0].Text
		}
		if h.title != tc.title || first != tc.bodyFirst {
			t.Errorf("%s: title %q body from %q; want %q and %q", tc.name, h.title, first, tc.title, tc.bodyFirst)
		}
	}
}

// linesOf numbers lines from 1.
func linesOf(ss ...string) []line {
	var out []line
	for i, s := range ss {
		out = append(out, line{Text: s, Src: i + 1})
	}
	return out
}

func TestAppendixMarker(t *testing.T) {
	for _, tc := range []struct {
		line  string
		num   int
		title string
		ok    bool
	}{
		{"附件1", 1, "", true},
		{"附件二：", 2, "", true},
		{"附件1: 某某镇河长责任清单", 1, "某某镇河长责任清单", true},
		{"附件:某某决定书(式样)", 0, "某某决定书(式样)", true},
		{"附件:1.河道巡查记录表2.河道保洁标准", 0, "", false}, // the list of attachments, on one line
		{"附件：1.某某规范", 0, "", false},            // its first line
		{"附件：(列明相关材料)", 0, "", false},          // a note in a form
		{"附件三所列全国性法律", 0, "", false},           // a sentence that starts with 附件
	} {
		num, title, ok := appendixMarker(tc.line)
		if num != tc.num || title != tc.title || ok != tc.ok {
			t.Errorf("appendixMarker(%q) = %d %q %v, want %d %q %v", tc.line, num, title, ok, tc.num, tc.title, tc.ok)
		}
	}
}
