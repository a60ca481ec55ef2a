package search

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	index "github.com/blevesearch/bleve_index_api"
)

// The static index under public/search/ is the Bleve index re-encoded for
// a browser that fetches only what a query needs. Every file but the
// manifest and the scripts is zlib-compressed (the browser inflates it,
// or inflate.js where it cannot), so its size is what travels.
//
//	manifest.json       counts and the layout below; read first
//	zeren-search.js     the client
//	facets.js           its filters and facet counts, loaded when needed
//	inflate.js          an inflater, loaded where the browser has none
//	page.js             the search page's script
//	d/<bucket>.bin      dictionary: the terms whose FNV-1a hash falls in
//	                    the bucket, each with its document frequency and
//	                    its postings, or where its postings are
//	p/<n>.bin           postings that do not fit in the dictionary, packed
//	w/<bucket>.bin      stored answers of common words (words.go)
//	t/<n>.bin           text of units n×TextBlock …, JSON, for snippets
//	facets.bin          each document's facet values, JSON, for filters
//
// A term's key is a field tag and the term: "t" bigrams and single
// characters of runs of the text field (with positions), "c" characters
// of the chars field, "n" article numbers, "w" common words (no
// postings: an answer, its first page and its list of units). A posting
// is the unit's number (its place in site order), its term frequency and
// the field length Bleve normalises by; positions follow in a separate
// part, since only phrases read them. Postings are in unit order, cut into blocks
// (ExportOptions.BlockPostings); a large term's blocks are files of their
// own, so a query fetches only the blocks that hold its candidates, and
// its dictionary entry lists its TopPostings best units for a one-term
// query and, for a text term with many postings, where its head is: its
// units of highest impact with positions (ExportOptions.HeadPostings),
// and its crown, the fewer units of highest impact of all, inline
// (CrownPostings). Each entry follows its key with its length, so a
// lookup skips the others.
const (
	FormatVersion = 4
	TextBlock     = 16   // units per text file
	BlockPostings = 8192 // postings per block, by default
	TopPostings   = 20   // top units kept for a one-term query
	PageHits      = 10   // hits in a stored first page
	InlineBytes   = 256  // postings up to this size stay in the dictionary
	PackBytes     = 8192 // files of postings are filled up to this size
	BucketBytes   = 2048 // target dictionary bucket size, uncompressed

	compressionLevel = zlib.DefaultCompression
)

// Field tags of dictionary keys.
const (
	tagText  = 't'
	tagChars = 'c'
	tagNum   = 'n'
	tagWord  = 'w' // a stored word answer, in w/<bucket>.bin
)

// ExportOptions shape an export.
type ExportOptions struct {
	Base string // the site's base path, recorded in the manifest
	// HeadPostings is the size of a large term's head: its units of
	// highest impact (tf and field norm) with positions, which lets a
	// phrase of common bigrams find its first ten without the rest of
	// the postings (default 1024). Terms with more than twice as many
	// postings have one.
	HeadPostings int
	// CrownPostings is the size of the smaller head kept in a large
	// term's dictionary entry, its crown (default 256; negative: none):
	// a phrase of common bigrams proven from their crowns reads no
	// postings at all.
	CrownPostings int
	// AnswerPostings: an article number found in this many units or
	// more has Bleve's answer to its query stored with it (default 100).
	AnswerPostings int
	// TextUnits: a query with a token in at most this many units is
	// checked and scored by the client from those units' text (default
	// 16; negative: never).
	TextUnits int
	// TopBytes: a term with more bytes of postings than this keeps its
	// TopPostings best units in its dictionary entry, and the first page
	// of its one-term query (default PackBytes; at least InlineBytes).
	TopBytes int
	// BlockPostings is how many postings a block holds (default
	// BlockPostings): a query reads a large term's postings a block at a
	// time, so larger blocks mean fewer requests and, for a term read
	// only at a few units, more bytes.
	BlockPostings int
	// WordUnits: a word (a run of 3 to MaxWordChars Han characters)
	// found in this many units or more has the answer to its query
	// stored, with its first page and its list of units, if it is among
	// the Words most common (defaults 500 and 4096; negative: none).
	WordUnits, Words int
	// CheckWords runs Bleve's query of every stored word too, and fails
	// when an answer computed from the word's list differs (tests).
	CheckWords bool
}

// File is one file of the static index, its path under public/search/.
type File struct {
	Path string
	Data []byte
}

