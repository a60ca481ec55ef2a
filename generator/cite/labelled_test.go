package cite

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"zeren/generator/testenv"
)

// TestLabelled measures Find against testdata/labelled.tsv, citations
// labelled by hand in lines of the seeds and of the large corpus. The
// sources are read at test time (they are not in the repository): the
// test is skipped when they are absent, unless CI is set. It counts
// (document, clause) tuples, the document being the cited title or SELF,
// and fails when precision or recall falls below 95%.
func TestLabelled(t *testing.T) {
	roots := map[string]string{
		"laws/":  testenv.Shared(t, "corpus/laws"),
		"seeds/": testenv.Shared(t, "seeds"),
	}
	rows := readLabelled(t, filepath.Join("testdata", "labelled.tsv"))
	sources := map[string]*source{}
	var parts []string
	scores := map[string]*score{}
	for _, r := range rows {
		src := sources[r.file]
		if src == nil {
			src = loadSource(t, roots, r.file)
			sources[r.file] = src
		}
		n := src.find(r.anchor)
		if n < 0 {
			t.Errorf("%s: anchor %q is not in exactly one line", r.file, r.anchor)
			continue
		}
		text, ctx := src.context(n)
		var got []string
		for _, c := range Find(text, ctx) {
			got = append(got, tuples(c)...)
		}
		m := overlap(got, r.want)
		for _, part := range []string{r.part, "all"} {
			if scores[part] == nil {
				scores[part] = &score{}
				parts = append(parts, part)
			}
			scores[part].add(1, m, len(got), len(r.want))
		}
		if m != len(got) || m != len(r.want) {
			t.Logf("%s:%d %s\n\tgot  %s\n\twant %s", r.file, n+1, r.anchor, strings.Join(got, " "), strings.Join(r.want, " "))
		}
	}
	for _, part := range parts {
		t.Logf("%-8s %s", part, scores[part])
	}
	all := scores["all"]
	if all == nil || all.expected < 100 {
		t.Fatalf("the labelled set needs at least 100 citations")
	}
	if all.precision() < 0.95 || all.recall() < 0.95 {
		t.Errorf("precision %.1f%%, recall %.1f%%: both must be at least 95%%", 100*all.precision(), 100*all.recall())
	}
}

// score counts tuples for precision and recall.
type score struct {
	lines, matched, predicted, expected int
}

func (s *score) add(lines, matched, predicted, expected int) {
	s.lines += lines
	s.matched += matched
	s.predicted += predicted
	s.expected += expected
}

func (s *score) precision() float64 { return float64(s.matched) / float64(max(s.predicted, 1)) }
func (s *score) recall() float64    { return float64(s.matched) / float64(max(s.expected, 1)) }

func (s *score) String() string {
	return fmt.Sprintf("%d lines, %d labelled citations (tuples), %d found, %d right: precision %.1f%%, recall %.1f%%",
		s.lines, s.expected, s.predicted, s.matched, 100*s.precision(), 100*s.recall())
}

// labelledRow is one labelled line: where it is and the tuples it cites.
type labelledRow struct {
	part, file, anchor string
	want               []string
}

