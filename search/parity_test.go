package search_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"zeren/generator/testenv"
	"zeren/search"
)

// parityQueries are read by the Bleve query and by the browser client
// alike: words and phrases, several terms, article numbers, single
// characters, widths, no literal match, filters, pages and facets.
var parityQueries = []jsQuery{
	// words
	{Query: "问责"}, {Query: "责任"}, {Query: "党委"}, {Query: "纪委"}, {Query: "检查"},
	{Query: "整改"}, {Query: "通报"}, {Query: "诫勉"}, {Query: "考核"}, {Query: "监督"},
	{Query: "领导干部"}, {Query: "主体责任"}, {Query: "党风廉政"}, {Query: "纪律处分"}, {Query: "应当"},
	// phrases
	{Query: "落实主体责任不力"}, {Query: "党风廉政建设"}, {Query: "责令辞职"}, {Query: "每半年至少"},
	{Query: "中央八项规定精神"}, {Query: "全面从严治党主体责任"}, {Query: "问责决定"}, {Query: "问责制"},
	{Query: "本办法自印发之日起施行"}, {Query: "对上级的工作要求和督促提醒拒不整改"},
	// two and more terms
	{Query: "主体责任 检查"}, {Query: "问责 通报"}, {Query: "党组织 改组"}, {Query: "诫勉 领导干部"},
	{Query: "纪委 监委 研究"}, {Query: "整改，通报"}, {Query: "《某某市党政领导干部问责办法》 第六条"},
	// article numbers
	{Query: "第六条"}, {Query: "第十四条"}, {Query: "第二十七条"}, {Query: "第一条"}, {Query: "第3条"},
	// characters, widths, digits, Latin
	{Query: "问"}, {Query: "党"}, {Query: "问 责"}, {Query: "２０２３年"}, {Query: "2023年"},
	{Query: "ＰＤＦ"}, {Query: "（一）"},
	// nothing literal: partial matches
	{Query: "问责制度化"}, {Query: "责令其辞去"}, {Query: "不存在的一句话"}, {Query: "zzzz"},
	// filters, pages, facets
	{Query: "问责", Filters: map[string][]string{"kind": {"outcome"}}},
	{Query: "问责", Filters: map[string][]string{"kind": {"regulation", "list"}}},
	{Query: "诫勉", Filters: map[string][]string{"year": {"2023"}}},
	{Query: "问责", Filters: map[string][]string{"forms": {"诫勉"}, "subject": {"领导干部"}}},
	{Query: "检查", Filters: map[string][]string{"region": {"某某县"}}},
	{Query: "第六条", Filters: map[string][]string{"kind": {"outcome"}}},
	{Query: "领导干部", Filters: map[string][]string{"kind": {"outcome"}}},
	{Query: "主体责任 领导干部"}, {Query: "党风廉政建设 责任", Limit: 5, Offset: 5}, {Query: "主体责任", Facets: true},
	{Query: "问责", Limit: 5, Offset: 10},
	{Query: "责任", Limit: 25},
	{Query: "问责", Facets: true},
	{Query: "主体责任 检查", Facets: true, Filters: map[string][]string{"kind": {"document", "regulation"}}},
	{Query: "责令其辞去", Facets: true},
}

var seedQueries = []jsQuery{
	{Query: "问责"}, {Query: "问责条例"}, {Query: "党组织"}, {Query: "第七条"}, {Query: "第十四条"},
	{Query: "纪律处分"}, {Query: "责令辞职"}, {Query: "向社会公开"}, {Query: "每半年至少1次"}, {Query: "扣分"},
	{Query: "责任单位"}, {Query: "党风廉政建设"}, {Query: "主体责任 监督责任"}, {Query: "第一条"}, {Query: "穗办〔2009〕6号"},
	{Query: "问责", Filters: map[string][]string{"kind": {"list"}}},
	{Query: "责任", Facets: true},
}

func TestClientParityDemo(t *testing.T) {
	via := parity(t, demo(t), parityQueries)
	// Each way the client finds hits is held to Bleve here, but for a
	// large term's stored top units (PackBytes of postings), which the
	// demo corpus has none of by default: TestClientParityDemoPostings
	// exports them.
	for _, path := range []string{"answer", "word", "words", "text", "postings", "fallback", "page"} {
		if via[path] == 0 {
			t.Errorf("no query was answered by the client's %s path: %v", path, via)
		}
	}
}

func TestClientParityDemoPostings(t *testing.T) {
	via := parity(t, demoPostings(t), parityQueries)
	if via["text"] > 0 {
		t.Errorf("the text path ran without text_units: %v", via)
	}
	if via["top"] == 0 || via["page"] == 0 {
		t.Errorf("no query was answered from a term's top units and its stored page: %v", via)
	}
}

func TestClientParitySeeds(t *testing.T) {
	parity(t, seeds(t), seedQueries)
}

// Where a browser has no DecompressionStream, the client inflates
// files with inflate.js: with Node's taken away, no file could be read
// without it.
func TestClientParityInflateJS(t *testing.T) {
	parityWith(t, demoPostings(t), parityQueries, `delete globalThis.DecompressionStream;`)
}

// parity holds the browser client to the Bleve query: the same total,
// the same hits in the same order with the same scores and snippets, the
// same facet counts. It counts the client's paths to the hits, and as
// "page" the queries whose hits came from a stored first page.
func parity(t *testing.T, c *corpus, queries []jsQuery) map[string]int {
	t.Helper()
	return parityWith(t, c, queries, "")
}

