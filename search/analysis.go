package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/registry"
)

// AnalyzerName is the Bleve analyzer of unit text: every character is a
// token, runs of characters become overlapping bigrams (Bleve's
// cjk_bigram filter; a run of one character stays a single token), then
// width folding and lower case (cjk_width, to_lower). The single
// characters go to a field of their own (CharsAnalyzerName) without
// positions: unigrams with term vectors in this field cost 15% more
// indexing time and 45% more index on the large corpus.
//
// Unlike Bleve's "cjk" analyzer, Latin letters and digits are cut into
// characters too, so "24年4" finds "2024年4月": any string of two or
// more characters that appears in a text is a chain of its bigrams.
// Whitespace and punctuation separate runs; each separator run takes two
// token positions, so bigrams on either side of it are at least three
// apart, and a phrase that skips positions (the bigrams at 0, 2, 4, …)
// cannot match across a separator.
const AnalyzerName = "zeren_cjk"

// analysisOnce registers the analyzer with Bleve's registry, which is
// global: an index's mapping names its analyzer and Bleve looks the name
// up there when the index is created or opened.
var analysisOnce sync.Once

func registerAnalysis() {
	analysisOnce.Do(func() {
		err := registry.RegisterAnalyzer(AnalyzerName, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return newAnalyzer(), nil
		})
		if err != nil {
			panic(err)
		}
		err = registry.RegisterAnalyzer(CharsAnalyzerName, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return newCharsAnalyzer(), nil
		})
		if err != nil {
			panic(err)
		}
	})
}

// newAnalyzer composes the pipeline from its stages.
func newAnalyzer() analysis.Analyzer {
	return &analysis.DefaultAnalyzer{
		Tokenizer: runeTokenizer{},
		TokenFilters: []analysis.TokenFilter{
			cjk.NewCJKBigramFilter(false),
			dropSeparators{},
			cjk.NewCJKWidthFilter(),
			lowercase.NewLowerCaseFilter(),
		},
	}
}

// CharsAnalyzerName is the analyzer of the single characters of a text,
// indexed in a field of their own without positions.
const CharsAnalyzerName = "zeren_chars"

func newCharsAnalyzer() analysis.Analyzer {
	return &analysis.DefaultAnalyzer{
		Tokenizer: runeTokenizer{},
		TokenFilters: []analysis.TokenFilter{
			dropSeparators{},
			cjk.NewCJKWidthFilter(),
			lowercase.NewLowerCaseFilter(),
		},
	}
}

// isTokenRune reports whether r is part of a run; anything else (space,
// punctuation, control and format characters) separates runs.
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.IsSymbol(r)
}

// runeTokenizer emits every token character as a one-character token of
// type Ideographic, so the bigram filter pairs adjacent characters of any
// script, and every run of separators as one token with an empty term.
type runeTokenizer struct{}

func (runeTokenizer) Tokenize(input []byte) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(input)/2)
	sep := false
	for i := 0; i < len(input); {
		r, w := utf8.DecodeRune(input[i:])
		if isTokenRune(r) {
			out = append(out, &analysis.Token{Term: input[i : i+w], Start: i, End: i + w, Position: len(out) + 1, Type: analysis.Ideographic})
			sep = false
		} else if !sep {
			// Two positions: the last bigram of the run before starts
			// at p, the first after at p+3 or later.
			for range 2 {
				out = append(out, &analysis.Token{Term: []byte{}, Start: i, End: i + w, Position: len(out) + 1, Type: analysis.AlphaNumeric})
			}
			sep = true
		}
		i += w
	}
	return out
}

// dropSeparators removes the separator tokens once the bigram filter has
// given them their positions.
type dropSeparators struct{}

func (dropSeparators) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0]
	for _, t := range in {
		if len(t.Term) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// MaxTerms and MaxTermChars bound a query: at most MaxTerms terms, and a
// longer term is cut into pieces of MaxTermChars characters that must all
// appear. A term of n characters is matched through about n/2 bigrams,
// and Bleve orders at most 12 sub-queries stably, which the browser
// client relies on to add scores in the same order.
const (
	MaxTerms     = 8
	MaxTermChars = 24
)

// Terms splits a query into its terms as the index sees them: width
// folded, lower case, split at whitespace and punctuation. It runs the
// index's own analyzer, so a term matches exactly the characters indexed.
func Terms(query string) []string {
	var terms []string
	var cur strings.Builder
	n, last := 0, 0
	flush := func() {
		if cur.Len() > 0 {
			terms = append(terms, cur.String())
			cur.Reset()
			n = 0
		}
	}
	for _, t := range newCharsAnalyzer().Analyze([]byte(query)) {
		if t.Position != last+1 || n == MaxTermChars {
			flush()
		}
		cur.Write(t.Term)
		n++
		last = t.Position
	}
	flush()
	if len(terms) > MaxTerms {
		terms = terms[:MaxTerms]
	}
	return terms
}

// Normalize folds text as the index does, character by character:
// full-width ASCII to ASCII and lower case. It keeps the length in
// characters, so offsets into the result are offsets into the input.
func Normalize(s string) []rune {
	out := []rune(s)
	for i, r := range out {
		out[i] = foldRune(r)
	}
	return out
}

func foldRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	return unicode.ToLower(r)
}
