package importer

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The large corpus (../shared/corpus/laws, 3,475 real laws in a Markdown
// dialect) is read where it lies and never copied. The test imports a
// sample of about thirty files, spread over the whole corpus and chosen
// to include the dialect's odd corners, and checks that every article of
// the source is an article of the output. ZEREN_CORPUS=all checks every
// file.

// reSourceArticle matches an article marker of the dialect: 第X条 or
// 第X条之一 starting a paragraph (a stray space inside it, 第三十五 条, is
// a typo of the source), or after a sentence end and followed by a space
// (a source line may hold several articles).
var reSourceArticle = regexp.MustCompile(`(?m)^[ \x{3000}]*第[ \x{3000}]*[零〇一二三四五六七八九十百千]+[ \x{3000}]*条(?:之[一二三四五六七八九十]+)?|[。；;][ \x{3000}]*第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?[ \x{3000}]`)

func corpus(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the corpus is missing at %s", corpusDir)
		}
		t.Skipf("no corpus at %s: %v", corpusDir, err)
	}
	return corpusDir
}

// corpusSample picks every n-th file in path order, and the first file
// that shows each odd corner of the dialect.
func corpusSample(t *testing.T, dir string) []string {
	t.Helper()
	var all []string
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".md") {
			all = append(all, p)
		}
		return err
	})
	everything := os.Getenv("ZEREN_CORPUS") == "all"
	corners := []*regexp.Regexp{
		regexp.MustCompile(`(?m)^第[一二三四五六七八九十百千]+条之一 `),            // 第X条之一
		regexp.MustCompile(`<!-- TABLE -->`),                       // a table
		regexp.MustCompile(`(?m)^## 第一章.*\n\n## 第二章`),              // a table of contents
		regexp.MustCompile(`(?m)\A# .*\n\n# `),                     // a title in two parts
		regexp.MustCompile(`(?m)^### 第[一二三四五六七八九十]+节`),             // sections
		regexp.MustCompile(`(?m)^## 第[一二三四五六七八九十]+编`),              // books
		regexp.MustCompile(`(?m)^附件[0-9一二三四五六七八九十]*[:：]?$`),        // an appendix
		regexp.MustCompile(`(?m)^## [^第\n]+$`),                     // a heading that is no 章 (cases)
		regexp.MustCompile(`(?m)^\d{4}年\d{1,2}月\d{1,2}日 .*修正\s*$`), // amendment history
	}
	found := make([]string, len(corners))
	var sample []string
	step := max(len(all)/20, 1)
	seen := map[string]bool{} // files named directly go by their base name, which must be unique
	for i, p := range all {
		if seen[filepath.Base(p)] {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		take := everything || i%step == 0
		for k, re := range corners {
			if found[k] == "" && re.Match(data) {
				found[k], take = p, true
			}
		}
		if take {
			sample = append(sample, p)
			seen[filepath.Base(p)] = true
		}
	}
	for k, f := range found {
		if f == "" {
			t.Errorf("no corpus file shows corner %d (%s)", k, corners[k])
		}
	}
	return sample
}

// sourceArticles counts the article paragraphs below the header.
func sourceArticles(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if _, body, ok := strings.Cut(text, infoEnd); ok {
		text = body
	}
	return len(reSourceArticle.FindAllStringIndex(text, -1))
}

func TestCorpusArticlesSurvive(t *testing.T) {
	dir := corpus(t)
	sample := corpusSample(t, dir)
	if len(sample) < 25 {
		t.Fatalf("sample of %d files, want about 30", len(sample))
	}
	res, err := Import(Options{Site: t.TempDir(), DryRun: true, KeepGoing: true}, sample...)
	if err != nil && len(res) == 0 {
		t.Fatal(err)
	}
	articles := map[string]int{}
	regulation := map[string]bool{}
	for _, r := range res {
		file := strings.SplitN(r.Source, "#", 2)[0]
		articles[file] += r.Counts.Articles
		regulation[file] = regulation[file] || r.Kind == KindRegulation
	}
	checked := 0
	for _, p := range sample {
		want := sourceArticles(t, p)
		got, ok := articles[filepath.Base(p)]
		if !ok {
			if want > 0 {
				t.Errorf("%s: not imported, but has %d articles (%v)", p, want, err)
			}
			continue
		}
		if !regulation[filepath.Base(p)] {
			// Prose (a case) may quote an article or two, which stay
			// text; more articles than that make a regulation.
			if want >= 3 {
				t.Errorf("%s: %d articles in the source, but not imported as a regulation", p, want)
			}
			continue
		}
		checked++
		// The importer may find more than the count: an article run
		// onto the end of another's line without a space. More than
		// a few more, or fewer, is an error.
		if got < want || got > want+want/20+1 {
			t.Errorf("%s: %d articles in the source, %d imported", p, want, got)
		}
	}
	t.Logf("%d corpus files checked, %d documents", checked, len(res))
}

// TestCorpusMetadata imports a file of each kind of history and checks
// the front matter the dialect gives.
func TestCorpusMetadata(t *testing.T) {
	dir := corpus(t)
	var amended, court string
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || (amended != "" && court != "") {
			return err
		}
		data, _ := os.ReadFile(p)
		head, _, _ := strings.Cut(string(data), infoEnd)
		switch {
		case amended == "" && strings.Contains(head, "令第") && strings.Contains(head, "修订") && fileDate(p) != "":
			amended = p
		case court == "" && strings.HasPrefix(head, "# 最高人民法院关于") && strings.Contains(head, "审判委员会"):
			court = p
		}
		return nil
	})
	if amended == "" || court == "" {
		t.Fatalf("corpus files not found: %q %q", amended, court)
	}
	for _, p := range []string{amended, court} {
		res, err := Import(Options{Site: t.TempDir()}, p)
		if err != nil {
			t.Fatal(err)
		}
		f := readContent(t, res[0].Path)
		for _, key := range []string{"title", "issued", "effective", "issuer"} {
			if f.meta[key] == nil {
				t.Errorf("%s: no %s in %v", p, key, f.meta)
			}
		}
		if strings.HasPrefix(fmtAny(f.meta["title"]), "#") {
			t.Errorf("%s: title %v keeps the # mark", p, f.meta["title"])
		}
		if p == amended && !strings.Contains(fmtAny(f.meta["doc_number"]), "令第") {
			t.Errorf("%s: doc_number %v, want the 令第N号 of its history", p, f.meta["doc_number"])
		}
		if p == court && f.meta["issuer"] != "最高人民法院" {
			t.Errorf("%s: issuer %v, want 最高人民法院", p, f.meta["issuer"])
		}
		if strings.Contains(f.body, "INFO END") || strings.Contains(f.body, "## 第") {
			t.Errorf("%s: body keeps the dialect's markup", p)
		}
	}
}

func fmtAny(v any) string {
	s, _ := v.(string)
	return s
}
