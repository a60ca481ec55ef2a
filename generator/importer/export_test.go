package importer

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// WriteFormatFixtures writes one fictional file of every input format
// into dir, for the round trip in roundtrip_test.go (package
// importer_test, which builds the site with zeren/generator). It returns
// whether the PDF could be included (pdftotext installed).
func WriteFormatFixtures(t *testing.T, dir string) (pdf bool) {
	t.Helper()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeZip(t, filepath.Join(dir, "hehu.docx"), docxFixture())
	write("baojie.htm", gb18030(t, savedPage))
	write("某某市河湖保护条例(2019-12-05).md", []byte(lawDialect))
	write("qingdan.txt", gb18030(t, responsibilityList))
	write("baogao.txt", utf16Bytes(report, false))
	if _, err := exec.LookPath("pdftotext"); err == nil {
		writePDF(t, filepath.Join(dir, "kaohe.pdf"), pdfPages)
		return true
	}
	return false
}

// responsibilityList is a fictional list of duties with frequencies.
const responsibilityList = `某某镇河长责任清单
一、巡查责任
1.每月巡河不少于1次。
2.每季度召开1次河长会议。
二、整改责任
3.发现问题及时交办。
4.每半年报告1次整改情况。
5.每年至少督办2次。
`

// report is a fictional report: prose with 一、 headings.
const report = `某某县二〇二三年河湖管护工作总结
今年以来,某某县认真落实河长制各项任务,河湖面貌持续改善。
一、主要做法
全县共开展巡河三千余次,整改问题一百余个。
二、下一步打算
继续压实各级河长责任。
`