// Manifest is public/search/manifest.json.
type Manifest struct {
	Format    int `json:"format"`
	Units     int `json:"units"` // search units; Bleve's document count
	Docs      int `json:"docs"`
	Buckets   int `json:"buckets"`
	TextBlock int `json:"text_block"`
	Top       int `json:"top"`
	MaxTerms  int `json:"max_terms"`
	MaxChars  int `json:"max_term_chars"`
	Fallback  int `json:"fallback"`
	TextUnits int `json:"text_units"`
	// PageHits is the length of the first pages stored in the
	// dictionary with one-term queries it answers.
	PageHits int `json:"page_hits"`
	// WordBuckets is the number of buckets of stored word answers,
	// w/<bucket>.bin (0: none).
	WordBuckets int    `json:"word_buckets"`
	Base        string `json:"base"` // the site's base path
}

// ExportStats describe an export, for the benchmark.
type ExportStats struct {
	Terms      int
	Postings   int
	Words      int // stored word answers
	Files      int
	DictBytes  int
	PostBytes  int
	TextBytes  int
	WordBytes  int
	OtherBytes int
}

// Total is the size of every file.
func (s ExportStats) Total() int {
	return s.DictBytes + s.PostBytes + s.TextBytes + s.WordBytes + s.OtherBytes
}

// posting is one unit holding a term; its positions are pos[from:to]
// of the term's positions.
type posting struct {
	unit, tf, length int
	from, to         int
}

// chunk is a block of a term's postings, encoded.
type chunk struct {
	first, count int
	doc, pos     []byte
}

// termPostings is a term of the dictionary with its encoded postings.
type termPostings struct {
	key    string
	df     int
	chunks []chunk
	top    []posting
	size   int
	// answer is Bleve's answer to the query of this article number
	// alone (an "n" term in ExportOptions.AnswerPostings units or more):
	// its total and its first TopPostings units with their scores.
	answer *answer
	// page is the first page of the term's one-term query, when the
	// dictionary answers it (top or answer): its hits as shown, JSON.
	page []byte
	// list is a word's list of units (setWordLists); df is their number.
	list []byte
	// head holds the term's HeadPostings units of highest impact, crown
	// its CrownPostings (kept in its entry); none when count is 0.
	head, crown impactHead
}

// impactHead is a term's units of highest impact, in unit order, and
// theta the posting of highest impact after them (tf 0: none). Ties in
// impact are cut in unit order, so a unit outside the head with theta's
// impact comes after theta.unit.
type impactHead struct {
	chunk
	theta posting
}

// newImpactHead is the head of the first n postings of byImpact.
func newImpactHead(tag byte, byImpact []posting, n int, pos []uint64) impactHead {
	hd := slices.Clone(byImpact[:n])
	sort.Slice(hd, func(i, j int) bool { return hd[i].unit < hd[j].unit })
	return impactHead{encodeChunk(tag, hd, pos), byImpact[n]}
}

// inline reports whether a term's postings are in its dictionary entry:
// one block of at most InlineBytes.
func (t *termPostings) inline() bool { return t.size <= InlineBytes && len(t.chunks) == 1 }

// answer is a stored answer to a one-term query.
type answer struct {
	total  int
	units  []int
	scores []float64
}

