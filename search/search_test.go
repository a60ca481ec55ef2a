package search_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zeren/generator"
	"zeren/search"
)

// Any string of two or more characters that appears in a unit's text
// finds that unit: thousands of random substrings of the demo corpus and
// of the seed site.
func TestLiteralGuarantee(t *testing.T) {
	for name, c := range map[string]*corpus{"demo": demo(t), "seeds": seeds(t)} {
		rng := rand.New(rand.NewPCG(4, uint64(len(name))))
		checked := 0
		for tries := 0; checked < 2500 && tries < 100000; tries++ {
			i := rng.IntN(len(c.units))
			r := []rune(c.units[i].Text)
			if len(r) < 2 {
				continue
			}
			n := 2 + rng.IntN(min(15, len(r)-1))
			at := rng.IntN(len(r) - n + 1)
			sub := string(r[at : at+n])
			if len(search.Terms(sub)) == 0 {
				continue // only spaces and punctuation
			}
			checked++
			ok, err := c.ix.MatchesUnit(sub, i)
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				t.Errorf("%s: %q is in %s#%s but does not find it", name, sub, c.units[i].Doc, c.units[i].EID)
			}
			// Through the whole query too, for some: a literal result.
			if checked%10 == 0 {
				res, err := c.ix.Search(context.Background(), search.Request{Query: sub, Limit: 1})
				if err != nil || res.Total == 0 || res.Partial {
					t.Errorf("%s: %q: total %d, partial %v, %v", name, sub, res.Total, res.Partial, err)
				}
			}
		}
		if checked < 2500 {
			t.Errorf("%s: only %d substrings checked", name, checked)
		}
	}
}

// Units holding the whole query come first; bigrams shared elsewhere do
// not count until nothing holds it.
func TestRanking(t *testing.T) {
	c := demo(t)
	text := map[string]string{}
	for _, u := range c.units {
		text[u.Doc+"#"+u.EID] = u.Text
	}
	get := func(q string, filters map[string][]string) *search.Result {
		t.Helper()
		res, err := c.ix.Search(context.Background(), search.Request{Query: q, Limit: 50, Filters: filters})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	// Every hit of a phrase holds it.
	for _, q := range []string{"责令辞职", "落实主体责任不力", "问责"} {
		res := get(q, nil)
		if res.Total == 0 || res.Partial {
			t.Fatalf("%s: total %d partial %v", q, res.Total, res.Partial)
		}
		for _, h := range res.Hits {
			if !strings.Contains(text[h.Doc+"#"+h.EID], q) {
				t.Errorf("%s: hit %s#%s does not hold it", q, h.Doc, h.EID)
			}
		}
	}
	// Nothing holds it: the hits share bigrams and say so.
	res := get("责令其辞职", nil)
	if !res.Partial || res.Total == 0 {
		t.Errorf("责令其辞职: total %d partial %v, want partial hits", res.Total, res.Partial)
	}
	// An article number: the articles so numbered, then the citations.
	res = get("第六条", nil)
	seenOther := false
	articles := 0
	for _, h := range res.Hits {
		if h.EID == "art_6" {
			articles++
			if seenOther {
				t.Errorf("第六条: %s#art_6 ranks below a citation", h.Doc)
			}
		} else {
			seenOther = true
		}
	}
	if articles < 3 || res.Hits[0].EID != "art_6" {
		t.Errorf("第六条: %d articles numbered 第六条 among %v", articles, res.Hits)
	}
	// Widths and case fold.
	for _, pair := range [][2]string{{"ＰＤＦ", "pdf"}, {"２０２３年", "2023年"}, {"（一）", "(一)"}} {
		a, b := get(pair[0], nil), get(pair[1], nil)
		if a.Total != b.Total || len(a.Hits) != len(b.Hits) {
			t.Errorf("%s finds %d, %s finds %d", pair[0], a.Total, pair[1], b.Total)
		}
	}
	// Filters narrow without changing the order.
	all, outcomes := get("问责", nil), get("问责", map[string][]string{"kind": {"outcome"}})
	var want []string
	for _, h := range all.Hits {
		if strings.HasPrefix(h.URL, "/outcomes/") {
			want = append(want, h.Doc)
		}
	}
	for i, h := range outcomes.Hits {
		if i < len(want) && h.Doc != want[i] {
			t.Errorf("filtered hit %d is %s, want %s", i, h.Doc, want[i])
			break
		}
	}
}

// Two exports of the same site are byte-identical.
func TestExportIsDeterministic(t *testing.T) {
	s, _, err := generator.Check(generator.Options{Source: "..", Today: "2026-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	export := func() map[string][]byte {
		units := search.Units(s, func(p string) string { return p })
		ix, err := search.Build(filepath.Join(t.TempDir(), "index"), units, search.BuildOptions{BatchSize: 37})
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		files, _, err := search.Export(ix, units, search.ExportOptions{Base: "/"})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]byte{}
		for _, f := range files {
			out[f.Path] = f.Data
		}
		return out
	}
	a, b := export(), export()
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs between exports", p)
		}
	}
}

// Nothing of an internal or embargoed record reaches the static index,
// compressed or not.
func TestWithheldRecordsAreInNoShard(t *testing.T) {
	root := t.TempDir()
	for name, body := range map[string]string{
		"content/regulations/gui-ding.md":      "---\ntitle: 某某县测试规定\n---\n第一条 为规范问责工作,制定本规定。\n",
		"content/outcomes/public-record.md":    "---\ntitle: 公开记录\ndecided: 2024-05-01\nsubject: 领导干部\nforms: [诫勉]\n---\n经查,某县某局党组书记落实主体责任不力。\n",
		"content/outcomes/internal-record.md":  "---\ntitle: 内部记录\ndecided: 2024-05-01\nsubject: 领导干部\ndisclosure: internal\n---\nSENTINEL-INTERNAL-0001 不得公开。\n",
		"content/outcomes/embargoed-record.md": "---\ntitle: 禁发记录\ndecided: 2024-05-01\nsubject: 领导干部\nembargo_until: 2099-12-31\n---\nSENTINEL-EMBARGO-0002 尚未到公开日期。\n",
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := generator.Build(generator.Options{Source: root, Today: "2026-01-02"}); err != nil {
		t.Fatal(err)
	}
	shards := 0
	filepath.WalkDir(filepath.Join(root, "public", "search"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, _ := os.ReadFile(p)
		if strings.HasSuffix(p, ".bin") {
			z, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if data, err = io.ReadAll(z); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			shards++
		}
		for _, s := range []string{"SENTINEL", "sentinel", "内部记录", "禁发记录", "internal-record", "embargoed-record", "不得公开"} {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s holds %q", p, s)
			}
		}
		return nil
	})
	if shards < 3 {
		t.Fatalf("only %d shards written", shards)
	}
	// The public record is there: the shards are not simply empty.
	ix, err := search.Open(search.IndexDir(filepath.Join(root, ".zeren"), false))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), search.Request{Query: "主体责任"})
	if err != nil || res.Total != 1 {
		t.Errorf("主体责任: %+v, %v; want the public record", res, err)
	}
	if res, _ := ix.Search(context.Background(), search.Request{Query: "SENTINEL"}); res.Total != 0 {
		t.Errorf("the index holds a withheld record: %+v", res)
	}
}
