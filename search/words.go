package search

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Stored word answers. A one-term query of three characters or more is a
// phrase of bigrams; when it is common, the client needs rounds of
// requests for it (the heads or the postings of its bigrams, then the
// text of its hits), where a one-term query of two characters reads its
// dictionary bucket and nothing else. So the export finds the common
// words of the corpus, runs Bleve's query of each, and stores the answer
// and its first page, keyed "w" and the word in dictionary buckets of
// their own (w/<bucket>.bin), which the client reads in its first round.
//
// A word is a run of 3 to MaxWordChars Han characters that at least
// ExportOptions.WordUnits units contain, other than an article number
// (those have answers of their own), found level by level: a word of k
// characters is common only if both its words of k-1 characters are. A
// word is left out when one character more in front or behind leaves
// nine in ten of its units: 华人民共 is in little else than
// 中华人民共和国, so only the longer word is stored.
const MaxWordChars = 12

// wordShare: a word whose longer word keeps this share of its units is
// not stored.
const wordShare = 0.9

// frequentWords finds the common words of units, most common first (ties
// in string order), at most limit; bigrams are the text field's terms
// with their document frequencies.
func frequentWords(units []Unit, bigrams map[string]int, least, limit int) []string {
	if limit <= 0 || least <= 0 {
		return nil
	}
	workers := runtime.GOMAXPROCS(0)
	// starts[u] are the byte offsets in unit u's text where a common
	// word of the current length starts.
	starts := make([][]int32, len(units))
	// shares runs f on every core, each on its part of the units.
	shares := func(f func(part, from, to int)) {
		var wg sync.WaitGroup
		step := (len(units) + workers - 1) / workers
		for part := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				f(part, min(part*step, len(units)), min((part+1)*step, len(units)))
			}()
		}
		wg.Wait()
	}
	shares(func(_, from, to int) {
		for u := from; u < to; u++ {
			text := units[u].Text
			var st []int32
			for i := 0; i < len(text); {
				r, w := utf8.DecodeRuneInString(text[i:])
				if unicode.Is(unicode.Han, r) {
					r2, w2 := utf8.DecodeRuneInString(text[i+w:])
					if unicode.Is(unicode.Han, r2) && bigrams[text[i:i+w+w2]] >= least {
						st = append(st, int32(i))
					}
				}
				i += w
			}
			starts[u] = st
		}
	})
	type count struct{ n, last int } // units holding a word, the last one
	df := map[string]int{}
	for k := 3; k <= MaxWordChars; k++ {
		counts := make([]map[string]count, workers)
		shares(func(part, from, to int) {
			c := map[string]count{}
			for u := from; u < to; u++ {
				text := units[u].Text
				longer(text, starts[u], func(at int32) {
					g := wordAt(text, at, k)
					if x, ok := c[g]; !ok || x.last != u {
						c[g] = count{x.n + 1, u}
					}
				})
			}
			counts[part] = c
		})
		level := map[string]int{}
		for _, c := range counts {
			for g, x := range c {
				level[g] += x.n
			}
		}
		for g, n := range level {
			if n < least {
				delete(level, g)
			}
		}
		if len(level) == 0 {
			break
		}
		for g, n := range level {
			df[g] = n
		}
		shares(func(_, from, to int) {
			for u := from; u < to; u++ {
				text, st := units[u].Text, starts[u]
				next := st[:0]
				longer(text, st, func(at int32) {
					if level[wordAt(text, at, k)] > 0 {
						next = append(next, at)
					}
				})
				starts[u] = next
			}
		})
	}
	// A word whose longer word keeps most of its units is left out.
	inside := map[string]bool{}
	for g, n := range df {
		_, first := utf8.DecodeRuneInString(g)
		_, last := utf8.DecodeLastRuneInString(g)
		for _, sub := range []string{g[first:], g[:len(g)-last]} {
			if d, ok := df[sub]; ok && float64(n) >= wordShare*float64(d) {
				inside[sub] = true
			}
		}
	}
	var words []string
	for g := range df {
		if !inside[g] && !articleNumber.MatchString(g) {
			words = append(words, g)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if df[words[i]] != df[words[j]] {
			return df[words[i]] > df[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > limit {
		words = words[:limit]
	}
	return words
}

// longer calls f at each start in st (of words of one length, in order)
// that the start of the next character follows: where a word one
// character longer starts whose two shorter words are both in st.
func longer(text string, st []int32, f func(at int32)) {
	for j := 0; j+1 < len(st); j++ {
		_, size := utf8.DecodeRuneInString(text[st[j]:])
		if st[j+1] == st[j]+int32(size) {
			f(st[j])
		}
	}
}

// wordAt is the word of k characters at byte offset at of text.
func wordAt(text string, at int32, k int) string {
	end := int(at)
	for range k {
		_, w := utf8.DecodeRuneInString(text[end:])
		end += w
	}
	return text[at:end]
}

// wordAnswers runs Bleve's query of each word on every core: its total
// and its first TopPostings units with their scores, as the query of the
// word alone ranks them.
func (ix *Index) wordAnswers(words []string) ([]*termPostings, error) {
	out := make([]*termPostings, len(words))
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(words); i += workers {
				a, err := ix.answer(words[i], nil)
				if err != nil {
					errs[w] = fmt.Errorf("answering %s: %w", words[i], err)
					return
				}
				out[i] = &termPostings{key: string(tagWord) + words[i], df: a.total, answer: a}
			}
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// answer is Bleve's answer to the query of word alone: its total and
// its first TopPostings units; nums are the article numbers among them.
func (ix *Index) answer(word string, nums []string) (*answer, error) {
	total, hits, _, err := ix.literal(context.Background(), Request{Limit: TopPostings},
		literalQuery(planTerms([]string{word})), nil, nums)
	if err != nil {
		return nil, err
	}
	a := &answer{total: total}
	for _, h := range hits {
		u, err := unitOrdinal(h.ID)
		if err != nil {
			return nil, fmt.Errorf("unit id %q: %w", h.ID, err)
		}
		a.units = append(a.units, u)
		a.scores = append(a.scores, h.Score)
	}
	return a, nil
}

// setWordLists gives each word its list: the units holding it, in unit
// order, each with its field length and the frequency there of each of
// the word's cover bigrams (the tokens its query scores, in the order of
// their places in the word), so that a query of several terms finds and
// scores its candidates from these lists exactly as from postings,
// without its bigrams' postings or positions. A unit holds a word where
// its text does; a word whose count of units is not Bleve's total keeps
// no list (the client then reads postings).
func setWordLists(words []*termPostings, units []Unit, lengths []int32) {
	if len(words) == 0 {
		return
	}
	index := map[string]int{}   // word → its place in words
	prefix := map[string]bool{} // the words' beginnings of 2 characters or more
	for i, t := range words {
		w := t.key[1:]
		index[w] = i
		for at, n := 0, 0; at < len(w); n++ {
			_, size := utf8.DecodeRuneInString(w[at:])
			at += size
			if n >= 1 && at < len(w) {
				prefix[w[:at]] = true
			}
		}
	}
	covers := make([][]string, len(words))
	for i, t := range words {
		for _, tok := range planTerms([]string{t.key[1:]})[0].phrase {
			if tok != "" {
				covers[i] = append(covers[i], tok)
			}
		}
	}
	// Each core lists the words in its part of the units; the parts'
	// lists are then joined in unit order.
	type part struct {
		lists              [][]byte // each word's list in the part
		first, last, count []int    // its first and last unit there, its units
	}
	workers := runtime.GOMAXPROCS(0)
	step := (len(units) + workers - 1) / workers
	parts := make([]part, workers)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pt := part{make([][]byte, len(words)), make([]int, len(words)), make([]int, len(words)), make([]int, len(words))}
			var held []int
			for u := min(p*step, len(units)); u < min((p+1)*step, len(units)); u++ {
				text := units[u].Text
				held = held[:0]
				for i := 0; i < len(text); {
					r, size := utf8.DecodeRuneInString(text[i:])
					if unicode.Is(unicode.Han, r) {
						for end := i + size; end < len(text); {
							r2, s2 := utf8.DecodeRuneInString(text[end:])
							if !unicode.Is(unicode.Han, r2) {
								break
							}
							end += s2
							g := text[i:end]
							if w, ok := index[g]; ok && !slices.Contains(held, w) {
								held = append(held, w)
							}
							if !prefix[g] {
								break
							}
						}
					}
					i += size
				}
				for _, w := range held {
					// A part's list starts with its first unit's length;
					// the distance from the unit before is put in front
					// of it when the parts are joined.
					b := pt.lists[w]
					if pt.count[w] == 0 {
						pt.first[w] = u
					} else {
						b = binary.AppendUvarint(b, uint64(u-pt.last[w]))
					}
					b = binary.AppendUvarint(b, uint64(lengths[u]))
					for _, tok := range covers[w] {
						b = binary.AppendUvarint(b, uint64(overlapping(text, tok)))
					}
					pt.lists[w], pt.last[w] = b, u
					pt.count[w]++
				}
			}
			parts[p] = pt
		}()
	}
	wg.Wait()
	for w, t := range words {
		var list []byte
		n, prev := 0, 0
		for _, pt := range parts {
			if pt.count[w] == 0 {
				continue
			}
			list = binary.AppendUvarint(list, uint64(pt.first[w]-prev))
			list = append(list, pt.lists[w]...)
			n += pt.count[w]
			prev = pt.last[w]
		}
		if n == t.df {
			t.list, t.listUnits = list, n
		}
	}
}

// overlapping counts the places where sub starts in text, overlapping
// (哈哈 is twice in 哈哈哈), as Bleve counts a bigram's frequency.
func overlapping(text, sub string) int {
	n := 0
	for i := strings.Index(text, sub); i >= 0; {
		n++
		_, size := utf8.DecodeRuneInString(text[i:])
		j := strings.Index(text[i+size:], sub)
		if j < 0 {
			break
		}
		i += size + j
	}
	return n
}
