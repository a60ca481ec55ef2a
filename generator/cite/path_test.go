package cite

import (
	"zeren/generator/clause"

	"strings"
	"testing"
)

func TestParsePath(t *testing.T) {
	tests := []struct {
		in   string
		want Path
		n    string // the text read
	}{
		{"第六条", Path{Article: 6}, "第六条"},
		{"第六条规定", Path{Article: 6}, "第六条"},
		{"第十四条之一", Path{Article: 14, ArticleSub: 1}, "第十四条之一"},
		{"第十四条之规定", Path{Article: 14}, "第十四条"},
		{"第6条", Path{Article: 6}, "第6条"},
		{"第 42 条明确", Path{Article: 42}, "第 42 条"},
		{"第１２条", Path{Article: 12}, "第１２条"},
		{"第一百零三条", Path{Article: 103}, "第一百零三条"},
		{"第二条第二款", Path{Article: 2, Para: 2}, "第二条第二款"},
		{"第六条第(一)项", Path{Article: 6, Item: 1}, "第六条第(一)项"},
		{"第六条第（一）项", Path{Article: 6, Item: 1}, "第六条第（一）项"},
		{"第六条(一)项", Path{Article: 6, Item: 1}, "第六条(一)项"},
		{"第六条第一款第(三)项", Path{Article: 6, Para: 1, Item: 3}, "第六条第一款第(三)项"},
		{"第二条第二款第三项的", Path{Article: 2, Para: 2, Item: 3}, "第二条第二款第三项"},
		{"第七条第二款第(二)项第1目", Path{Article: 7, Para: 2, Item: 2, Point: 1}, "第七条第二款第(二)项第1目"},
		{"第(三)项", Path{Item: 3}, "第(三)项"},
		{"(三)项", Path{Item: 3}, "(三)项"},
		{"第二款", Path{Para: 2}, "第二款"},
		{"第一款第三条", Path{Para: 1}, "第一款"},
		{"第两条", Path{Article: 2}, "第两条"},
		{"第二十条之一第二款", Path{Article: 20, ArticleSub: 1, Para: 2}, "第二十条之一第二款"},
	}
	for _, tt := range tests {
		got, n, ok := ParsePath(tt.in)
		if !ok || got != tt.want || tt.in[:n] != tt.n {
			t.Errorf("ParsePath(%q) = %+v, %q, %v; want %+v, %q", tt.in, got, tt.in[:n], ok, tt.want, tt.n)
		}
	}
	for _, in := range []string{"", "第", "第一", "第一章", "第2021年", "第(一)条", "((一))项", "第零条", "(一)", "一条", "第十十条", "第六", "第一百万条"} {
		if got, n, ok := ParsePath(in); ok {
			t.Errorf("ParsePath(%q) = %+v, %d, true; want false", in, got, n)
		}
	}
}

func TestPathEIDs(t *testing.T) {
	tests := []struct {
		p    Path
		want string
	}{
		{Path{Article: 6}, "art_6"},
		{Path{Article: 14, ArticleSub: 1}, "art_14_1"},
		{Path{Article: 14, Para: 2}, "art_14__para_2"},
		{Path{Article: 6, Para: 1}, "art_6__para_1 art_6"},
		{Path{Article: 6, Item: 1}, "art_6__item_1 art_6__para_1__item_1"},
		{Path{Article: 6, Para: 1, Item: 3}, "art_6__para_1__item_3 art_6__item_3"},
		{Path{Article: 6, Para: 2, Item: 3}, "art_6__para_2__item_3"},
		{Path{Article: 7, Para: 2, Item: 2, Point: 1}, "art_7__para_2__item_2__point_1"},
		{Path{Article: 6, Item: 1, Point: 2}, "art_6__item_1__point_2 art_6__para_1__item_1__point_2"},
		{Path{Article: 14, ArticleSub: 1, Para: 2, Item: 1}, "art_14_1__para_2__item_1"},
		{Path{Para: 2}, ""},
		{Path{}, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(tt.p.EIDs(), " "); got != tt.want {
			t.Errorf("%+v.EIDs() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestPathString(t *testing.T) {
	tests := []struct {
		p    Path
		want string
	}{
		{Path{Article: 6, Para: 1, Item: 1}, "第六条第一款第（一）项"},
		{Path{Article: 14, ArticleSub: 1}, "第十四条之一"},
		{Path{Article: 103}, "第一百零三条"},
		{Path{Article: 110}, "第一百一十条"},
		{Path{Article: 1010}, "第一千零一十条"},
		{Path{Article: 10, Para: 2}, "第十条第二款"},
		{Path{Article: 7, Para: 2, Item: 2, Point: 1}, "第七条第二款第（二）项第1目"},
		{Path{Item: 3}, "第（三）项"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

// TestPathRoundTrip checks that what String writes ParsePath reads back.
func TestPathRoundTrip(t *testing.T) {
	for n := 1; n <= 1200; n++ {
		for _, p := range []Path{{Article: n}, {Article: n, ArticleSub: n % 5, Para: n % 7, Item: n % 13, Point: n % 3}} {
			s := p.String()
			got, k, ok := ParsePath(s)
			if !ok || k != len(s) || got != p {
				t.Fatalf("ParsePath(%q) = %+v, %d, %v; want %+v", s, got, k, ok, p)
			}
		}
	}
	if a, b := clause.FormatNumeral(0), clause.FormatNumeral(10000); a != "0" || b != "10000" {
		t.Errorf("FormatNumeral(0), FormatNumeral(10000) = %q, %q; want Arabic digits", a, b)
	}
}