// parityWith is parity with a script run before the queries.
func parityWith(t *testing.T, c *corpus, queries []jsQuery, prelude string) map[string]int {
	t.Helper()
	runs := runClientWith(t, c, queries, prelude)
	via := map[string]int{}
	for i, q := range queries {
		via[runs[i].Via]++
		if runs[i].Page {
			via["page"]++
		}
		want, err := c.ix.Search(context.Background(), search.Request{Query: q.Query, Limit: q.Limit, Offset: q.Offset, Filters: q.Filters, Facets: q.Facets})
		if err != nil {
			t.Fatalf("%q: %v", q.Query, err)
		}
		for _, part := range []struct {
			name      string
			bleve, js any
		}{
			{"total", want.Total, runs[i].Total},
			{"partial", want.Partial, runs[i].Partial},
			{"hits", want.Hits, runs[i].Hits},
			{"facets", want.Facets, runs[i].Facets},
		} {
			wj, _ := json.Marshal(part.bleve)
			gj, _ := json.Marshal(part.js)
			if string(wj) != string(gj) {
				t.Errorf("%+v (%s): %s differ\nBleve  %s\nclient %s", q, runs[i].Via, part.name, wj, gj)
			}
		}
	}
	return via
}

// With exactTotal: false the client may answer from the crowns or heads
// of common bigrams; the hits must be the same, the total no more than
// the exact.
func TestClientHeadsFirst(t *testing.T) {
	headsFirst(t, demo(t), "crown", "heads", "textorder")
}

// The same with blocks of a few postings, so that the units the heads
// leave open are read from many blocks (no text path: no textorder).
func TestClientHeadsFirstBlocks(t *testing.T) {
	headsFirst(t, demoPostings(t), "crown", "heads")
}

// The same where the text path takes only the rarest bigrams, so that
// the units the heads leave open are checked from their text.
func TestClientHeadsFirstFewTexts(t *testing.T) {
	headsFirst(t, demoFewTexts(t), "crown", "heads")
}

// headsFirst runs the queries without filters or facets fast, and fails
// when one of paths was never taken.
func headsFirst(t *testing.T, c *corpus, paths ...string) {
	var queries []jsQuery
	for _, q := range append(parityQueries, seedQueries...) {
		if q.Filters == nil && !q.Facets {
			q.Fast = true
			queries = append(queries, q)
			q.Limit, q.Offset = 3, 0
			queries = append(queries, q)
		}
	}
	runs := runClient(t, c, queries)
	fast, via := 0, map[string]int{}
	for i, q := range queries {
		via[runs[i].Via]++
		want, err := c.ix.Search(context.Background(), search.Request{Query: q.Query, Limit: q.Limit, Offset: q.Offset})
		if err != nil {
			t.Fatal(err)
		}
		wj, _ := json.Marshal(want.Hits)
		gj, _ := json.Marshal(runs[i].Hits)
		if string(wj) != string(gj) {
			t.Errorf("%q heads first: hits differ\nBleve  %s\nclient %s", q.Query, wj, gj)
		}
		if runs[i].Estimated {
			fast++
			if runs[i].Total > want.Total {
				t.Errorf("%q: estimated total %d above the exact %d", q.Query, runs[i].Total, want.Total)
			}
		} else if runs[i].Total != want.Total {
			t.Errorf("%q: total %d, want %d", q.Query, runs[i].Total, want.Total)
		}
	}
	t.Logf("%d of %d queries with an estimated total; paths: %v", fast, len(queries), via)
	for _, path := range paths {
		if via[path] == 0 {
			t.Errorf("no query took the client's %s path: %v", path, via)
		}
	}
	if fast < 5 {
		t.Errorf("only %d of %d queries were answered from the heads", fast, len(queries))
	}
}

// The client carries the manifest of its export: searching its own
// folder (no base given) fetches no manifest.json and finds what a search
// given the base finds.
func TestClientExportedManifest(t *testing.T) {
	c := demo(t)
	node := testenv.Node(t)
	// The client is loaded from a folder of its own, whose files come
	// from the server.
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join(c.dir, "zeren-search.js"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "zeren-search.js"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `import { search } from ` + jsString("file://"+filepath.Join(dir, "zeren-search.js")) + `;
const own = ` + jsString("file://"+dir+"/") + `, url = process.argv[2], real = globalThis.fetch, got = [];
globalThis.fetch = (u) => {
  u = String(u);
  if (!u.startsWith(own)) return real(u);
  got.push(u.slice(own.length));
  return real(url + "s0/" + u.slice(own.length));
};
const mine = await search("责令辞职");
const given = await search("责令辞职", { base: url + "s1/" });
console.log(JSON.stringify({ got, same: JSON.stringify(mine.hits) === JSON.stringify(given.hits), hits: mine.hits.length }));`
	js := filepath.Join(dir, "run.mjs")
	if err := os.WriteFile(js, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, js, c.url).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("node: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var r struct {
		Got  []string
		Same bool
		Hits int
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if r.Hits == 0 || !r.Same {
		t.Errorf("searching the client's own folder: %d hits, the same as with the base given: %v", r.Hits, r.Same)
	}
	if slices.Contains(r.Got, "manifest.json") {
		t.Errorf("the client fetched its manifest: %v", r.Got)
	}
}
