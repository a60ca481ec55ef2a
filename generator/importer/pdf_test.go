package importer

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"
)

// writePDF writes a PDF of the given pages, each a list of lines, by
// hand: one Type0 font with Identity-H encoding whose codes are the
// characters' UTF-16 units, and a ToUnicode map that says so, which is
// all pdftotext needs to give the text back. No font is embedded: the
// pages would not look right, but their text is exact.
func writePDF(t testing.TB, path string, pages [][]string) {
	t.Helper()
	var objs []string // objs[i] is object i+1
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	stream := func(dict, data string) string {
		return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
	}
	highs := map[uint16]bool{}
	for _, p := range pages {
		for _, l := range p {
			for _, u := range utf16.Encode([]rune(l)) {
				highs[u>>8] = true
			}
		}
	}
	var hs []int
	for h := range highs {
		hs = append(hs, int(h))
	}
	sort.Ints(hs)
	var cmap strings.Builder
	cmap.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	fmt.Fprintf(&cmap, "%d beginbfrange\n", len(hs))
	for _, h := range hs {
		fmt.Fprintf(&cmap, "<%02X00> <%02XFF> <%02X00>\n", h, h, h)
	}
	cmap.WriteString("endbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")

	catalog := add("<< /Type /Catalog /Pages 2 0 R >>")
	pagesObj := add("") // filled in below
	descriptor := add("<< /Type /FontDescriptor /FontName /MouMouSong /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>")
	cid := add(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MouMouSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /CIDToGIDMap /Identity >>", descriptor))
	toUnicode := add(stream("", cmap.String()))
	font := add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /MouMouSong /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", cid, toUnicode))
	var kids []string
	for _, p := range pages {
		var content strings.Builder
		for i, l := range p {
			fmt.Fprintf(&content, "BT /F1 10 Tf 50 %d Td <", 800-16*i)
			for _, u := range utf16.Encode([]rune(l)) {
				fmt.Fprintf(&content, "%04X", u)
			}
			content.WriteString("> Tj ET\n")
		}
		c := add(stream("", content.String()))
		pg := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>", pagesObj, font, c))
		kids = append(kids, fmt.Sprintf("%d 0 R", pg))
	}
	objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))

	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, catalog, xref)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// pdfPages is a fictional two-page notice with a page footer on each page
// and an article wrapped across the page break.
var pdfPages = [][]string{
	{
		"某某县河长制工作考核办法",
		"(2022年3月1日某某县人民政府办公室印发)",
		"第一条 为推动河长制工作落实,制定本办法。",
		"第二条 考核对象为各乡镇人民政府和县级河长制成员",
		"单位。",
		"第三条 考核内容包括:",
		"(一)河湖巡查情况;",
		"第 1 页 共 2 页",
	},
	{
		"(二)问题整改情况;",
		"(三)群众满意情况。",
		"第四条 本办法自2022年4月1日起施行。",
		"第 2 页 共 2 页",
	},
}

// needPDFToText skips a test when pdftotext is missing, except in CI,
// where the tests must be complete (make test's test-deps installs it).
func needPDFToText(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("pdftotext is missing; scripts/test-deps.sh installs Debian's %s", pdfPackage)
		}
		t.Skipf("pdftotext not installed (Debian package %s; `make test` installs it): PDF import not tested", pdfPackage)
	}
}

func TestImportPDF(t *testing.T) {
	needPDFToText(t)
	path := filepath.Join(t.TempDir(), "kaohe.pdf")
	writePDF(t, path, pdfPages)
	res, err := Import(Options{Site: t.TempDir()}, path)
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	if len(res) != 1 || r.Title != "某某县河长制工作考核办法" || r.Kind != KindRegulation || r.Counts.Articles != 4 || r.Counts.Items != 3 {
		t.Fatalf("%d documents; %s %q %+v", len(res), r.Kind, r.Title, r.Counts)
	}
	f := readContent(t, r.Path)
	if !strings.Contains(f.body, "第二条 考核对象为各乡镇人民政府和县级河长制成员单位。\n") {
		t.Errorf("the wrapped article is not joined:\n%s", f.body)
	}
	if strings.Contains(f.body, "页") {
		t.Errorf("page footers kept:\n%s", f.body)
	}
	if f.meta["effective"] != "2022-04-01" {
		t.Errorf("effective %v", f.meta["effective"])
	}
}

func TestPDFErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.pdf")
	writePDF(t, path, pdfPages)
	_, err := Import(Options{Site: t.TempDir(), PDFToText: "pdftotext-not-installed"}, path)
	want := path + ": reading a PDF needs pdftotext, which is not installed (pdftotext-not-installed not found); install Debian's poppler-utils package (apt-get install poppler-utils) and import again, or save the PDF as text"
	if err == nil || err.Error() != want {
		t.Errorf("missing pdftotext: %v\nwant %s", err, want)
	}

	needPDFToText(t)
	scan := filepath.Join(dir, "scan.pdf")
	writePDF(t, scan, [][]string{{}})
	if _, err := Import(Options{Site: t.TempDir()}, scan); err == nil || err.Error() != scan+": the PDF has no text, only images (a scan?); run OCR on it first (e.g. ocrmypdf), or type it, and import that" {
		t.Errorf("PDF without text: %v", err)
	}
	broken := filepath.Join(dir, "broken.pdf")
	os.WriteFile(broken, []byte("%PDF-1.4\nnothing else"), 0o644)
	if _, err := Import(Options{Site: t.TempDir()}, broken); err == nil || !strings.HasPrefix(err.Error(), broken+": ") {
		t.Errorf("broken PDF: %v", err)
	}
}
