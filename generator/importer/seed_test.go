package importer

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"zeren/generator/clause"
)

// The seeds are real scraped texts; they are read where they lie and never
// copied into the repository. These tests assert on structure and on short
// phrases only.

const seedDir = "../../../shared/seeds"

func seeds(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(seedDir); err != nil {
		t.Skipf("seeds not found at %s: %v", seedDir, err)
	}
	return seedDir
}

// imported is one content file read back.
type imported struct {
	path string
	meta map[string]any
	body string
}

// importSeeds imports every seed into a fresh site and reads the files
// back, by source.
func importSeeds(t *testing.T) (string, []Result, map[string]imported) {
	t.Helper()
	dir := seeds(t)
	site := t.TempDir()
	res, err := Import(Options{Site: site}, dir)
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	files := map[string]imported{}
	for _, r := range res {
		if !r.Written {
			t.Errorf("%s: not written", r.Source)
		}
		files[r.Source] = readContent(t, r.Path)
	}
	return site, res, files
}

func readContent(t *testing.T, path string) imported {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if !strings.HasPrefix(text, "---\n") {
		t.Fatalf("%s: no front matter", path)
	}
	fm, body, ok := strings.Cut(text[4:], "\n---\n")
	if !ok {
		t.Fatalf("%s: front matter not closed", path)
	}
	var meta map[string]any
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &node); err != nil {
		t.Fatalf("%s: front matter: %v", path, err)
	}
	if err := node.Decode(&meta); err != nil {
		t.Fatalf("%s: front matter: %v", path, err)
	}
	// Dates must be plain YAML timestamps (the loader accepts !!timestamp).
	for i := 0; i+1 < len(node.Content[0].Content); i += 2 {
		k, v := node.Content[0].Content[i], node.Content[0].Content[i+1]
		switch k.Value {
		case "adopted", "issued", "effective":
			if v.Tag != "!!timestamp" || v.Style != 0 {
				t.Errorf("%s: %s is %s %q, want an unquoted date", path, k.Value, v.Tag, v.Value)
			}
			meta[k.Value] = v.Value
		}
	}
	return imported{path: path, meta: meta, body: body}
}

const (
	s000 = "000_ad7caff1a7d132dc.txt"
	s001 = "001_03c04ce150fdfa3b.txt"
	s002 = "002_98ca728807ffae1b.txt"
	s003 = "003_6130ac9a09b5cae8.txt"
	s004 = "004_fd56022e734cdca1.txt"
)

func TestSeedDocuments(t *testing.T) {
	_, res, files := importSeeds(t)
	want := map[string]string{
		s000 + "#篇1":      KindDocument, // a 工作方案: its title names a prose genre
		s000 + "#篇1/附件1":  KindList,
		s000 + "#篇1/附件2":  KindList,
		s000 + "#篇2":      KindDocument,
		s000 + "#篇3":      KindDocument,
		s000 + "#篇4":      KindDocument, // a 实施办法 without articles
		s000 + "#篇5":      KindDocument,
		s000 + "#篇6":      KindRegulation,
		s000 + "#篇7":      KindDocument,
		s000 + "#篇8":      KindDocument,
		s001:              KindDocument,
		s002:              KindRegulation,
		s002 + "#附件1":     KindIndicators,
		s003 + "#第一篇":     KindRegulation,
		s003 + "#第二篇":     KindDocument,
		s003 + "#第三篇":     KindDocument,
		s003 + "#第四篇":     KindRegulation,
		s003 + "#第四篇/附件1": KindDocument,
		s003 + "#第五篇":     KindRegulation,
		s003 + "#第五篇/解读":  KindDocument,
		s004:              KindRegulation,
	}
	got := map[string]string{}
	for _, r := range res {
		got[r.Source] = r.Kind
		section := kinds[r.Kind].section
		if filepath.Base(filepath.Dir(r.Path)) != section {
			t.Errorf("%s: %s is not in content/%s", r.Source, r.Path, section)
		}
	}
	for src, kind := range want {
		if got[src] != kind {
			t.Errorf("%s: kind %q, want %q", src, got[src], kind)
		}
	}
	for src := range got {
		if _, ok := want[src]; !ok {
			t.Errorf("unexpected document %s", src)
		}
	}
	// Parents.
	parents := map[string]string{
		s000 + "#篇1/附件1": s000 + "#篇1", s000 + "#篇1/附件2": s000 + "#篇1",
		s002 + "#附件1": s002, s003 + "#第四篇/附件1": s003 + "#第四篇", s003 + "#第五篇/解读": s003 + "#第五篇",
	}
	ids := map[string]string{}
	for _, r := range res {
		ids[r.Source] = r.ID
	}
	for child, parent := range parents {
		if p := files[child].meta["parent"]; p != ids[parent] {
			t.Errorf("%s: parent %v, want %s", child, p, ids[parent])
		}
	}
	if id := ids[s000+"#篇1/附件2"]; id != ids[s000+"#篇1"]+"-fujian-2" {
		t.Errorf("appendix id %s, want the parent's id + -fujian-2", id)
	}
}

