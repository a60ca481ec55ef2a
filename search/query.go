package search

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Request is one search. The same request gives the same hits from the
// Bleve index (Index.Search) and from the static shards (the browser
// client); the parity tests hold the two to it.
type Request struct {
	Query string
	// Filters keeps units whose field has one of the values, for each
	// field named (kind, issuer, status, year, region, subject, forms).
	Filters map[string][]string
	Limit   int // default 10
	Offset  int
	Facets  bool // count the values of FacetFields over all matches
	// Syntax reads Query as Bleve's query-string syntax (staff): fields,
	// +must -not, "phrases", wildcards. Hits are ranked by Bleve's score.
	Syntax bool
}

// Hit is one matching unit. Snippet is HTML: the text around the first
// match, escaped, with every match in <mark>.
type Hit struct {
	Doc     string  `json:"doc"`
	EID     string  `json:"eid"`
	URL     string  `json:"url"`
	Title   string  `json:"title"`
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}

// Result is what a search found. Facets is set when the request asked.
type Result struct {
	Total int   `json:"total"`
	Hits  []Hit `json:"hits"`
	// Partial is set when no unit holds every term and the hits only
	// share some of the query's bigrams.
	Partial bool                    `json:"partial,omitempty"`
	Facets  map[string][]FacetCount `json:"facets,omitempty"`
}

// FacetCount is how many matches have one value of a field.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// How a query is read (the browser client follows the same rules):
//
//  1. The query is cut into terms at spaces and punctuation (Terms).
//  2. Literal: a unit matches when it contains every term literally. A
//     term of one character is that character (the chars field); a
//     longer term is a phrase of bigrams of the text field that covers
//     it: the bigrams at 0, 2, 4, … and the last one, positions apart as
//     in the term, so they match only where the term is written.
//  3. Ranking: units whose article number is one of the terms first
//     (第二十七条 finds that article before the ones citing it), then
//     Bleve's score, then site order.
//  4. Fallback, only when nothing contains every term: units sharing any
//     of the query's (up to) MaxFallback rarest bigrams and characters,
//     ranked by Bleve's score, which counts how many they share.
const MaxFallback = 10

// articleNumber is a term that names an article: 第二十七条, 第27条之一.
var articleNumber = regexp.MustCompile(`^第[〇零一二两三四五六七八九十百千0-9]+条(之[一二三四五六七八九十0-9]+)?$`)

// term is one query term as the index is searched for it.
type term struct {
	text   string
	field  string   // FieldChars for one character, else FieldText
	phrase []string // the covering tokens, "" where a position is skipped
	all    []string // every token of the term
}

func planTerms(terms []string) []term {
	out := make([]term, 0, len(terms))
	for _, t := range terms {
		r := []rune(t)
		if len(r) == 1 {
			out = append(out, term{text: t, field: FieldChars, phrase: []string{t}, all: []string{t}})
			continue
		}
		tm := term{text: t, field: FieldText}
		for i := 0; i+1 < len(r); i++ {
			tm.all = append(tm.all, string(r[i:i+2]))
		}
		tm.phrase = make([]string, len(r)-1)
		for i := 0; i+1 < len(r); i += 2 {
			tm.phrase[i] = tm.all[i]
		}
		if last := len(r) - 2; tm.phrase[last] == "" {
			tm.phrase[last] = tm.all[last]
		}
		out = append(out, tm)
	}
	return out
}

// query is the Bleve query a term must match.
func (t term) query() query.Query {
	if len(t.phrase) == 1 {
		q := bleve.NewTermQuery(t.phrase[0])
		q.SetField(t.field)
		return q
	}
	return bleve.NewPhraseQuery(t.phrase, t.field)
}

func literalQuery(terms []term) query.Query {
	if len(terms) == 1 {
		return terms[0].query()
	}
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		qs[i] = t.query()
	}
	return bleve.NewConjunctionQuery(qs...)
}

// token is a term of one field of the index.
type token struct{ field, term string }

// fallbackTokens are the rarest distinct tokens of the terms that the
// index holds, rarest first, ties in field and term order.
func fallbackTokens(terms []term, df map[token]uint64) []token {
	toks := distinctTokens(terms)
	sort.SliceStable(toks, func(i, j int) bool {
		a, b := toks[i], toks[j]
		if df[a] != df[b] {
			return df[a] < df[b]
		}
		if a.field != b.field {
			return a.field < b.field
		}
		return a.term < b.term
	})
	var out []token
	for _, k := range toks {
		if df[k] > 0 && len(out) < MaxFallback {
			out = append(out, k)
		}
	}
	return out
}

