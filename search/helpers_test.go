package search_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"zeren/generator"
	"zeren/generator/importer"
	"zeren/generator/site"
	"zeren/generator/testenv"
	"zeren/search"
)

// corpus is a site indexed and exported for the tests: its units, the
// Bleve index and the static files served over HTTP.
type corpus struct {
	units []search.Unit
	ix    *search.Index
	dir   string // the static index
	url   string // where it is served, with a trailing slash
}

var (
	corpora   = map[string]*corpus{}
	corporaMu sync.Mutex
)

// demo is the repository's demo corpus (content/), built once per run.
func demo(t *testing.T) *corpus {
	return corpusOf(t, "demo", func(t *testing.T) string { return ".." }, search.ExportOptions{})
}

// demoPostings is the demo corpus exported without the client's text
// path (ExportOptions.TextUnits < 0), so that every query the text path
// would answer is answered from postings, with the top units of every
// term not inline in its dictionary bucket (TopBytes) and blocks of a few
// postings, which only large corpora have by default.
func demoPostings(t *testing.T) *corpus {
	return corpusOf(t, "demo-postings", func(t *testing.T) string { return ".." }, search.ExportOptions{TextUnits: -1, TopBytes: search.InlineBytes, BlockPostings: 8})
}

// demoFewTexts is the demo corpus with a text path for at most 3 units,
// so that common bigrams take the heads path and the few units their
// heads leave open are checked from text.
func demoFewTexts(t *testing.T) *corpus {
	return corpusOf(t, "demo-few-texts", func(t *testing.T) string { return ".." }, search.ExportOptions{TextUnits: 3})
}

// seeds is the site the importer makes of ../shared/seeds, as
// generator/seeds_test.go builds it.
func seeds(t *testing.T) *corpus {
	return corpusOf(t, "seeds", func(t *testing.T) string {
		dir := testenv.Shared(t, "seeds")
		root, err := os.MkdirTemp("", "zeren-seeds-")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := importer.Import(importer.Options{Site: root}, dir); err != nil {
			t.Fatal(err)
		}
		return root
	}, search.ExportOptions{})
}

// corpusOf builds a corpus once per run; opts may set TextUnits,
// TopBytes and BlockPostings.
func corpusOf(t *testing.T, name string, source func(*testing.T) string, opts search.ExportOptions) *corpus {
	t.Helper()
	corporaMu.Lock()
	defer corporaMu.Unlock()
	if c := corpora[name]; c != nil {
		return c
	}
	s, _, err := generator.Check(generator.Options{Source: source(t), Today: "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	c := indexSite(t, s, "/", opts)
	corpora[name] = c
	return c
}

// indexSite builds and exports the index of a site into folders that
// outlive the test (the corpora are shared), and serves the export.
func indexSite(t *testing.T, s *site.Site, base string, opts search.ExportOptions) *corpus {
	t.Helper()
	tmp, err := os.MkdirTemp("", "zeren-search-test-")
	if err != nil {
		t.Fatal(err)
	}
	units := search.Units(s, func(p string) string { return base + p[1:] })
	ix, err := search.Build(filepath.Join(tmp, "index"), units, search.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	opts.Base, opts.HeadPostings, opts.AnswerPostings = base, headPostings, answerPostings
	if opts.CrownPostings == 0 {
		opts.CrownPostings = crownPostings
	}
	if opts.WordUnits == 0 {
		opts.WordUnits = wordUnits
	}
	opts.CheckWords = true
	files, st, err := search.Export(ix, units, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Words == 0 {
		t.Fatalf("no stored words in %d units", len(units))
	}
	dir := filepath.Join(tmp, "public")
	writeFiles(t, dir, files)
	return &corpus{units: units, ix: ix, dir: dir, url: serveSessions(dir) + "/"}
}

// serveSessions serves dir at / and again under /s<n>/ for any n, so that
// each query of the client can start a cold session of its own.
func serveSessions(dir string) string {
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rest, ok := strings.CutPrefix(r.URL.Path, "/s"); ok {
			if i := strings.IndexByte(rest, '/'); i > 0 {
				r.URL.Path = rest[i:]
			}
		}
		files.ServeHTTP(w, r)
	}))
	return srv.URL
}

func writeFiles(t *testing.T, dir string, files []search.File) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// jsQuery is one call of the browser client: search(query, options).
type jsQuery struct {
	Query   string              `json:"query"`
	Limit   int                 `json:"limit,omitempty"`
	Offset  int                 `json:"offset,omitempty"`
	Filters map[string][]string `json:"filters,omitempty"`
	Facets  bool                `json:"facets,omitempty"`
	// Fast asks for exactTotal: false, the same hits from the heads.
	Fast bool `json:"fast,omitempty"`
}

// jsRun is what the client returned, with what it fetched.
type jsRun struct {
	search.Result
	Estimated bool   `json:"estimated"`
	Via       string `json:"via"`
	Page      bool   `json:"page"` // the first page came stored
	Files     int    `json:"files"`
	Bytes     int    `json:"bytes"`
}

// runClient runs zeren-search.js in Node against the corpus's static
// index, each query in a cold session of its own.
func runClient(t *testing.T, c *corpus, queries []jsQuery) []jsRun {
	t.Helper()
	return runClientWith(t, c, queries, "")
}

// runClientWith runs the client as runClient does, after prelude, a
// script run first.
func runClientWith(t *testing.T, c *corpus, queries []jsQuery, prelude string) []jsRun {
	t.Helper()
	node := testenv.Node(t)
	script := `import { search, stats } from ` + jsString("file://"+filepath.Join(c.dir, "zeren-search.js")) + `;
` + prelude + `
const qs = JSON.parse(process.argv[2]);
const out = [];
for (const [i, q] of qs.entries()) {
  const base = process.argv[3] + "s" + i + "/";
  const r = await search(q.query, { base, limit: q.limit, offset: q.offset, filters: q.filters, facets: q.facets, exactTotal: !q.fast });
  out.push({ ...r, ...stats(base) });
}
console.log(JSON.stringify(out));`
	js := filepath.Join(t.TempDir(), "run.mjs")
	if err := os.WriteFile(js, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	qj, _ := json.Marshal(queries)
	out, err := exec.Command(node, js, string(qj), c.url).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("node: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var runs []jsRun
	if err := json.Unmarshal(out, &runs); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return runs
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// answerPostings stores the answers of article numbers in 3 units or
// more, so that the small corpora have some.
const answerPostings = 3

// wordUnits stores the answers of words in 5 units or more, so that
// the small corpora have some.
const wordUnits = 5

// headPostings makes heads small, so that the tokens of the small test
// corpora have them and the client's heads-first path runs.
const headPostings = 16

// crownPostings makes crowns smaller still, so that some queries are
// proven from their crowns and others need their heads.
const crownPostings = 6