// Export writes the static index of units from the Bleve index built
// from them; base is the site's base path.
func Export(ix *Index, units []Unit, opts ExportOptions) ([]File, ExportStats, error) {
	var st ExportStats
	if opts.HeadPostings <= 0 {
		opts.HeadPostings = 1024
	}
	if opts.CrownPostings == 0 {
		opts.CrownPostings = 256
	}
	if opts.AnswerPostings <= 0 {
		// Finding a common article number's first ten from postings
		// means reading every block of its bigrams.
		opts.AnswerPostings = 100
	}
	if opts.TextUnits == 0 {
		opts.TextUnits = 16
	}
	if opts.BlockPostings <= 0 {
		opts.BlockPostings = BlockPostings
	}
	if opts.TopBytes <= 0 {
		opts.TopBytes = PackBytes
	}
	opts.TopBytes = max(opts.TopBytes, InlineBytes)
	if opts.WordUnits == 0 {
		opts.WordUnits = 500
	}
	if opts.Words == 0 {
		opts.Words = 4096
	}

	adv, err := ix.bleve.Advanced()
	if err != nil {
		return nil, st, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, st, err
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, st, err
	}
	if int(n) != len(units) {
		return nil, st, fmt.Errorf("the search index holds %d units, the site %d; rebuild it", n, len(units))
	}
	ords, err := unitOrdinals(r, len(units))
	if err != nil {
		return nil, st, err
	}
	var words []*termPostings
	var bigrams map[string]int
	if opts.WordUnits > 0 && opts.Words > 0 {
		if bigrams, err = bigramCounts(r, opts.WordUnits); err != nil {
			return nil, st, err
		}
		for _, w := range frequentWords(units, bigrams, opts.WordUnits, opts.Words) {
			words = append(words, &termPostings{key: string(tagWord) + w})
		}
	}
	st.Words = len(words)
	var terms []*termPostings
	lengths := make([]int32, len(units))
	for _, f := range []struct {
		field string
		tag   byte
	}{{FieldText, tagText}, {FieldChars, tagChars}, {FieldNum, tagNum}} {
		ts, err := readField(r, f.field, f.tag, ords, n, opts, lengths)
		if err != nil {
			return nil, st, err
		}
		terms = append(terms, ts...)
	}
	if err := ix.answers(terms, opts.AnswerPostings); err != nil {
		return nil, st, err
	}
	st.Terms = len(terms)
	for _, t := range terms {
		st.Postings += t.df
	}

	// A word's list needs the units' lengths, read with the postings.
	setWordLists(words, units, lengths)
	setWordAnswers(words, bigrams, len(units))
	if opts.CheckWords {
		if err := ix.checkWords(words); err != nil {
			return nil, st, err
		}
	}
	if err := setPages(append(terms, words...), units); err != nil {
		return nil, st, err
	}
	var raw []rawFile
	buckets, wordBuckets, packs := layout(terms, words)
	for i, b := range packs {
		raw = append(raw, rawFile{"p/" + strconv.Itoa(i) + ".bin", b, &st.PostBytes})
	}
	for i, b := range buckets {
		raw = append(raw, rawFile{"d/" + strconv.Itoa(i) + ".bin", b, &st.DictBytes})
	}
	for i, b := range wordBuckets {
		raw = append(raw, rawFile{"w/" + strconv.Itoa(i) + ".bin", b, &st.WordBytes})
	}
	// writeJSON adds a JSON file, counted in size.
	writeJSON := func(size *int) func(string, any) error {
		return func(p string, v any) error {
			b, err := json.Marshal(v)
			raw = append(raw, rawFile{p, b, size})
			return err
		}
	}
	docs, err := textFiles(units, lengths, writeJSON(&st.TextBytes))
	if err != nil {
		return nil, st, err
	}
	fb, err := json.Marshal(facetTable(units))
	if err != nil {
		return nil, st, err
	}
	raw = append(raw, rawFile{"facets.bin", fb, &st.OtherBytes})
	files, err := compress(raw)
	if err != nil {
		return nil, st, err
	}
	man := Manifest{
		Format: FormatVersion, Units: len(units), Docs: docs, Buckets: len(buckets), TextBlock: TextBlock,
		Top: TopPostings, MaxTerms: MaxTerms, MaxChars: MaxTermChars, Fallback: MaxFallback, TextUnits: max(0, opts.TextUnits), PageHits: PageHits, WordBuckets: len(words), Base: opts.Base,
	}
	m, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return nil, st, err
	}
	files = append(files, File{Path: "manifest.json", Data: append(m, '\n')})
	client := File{Path: "zeren-search.js"}
	if client.Data, err = withManifest(clientJS, man); err != nil {
		return nil, st, err
	}
	if client.Data, err = minifyJS(client.Path, client.Data, true); err != nil {
		return nil, st, err
	}
	constant, err := minifiedConstant()
	if err != nil {
		return nil, st, err
	}
	for _, js := range append([]File{client}, constant...) {
		files = append(files, js)
		st.OtherBytes += len(js.Data)
	}
	st.OtherBytes += len(m) + 1
	st.Files = len(files)
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, st, nil
}

// Scripts are the scripts an export of the index described by m writes,
// before they are minified: the client with m written in, facets.js,
// inflate.js and the search page's page.js.
func Scripts(m Manifest) ([]File, error) {
	client, err := withManifest(clientJS, m)
	if err != nil {
		return nil, err
	}
	return append([]File{{"zeren-search.js", client}}, constantJS...), nil
}

// exportedManifest is the client's line that the export fills in with
// the manifest, so that the client needs no fetch of it.
const exportedManifest = "const EXPORTED = null;"