func distinctTokens(terms []term) []token {
	seen := map[token]bool{}
	var toks []token
	for _, t := range terms {
		for _, s := range t.all {
			k := token{t.field, s}
			if !seen[k] {
				seen[k] = true
				toks = append(toks, k)
			}
		}
	}
	return toks
}

func filterQuery(filters map[string][]string) query.Query {
	fields := make([]string, 0, len(filters))
	for f, vs := range filters {
		if len(vs) > 0 {
			fields = append(fields, f)
		}
	}
	if len(fields) == 0 {
		return nil
	}
	sort.Strings(fields)
	var conj []query.Query
	for _, f := range fields {
		var disj []query.Query
		for _, v := range filters[f] {
			q := bleve.NewTermQuery(v)
			q.SetField(f)
			disj = append(disj, q)
		}
		conj = append(conj, bleve.NewDisjunctionQuery(disj...))
	}
	return bleve.NewConjunctionQuery(conj...)
}

// filtered adds non-scoring conditions: filter must match, not must not.
func filtered(q, filter, not query.Query) query.Query {
	if filter == nil && not == nil {
		return q
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(q)
	if filter != nil {
		b.AddFilter(filter)
	}
	if not != nil {
		b.AddMustNot(not)
	}
	return b
}

// Search runs a request against the index.
func (ix *Index) Search(ctx context.Context, req Request) (*Result, error) {
	if req.Limit <= 0 {
		req.Limit = 10
	}
	if req.Offset < 0 {
		req.Offset = 0
	}
	filter := filterQuery(req.Filters)
	if req.Syntax {
		return ix.searchSyntax(ctx, req, filter)
	}
	words := Terms(req.Query)
	res := &Result{Hits: []Hit{}}
	if len(words) == 0 {
		return res, nil
	}
	terms := planTerms(words)
	q := literalQuery(terms)
	var nums []string
	for _, w := range words {
		if articleNumber.MatchString(w) {
			nums = append(nums, w)
		}
	}
	marks := words
	total, hits, facets, err := ix.literal(ctx, req, q, filter, nums)
	if err != nil {
		return nil, err
	}
	if total == 0 {
		df, err := ix.docFreqs(distinctTokens(terms))
		if err != nil {
			return nil, err
		}
		toks := fallbackTokens(terms, df)
		if len(toks) == 0 {
			return res, nil
		}
		qs := make([]query.Query, len(toks))
		marks = nil
		for i, k := range toks {
			tq := bleve.NewTermQuery(k.term)
			tq.SetField(k.field)
			qs[i] = tq
			marks = append(marks, k.term)
		}
		sr, err := ix.run(ctx, filtered(bleve.NewDisjunctionQuery(qs...), filter, nil), req.Offset+req.Limit, req.Facets)
		if err != nil {
			return nil, err
		}
		total, hits, facets = int(sr.Total), sr.Hits, sr.Facets
		res.Partial = total > 0
	}
	res.Total = total
	if req.Offset < len(hits) {
		hits = hits[req.Offset:]
	} else {
		hits = nil
	}
	for _, h := range hits {
		res.Hits = append(res.Hits, toHit(h, Snippet(stored(h, FieldText), marks)))
	}
	if req.Facets {
		res.Facets = facetCounts(facets)
	}
	return res, nil
}

// literal finds the units containing every term: those numbered as one
// of nums first, then the rest, each by score.
func (ix *Index) literal(ctx context.Context, req Request, q, filter query.Query, nums []string) (int, search.DocumentMatchCollection, search.FacetResults, error) {
	want := req.Offset + req.Limit
	if len(nums) == 0 {
		sr, err := ix.run(ctx, filtered(q, filter, nil), want, req.Facets)
		if err != nil {
			return 0, nil, nil, err
		}
		return int(sr.Total), sr.Hits, sr.Facets, nil
	}
	var numQs []query.Query
	for _, n := range nums {
		tq := bleve.NewTermQuery(n)
		tq.SetField(FieldNum)
		numQs = append(numQs, tq)
	}
	numbered := bleve.NewDisjunctionQuery(numQs...)
	first := query.Query(numbered)
	if filter != nil {
		first = bleve.NewConjunctionQuery(filter, numbered)
	}
	top, err := ix.run(ctx, filtered(q, first, nil), want, false)
	if err != nil {
		return 0, nil, nil, err
	}
	rest, err := ix.run(ctx, filtered(q, filter, numbered), max(0, want-int(top.Total)), req.Facets)
	if err != nil {
		return 0, nil, nil, err
	}
	var facets search.FacetResults
	if req.Facets {
		all, err := ix.run(ctx, filtered(q, filter, nil), 0, true)
		if err != nil {
			return 0, nil, nil, err
		}
		facets = all.Facets
	}
	return int(top.Total + rest.Total), append(top.Hits, rest.Hits...), facets, nil
}

// run searches with the order every search uses: score, then site order.
func (ix *Index) run(ctx context.Context, q query.Query, size int, facets bool) (*bleve.SearchResult, error) {
	sr := bleve.NewSearchRequestOptions(q, size, 0, false)
	sr.SortBy([]string{"-_score", "_id"})
	sr.Fields = []string{FieldDoc, FieldEID, FieldURL, FieldTitle, FieldText}
	if facets {
		for _, f := range FacetFields {
			sr.AddFacet(f, bleve.NewFacetRequest(f, 200))
		}
	}
	return ix.bleve.SearchInContext(ctx, sr)
}

// searchSyntax runs a query in Bleve's query-string syntax, with Bleve's
// own highlighting.
func (ix *Index) searchSyntax(ctx context.Context, req Request, filter query.Query) (*Result, error) {
	sr := bleve.NewSearchRequestOptions(filtered(bleve.NewQueryStringQuery(req.Query), filter, nil), req.Limit, req.Offset, false)
	sr.SortBy([]string{"-_score", "_id"})
	sr.Fields = []string{FieldDoc, FieldEID, FieldURL, FieldTitle, FieldText}
	sr.Highlight = bleve.NewHighlightWithStyle("html")
	sr.Highlight.AddField(FieldText)
	if req.Facets {
		for _, f := range FacetFields {
			sr.AddFacet(f, bleve.NewFacetRequest(f, 200))
		}
	}
	out, err := ix.bleve.SearchInContext(ctx, sr)
	if err != nil {
		return nil, fmt.Errorf("query %q: %w", req.Query, err)
	}
	res := &Result{Total: int(out.Total), Hits: []Hit{}}
	for _, h := range out.Hits {
		snip := strings.Join(h.Fragments[FieldText], " … ")
		if snip == "" {
			snip = Snippet(stored(h, FieldText), nil)
		}
		res.Hits = append(res.Hits, toHit(h, snip))
	}
	if req.Facets {
		res.Facets = facetCounts(out.Facets)
	}
	return res, nil
}

func toHit(h *search.DocumentMatch, snippet string) Hit {
	return Hit{
		Doc: stored(h, FieldDoc), EID: stored(h, FieldEID), URL: stored(h, FieldURL),
		Title: stored(h, FieldTitle), Snippet: snippet, Score: h.Score,
	}
}

func stored(h *search.DocumentMatch, field string) string {
	s, _ := h.Fields[field].(string)
	return s
}

func facetCounts(fr search.FacetResults) map[string][]FacetCount {
	out := map[string][]FacetCount{}
	for _, f := range FacetFields {
		r := fr[f]
		if r == nil {
			continue
		}
		counts := []FacetCount{}
		for _, t := range r.Terms.Terms() {
			counts = append(counts, FacetCount{t.Term, t.Count})
		}
		if len(counts) == 0 {
			continue
		}
		sortFacet(counts)
		out[f] = counts
	}
	return out
}

// sortFacet orders values by count, then by value.
func sortFacet(c []FacetCount) {
	sort.Slice(c, func(i, j int) bool {
		if c[i].Count != c[j].Count {
			return c[i].Count > c[j].Count
		}
		return c[i].Value < c[j].Value
	})
}

// docFreqs counts the units holding each token.
func (ix *Index) docFreqs(toks []token) (map[token]uint64, error) {
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	out := make(map[token]uint64, len(toks))
	for _, k := range toks {
		tfr, err := r.TermFieldReader(context.Background(), []byte(k.term), k.field, false, false, false)
		if err != nil {
			return nil, err
		}
		out[k] = tfr.Count()
		tfr.Close()
	}
	return out, nil
}