func TestSeedTitlesUnique(t *testing.T) {
	_, res, _ := importSeeds(t)
	seen := map[string]string{}
	for _, r := range res {
		if prev, ok := seen[r.Title]; ok {
			t.Errorf("title %q of %s repeats %s", r.Title, r.Source, prev)
		}
		seen[r.Title] = r.Source
		if !reID.MatchString(r.ID) || len(r.ID) > 60 {
			t.Errorf("%s: id %q is not a short ASCII slug", r.Source, r.ID)
		}
	}
	titles := map[string]string{}
	for _, r := range res {
		titles[r.Source] = r.Title
	}
	// Titles are checked by short pieces (prefix, suffix), never copied.
	for _, tc := range []struct{ src, prefix, suffix string }{
		{s000 + "#篇1", "宁远镇党委", "工作方案"},
		{s000 + "#篇3", "落实企业主体责任有新招", ""},
		{s000 + "#篇5", "落实主体责任考核办法", "(篇5)"},
		{s000 + "#篇1/附件2", "宁远镇党委书记责任清单", ""},
		{s001, "关于落实党风廉政建设", "实践与思考"},
		{s002, "市党建工作成效考核办法", ""},
		{s003 + "#第一篇", "广州市党政领导干部", "问责暂行办法"},
		{s003 + "#第五篇", "中国共产党问责条例", ""},
	} {
		got := titles[tc.src]
		if !strings.HasPrefix(got, tc.prefix) || !strings.HasSuffix(got, tc.suffix) || (tc.suffix == "" && got != tc.prefix) {
			t.Errorf("%s: title %q, want %q…%q", tc.src, got, tc.prefix, tc.suffix)
		}
	}
	if !strings.HasSuffix(titles[s004], "实施细则") {
		t.Errorf("%s: inferred title %q should end with 实施细则", s004, titles[s004])
	}
	if !hasWarning(res, s004, "title inferred") {
		t.Errorf("%s: no 'title inferred' warning", s004)
	}
}

func hasWarning(res []Result, src, part string) bool {
	for _, r := range res {
		if r.Source != src {
			continue
		}
		for _, w := range r.Warnings {
			if strings.Contains(w.String(), part) {
				return true
			}
		}
	}
	return false
}

// parsed parses an imported body the way the site will.
func parsed(t *testing.T, f imported, mode clause.Mode) []*clause.Node {
	t.Helper()
	nodes, _ := clause.Parse(f.body, mode)
	return nodes
}

func childrenOf(n *clause.Node, level clause.Level) int {
	c := 0
	for _, k := range n.Children {
		if k.Level == level {
			c++
		}
	}
	return c
}