// withManifest writes the manifest into the client.
func withManifest(client []byte, m Manifest) ([]byte, error) {
	j, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	if bytes.Count(client, []byte(exportedManifest)) != 1 {
		return nil, fmt.Errorf("zeren-search.js: no line %q for the manifest", exportedManifest)
	}
	return bytes.Replace(client, []byte(exportedManifest), []byte("const EXPORTED = "+string(j)+";"), 1), nil
}

// rawFile is a file before compression, and the figure it adds to.
type rawFile struct {
	path string
	data []byte
	size *int
}

// compress deflates files on every core.
func compress(raw []rawFile) ([]File, error) {
	files := make([]File, len(raw))
	errs := make([]error, len(raw))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var z deflater
			for i := int(next.Add(1)) - 1; i < len(raw); i = int(next.Add(1)) - 1 {
				files[i].Path = raw[i].path
				files[i].Data, errs[i] = z.deflate(raw[i].data)
			}
		}()
	}
	wg.Wait()
	for i, f := range files {
		*raw[i].size += len(f.Data)
	}
	return files, errors.Join(errs...)
}

// ordinals maps Bleve's internal document ids to unit numbers.
type ordinals struct {
	byNum []int32          // scorch's ids: 8-byte document numbers
	other map[string]int32 // any other form
}

func (o *ordinals) get(id index.IndexInternalID) (int, bool) {
	if len(id) == 8 {
		if n := binary.BigEndian.Uint64(id); n < uint64(len(o.byNum)) && o.byNum[n] >= 0 {
			return int(o.byNum[n]), true
		}
	}
	u, ok := o.other[string(id)]
	return int(u), ok
}

func unitOrdinals(r index.IndexReader, units int) (*ordinals, error) {
	ids, err := r.DocIDReaderAll()
	if err != nil {
		return nil, err
	}
	defer ids.Close()
	o := &ordinals{byNum: make([]int32, 2*units), other: map[string]int32{}}
	for i := range o.byNum {
		o.byNum[i] = -1
	}
	for {
		id, err := ids.Next()
		if err != nil {
			return nil, err
		}
		if id == nil {
			return o, nil
		}
		ext, err := r.ExternalID(id)
		if err != nil {
			return nil, err
		}
		u, err := unitOrdinal(ext)
		if err != nil {
			return nil, fmt.Errorf("unit id %q: %w", ext, err)
		}
		if len(id) == 8 {
			if n := binary.BigEndian.Uint64(id); n < uint64(len(o.byNum)) {
				o.byNum[n] = int32(u)
				continue
			}
		}
		o.other[string(id)] = int32(u)
	}
}

// readField reads every term of a field with its postings through the
// index reader: FieldDict for the terms, TermFieldReader for postings
// with frequencies, norms and (for the text field) term vectors. The
// terms are shared out among one worker per core. The text field's
// length of each unit goes into lengths.
func readField(r index.IndexReader, field string, tag byte, ords *ordinals, docs uint64, opts ExportOptions, lengths []int32) ([]*termPostings, error) {
	dict, err := r.FieldDict(field)
	if err != nil {
		return nil, err
	}
	var names []string
	for {
		e, err := dict.Next()
		if err != nil {
			dict.Close()
			return nil, err
		}
		if e == nil {
			break
		}
		names = append(names, e.Term)
	}
	dict.Close()
	out := make([]*termPostings, len(names))
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var rd termReader
			for i := w; i < len(names); i += workers {
				t, err := rd.read(r, field, tag, names[i], ords, docs, opts, lengths)
				if err != nil {
					errs[w] = err
					return
				}
				out[i] = t
			}
		}(w)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return slices.DeleteFunc(out, func(t *termPostings) bool { return t == nil }), nil
}

// termReader reads terms one after another, reusing its buffers.
type termReader struct {
	ps  []posting
	pos []uint64
	d   index.TermFieldDoc
}

