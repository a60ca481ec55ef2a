package generator_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zeren/generator"
	"zeren/generator/importer"
	"zeren/generator/testenv"
)

// seedsDir is ../shared/seeds seen from the repository root. The seeds are
// read at test time and never copied into the repository.
func seedsDir(t *testing.T) string { return testenv.Shared(t, "seeds") }

type (
	seedTwin   = testenv.Twin
	seedClause = testenv.TwinClause
)

func childrenOf(c *seedClause, level string) int {
	n := 0
	for _, ch := range c.Children {
		if ch.Level == level {
			n++
		}
	}
	return n
}

// buildSeedSite imports the five seeds with the importer alone and builds
// the result, as `make seeds` does. It returns the twins by source.
func buildSeedSite(t *testing.T) (string, map[string]*seedTwin) {
	t.Helper()
	root := t.TempDir()
	if _, err := importer.Import(importer.Options{Site: root}, seedsDir(t)); err != nil {
		t.Fatal(err)
	}
	res, err := generator.Build(generator.Options{Source: root})
	if err != nil {
		t.Fatal(err)
	}
	twins := map[string]*seedTwin{}
	for _, d := range res.Site.Docs {
		b, err := os.ReadFile(filepath.Join(root, "public", filepath.FromSlash(d.URL()), "index.json"))
		if err != nil {
			t.Fatal(err)
		}
		var tw seedTwin
		if err := json.Unmarshal(b, &tw); err != nil {
			t.Fatal(err)
		}
		twins[tw.Source] = &tw
	}
	return root, twins
}

func TestSeedSite(t *testing.T) {
	root, twins := buildSeedSite(t)
	get := func(prefix string) *seedTwin {
		t.Helper()
		var found *seedTwin
		for src, tw := range twins {
			if strings.HasPrefix(src, prefix) && (found == nil || src < found.Source) {
				found = tw
			}
		}
		if found == nil {
			var all []string
			for src := range twins {
				all = append(all, src)
			}
			t.Fatalf("no document imported from %q; have %v", prefix, all)
		}
		return found
	}

	// Every seed is in the site: 10 + 1 + 2 + 7 + 1 documents.
	perFile := map[string]int{}
	for src := range twins {
		perFile[strings.SplitN(src, "_", 2)[0]]++
	}
	for file, want := range map[string]int{"000": 10, "001": 1, "002": 2, "003": 7, "004": 1} {
		if perFile[file] != want {
			t.Errorf("seed %s gave %d documents, want %d", file, perFile[file], want)
		}
	}

	// Seed 004, the Liaoning rules: 4 chapters, 31 articles, article 6
	// with 16 items.
	liaoning := get("004_")
	if liaoning.Kind != "regulation" || liaoning.Count("chapter") != 4 || liaoning.Count("article") != 31 {
		t.Errorf("seed 004: kind %s, %d chapters, %d articles; want regulation, 4, 31", liaoning.Kind, liaoning.Count("chapter"), liaoning.Count("article"))
	}
	if a6 := liaoning.Find("art_6"); a6 == nil || childrenOf(a6, "item") != 16 {
		t.Errorf("seed 004 art_6 = %+v, want 16 items", a6)
	}

	// Seed 002: articles 1 to 23, none missing.
	assessment := get("002_98ca728807ffae1b.txt")
	for i := 1; i <= 23; i++ {
		if assessment.Find(fmt.Sprintf("art_%d", i)) == nil {
			t.Errorf("seed 002: art_%d missing", i)
		}
	}
	if n := assessment.Count("article"); n != 23 {
		t.Errorf("seed 002 has %d articles, want 23", n)
	}

	// Seed 003, first piece, the Guangzhou rules: article 14 has 8 items
	// and 3 paragraphs.
	guangzhou := get("003_6130ac9a09b5cae8.txt#第一篇")
	a14 := guangzhou.Find("art_14")
	if a14 == nil || childrenOf(a14, "paragraph") != 3 {
		t.Fatalf("seed 003 art_14 = %+v, want 3 paragraphs", a14)
	}
	if p1 := guangzhou.Find("art_14__para_1"); p1 == nil || childrenOf(p1, "item") != 8 {
		t.Errorf("seed 003 art_14__para_1 = %+v, want 8 items", p1)
	}
	if guangzhou.DocNumber != "穗办〔2009〕6号" || guangzhou.Issued != "2009-03-04" || guangzhou.Effective != "2009-04-01" {
		t.Errorf("seed 003 piece 1 metadata: %q %q %q", guangzhou.DocNumber, guangzhou.Issued, guangzhou.Effective)
	}

	// Prose becomes documents; the appendices of seed 000 piece 1 are lists.
	if tw := get("001_"); tw.Kind != "document" {
		t.Errorf("seed 001 is a %s, want a document", tw.Kind)
	}
	lists := 0
	for src, tw := range twins {
		if strings.HasPrefix(src, "000_") && strings.Contains(src, "附件") && tw.Kind == "list" {
			lists++
		}
	}
	if lists != 2 {
		t.Errorf("seed 000 piece 1 gave %d appendix lists, want 2", lists)
	}

	// The document-site boilerplate is gone from every output file.
	filepath.WalkDir(filepath.Join(root, "public"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, _ := os.Open(p)
		b, _ := io.ReadAll(f)
		f.Close()
		for _, junk := range []string{"文档编号", "上传时间", "由会员分享", "关 键 词", "配套讲稿", "特殊限制", "推荐阅读", "下载本文", "重4 大"} {
			if strings.Contains(string(b), junk) {
				t.Errorf("%s still contains %q", p, junk)
			}
		}
		return nil
	})
}
