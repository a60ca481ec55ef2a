package search

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Field names of a unit in the Bleve index. FieldText is the searched
// text; the keyword fields are filters and facets.
const (
	FieldText    = "text"
	FieldChars   = "chars"
	FieldNum     = "num"
	FieldDoc     = "doc"
	FieldEID     = "eid"
	FieldURL     = "url"
	FieldTitle   = "title"
	FieldKind    = "kind"
	FieldIssuer  = "issuer"
	FieldStatus  = "status"
	FieldYear    = "year"
	FieldRegion  = "region"
	FieldSubject = "subject"
	FieldForms   = "forms"
)

// FacetFields are the keyword fields a search can filter on and count.
var FacetFields = []string{FieldKind, FieldIssuer, FieldStatus, FieldYear, FieldRegion, FieldSubject, FieldForms}

// Index is an open Bleve index of a site's units.
type Index struct {
	bleve bleve.Index
}

// Bleve returns the underlying index, for callers that need its API.
func (ix *Index) Bleve() bleve.Index { return ix.bleve }

// Close closes the index.
func (ix *Index) Close() error { return ix.bleve.Close() }

// unitKey is a unit's document id in Bleve: its position in site order,
// zero-padded so that Bleve's tie-break on _id is site order.
func unitKey(i int) string { return fmt.Sprintf("%07d", i) }

func unitOrdinal(key string) (int, error) { return strconv.Atoi(key) }

// newMapping describes a unit: the text with term vectors (phrases need
// positions), stored fields for hits, keyword fields with doc values for
// filters and facets, and no _all field.
func newMapping() mapping.IndexMapping {
	registerAnalysis()
	im := bleve.NewIndexMapping()
	im.DefaultAnalyzer = AnalyzerName
	im.DefaultField = FieldText
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	dm := bleve.NewDocumentStaticMapping()
	dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	text := func(termVectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = AnalyzerName
		f.IncludeInAll = false
		f.IncludeTermVectors = termVectors
		f.DocValues = false
		return f
	}
	kw := func(index, docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Index = index
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues
		return f
	}
	dm.AddFieldMappingsAt(FieldText, text(true))
	chars := text(false)
	chars.Analyzer = CharsAnalyzerName
	chars.Store = false
	dm.AddFieldMappingsAt(FieldChars, chars)
	title := text(false)
	title.Index = false
	dm.AddFieldMappingsAt(FieldTitle, title)
	num := kw(true, false)
	num.Store = false
	dm.AddFieldMappingsAt(FieldNum, num)
	for _, f := range []string{FieldDoc, FieldEID, FieldURL} {
		dm.AddFieldMappingsAt(f, kw(f == FieldDoc, false))
	}
	for _, f := range FacetFields {
		dm.AddFieldMappingsAt(f, kw(true, true))
	}
	im.DefaultMapping = dm
	return im
}

// fields is the document Bleve indexes for a unit.
func (u *Unit) fields() map[string]interface{} {
	m := map[string]interface{}{
		FieldText: u.Text, FieldChars: u.Text, FieldDoc: u.Doc, FieldEID: u.EID, FieldURL: u.URL,
		FieldTitle: u.Title, FieldKind: u.Kind,
	}
	if u.Num != "" {
		m[FieldNum] = u.Num
	}
	for _, f := range FacetFields {
		vs := u.facet(f)
		switch {
		case f == FieldKind: // set above, even when empty
		case f == FieldForms && len(vs) > 0:
			forms := make([]interface{}, len(vs))
			for i, v := range vs {
				forms[i] = v
			}
			m[f] = forms
		case f != FieldForms && vs[0] != "":
			m[f] = vs[0]
		}
	}
	return m
}

// facet is a unit's value of a facet field: one value ("" for none), or
// for forms, any number.
func (u *Unit) facet(field string) []string {
	switch field {
	case FieldKind:
		return []string{u.Kind}
	case FieldIssuer:
		return []string{u.Issuer}
	case FieldStatus:
		return []string{u.Status}
	case FieldYear:
		return []string{u.Year}
	case FieldRegion:
		return []string{u.Region}
	case FieldSubject:
		return []string{u.Subject}
	}
	return u.Forms
}

// BuildOptions tune Build.
type BuildOptions struct {
	// Method is how the index is built: "" (the default) an online
	// scorch index fed batches from one goroutine per core, so segments
	// are built and merged on every core; "offline" scorch's offline
	// builder (the engine of bleve.NewBuilder) fed by one analysing
	// worker per core; "builder" bleve.NewBuilder as it comes, on one
	// core. On the 3,475 laws (172,992 units, 2 cores, search/bench
	// -builders): 49 s, 60 s and 97 s.
	Method string
	// BatchSize is the number of units per batch or builder segment;
	// 2,000 keeps the online build's peak memory near the offline one's.
	BatchSize int
}

