package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadInputs: each file that cannot be imported gets a message that
// names it and says what to do.
func TestBadInputs(t *testing.T) {
	ole := "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + strings.Repeat("\x00", 64)
	gb := string(gb18030(t, "某某市河道管理办法\n第一条 为加强河道管理,制定本办法。\n"))
	for _, tc := range []struct {
		name, data string
		want       string // the message after "DIR/"
	}{
		{"old.doc", ole, "old.doc: a legacy Word file (.doc), which import cannot read; convert it to DOCX with `libreoffice --headless --convert-to docx DIR/old.doc` (or save it as .docx in Word or WPS) and import the .docx"},
		{"old.wps", ole, "old.wps: a WPS file (.wps), which import cannot read; convert it to DOCX with `libreoffice --headless --convert-to docx DIR/old.wps` (or save it as .docx in Word or WPS) and import the .docx"},
		{"named.txt", ole, "named.txt: an old binary Word, WPS or RTF file, which import cannot read; convert it to DOCX with `libreoffice --headless --convert-to docx DIR/named.txt` (or save it as .docx in Word or WPS) and import the .docx"},
		{"letter.rtf", `{\rtf1\ansi 某某}`, "letter.rtf: an RTF file, which import cannot read; convert it to DOCX with `libreoffice --headless --convert-to docx DIR/letter.rtf` (or save it as .docx in Word or WPS) and import the .docx"},
		{"text.doc", "第一条 某某。", "text.doc: a legacy Word file (.doc), which import cannot read; convert it to DOCX with `libreoffice --headless --convert-to docx DIR/text.doc` (or save it as .docx in Word or WPS) and import the .docx"},
		{"empty.txt", "", "empty.txt: the file is empty (0 bytes); nothing to import"},
		{"blank.txt", " \n\r\n\t\n", "blank.txt: the file holds only spaces and blank lines; nothing to import"},
		{"spaces.txt", "\u3000\n\u3000\n", "spaces.txt: the file holds only spaces and blank lines; nothing to import"},
		{"bom.txt", "\xEF\xBB\xBF\u200B\n", "bom.txt: no text in the file; nothing to import"},
		{"gb.txt", gb[:19] + "\xff" + gb[19:], "gb.txt: cannot decode byte 0xFF at offset 19 as UTF-8 or GB18030; the file is damaged or in another encoding: look at line 2, or find the encoding with `file -i DIR/gb.txt` and convert with `iconv -f ENCODING -t UTF-8 DIR/gb.txt > converted.txt`, then import that"},
		{"law.md", "# 某某条例\n\n2020年1月1日 某某市人民代表大会常务委员会通过\n\n<!-- INFO END -->\n", "law.md: no text after the header (<!-- INFO END -->); nothing to import"},
	} {
		dir := t.TempDir()
		path := filepath.Join(dir, tc.name)
		if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Import(Options{Site: t.TempDir()}, path)
		want := dir + "/" + strings.ReplaceAll(tc.want, "DIR/", dir+"/")
		if err == nil || err.Error() != want {
			t.Errorf("%s: err = %v\nwant %s", tc.name, err, want)
		}
	}
}

// TestKeepGoing: with KeepGoing the readable files are imported and the
// error names the others; without it nothing is written.
func TestKeepGoing(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("某某县河湖管护办法\n第一条 某某。\n第二条 某某。\n第三条 某某。\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.doc"), []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.json"), []byte("{}"), 0o644) // not importable: left alone
	site := t.TempDir()
	if res, err := Import(Options{Site: site}, dir); err == nil || len(res) != 0 {
		t.Fatalf("without KeepGoing: %d results, err %v", len(res), err)
	}
	if files := snapshot(t, site); len(files) != 0 {
		t.Fatalf("without KeepGoing %d files written", len(files))
	}
	res, err := Import(Options{Site: site, KeepGoing: true}, dir)
	if err == nil || !strings.Contains(err.Error(), "b.doc: a legacy Word file") || len(res) != 1 || !res[0].Written {
		t.Fatalf("with KeepGoing: %+v, %v", res, err)
	}
}

// TestInputFiles: a folder is walked in path order, hidden files and
// folders and unknown extensions are left out, and a file found in a
// folder is named by its path below it.
func TestInputFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b/2.md", "b/1.docx", "a.txt", ".hidden/x.txt", ".x.txt", "c/readme.json", "c/d/page.HTML"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	files, err := inputFiles([]string{dir, filepath.Join(dir, "b", "2.md")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.source)
	}
	if strings.Join(got, " ") != "a.txt b/1.docx b/2.md c/d/page.HTML 2.md" {
		t.Errorf("sources %q", got)
	}
	if _, err := inputFiles([]string{filepath.Join(dir, "c", "d", "..", "..", ".hidden")}); err != nil {
		t.Errorf("a hidden folder named directly: %v", err)
	}
	empty := t.TempDir()
	if _, err := inputFiles([]string{empty}); err == nil || !strings.Contains(err.Error(), "no files to import in this folder") {
		t.Errorf("empty folder: %v", err)
	}
}
