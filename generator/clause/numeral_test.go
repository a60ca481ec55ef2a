package clause

import "testing"

func TestParseNumeral(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"一", 1, true},
		{"十", 10, true},
		{"十一", 11, true},
		{"二十", 20, true},
		{"二十三", 23, true},
		{"九十九", 99, true},
		{"一百", 100, true},
		{"一百零三", 103, true},
		{"一百一十", 110, true},
		{"一百一十二", 112, true},
		{"一百一", 110, true}, // colloquial
		{"一千零一十", 1010, true},
		{"两百", 200, true},
		{"九千九百九十九", 9999, true},
		{"两", 2, true},
		{"〇", 0, true},
		{"零", 0, true},
		{"一〇三", 103, true},
		{"二〇二一", 2021, true},
		{"二○○九", 2009, true}, // ○ U+25CB as scraped
		{"壹拾贰", 12, true},
		{"叁", 3, true},
		{"12", 12, true},
		{"１２", 12, true},
		{"0", 0, true},
		{"", 0, false},
		{"百", 0, false},
		{"十十", 0, false},
		{"一二十", 0, false},
		{"二十零", 0, false},
		{"零十", 0, false},
		{"一百零零一", 0, false},
		{"一万", 0, false},
		{"1百", 0, false},
		{"1二", 0, false},
		{"两两", 0, false},
		{" 12", 0, false},
		{"12a", 0, false},
		{"l", 0, false},
		{"1234567890", 0, false}, // too long to be a clause number
	}
	for _, tt := range tests {
		got, ok := ParseNumeral(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseNumeral(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestChineseNumeralRoundTrip checks that every number the problem
// messages write reads back as itself.
func TestChineseNumeralRoundTrip(t *testing.T) {
	for n := 1; n <= 9999; n++ {
		s := FormatNumeral(n)
		if got, ok := ParseNumeral(s); !ok || got != n {
			t.Fatalf("ParseNumeral(FormatNumeral(%d) = %q) = %d, %v", n, s, got, ok)
		}
	}
	for n, want := range map[int]string{10: "十", 11: "十一", 103: "一百零三", 110: "一百一十", 1010: "一千零一十", 0: "0", 10000: "10000"} {
		if got := FormatNumeral(n); got != want {
			t.Errorf("FormatNumeral(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestFormatNumeral(t *testing.T) {
	for n, want := range map[int]string{1: "一", 10: "十", 11: "十一", 20: "二十", 21: "二十一", 99: "九十九", 100: "一百", 103: "一百零三", 110: "一百一十", 1001: "一千零一", 2021: "二千零二十一", 0: "0"} {
		if got := FormatNumeral(n); got != want {
			t.Errorf("FormatNumeral(%d) = %q, want %q", n, got, want)
		}
		if n > 0 {
			if back, ok := ParseNumeral(FormatNumeral(n)); !ok || back != n {
				t.Errorf("ParseNumeral(FormatNumeral(%d)) = %d, %v", n, back, ok)
			}
		}
	}
}