// Build indexes units into a new Bleve index at dir, which must not exist
// or is removed first, and opens it.
func Build(dir string, units []Unit, opts BuildOptions) (*Index, error) {
	if opts.BatchSize <= 0 {
		opts.BatchSize = 2000
		if opts.Method == "offline" || opts.Method == "builder" {
			opts.BatchSize = 5000
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return nil, err
	}
	var err error
	switch opts.Method {
	case "":
		err = buildBatched(dir, units, opts.BatchSize)
	case "offline":
		err = buildOffline(dir, units, opts.BatchSize)
	case "builder":
		err = buildStock(dir, units, opts.BatchSize)
	default:
		err = fmt.Errorf("unknown build method %q", opts.Method)
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return Open(dir)
}

// replaceDir moves the folder tmp to dir, replacing what was there. Two
// builds of one site may finish at once; the last one wins.
func replaceDir(tmp, dir string) error {
	var err error
	for range 5 {
		if err = os.RemoveAll(dir); err != nil {
			return err
		}
		if err = os.Rename(tmp, dir); err == nil {
			return nil
		}
	}
	return err
}

// buildOffline builds with scorch's offline builder, the engine of
// bleve.NewBuilder: segments of BatchSize units written to a scratch
// folder, merged once at the end. bleve.NewBuilder analyses every unit
// inside the builder's lock, on one core; here the units are mapped and
// analysed by one worker per core ahead of the builder, which then only
// writes segments. The index folder is laid out as bleve.NewBuilder lays
// it out (index_meta.json, the mapping in the store's internal data), so
// bleve.Open reads it.
func buildOffline(dir string, units []Unit, batch int) error {
	im := newMapping()
	if err := im.Validate(); err != nil {
		return err
	}
	mappingJSON, err := json.Marshal(im)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	meta := []byte(`{"storage":"` + scorch.Name + `","index_type":"` + scorch.Name + `"}`)
	if err := os.WriteFile(filepath.Join(dir, "index_meta.json"), meta, 0o644); err != nil {
		return err
	}
	b, err := scorch.NewBuilder(map[string]interface{}{
		"path":            filepath.Join(dir, "store"),
		"buildPathPrefix": filepath.Dir(dir),
		"batchSize":       batch,
		"mergeMax":        1 + len(units)/batch,
		"internal":        map[string][]byte{"_mapping": mappingJSON},
	})
	if err != nil {
		return err
	}
	docs := analyzeAhead(im, units)
	for d := range docs {
		if d.err != nil {
			b.Close()
			return d.err
		}
		if err := b.Index(d.doc); err != nil {
			b.Close()
			return err
		}
	}
	return b.Close()
}

// buildStock builds with bleve.NewBuilder as it comes.
func buildStock(dir string, units []Unit, batch int) error {
	b, err := bleve.NewBuilder(dir, newMapping(), map[string]interface{}{
		"batchSize": batch, "mergeMax": 1 + len(units)/batch, "buildPathPrefix": filepath.Dir(dir),
	})
	if err != nil {
		return err
	}
	for i := range units {
		if err := b.Index(unitKey(i), units[i].fields()); err != nil {
			b.Close()
			return err
		}
	}
	return b.Close()
}

type analyzedDoc struct {
	doc *document.Document
	err error
}

// analyzeAhead maps and analyses units on every core and delivers them in
// order, a bounded number of chunks ahead of the consumer.
func analyzeAhead(im mapping.IndexMapping, units []Unit) <-chan analyzedDoc {
	const chunk = 256
	workers := runtime.GOMAXPROCS(0)
	out := make(chan analyzedDoc)
	type job struct {
		start int
		done  chan []analyzedDoc
	}
	jobs := make(chan job, workers)
	queue := make(chan job, 2*workers)
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				end := min(j.start+chunk, len(units))
				res := make([]analyzedDoc, 0, end-j.start)
				for i := j.start; i < end; i++ {
					doc := document.NewDocument(unitKey(i))
					err := im.MapDocument(doc, units[i].fields())
					for k, f := range doc.Fields {
						if f.Options().IsIndexed() {
							f.Analyze()
							doc.Fields[k] = preAnalyzed{f}
						}
					}
					res = append(res, analyzedDoc{doc, err})
				}
				j.done <- res
			}
		}()
	}
	go func() {
		for start := 0; start < len(units); start += chunk {
			j := job{start, make(chan []analyzedDoc, 1)}
			queue <- j
			jobs <- j
		}
		close(jobs)
		close(queue)
	}()
	go func() {
		for j := range queue {
			for _, d := range <-j.done {
				out <- d
			}
		}
		close(out)
	}()
	return out
}

// preAnalyzed is a field analysed by analyzeAhead: the builder's own
// call to Analyze has nothing left to do.
type preAnalyzed struct{ document.Field }

func (preAnalyzed) Analyze() {}

// buildBatched builds an online scorch index from one goroutine per core,
// each sending its own batches: every Batch call analyses its units and
// builds their segment in the calling goroutine, and scorch merges the
// segments in the background; Close waits for all of it.
func buildBatched(dir string, units []Unit, size int) error {
	idx, err := bleve.New(dir, newMapping())
	if err != nil {
		return err
	}
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for start := w * size; start < len(units); start += workers * size {
				b := idx.NewBatch()
				for i := start; i < start+size && i < len(units); i++ {
					if err := b.Index(unitKey(i), units[i].fields()); err != nil {
						errs[w] = err
						return
					}
				}
				if err := idx.Batch(b); err != nil {
					errs[w] = err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		idx.Close()
		return err
	}
	return idx.Close()
}

// Open opens the index Build wrote at dir.
func Open(dir string) (*Index, error) {
	registerAnalysis()
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no search index at %s; run zeren build first", dir)
	}
	// Read-only: a build replaces the folder rather than writing into it,
	// and any number of readers (zeren search, serve) can share it.
	idx, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("opening the search index at %s: %w", dir, err)
	}
	return &Index{bleve: idx}, nil
}
