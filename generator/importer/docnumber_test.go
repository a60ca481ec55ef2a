package importer

import "testing"

func TestDocNumberLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"穗办〔2009〕6号", "穗办〔2009〕6号"},
		{"(穗办〔2009〕6号)", "穗办〔2009〕6号"},
		{"中办发[2009]25号", "中办发〔2009〕25号"},
		{"鲁办发(2010)2号", "鲁办发〔2010〕2号"},
		{"哈办发〔2011〕14号", "哈办发〔2011〕14号"},
		{"文件 障局 潍教字〔2011〕34号", "潍教字〔2011〕34号"},
		{"某政办发〔2020〕第3号", "某政办发〔2020〕第3号"},
		{"发文字号:某委发〔2019〕12号", "某委发〔2019〕12号"},
		// Not a header line with a number of its own.
		{"根据《某某河道管理规定》(某办发[2009]25号)等规定,制定本细则。", ""},
		{"〔〕决字第号", ""},
		{"教育部令第23号", ""},
		{"(2011年7月22日)", ""},
		{"某某〔2009〕", ""},
		{"2009年25号", ""},
	} {
		got, ok := docNumberLine(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("docNumberLine(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestFindDocNumberInSentence(t *testing.T) {
	got, _, ok := findDocNumber("根据中办发〔2004〕25号文件精神")
	if !ok || got != "中办发〔2004〕25号" {
		t.Errorf("findDocNumber = %q, %v", got, ok)
	}
}