func TestSeedStructure(t *testing.T) {
	_, res, files := importSeeds(t)
	counts := map[string]clause.Counts{}
	for _, r := range res {
		counts[r.Source] = r.Counts
	}

	if c := counts[s004]; c.Chapters != 4 || c.Articles != 31 {
		t.Errorf("%s: %d chapters %d articles, want 4 and 31", s004, c.Chapters, c.Articles)
	}
	nodes := parsed(t, files[s004], clause.ModeRegulation)
	if art6 := clause.Find(nodes, "art_6"); art6 == nil || childrenOf(art6, clause.Item) != 16 {
		t.Errorf("%s: art_6 should have 16 items: %+v", s004, art6)
	}

	nodes = parsed(t, files[s002], clause.ModeRegulation)
	seen := map[int]bool{}
	clause.Walk(nodes, func(n *clause.Node, _ int) bool {
		if n.Level == clause.Article {
			seen[n.Ordinal] = true
		}
		return true
	})
	for i := 1; i <= 23; i++ {
		if !seen[i] {
			t.Errorf("%s: article %d missing", s002, i)
		}
	}
	if len(seen) != 23 {
		t.Errorf("%s: %d articles, want 23", s002, len(seen))
	}

	if c := counts[s003+"#第一篇"]; c.Articles != 36 {
		t.Errorf("%s#第一篇: %d articles, want 36", s003, c.Articles)
	}
	nodes = parsed(t, files[s003+"#第一篇"], clause.ModeRegulation)
	art14 := clause.Find(nodes, "art_14")
	if art14 == nil || childrenOf(art14, clause.Paragraph) != 3 {
		t.Fatalf("%s#第一篇: art_14 should have 3 paragraphs: %+v", s003, art14)
	}
	if n := childrenOf(art14.Children[0], clause.Item); n != 8 {
		t.Errorf("%s#第一篇: art_14's first paragraph has %d items, want 8", s003, n)
	}
	if c := counts[s003+"#第五篇"]; c.Articles != 13 {
		t.Errorf("%s#第五篇: %d articles, want 13 (the commentary split off)", s003, c.Articles)
	}
	if c := counts[s000+"#篇6"]; c.Articles != 12 {
		t.Errorf("%s#篇6: %d articles, want 12", s000, c.Articles)
	}
	// The first list numbers its items 1–25, 29, 30: the source lacks 26–28.
	if c := counts[s000+"#篇1/附件1"]; c.Items != 27 || c.Groups != 7 {
		t.Errorf("%s#篇1/附件1: %d groups %d items, want 7 and 27", s000, c.Groups, c.Items)
	}
	if c := counts[s000+"#篇1/附件2"]; c.Items != 14 {
		t.Errorf("%s#篇1/附件2: %d items, want 14", s000, c.Items)
	}
	if c := counts[s002+"#附件1"]; c.Groups < 6 || c.Points < 50 {
		t.Errorf("%s#附件1: %d categories %d rules, want at least 6 and 50", s002, c.Groups, c.Points)
	}
}

func TestSeedMetadata(t *testing.T) {
	_, _, files := importSeeds(t)
	for _, tc := range []struct {
		src, key string
		want     any
	}{
		{s003 + "#第一篇", "doc_number", "穗办〔2009〕6号"},
		{s003 + "#第一篇", "issued", "2009-03-04"},
		{s003 + "#第一篇", "effective", "2009-04-01"},
		{s003 + "#第一篇", "status", "现行有效"},
		{s003 + "#第二篇", "doc_number", "穗办〔2006〕18号"},
		{s003 + "#第二篇", "issued", "2006-09-03"},
		{s003 + "#第三篇", "doc_number", "哈办发〔2011〕14号"},
		{s003 + "#第三篇", "issued", "2011-07-22"},
		{s003 + "#第四篇", "doc_number", "潍教字〔2011〕34号"},
		{s003 + "#第四篇", "issued", "2011-05-30"},
		{s003 + "#第四篇", "effective", "2011-05-30"}, // 自发布之日起施行
		{s003 + "#第五篇", "effective", "2016-07-08"},
		{s000 + "#篇4", "adopted", "2014-08-08"},
		{s000 + "#篇1", "imported", true},
	} {
		if got := files[tc.src].meta[tc.key]; got != tc.want {
			t.Errorf("%s: %s = %v, want %v", tc.src, tc.key, got, tc.want)
		}
	}
	// Joint issuers, in the order the signature names them.
	for _, tc := range []struct {
		src   string
		parts []string
	}{
		{s003 + "#第一篇", []string{"中共广州市委办公厅", "广州市人民政府办公厅"}},
		{s003 + "#第三篇", []string{"中共哈尔滨市委办公厅", "哈尔滨市人民政府办公厅"}},
	} {
		got, _ := files[tc.src].meta["issuer"].(string)
		if parts := strings.Split(got, "、"); len(parts) != len(tc.parts) || parts[0] != tc.parts[0] || parts[1] != tc.parts[1] {
			t.Errorf("%s: issuer %q, want %q joined with 、", tc.src, got, tc.parts)
		}
	}
	for src, f := range files {
		if f.meta["source"] != src {
			t.Errorf("%s: source %v", src, f.meta["source"])
		}
		if _, ok := f.meta["doc_number"]; ok && !strings.HasPrefix(src, s003) {
			t.Errorf("%s: doc_number %v, but the text has none of its own", src, f.meta["doc_number"])
		}
	}
}

