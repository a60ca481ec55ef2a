package importer

import (
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func gb18030(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecode(t *testing.T) {
	const text = "某某市河道管理办法\n第一条 为加强河道管理,制定本办法。€𠀋\n"
	for _, tc := range []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf-8", []byte(text), encUTF8},
		{"utf-8 bom crlf", []byte("\xEF\xBB\xBF" + strings.ReplaceAll(text, "\n", "\r\n")), encUTF8},
		{"utf-16le", utf16Bytes(text, false), encUTF16LE},
		{"utf-16be", utf16Bytes(strings.ReplaceAll(text, "\n", "\r\n"), true), encUTF16BE},
		{"gb18030", gb18030(t, text), encGB18030},
		{"gbk subset", gb18030(t, "第一条 某某。\n"), encGB18030},
	} {
		got, enc, err := decode("a.txt", tc.data)
		want := text
		if tc.name == "gbk subset" {
			want = "第一条 某某。\n"
		}
		if err != nil || got != want || enc != tc.enc {
			t.Errorf("%s: decode = %q, %s, %v; want %q, %s", tc.name, got, enc, err, want, tc.enc)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	good := gb18030(t, "某某市河道管理办法\n第一条 为加强河道管理,制定本办法。\n")
	// Line 1 is nine characters (18 bytes) and \n; the 0xFF goes before 第.
	broken := append(append(append([]byte{}, good[:19]...), 0xFF), good[19:]...)
	damagedUTF8 := []byte("第一条 某某市河道管理办法第二条 某某市河道管理办法\n\xff第三条 某某。")
	for _, tc := range []struct {
		name string
		data []byte
		want string // the whole message or its start
	}{
		{"gb18030 with a bad byte", broken, "a.txt: cannot decode byte 0xFF at offset 19 as UTF-8 or GB18030; the file is damaged or in another encoding: look at line 2, or find the encoding with `file -i a.txt` and convert with `iconv -f ENCODING -t UTF-8 a.txt > converted.txt`, then import that"},
		{"gb18030 cut short", good[:len(good)-2], "a.txt: cannot decode byte 0xA1 at offset "},
		{"damaged utf-8", damagedUTF8, "a.txt: cannot decode byte 0xFF at offset 75 as UTF-8 or GB18030 (it is mostly UTF-8, so the byte is probably damaged); "},
		{"bom then bad utf-8", []byte("\xEF\xBB\xBF第一条\xff"), "a.txt: cannot decode byte 0xFF at offset 12 as UTF-8 (the file starts with a UTF-8 byte order mark)"},
		{"odd utf-16", []byte{0xFF, 0xFE, 0x2C, 0x7B, 0x00}, "a.txt: UTF-16 text with an odd number of bytes (5)"},
		{"lone surrogate", []byte{0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00}, "a.txt: unpaired UTF-16 surrogate 0xD800 at offset 2"},
		{"nul", []byte("ok\nok\x00"), "a.txt:2: NUL character"},
	} {
		_, _, err := decode("a.txt", tc.data)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: err = %v\nwant %s", tc.name, err, tc.want)
		}
	}
}

func TestLooksLikeUTF8(t *testing.T) {
	gb := gb18030(t, strings.Repeat("第一条 为加强河道管理,根据有关规定,结合本市实际,制定本办法。\n", 20))
	if looksLikeUTF8(gb) {
		t.Error("GB18030 text taken for damaged UTF-8")
	}
	if !looksLikeUTF8([]byte("第一条 为加强河道管理,制定本办法。\xff")) {
		t.Error("UTF-8 with one bad byte not taken for UTF-8")
	}
}
