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

func TestOverlapping(t *testing.T) {
	for _, c := range []struct {
		text, sub string
		want      int
	}{{"哈哈哈", "哈哈", 2}, {"人民政府和人民", "人民", 2}, {"人民", "政府", 0}, {"aaaa", "aa", 3}} {
		if got := overlapping(c.text, c.sub); got != c.want {
			t.Errorf("overlapping(%q, %q) = %d, want %d", c.text, c.sub, got, c.want)
		}
	}
}

// A word's list holds the units whose text holds it, in order, each
// with its length and the frequency of each cover bigram (人民, 政府
// for 人民政府).
func TestWordLists(t *testing.T) {
	units := []Unit{{Text: "人民政府"}, {Text: "无关"}, {Text: "人民政府，人民"}, {Text: "人民、政府"}}
	words := []*termPostings{{key: "w人民政府"}}
	setWordLists(words, units, []int32{3, 1, 5, 2})
	// unit 0: length 3, 人民 1, 政府 1; unit 2 (2 after 0): length 5, 人民 2, 政府 1.
	if want := []byte{0, 3, 1, 1, 2, 5, 2, 1}; words[0].df != 2 || !slices.Equal(words[0].list, want) {
		t.Errorf("人民政府: %d units, list %v; want 2, %v", words[0].df, words[0].list, want)
	}
}