// readLabelled reads the labelled set, turning each label into tuples.
func readLabelled(t *testing.T, name string) []labelledRow {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []labelledRow
	part := "tuning"
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if p, ok := strings.CutPrefix(sc.Text(), "# part: "); ok {
			part = p
		}
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 3 || len([]rune(fields[1])) > 12 {
			t.Fatalf("%s:%d: want file, anchor of at most 12 runes, citations", name, line)
		}
		want, err := labelTuples(fields[2])
		if err != nil {
			t.Fatalf("%s:%d: %v", name, line, err)
		}
		rows = append(rows, labelledRow{part, fields[0], fields[1], want})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// labelTuples turns "《T》第四条、第六条 ; SELF 第二条 ; REL 前款=第三条第一款"
// into tuples.
func labelTuples(label string) ([]string, error) {
	if label == "-" {
		return nil, nil
	}
	var out []string
	for item := range strings.SplitSeq(label, " ; ") {
		var doc, paths string
		switch {
		case strings.HasPrefix(item, "SELF "):
			doc, paths = "SELF", strings.TrimPrefix(item, "SELF ")
		case strings.HasPrefix(item, "REL "):
			_, after, ok := strings.Cut(item, "=")
			if !ok {
				return nil, fmt.Errorf("%q: REL needs word=paths", item)
			}
			doc, paths = "SELF", after
		case strings.HasPrefix(item, "《"):
			title, n, ok := readTitle(item)
			if !ok {
				return nil, fmt.Errorf("%q: unclosed title", item)
			}
			doc, paths = titleKey(title), item[n:]
		default:
			return nil, fmt.Errorf("%q: want 《title》, SELF or REL", item)
		}
		if paths == "" {
			out = append(out, doc)
			continue
		}
		for s := range strings.SplitSeq(paths, "、") {
			p, n, ok := ParsePath(s)
			if !ok || n != len(s) || p.Article == 0 {
				return nil, fmt.Errorf("%q: %q is not a full designation", item, s)
			}
			out = append(out, doc+" "+p.String())
		}
	}
	return out, nil
}

// tuples returns the (document, clause) tuples of a citation.
func tuples(c Citation) []string {
	doc := "SELF"
	if !c.Self {
		doc = titleKey(c.Title)
	}
	if len(c.Paths) == 0 {
		return []string{doc}
	}
	var out []string
	for _, p := range c.Paths {
		out = append(out, doc+" "+p.String())
	}
	return out
}

// titleKey writes a title so that the ways of writing one compare equal:
// bracket widths, spaces, inner <> and a leading 中华人民共和国.
func titleKey(title string) string {
	title = strings.NewReplacer("<", "〈", ">", "〉").Replace(foldBrackets(title, true))
	return "《" + strings.TrimPrefix(title, "中华人民共和国") + "》"
}

// overlap counts the tuples two lists share, as multisets.
func overlap(got, want []string) int {
	left := slices.Clone(want)
	n := 0
	for _, g := range got {
		if i := slices.Index(left, g); i >= 0 {
			left = slices.Delete(left, i, i+1)
			n++
		}
	}
	return n
}

// source is one labelled file: its lines and what Find needs to know.
type source struct {
	lines      []string
	regulation bool              // its body is articles: a bare 第X条 cites it
	titles     map[string]string // every title in it, and its own
}

var (
	articleMarker = regexp.MustCompile(`^第[〇零一二两三四五六七八九十百千0-9]+条(之[一二三四五六七八九十]+)?[ \x{3000}]*`)
	itemMarker    = regexp.MustCompile(`^[(（]([一二三四五六七八九十]+)[)）]`)
	anyTitle      = regexp.MustCompile(`《([^《》\n]+)》`)
)

// loadSource reads a labelled file. Its title index holds every title in
// 《》 in it, each as a document of its own, and its own title (line 1 of
// a law: # 标题) as itself.
func loadSource(t *testing.T, roots map[string]string, file string) *source {
	t.Helper()
	var path string
	for prefix, root := range roots {
		if rest, ok := strings.CutPrefix(file, prefix); ok {
			path = filepath.Join(root, filepath.FromSlash(rest))
		}
	}
	data, err := os.ReadFile(path)
	if path == "" || err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	src := &source{lines: strings.Split(string(data), "\n"), titles: map[string]string{}}
	markers := 0
	for _, l := range src.lines {
		if articleMarker.MatchString(strings.TrimSpace(l)) {
			markers++
		}
		for _, m := range anyTitle.FindAllStringSubmatch(l, -1) {
			src.titles[m[1]] = "doc:" + m[1]
		}
	}
	if own, ok := strings.CutPrefix(src.lines[0], "# "); ok {
		src.titles[strings.TrimSpace(own)] = "self"
	}
	src.regulation = markers >= 3
	return src
}

// find returns the index of the one line holding anchor, or -1.
func (s *source) find(anchor string) int {
	found := -1
	for i, l := range s.lines {
		if strings.Contains(l, anchor) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// context returns line n as the parser hands it over, without its article
// marker, and its Context: the article above it, its 款 (counted as the
// parser does: every line of the article that is not an item; none for an
// article of one 款) and its item.
func (s *source) context(n int) (string, Context) {
	line := strings.TrimSpace(s.lines[n])
	ctx := Context{Doc: "self", Titles: s.titles, SelfArticles: s.regulation}
	text := articleMarker.ReplaceAllString(line, "")
	start := -1
	for i := n; i >= 0; i-- {
		if m := articleMarker.FindString(strings.TrimSpace(s.lines[i])); m != "" {
			ctx.Path, _, _ = ParsePath(m)
			start = i
			break
		}
	}
	if start < 0 {
		return text, ctx
	}
	paras, total := 0, 0
	for i := start; i < len(s.lines); i++ {
		l := strings.TrimSpace(s.lines[i])
		if i > start && (articleMarker.MatchString(l) || strings.HasPrefix(l, "#")) {
			break
		}
		if l != "" && !itemMarker.MatchString(l) {
			total++
			if i <= n {
				paras++
			}
		}
	}
	if total > 1 {
		ctx.Path.Para = paras
	}
	if m := itemMarker.FindStringSubmatch(line); m != nil {
		ctx.Path.Item, _, _ = readNumber(m[1])
	}
	return text, ctx
}