func (rd *termReader) read(r index.IndexReader, field string, tag byte, name string, ords *ordinals, docs uint64, opts ExportOptions, lengths []int32) (*termPostings, error) {
	vectors := field == FieldText
	freqs := field != FieldNum
	tfr, err := r.TermFieldReader(context.Background(), []byte(name), field, freqs, freqs, vectors)
	if err != nil {
		return nil, err
	}
	defer tfr.Close()
	rd.ps, rd.pos = rd.ps[:0], rd.pos[:0]
	for {
		got, err := tfr.Next(&rd.d)
		if err != nil {
			return nil, err
		}
		if got == nil {
			break
		}
		u, ok := ords.get(got.ID)
		if !ok {
			return nil, fmt.Errorf("term %q: a posting of an unknown document", name)
		}
		p := posting{unit: u, tf: int(got.Freq), length: fieldLength(got.Norm), from: len(rd.pos)}
		if vectors && atomic.LoadInt32(&lengths[u]) == 0 {
			// The first term read of a unit gives its length; any
			// worker may store it, it is the same.
			atomic.StoreInt32(&lengths[u], int32(p.length))
		}
		for _, v := range got.Vectors {
			rd.pos = append(rd.pos, v.Pos)
		}
		p.to = len(rd.pos)
		slices.Sort(rd.pos[p.from:p.to])
		rd.ps = append(rd.ps, p)
	}
	if len(rd.ps) == 0 {
		return nil, nil
	}
	if !sort.SliceIsSorted(rd.ps, func(i, j int) bool { return rd.ps[i].unit < rd.ps[j].unit }) {
		sort.Slice(rd.ps, func(i, j int) bool { return rd.ps[i].unit < rd.ps[j].unit })
	}
	return encodeTerm(string(tag)+name, tag, rd.ps, rd.pos, docs, opts), nil
}

// fieldLength is the number of tokens Bleve normalised a field by; any
// length giving the same float32 norm scores the same.
func fieldLength(norm float64) int {
	if norm <= 0 {
		return 0
	}
	l := int(math.Round(1 / (norm * norm)))
	for _, c := range []int{l, l - 1, l + 1, l - 2, l + 2} {
		if c > 0 && fieldNorm(c) == norm {
			return c
		}
	}
	return l
}

func encodeTerm(key string, tag byte, ps []posting, pos []uint64, docs uint64, opts ExportOptions) *termPostings {
	head := opts.HeadPostings
	t := &termPostings{key: key, df: len(ps)}
	for start := 0; start < len(ps); start += opts.BlockPostings {
		c := encodeChunk(tag, ps[start:min(start+opts.BlockPostings, len(ps))], pos)
		t.size += len(c.doc) + len(c.pos)
		t.chunks = append(t.chunks, c)
	}
	if tag != tagNum && t.size > opts.TopBytes {
		t.top = topPostings(ps, docs)
	}
	if tag == tagText && len(ps) > 2*head {
		// The head: the units of highest impact, as JS computes it.
		byImpact := slices.Clone(ps)
		impact := func(p posting) float64 { return math.Sqrt(float64(p.tf)) * fieldNorm(p.length) }
		sort.SliceStable(byImpact, func(i, j int) bool { return impact(byImpact[i]) > impact(byImpact[j]) })
		if c := opts.CrownPostings; c > 0 && c < head {
			t.crown = newImpactHead(tag, byImpact, c, pos)
		}
		t.head = newImpactHead(tag, byImpact, head, pos)
	}
	return t
}

// encodeChunk encodes postings in unit order: for each, the distance
// from the unit before (from the first for the first), the frequency and
// the field length; then, apart, the positions as distances.
func encodeChunk(tag byte, ps []posting, pos []uint64) chunk {
	c := chunk{first: ps[0].unit, count: len(ps)}
	prev := c.first
	for _, p := range ps {
		c.doc = binary.AppendUvarint(c.doc, uint64(p.unit-prev))
		prev = p.unit
		if tag != tagNum {
			c.doc = binary.AppendUvarint(c.doc, uint64(p.tf))
			c.doc = binary.AppendUvarint(c.doc, uint64(p.length))
		}
		last := uint64(0)
		for _, x := range pos[p.from:p.to] {
			c.pos = binary.AppendUvarint(c.pos, x-last)
			last = x
		}
	}
	return c
}

// topPostings are the units a one-term query ranks first, in Bleve's
// order: the term's score, then unit order (ps is in unit order).
func topPostings(ps []posting, docs uint64) []posting {
	idf := termIDF(int(docs), len(ps))
	top := best[posting]{n: TopPostings}
	for _, p := range ps {
		top.add(p, math.Sqrt(float64(p.tf))*fieldNorm(p.length)*idf)
	}
	return top.items
}

// fieldNorm is Bleve's norm of a field of length tokens, 1/sqrt(length),
// as it stores it: a float32.
func fieldNorm(length int) float64 {
	return float64(float32(1 / math.Sqrt(float64(length))))
}

