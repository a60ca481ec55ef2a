package importer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A DOCX file written by the test itself: the parts Word writes
// ([Content_Types].xml, relationships, document, numbering, styles),
// with automatic numbering for articles (第%1条, chineseCounting), items
// ((%2), chineseCounting, no space after) and a decimal list, a table
// with a merged cell, a tracked deletion, a field and hidden text. The
// text is fictional.

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// wPara writes a paragraph: numID "" for none, style "" for none.
func wPara(numID, level, style string, runs ...string) string {
	var pPr string
	if style != "" {
		pPr += `<w:pStyle w:val="` + style + `"/>`
	}
	if numID != "" {
		pPr += `<w:numPr><w:ilvl w:val="` + level + `"/><w:numId w:val="` + numID + `"/></w:numPr>`
	}
	if pPr != "" {
		pPr = "<w:pPr>" + pPr + "</w:pPr>"
	}
	return "<w:p>" + pPr + strings.Join(runs, "") + "</w:p>"
}

func wRun(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

func wCell(text string, span int) string {
	tcPr := ""
	if span > 1 {
		tcPr = fmt.Sprintf(`<w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>`, span)
	}
	return "<w:tc>" + tcPr + wPara("", "", "", wRun(text)) + "</w:tc>"
}

func docxFixture() map[string]string {
	body := []string{
		wPara("", "", "Title", wRun("某某市河湖巡查办法")),
		wPara("", "", "", wRun("(2024年1月5日某某市人民政府第3次常务会议通过)")),
		wPara("", "", "", wRun("第一章 总则")),
		wPara("1", "0", "", wRun("为规范河湖巡查,根据有关规定,制定本办法。")),
		wPara("1", "0", "", wRun("河湖巡查实行分级负责:")),
		wPara("1", "1", "", wRun("市级负责统筹;")),
		wPara("1", "1", "", wRun("区级负责实施"), `<w:del w:id="1" w:author="某某"><w:r><w:delText>和考核</w:delText></w:r></w:del>`, wRun(";")),
		wPara("1", "1", "", wRun("街道负责日常巡查。")),
		wPara("", "", "", wRun("第二章 巡查")),
		wPara("", "", "Article", wRun("巡查发现的问题按下表处理:")),
		`<w:tbl><w:tr>` + wCell("问题", 1) + wCell("处理时限", 1) + `</w:tr><w:tr>` + wCell("河面垃圾", 1) + wCell("1日内", 1) +
			`</w:tr><w:tr>` + wCell("违法建设|构筑物", 1) + wCell("30日内", 1) + `</w:tr><w:tr>` + wCell("其他问题按有关规定处理", 2) + `</w:tr></w:tbl>`,
		wPara("1", "0", "", wRun("巡查人员应当做到:")),
		wPara("2", "0", "", wRun("每周巡查不少于1次;")),
		wPara("2", "0", "", wRun("如实记录"), `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>`, wRun("巡查情况。")),
	}
	for i := 0; i < 8; i++ { // articles 第六条 … 第十三条: numbers past 十
		body = append(body, wPara("1", "0", "", wRun(fmt.Sprintf("本条为示例条文%d。", i+1))))
	}
	body = append(body, wPara("1", "0", "", wRun("本办法自"),
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`,
		wRun("2024年2月1日"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`, wRun("起施行。")))

	lvl := func(ilvl int, fmtName, text, suff string) string {
		s := fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>`, ilvl, fmtName, text)
		if suff != "" {
			s += `<w:suff w:val="` + suff + `"/>`
		}
		return s + "</w:lvl>"
	}
	numbering := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ` + wordNS + `>` +
		`<w:abstractNum w:abstractNumId="10">` + lvl(0, "chineseCounting", "第%1条", "space") + lvl(1, "chineseCounting", "（%2）", "nothing") + `</w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="20">` + lvl(0, "decimal", "%1.", "nothing") + `</w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>` +
		`<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num></w:numbering>`
	// The style Article numbers its paragraphs as level 0 of list 1.
	styles := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + wordNS + `>` +
		`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
		`</w:styles>`
	return map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wordNS + `><w:body>` +
			strings.Join(body, "") + `<w:sectPr/></w:body></w:document>`,
		"word/numbering.xml": numbering,
		"word/styles.xml":    styles,
	}
}

// writeZip writes the parts as a ZIP archive.
func writeZip(t testing.TB, path string, parts map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/numbering.xml", "word/styles.xml", "mimetype", "content.xml"} {
		data, ok := parts[name]
		if !ok {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadDOCX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hehu.docx")
	writeZip(t, path, docxFixture())
	data, _ := os.ReadFile(path)
	text, err := readDOCX(path, data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"某某市河湖巡查办法",
		"(2024年1月5日某某市人民政府第3次常务会议通过)",
		"第一章 总则",
		"第一条 为规范河湖巡查,根据有关规定,制定本办法。",
		"第二条 河湖巡查实行分级负责:",
		"（一）市级负责统筹;",
		"（二）区级负责实施;",
		"（三）街道负责日常巡查。",
		"第二章 巡查",
		"第三条 巡查发现的问题按下表处理:",
		"| 问题 | 处理时限 |",
		"| --- | --- |",
		"| 河面垃圾 | 1日内 |",
		`| 违法建设\|构筑物 | 30日内 |`,
		"| 其他问题按有关规定处理 |  |",
		"第四条 巡查人员应当做到:",
		"1.每周巡查不少于1次;",
		"2.如实记录巡查情况。",
		"第五条 本条为示例条文1。",
	}
	lines := strings.Split(text, "\n")
	for i, w := range want {
		if i >= len(lines) || lines[i] != w {
			got := ""
			if i < len(lines) {
				got = lines[i]
			}
			t.Errorf("line %d: %q, want %q", i+1, got, w)
		}
	}
	for _, w := range []string{"第十一条 本条为示例条文7。", "第十二条 本条为示例条文8。", "第十三条 本办法自2024年2月1日起施行。"} {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q", w)
		}
	}
	for _, bad := range []string{"和考核", "隐藏文字", "DATE", "yyyy"} {
		if strings.Contains(text, bad) {
			t.Errorf("text holds %q, which Word does not show", bad)
		}
	}
}

func TestImportDOCX(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "hehu.docx")
	writeZip(t, path, docxFixture())
	res, err := Import(Options{Site: t.TempDir()}, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 {
		t.Fatalf("%d documents, want 1", len(res))
	}
	r := res[0]
	if r.Kind != KindRegulation || r.Title != "某某市河湖巡查办法" || r.Counts.Chapters != 2 || r.Counts.Articles != 13 || r.Counts.Items != 5 {
		t.Errorf("%s %q %+v; want a regulation of 2 chapters, 13 articles, 5 items", r.Kind, r.Title, r.Counts)
	}
	f := readContent(t, r.Path)
	if f.meta["adopted"] != "2024-01-05" || f.meta["effective"] != "2024-02-01" {
		t.Errorf("adopted %v effective %v", f.meta["adopted"], f.meta["effective"])
	}
	if !strings.Contains(f.body, "\n| 河面垃圾 | 1日内 |\n") || !strings.Contains(f.body, "\n(二)区级负责实施;\n") {
		t.Errorf("body:\n%s", f.body)
	}
	if len(r.Warnings) != 0 {
		t.Errorf("warnings: %v", r.Warnings)
	}
}

func TestFormatNumber(t *testing.T) {
	for _, tc := range []struct {
		n      int
		format string
		want   string
	}{
		{1, "chineseCounting", "一"}, {10, "chineseCounting", "十"}, {11, "chineseCounting", "十一"},
		{20, "chineseCounting", "二十"}, {105, "chineseCountingThousand", "一百零五"}, {110, "chineseCounting", "一百一十"},
		{1001, "chineseCounting", "一千零一"}, {1260, "chineseCounting", "一千二百六十"}, {3, "chineseLegalSimplified", "叁"},
		{12, "decimal", "12"}, {7, "decimalZero", "07"}, {3, "decimalEnclosedCircle", "③"}, {2, "ideographTraditional", "乙"},
		{28, "upperLetter", "BB"}, {4, "lowerRoman", "iv"}, {14, "upperRoman", "XIV"}, {12, "decimalFullWidth", "１２"},
		{102, "ideographDigital", "一〇二"}, {5, "unknownFormat", "5"},
	} {
		if got := formatNumber(tc.n, tc.format); got != tc.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", tc.n, tc.format, got, tc.want)
		}
	}
}

func TestDOCXErrors(t *testing.T) {
	dir := t.TempDir()
	odt := filepath.Join(dir, "a.odt")
	writeZip(t, odt, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
	zipOnly := filepath.Join(dir, "b.docx")
	writeZip(t, zipOnly, map[string]string{"content.xml": "<x/>"})
	broken := filepath.Join(dir, "c.docx")
	parts := docxFixture()
	parts["word/document.xml"] = "<w:document><w:body><w:p>"
	writeZip(t, broken, parts)
	for path, want := range map[string]string{
		odt:     odt + ": an OpenDocument text (.odt), which import cannot read; convert it with `libreoffice --headless --convert-to docx " + odt + "`",
		zipOnly: zipOnly + ": a ZIP archive without word/document.xml, so no DOCX file",
		broken:  broken + ": word/document.xml: XML syntax error",
	} {
		_, err := Import(Options{Site: t.TempDir()}, path)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: err %v\nwant %s…", filepath.Base(path), err, want)
		}
	}
}

// TestNumberingCounters: two lists on one definition continue each other
// unless one restarts with w:startOverride; a deeper level starts again
// when a level above it advances; %1.%2 takes both counters.
func TestNumberingCounters(t *testing.T) {
	n := &numbering{
		abstract: map[string]map[int]*numLevel{"A": {
			0: {start: 1, format: "decimal", text: "%1.", suffix: "nothing"},
			1: {start: 1, format: "decimal", text: "%1.%2", suffix: "space"},
		}},
		lists: map[string]*numList{
			"1": {abstract: "A"},
			"2": {abstract: "A"},
			"3": {abstract: "A", starts: map[int]int{0: 1}},
		},
		counters: map[string]*[9]int{},
	}
	var got []string
	for _, p := range []docxPara{
		{numID: "1", level: "0"}, {numID: "1", level: "1"}, {numID: "1", level: "1"},
		{numID: "2", level: "0"}, {numID: "2", level: "1"},
		{numID: "3", level: "0"}, {numID: "1", level: "0"}, {numID: "0", level: "0"},
	} {
		got = append(got, n.label(&p))
	}
	want := []string{"1.", "1.1 ", "1.2 ", "2.", "2.1 ", "1.", "2.", ""}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("labels %q, want %q", got, want)
	}
}