func TestSeedBoilerplateGone(t *testing.T) {
	site, _, _ := importSeeds(t)
	var all strings.Builder
	err := filepath.WalkDir(filepath.Join(site, "content"), func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		for _, bad := range []string{"文档编号", "上传时间", "由会员分享", "关 键 词", "配套讲稿", "特殊限制", "推荐阅读", "下载本文", "重4 大", "点此处下载", "展开阅读全文", "资源描述", "请以正式文件为准", "考核责任单位\n"} {
			if bytes.Contains(data, []byte(bad)) {
				t.Errorf("%s contains %q", p, bad)
			}
		}
		all.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	out := compact(all.String())
	// Every article line of the input survives.
	entries, _ := os.ReadDir(seeds(t))
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(seedDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for n, l := range strings.Split(string(data), "\n") {
			l = trimSpace(l)
			if !reArticle.MatchString(l) {
				continue
			}
			head := []rune(compact(l))
			head = head[:min(len(head), 12)]
			if !strings.Contains(out, string(head)) {
				t.Errorf("%s:%d: article line %q… lost", e.Name(), n+1, string(head))
			}
		}
	}
	for _, phrase := range []string{"造成重大人员伤亡", "优秀,一年内不得提拔", "书面告知被调查人", "11.坚持正确的用人导向"} {
		if !strings.Contains(out, phrase) {
			t.Errorf("output lacks the repaired %q", phrase)
		}
	}
}

// snapshot reads every file under dir.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			data, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[rel] = data
		}
		return nil
	})
	return out
}

func sameFiles(t *testing.T, what string, a, b map[string][]byte) {
	t.Helper()
	var names []string
	for k := range a {
		names = append(names, k)
	}
	sort.Strings(names)
	if len(a) != len(b) {
		t.Errorf("%s: %d files, then %d", what, len(a), len(b))
	}
	for _, k := range names {
		if !bytes.Equal(a[k], b[k]) {
			t.Errorf("%s: %s differs", what, k)
		}
	}
}

func TestSeedDeterministicAndSafe(t *testing.T) {
	dir := seeds(t)
	site1, site2 := t.TempDir(), t.TempDir()
	if _, err := Import(Options{Site: site1}, dir); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(Options{Site: site2}, dir); err != nil {
		t.Fatal(err)
	}
	first := snapshot(t, site1)
	sameFiles(t, "two sites", first, snapshot(t, site2))

	// Again into the same site: refused, nothing touched.
	res, err := Import(Options{Site: site1}, dir)
	if err == nil || !strings.Contains(err.Error(), "already exists") || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("second import: err = %v, want an 'already exists … --force' error", err)
	}
	if !strings.Contains(err.Error(), filepath.Join(site1, "content")) {
		t.Errorf("error does not name the file: %v", err)
	}
	for _, r := range res {
		if r.Written {
			t.Errorf("%s written despite the error", r.Source)
		}
	}
	sameFiles(t, "refused import", first, snapshot(t, site1))

	// With Force: the same ids, the same bytes.
	if _, err := Import(Options{Site: site1, Force: true}, dir); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, "forced import", first, snapshot(t, site1))

	// A dry run writes nothing.
	site3 := t.TempDir()
	res, err = Import(Options{Site: site3, DryRun: true}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 {
		t.Fatal("dry run reported no documents")
	}
	if files := snapshot(t, site3); len(files) != 0 {
		t.Errorf("dry run wrote %d files", len(files))
	}
}

// TestSeedEncodings imports every seed as it is (UTF-8) and as copies
// made here in GB18030, UTF-16LE and UTF-16BE under the same names: the
// content files must be byte for byte the same.
func TestSeedEncodings(t *testing.T) {
	dir := seeds(t)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	site := t.TempDir()
	if _, err := Import(Options{Site: site}, dir); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, site)
	for _, enc := range []struct {
		name   string
		encode func(string) []byte
	}{
		{"GB18030", func(s string) []byte { return gb18030(t, s) }},
		{"UTF-16LE", func(s string) []byte { return utf16Bytes(s, false) }},
		{"UTF-16BE", func(s string) []byte { return utf16Bytes(s, true) }},
	} {
		copies := t.TempDir()
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(copies, e.Name()), enc.encode(string(data)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		site := t.TempDir()
		if _, err := Import(Options{Site: site}, copies); err != nil {
			t.Fatalf("%s: %v", enc.name, err)
		}
		sameFiles(t, enc.name+" copies", want, snapshot(t, site))
	}
}
