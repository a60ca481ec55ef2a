package search

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"
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
// words of the corpus and lists the units holding each, with what Bleve
// scores them by; from the list it computes the answer to the word's
// query as Bleve's scorer does (ExportOptions.CheckWords holds it to
// Bleve's), and stores the answer, the first page and the list, keyed
// "w" and the word in dictionary buckets of their own (w/<bucket>.bin),
// which the client reads in its first round. A query of several common
// words is then scored from their lists.
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
	// starts[u] are the byte offsets in unit u's text where a common
	// word of the current length starts.
	starts := make([][]int32, len(units))
	byParts(len(units), func(_, from, to int) {
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
		counts := make([]map[string]count, runtime.GOMAXPROCS(0))
		byParts(len(units), func(part, from, to int) {
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
		byParts(len(units), func(_, from, to int) {
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

// byParts cuts n items into one part for each core and runs f on each
// part at once: the part's number and its items from and to.
func byParts(n int, f func(part, from, to int)) {
	workers := runtime.GOMAXPROCS(0)
	step := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for part := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(part, min(part*step, n), min((part+1)*step, n))
		}()
	}
	wg.Wait()
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

// checkWords holds each word's answer, computed from its list, to
// Bleve's answer to the query of the word alone: the same total, units
// and scores.
func (ix *Index) checkWords(words []*termPostings) error {
	for _, t := range words {
		a, err := ix.answer(t.key[1:], nil)
		if err != nil {
			return fmt.Errorf("answering %s: %w", t.key[1:], err)
		}
		if got := t.answer; got.total != a.total || !slices.Equal(got.units, a.units) || !slices.Equal(got.scores, a.scores) {
			return fmt.Errorf("the word %s: its list answers %d units %v %v, Bleve %d units %v %v",
				t.key[1:], got.total, got.units, got.scores, a.total, a.units, a.scores)
		}
	}
	return nil
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
// its text does (ExportOptions.CheckWords holds this to Bleve).
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
		covers[i] = coverOf(t.key[1:])
	}
	// Each core lists the words in its part of the units; the parts'
	// lists are then joined in unit order.
	type part struct {
		lists              [][]byte // each word's list in the part
		first, last, count []int    // its first and last unit there, its units
	}
	parts := make([]part, runtime.GOMAXPROCS(0))
	byParts(len(units), func(p, from, to int) {
		pt := part{make([][]byte, len(words)), make([]int, len(words)), make([]int, len(words)), make([]int, len(words))}
		var held []int
		for u := from; u < to; u++ {
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
	})
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
		t.list, t.df = list, n
	}
}

// coverOf is the cover of a word: the bigrams its query scores (at 0, 2,
// 4, … and the last), in the order of their places.
func coverOf(word string) []string {
	var cover []string
	for _, tok := range planTerms([]string{word})[0].phrase {
		if tok != "" {
			cover = append(cover, tok)
		}
	}
	return cover
}

// setWordAnswers gives each word its answer from its list: its total,
// and its first TopPostings units as Bleve scores the query of the word
// alone (search/scorer), in its order: for each cover bigram, taken in
// order of document frequency as Bleve's conjunction takes them, the
// term's score sqrt(tf)·norm·idf times its query weight idf·queryNorm,
// summed, where queryNorm is 1/sqrt of the sum of the squared idfs;
// then unit order. bigrams are the bigrams' document frequencies, docs
// the number of units.
func setWordAnswers(words []*termPostings, bigrams map[string]int, docs int) {
	for _, t := range words {
		cover := coverOf(t.key[1:])
		order := make([]int, len(cover))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return bigrams[cover[order[a]]] < bigrams[cover[order[b]]] })
		idf := make([]float64, len(cover))
		w := 0.0
		for _, j := range order {
			idf[j] = termIDF(docs, bigrams[cover[j]])
			w += idf[j] * idf[j]
		}
		qn := 1.0 / math.Sqrt(w)
		top := best[int]{n: TopPostings}
		tfs := make([]int, len(cover))
		for r, unit, i := (bytes.NewReader(t.list)), 0, 0; i < t.df; i++ {
			d, _ := binary.ReadUvarint(r)
			l, _ := binary.ReadUvarint(r)
			unit += int(d)
			for j := range tfs {
				tf, _ := binary.ReadUvarint(r)
				tfs[j] = int(tf)
			}
			norm := fieldNorm(int(l))
			score := 0.0
			for _, j := range order {
				score += math.Sqrt(float64(tfs[j])) * norm * idf[j] * (idf[j] * qn)
			}
			top.add(unit, score)
		}
		t.answer = &answer{total: t.df, units: top.items, scores: top.scores}
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