// termIDF is Bleve's idf of a term in df of docs units.
func termIDF(docs, df int) float64 {
	return 1.0 + math.Log(float64(docs)/float64(df+1))
}

// best keeps the n items of highest score it is given, best first; of
// equal scores, the one given first ranks first (Bleve's order, for items
// given in unit order).
type best[T any] struct {
	n      int
	items  []T
	scores []float64
}

func (b *best[T]) add(x T, score float64) {
	if len(b.items) == b.n && score <= b.scores[b.n-1] {
		return
	}
	i := sort.Search(len(b.scores), func(i int) bool { return b.scores[i] < score })
	b.items, b.scores = slices.Insert(b.items, i, x), slices.Insert(b.scores, i, score)
	if len(b.items) > b.n {
		b.items, b.scores = b.items[:b.n], b.scores[:b.n]
	}
}

// place is where a piece of postings is: file, offset, length.
type place struct{ file, off, len int }

// layout assigns terms to dictionary buckets and packs the postings that
// are not inline into files, then encodes the buckets; and the same for
// words and their lists. A word's entry is mostly its page: one word to a
// bucket, on average, so that a word query reads little else.
func layout(terms, words []*termPostings) (buckets, wordBuckets, packs [][]byte) {
	total := 0
	for _, t := range terms {
		total += len(t.key) + 8
		if t.inline() {
			total += t.size
		} else {
			total += 8 * len(t.chunks)
		}
	}
	nb := max(1, total/BucketBytes)
	var cur []byte
	put := func(b []byte) place {
		if len(cur) > 0 && len(cur)+len(b) > PackBytes {
			packs = append(packs, cur)
			cur = nil
		}
		p := place{len(packs), len(cur), len(b)}
		cur = append(cur, b...)
		return p
	}
	buckets = encodeBuckets(terms, nb, put)
	wordBuckets = encodeBuckets(words, len(words), put)
	if len(cur) > 0 {
		packs = append(packs, cur)
	}
	return buckets, wordBuckets, packs
}

// encodeBuckets shares terms out among nb buckets by the hash of their
// keys and encodes each bucket, packing postings with put.
func encodeBuckets(terms []*termPostings, nb int, put func([]byte) place) (buckets [][]byte) {
	byBucket := make([][]*termPostings, nb)
	for _, t := range terms {
		h := bucketOf(t.key, nb)
		byBucket[h] = append(byBucket[h], t)
	}
	var scratch []byte
	for _, ts := range byBucket {
		sort.Slice(ts, func(i, j int) bool { return ts[i].key < ts[j].key })
		var b []byte
		b = binary.AppendUvarint(b, uint64(len(ts)))
		for _, t := range ts {
			b = binary.AppendUvarint(b, uint64(len(t.key)))
			b = append(b, t.key...)
			scratch = entry(scratch[:0], t, put)
			b = appendBytes(b, scratch)
		}
		buckets = append(buckets, b)
	}
	return buckets
}

