package search_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"zeren/generator/testenv"
	"zeren/search"
)

// The search page's inline script guesses the query's dictionary buckets
// (and word buckets) before the client loads; held to the client here:
// it fetches the buckets the client reads and nothing else.
func TestPrefetchGuessesTheClient(t *testing.T) {
	c := demo(t)
	node := testenv.Node(t)
	queries := []string{
		"第十四条", "第二十七条", "罚款", "问", "ＡＢＣ问责", "“责令辞职”", "《问责条例》第七条",
		"问责·通报", "主体责任—监督责任", "a-b", "问责　整改", strings.Repeat("责任", 15),
		"一 二 三 四 五 六 七 八 九 十", "问责，整改。检查",
	}
	for _, q := range append(parityQueries, seedQueries...) {
		queries = append(queries, q.Query)
	}
	dir := t.TempDir()
	pre := filepath.Join(dir, "prefetch.js")
	src, err := search.PrefetchJS()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pre, src, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `import vm from "node:vm";
import fs from "node:fs";
import { search } from ` + jsString("file://"+filepath.Join(c.dir, "zeren-search.js")) + `;
const [code, manifest, url] = [fs.readFileSync(process.argv[2], "utf8"), fs.readFileSync(process.argv[3], "utf8"), process.argv[5]];
const out = [];
for (const [i, q] of JSON.parse(process.argv[4]).entries()) {
  const base = url + "s" + i + "/", rel = (u) => String(u).slice(base.length);
  const guessed = [];
  const page = { URLSearchParams, URL, TextEncoder, Map,
    location: { search: "?q=" + encodeURIComponent(q), href: base + "index.html" },
    document: { getElementById: (id) => id === "search-manifest" ? { textContent: manifest, getAttribute: () => base } : null },
    fetch: (u) => { guessed.push(rel(u)); return new Promise(() => {}); } };
  page.window = page;
  vm.runInNewContext(code, page);
  const fetched = [], real = globalThis.fetch;
  globalThis.fetch = (u) => { fetched.push(rel(u)); return real(u); };
  const r = await search(q, { base, exactTotal: false });
  globalThis.fetch = real;
  out.push({ guessed, fetched, via: r.via });
}
console.log(JSON.stringify(out));`
	js := filepath.Join(dir, "run.mjs")
	if err := os.WriteFile(js, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	qj, _ := json.Marshal(queries)
	out, err := exec.Command(node, js, pre, filepath.Join(c.dir, "manifest.json"), string(qj), c.url).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("node: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var runs []struct {
		Guessed, Fetched []string
		Via              string
	}
	if err := json.Unmarshal(out, &runs); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for i, r := range runs {
		var read []string
		for _, f := range r.Fetched {
			if (strings.HasPrefix(f, "d/") || strings.HasPrefix(f, "w/")) && !slices.Contains(read, f) {
				read = append(read, f)
			}
		}
		guessed := slices.Clone(r.Guessed)
		slices.Sort(read)
		slices.Sort(guessed)
		if !slices.Equal(guessed, read) {
			t.Errorf("%q (%s): the page guesses %v, the client reads the buckets %v", queries[i], r.Via, guessed, read)
		}
	}
}
