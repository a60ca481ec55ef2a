package importer

import (
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	got, err := decode("a.txt", []byte("\xEF\xBB\xBF第一条 某某。\r\n第二条 某某。\r"))
	if err != nil || got != "第一条 某某。\n第二条 某某。\n" {
		t.Errorf("decode = %q, %v", got, err)
	}
	for _, tc := range []struct {
		data  string
		parts []string
	}{
		// 中文 in GB18030 after one valid line: the first bad byte is at 3.
		{"ab\n\xd6\xd0\xce\xc4", []string{"a.txt:2:", "not UTF-8 at byte 3", "iconv -f GB18030 -t UTF-8 a.txt"}},
		{"第一条\xff", []string{"a.txt:1:", "not UTF-8 at byte 9"}},
		{"PK\x03\x04rest", []string{"a.txt:", "DOCX"}},
		{"ok\x00", []string{"a.txt:1:", "NUL"}},
	} {
		_, err := decode("a.txt", []byte(tc.data))
		if err == nil {
			t.Errorf("decode(%q): no error", tc.data)
			continue
		}
		for _, p := range tc.parts {
			if !strings.Contains(err.Error(), p) {
				t.Errorf("decode(%q): %q lacks %q", tc.data, err, p)
			}
		}
	}
}