// entry appends a term's dictionary entry to b, packing its postings
// with put where they do not stay inline. In its bucket the entry follows
// the key with its length, so that a lookup skips the other entries
// unread.
func entry(b []byte, t *termPostings, put func([]byte) place) []byte {
	b = binary.AppendUvarint(b, uint64(t.df))
	if t.key[0] == tagNum || t.key[0] == tagWord {
		b = appendAnswer(b, t.answer)
		if t.answer != nil && len(t.answer.units) > 0 {
			b = appendBytes(b, t.page)
		}
		if t.key[0] == tagWord {
			return appendPlace(b, put(t.list))
		}
	}
	if t.inline() {
		c := t.chunks[0]
		b = binary.AppendUvarint(b, 0)
		b = binary.AppendUvarint(b, uint64(c.first))
		b = binary.AppendUvarint(b, uint64(len(c.doc)))
		b = append(b, c.doc...)
		b = binary.AppendUvarint(b, uint64(len(c.pos)))
		b = append(b, c.pos...)
		return b
	}
	b = binary.AppendUvarint(b, uint64(len(t.chunks)))
	prev := 0
	for _, c := range t.chunks {
		b = binary.AppendUvarint(b, uint64(c.first-prev))
		prev = c.first
		b = binary.AppendUvarint(b, uint64(c.count))
		var dp, pp place
		if len(t.chunks) == 1 && t.size <= PackBytes {
			// A small term: one piece, positions after postings.
			whole := put(append(append([]byte(nil), c.doc...), c.pos...))
			dp = place{whole.file, whole.off, len(c.doc)}
			pp = place{whole.file, whole.off + len(c.doc), len(c.pos)}
		} else {
			dp = put(c.doc)
			pp = dp
			if len(c.pos) > 0 {
				pp = put(c.pos)
			}
		}
		b = appendPlace(b, dp)
		if t.key[0] == tagText {
			b = appendPlace(b, pp)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(t.top)))
	for _, p := range t.top {
		b = binary.AppendUvarint(b, uint64(p.unit))
		b = binary.AppendUvarint(b, uint64(p.tf))
		b = binary.AppendUvarint(b, uint64(p.length))
	}
	if len(t.top) > 0 {
		b = appendBytes(b, t.page)
	}
	b = binary.AppendUvarint(b, uint64(t.head.count))
	if h := t.head; h.count > 0 {
		b = binary.AppendUvarint(b, uint64(h.first))
		whole := put(append(append([]byte(nil), h.doc...), h.pos...))
		b = appendPlace(b, place{whole.file, whole.off, len(h.doc)})
		b = appendPlace(b, place{whole.file, whole.off + len(h.doc), len(h.pos)})
		b = appendTheta(b, h.theta)
	}
	b = binary.AppendUvarint(b, uint64(t.crown.count))
	if c := t.crown; c.count > 0 {
		b = binary.AppendUvarint(b, uint64(c.first))
		b = appendBytes(b, c.doc)
		b = appendBytes(b, c.pos)
		b = appendTheta(b, c.theta)
	}
	return b
}

// appendTheta encodes the posting of highest impact after a head.
func appendTheta(b []byte, p posting) []byte {
	b = binary.AppendUvarint(b, uint64(p.tf))
	b = binary.AppendUvarint(b, uint64(p.length))
	return binary.AppendUvarint(b, uint64(p.unit))
}

// appendAnswer encodes a stored answer: the number of its units (0 for
// none), then its total, then each unit with its score (float64, little
// endian).
func appendAnswer(b []byte, a *answer) []byte {
	if a == nil || len(a.units) == 0 {
		return binary.AppendUvarint(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(a.units)))
	b = binary.AppendUvarint(b, uint64(a.total))
	for i, u := range a.units {
		b = binary.AppendUvarint(b, uint64(u))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(a.scores[i]))
	}
	return b
}

// appendBytes encodes a length and the bytes.
func appendBytes(b, p []byte) []byte {
	return append(binary.AppendUvarint(b, uint64(len(p))), p...)
}

func appendPlace(b []byte, p place) []byte {
	b = binary.AppendUvarint(b, uint64(p.file))
	b = binary.AppendUvarint(b, uint64(p.off))
	return binary.AppendUvarint(b, uint64(p.len))
}

