package importer

import (
	"regexp"
	"strings"
)

// A 发文字号 is an issuer code, the year in brackets and a serial number:
// 穗办〔2009〕6号, 中办发[2009]25号, 鲁办发(2010)2号, 潍教字〔2011〕34号.
// Only a number standing in a document's header is its own; numbers cited
// in sentences belong to other documents, so callers look for a line that
// holds a number and little else.

var reDocNumber = regexp.MustCompile(`(\p{Han}{1,8})\s*[〔\[［(（【]\s*((?:19|20)\d{2})\s*[〕\]］)）】]\s*(第?)\s*(\d{1,5})\s*号`)

// citeWords may precede a number cited in a sentence; they are no part of
// the issuer code.
var citeWords = regexp.MustCompile(`^(?:根据|依据|按照|依照|参照|见|和|及|与|的|等)+`)

// findDocNumber returns the first document number in s, written the
// standard way (GB/T 9704 brackets 〔〕), and s without it.
func findDocNumber(s string) (num, rest string, ok bool) {
	m := reDocNumber.FindStringSubmatchIndex(s)
	if m == nil {
		return "", s, false
	}
	sm := submatches(s, m)
	code := citeWords.ReplaceAllString(sm[1], "")
	if code == "" {
		return "", s, false
	}
	return code + "〔" + sm[2] + "〕" + sm[3] + sm[4] + "号", s[:m[0]] + s[m[1]:], true
}

// headerNoise is what may stand beside a number on its header line: the
// red-header word 文件, labels, brackets, and scraps of a broken layout.
var headerNoise = strings.NewReplacer("【发布文号】", "", "发文字号", "", "文号", "", "文件", "", "(", "", ")", "", "（", "", "）", "", ":", "", "：", "")

// docNumberLine returns the number if s is a header line holding one
// (穗办〔2009〕6号, (穗办〔2009〕6号), 文件 障局 潍教字〔2011〕34号).
func docNumberLine(s string) (string, bool) {
	num, rest, ok := findDocNumber(s)
	if !ok || runeLen(headerNoise.Replace(compact(rest))) > 4 {
		return "", false
	}
	return num, true
}
