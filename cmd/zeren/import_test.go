package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A fictional regulation with the faults --report looks for: 第四条
// missing, two 第六条, items out of order, text between a chapter
// heading and its first article, and a line of site furniture.
const faultyText = `某某县河湖巡查规定
第一章 总则
本章规定巡查的一般要求。
第一条 为规范河湖巡查,制定本规定。
第二条 巡查分为:
(一)日常巡查;
(三)专项巡查;
(二)联合巡查。
第三条 乡镇负责本辖区巡查。
第五条 巡查发现问题应当及时处理。
第六条 巡查记录保存三年。
第六条 巡查人员应当佩戴标识。
第七条 本规定自2024年1月1日起施行。
责任编辑:某某
`

func TestImportReport(t *testing.T) {
	dir := writeSite(t, map[string]string{"faulty.txt": faultyText, "ok.txt": "某某县河湖保洁规定\n第一条 某某。\n第二条 某某。\n第三条 某某。\n"})
	faulty, ok := filepath.Join(dir, "faulty.txt"), filepath.Join(dir, "ok.txt")
	code, out, errOut := runCmd("import", "--report", faulty, ok)
	if code != 0 || errOut != "" {
		t.Fatalf("--report: exit %d, stderr %q", code, errOut)
	}
	flat := strings.Join(strings.Fields(out), " ") // columns are padded
	for _, want := range []string{
		"faulty.txt → regulation 某某县河湖巡查规定 (1 chapter, 7 articles, 3 items)",
		"3 unplaced text outside any article: \"本章规定巡查的一般要求。\"",
		"7 item gap (一) 之后是(三),缺少(二)",
		"8 item order (三) 之后是(二),编号倒退(numbering goes back)",
		"10 article gap 第三条 之后是第五条,缺少第四条",
		"12 article repeat 第六条 重复(repeated number)",
		"14 boilerplate \"责任编辑:某某\" looks like site boilerplate (责任编辑:)",
		"2 files, 2 documents: 1 without findings, 1 with 6 findings",
		"findings by kind: 1 article gap, 1 article repeat, 1 boilerplate, 1 item gap, 1 item order, 1 unplaced",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "ok.txt →") {
		t.Errorf("a document without findings is listed without --verbose:\n%s", out)
	}
	if files := dirFiles(t, dir); len(files) != 2 {
		t.Errorf("--report wrote files: %v", files)
	}
	if code, _, _ := runCmd("import", "--report", "--strict", faulty); code != 1 {
		t.Errorf("--report --strict with findings: exit %d, want 1", code)
	}
	if code, _, _ := runCmd("import", "--report", "--strict", ok); code != 0 {
		t.Errorf("--report --strict without findings: exit %d, want 0", code)
	}
	if code, _, errOut := runCmd("import", "--strict", ok); code != 2 || !strings.Contains(errOut, "--strict goes with --report") {
		t.Errorf("--strict alone: exit %d, %q", code, errOut)
	}
	missing := filepath.Join(dir, "missing.docx")
	if code, _, errOut := runCmd("import", "--report", ok, missing); code != 1 || !strings.Contains(errOut, "missing.docx") {
		t.Errorf("--report with a missing file: exit %d, %q", code, errOut)
	}
}

func dirFiles(t *testing.T, dir string) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	return matches
}