// bucketOf is the dictionary bucket of a key: FNV-1a (32 bits) of its
// UTF-8 bytes, modulo the number of buckets.
func bucketOf(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

// textDoc is a document as a text file names it: id, title, URL, kind.
type textDoc [4]string

// textFile is t/<n>.bin: the documents of its units, and for each unit
// the index of its document, its eId, its text and the length of its
// text field (what Bleve normalises by), so that a unit can be checked
// and scored from its text.
type textFile struct {
	Docs  []textDoc `json:"d"`
	Units [][4]any  `json:"u"`
}

// textFiles writes the text files and returns the number of documents.
func textFiles(units []Unit, lengths []int32, write func(string, any) error) (int, error) {
	docs := 0
	for start := 0; start < len(units); start += TextBlock {
		var f textFile
		for i := start; i < min(start+TextBlock, len(units)); i++ {
			u := units[i]
			if i == 0 || units[i-1].Doc != u.Doc {
				docs++
			}
			if n := len(f.Docs); n == 0 || f.Docs[n-1][0] != u.Doc {
				f.Docs = append(f.Docs, textDoc{u.Doc, u.Title, docURL(u), u.Kind})
			}
			f.Units = append(f.Units, [4]any{len(f.Docs) - 1, u.EID, u.Text, lengths[i]})
		}
		if err := write("t/"+strconv.Itoa(start/TextBlock)+".bin", f); err != nil {
			return 0, err
		}
	}
	return docs, nil
}

// setPages stores with every one-term query the client answers from the
// dictionary alone (a term's top units, an article number's answer) its
// first page: each hit as the client shows it, JSON, so that such a query
// reads its dictionary bucket and nothing else.
func setPages(terms []*termPostings, units []Unit) error {
	for _, t := range terms {
		word := t.key[1:]
		var us []int
		switch {
		case t.answer != nil:
			us = t.answer.units
		case t.top != nil && (t.key[0] == tagChars || utf8.RuneCountInString(word) == 2):
			for _, p := range t.top {
				us = append(us, p.unit)
			}
		}
		if len(us) == 0 {
			continue
		}
		hits := make([][6]any, min(len(us), PageHits))
		for i := range hits {
			x := units[us[i]]
			hits[i] = [6]any{us[i], x.Doc, x.EID, x.URL, x.Title, Snippet(x.Text, []string{word})}
		}
		b, err := json.Marshal(hits)
		if err != nil {
			return err
		}
		t.page = b
	}
	return nil
}

// docURL is a unit's URL without its #eId.
func docURL(u Unit) string {
	url, _, _ := strings.Cut(u.URL, "#")
	return url
}

// facetFile is facets.bin: the values of each facet field, and for each
// document its first unit and the index of each of its values (-1 for
// none); forms, which can be several, as a list.
type facetFile struct {
	Fields []string            `json:"fields"`
	Values map[string][]string `json:"values"`
	Docs   [][]any             `json:"docs"`
}

func facetTable(units []Unit) facetFile {
	f := facetFile{Fields: FacetFields, Values: map[string][]string{}}
	index := map[string]map[string]int{}
	// Values are numbered in sorted order, so the file does not depend
	// on the order documents come in.
	for _, field := range FacetFields {
		seen := map[string]bool{}
		for _, u := range units {
			for _, v := range u.facet(field) {
				if v != "" {
					seen[v] = true
				}
			}
		}
		list := make([]string, 0, len(seen))
		for v := range seen {
			list = append(list, v)
		}
		sort.Strings(list)
		f.Values[field] = list
		index[field] = map[string]int{}
		for i, v := range list {
			index[field][v] = i
		}
	}
	for i, u := range units {
		if i > 0 && units[i-1].Doc == u.Doc {
			continue
		}
		row := []any{i}
		for _, field := range FacetFields {
			if field == FieldForms {
				forms := []int{}
				for _, v := range u.facet(field) {
					forms = append(forms, index[field][v])
				}
				row = append(row, forms)
				continue
			}
			v := u.facet(field)[0]
			if v == "" {
				row = append(row, -1)
			} else {
				row = append(row, index[field][v])
			}
		}
		f.Docs = append(f.Docs, row)
	}
	return f
}

// deflater compresses files with zlib; the same input always gives the
// same bytes. It keeps one compressor, whose state is large.
type deflater struct {
	w   *zlib.Writer
	buf bytes.Buffer
}

func (z *deflater) deflate(b []byte) ([]byte, error) {
	z.buf.Reset()
	if z.w == nil {
		w, err := zlib.NewWriterLevel(&z.buf, compressionLevel)
		if err != nil {
			return nil, err
		}
		z.w = w
	} else {
		z.w.Reset(&z.buf)
	}
	if _, err := z.w.Write(b); err != nil {
		return nil, err
	}
	if err := z.w.Close(); err != nil {
		return nil, err
	}
	return bytes.Clone(z.buf.Bytes()), nil
}

// answers stores Bleve's answer with every article number found in
// min units or more, as the query of that number alone.
func (ix *Index) answers(terms []*termPostings, min int) error {
	for _, t := range terms {
		if t.key[0] != tagNum || t.df < min {
			continue
		}
		word := t.key[1:]
		if ws := Terms(word); len(ws) != 1 || ws[0] != word {
			continue
		}
		a, err := ix.answer(word, []string{word})
		if err != nil {
			return fmt.Errorf("answering %s: %w", word, err)
		}
		t.answer = a
	}
	return nil
}

// bigramCounts are the bigrams of the text field in min units or more,
// with their document frequencies.
func bigramCounts(r index.IndexReader, min int) (map[string]int, error) {
	dict, err := r.FieldDict(FieldText)
	if err != nil {
		return nil, err
	}
	defer dict.Close()
	out := map[string]int{}
	for {
		e, err := dict.Next()
		if err != nil || e == nil {
			return out, err
		}
		if int(e.Count) >= min && utf8.RuneCountInString(e.Term) == 2 {
			out[e.Term] = int(e.Count)
		}
	}
}
