package search

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestFrequentWords(t *testing.T) {
	texts := []string{
		"依照中华人民共和国有关法律，县级人民政府第十四条规定ABC人民政府",
		"中华人民共和国和县级人民政府；第十四条ABC",
		"《中华人民共和国》县级人民政府，第十四条。ABC",
		"中华人民共和国县级人民政府第十四条ABC，人民政府",
		"人民政府与中华人民共和国",
		"人民政府",
	}
	units := make([]Unit, len(texts))
	bigrams := map[string]int{}
	for i, s := range texts {
		units[i].Text = s
		seen := map[string]bool{}
		r := []rune(s)
		for j := 0; j+1 < len(r); j++ {
			if b := string(r[j : j+2]); !seen[b] {
				seen[b] = true
				bigrams[b]++
			}
		}
	}
	got := frequentWords(units, bigrams, 4, 10)
	want := []string{"人民政府", "中华人民共和国", "县级人民政府"}
	if !slices.Equal(got, want) {
		t.Errorf("words in 4 units or more: %q, want %q", got, want)
	}
	for _, w := range got {
		if n := utf8.RuneCountInString(w); n < 3 || n > MaxWordChars {
			t.Errorf("%q: %d characters", w, n)
		}
	}
	if got := frequentWords(units, bigrams, 4, 2); !slices.Equal(got, want[:2]) {
		t.Errorf("the 2 most common words: %q, want %q", got, want[:2])
	}
	if got := frequentWords(units, bigrams, 7, 10); len(got) != 0 {
		t.Errorf("words in 7 units of 6: %q", got)
	}
}
