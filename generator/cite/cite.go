// Package cite finds the citations of rules in Chinese official text:
// 《中国共产党问责条例》第七条, 《问责条例》第六条第一款第（一）项, 本办法第四条、
// 第六条, 第四条至第六条, 前款, 本条第二款, 刑法第二十条. It reads clause
// designations (ParsePath) and turns them into candidate eIds (Path.EIDs);
// it knows nothing of the site: titles are resolved through a map the
// caller supplies, and the citing clause's own position comes in the
// Context.
package cite

import (
	"strings"
	"unicode/utf8"
)

// Citation is one citation found in a text: a title with the clauses it
// names, a self-reference (本办法第四条, a bare 第四条 in a regulation) or a
// relative one (前款, 本条第二款), whose Paths are resolved against the
// context.
type Citation struct {
	Start, End int    // byte offsets of the citation in the text searched
	Text       string // the text from Start to End, as written
	Title      string // the title cited without its marks, or the name written for it (刑法); the full title for a name the text defines (以下简称); empty for self-references
	Doc        string // the cited document's id; empty when the title is unknown
	Paths      []Path // the clauses cited, ranges expanded; empty cites the whole document
	External   bool   // a title that the index does not know
	Self       bool   // the citing document itself (Doc is Context.Doc)
	Relative   bool   // a self-reference written relative to the citing clause: 前款, 本条
}

// Context is what Find needs to know about the text it reads.
type Context struct {
	// Doc is the id of the citing document: the Doc of self-references.
	Doc string
	// Titles maps full titles, short titles and aliases, as they are written
	// between 《》 (中国共产党问责条例, 问责条例), to document ids. Bracket
	// width and a leading 中华人民共和国 do not matter.
	Titles map[string]string
	// Path is the clause the text belongs to (its article, 款 and 项), for
	// 前款, 本条 and bare 第二款; the zero Path resolves none of them.
	Path Path
	// SelfArticles says that a bare 第X条 cites the document itself: the
	// text is the body of a regulation. In other kinds of document a bare
	// 第X条 is not a citation.
	SelfArticles bool
	// SelfWords are more words by which the document names itself, besides
	// 本法, 本办法, 本细则, 本条例, 本规定, 本意见, 本准则, 本制度 and their kin.
	SelfWords []string
}

// Find returns the citations in text, in order and without overlap. A
// self-word without a clause (本办法适用于…) is not a citation: linking a
// document to itself says nothing. Article markers at the start of a line
// are the parser's, not citations; callers strip them, and Find also
// passes over one that follows a sentence end (…进行。第十一条季度监测).
func Find(text string, ctx Context) []Citation {
	for _, n := range ctx.Path.numbers() {
		*n = max(*n, 0) // a negative number is no clause
	}
	s := &scanner{text: text, ctx: ctx, aliases: map[string]titled{}}
	for i := 0; i < len(text); {
		c, end := s.at(i)
		if c.End > 0 {
			c.Text = text[c.Start:c.End]
			s.out = append(s.out, c)
			s.last = c.End
			if c.Title != "" {
				s.prev = titled{c.Title, c.Doc}
			}
			if c.Relative {
				s.rel = c.Paths[len(c.Paths)-1]
			}
		}
		if end > i {
			i = end
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return s.out
}

// scanner holds the state of one Find.
type scanner struct {
	text    string
	ctx     Context
	out     []Citation
	last    int               // end of the last citation: nothing before it is read again
	prev    titled            // the last title cited, for 该法第X条
	rel     Path              // the last clause a relative citation named, for bare items after it
	aliases map[string]titled // names a text gives titles: （以下简称刑法）
}

// titled is a title and the document it resolved to.
type titled struct {
	title, doc string
}

// at looks for a citation starting at byte i. It returns the citation
// (End 0 for none) and where to go on reading (i or less: the next rune).
func (s *scanner) at(i int) (Citation, int) {
	r, _ := utf8.DecodeRuneInString(s.text[i:])
	switch r {
	case '《', '〈', '<':
		return s.title(i)
	case '本':
		if c, end := s.self(i); end > i {
			return c, end
		}
		return s.relative(i)
	case '前':
		return s.relative(i)
	case '该':
		return s.anaphora(i)
	case '第':
		return s.bare(i)
	}
	return Citation{}, i
}

// list reads the designations at byte i: the first, then those joined to
// it by 、 和 及 或者 (a list) or 至 (a range, expanded). Each is read
// relative to the one before (第二十七条第（一）项至第（三）项); the first
// relative to base. It returns the paths and the end of the last one, or
// no paths and i.
func (s *scanner) list(i int, base Path) ([]Path, int) {
	p, n, ok := ParsePath(s.text[i:])
	if !ok {
		return nil, i
	}
	prev := base.under(p, p.top())
	paths, end := []Path{prev}, i+n
	for {
		j, isRange := connector(s.text[end:])
		if j == 0 {
			break
		}
		q, n, ok := ParsePath(s.text[end+j:])
		if !ok {
			break
		}
		next := prev.under(q, q.top())
		if isRange {
			paths = append(paths, between(prev, next)...)
		} else {
			paths = append(paths, next)
		}
		prev, end = next, end+j+n
	}
	return paths, end
}

// connector returns the length of a word that joins two designations at
// the start of s, and whether it makes a range; 0 when there is none.
func connector(s string) (int, bool) {
	for _, w := range [...]string{"、", "和", "及", "以及", "或者", "或", "与", "至", "到", "—", "－", "~"} {
		if strings.HasPrefix(s, w) {
			n := len(w)
			return n + spaces(s[n:]), strings.Contains("至到—－~", w)
		}
	}
	return 0, false
}

// maxRange bounds the expansion of a range; a longer one cites its ends.
const maxRange = 200

// between returns the clauses after a up to b of a range a至b: 第四条至第六条
// gives 五 and 六; a range of articles ending in 第X条之N gives the plain
// articles, then X之N. A range whose ends differ in more than one number,
// or that runs backwards, gives b alone.
func between(a, b Path) []Path {
	if a.ArticleSub == 0 && b.ArticleSub > 0 && a.Article < b.Article && a.Para+a.Item+a.Point+b.Para+b.Item+b.Point == 0 {
		// 第二百一十三条至第二百一十九条之一: the articles, then the last.
		return append(between(a, Path{Article: b.Article}), b)
	}
	diff := -1
	for k := range len(a.numbers()) {
		if *a.numbers()[k] != *b.numbers()[k] {
			if diff >= 0 {
				return []Path{b}
			}
			diff = k
		}
	}
	if diff < 0 || a.numbers()[diff] == &a.ArticleSub {
		return []Path{b}
	}
	from, to := *a.numbers()[diff], *b.numbers()[diff]
	if to <= from || to-from > maxRange {
		return []Path{b}
	}
	out := make([]Path, 0, to-from)
	for v := from + 1; v <= to; v++ {
		p := a
		*p.numbers()[diff] = v
		out = append(out, p)
	}
	return out
}

// numbers returns pointers to p's numbers, outermost first.
func (p *Path) numbers() [5]*int {
	return [5]*int{&p.Article, &p.ArticleSub, &p.Para, &p.Item, &p.Point}
}

// resolve finds the document a title names: as written, with brackets
// folded to either width, and with or without 中华人民共和国.
func (s *scanner) resolve(title string) string {
	if t, ok := s.aliases[title]; ok {
		return t.doc
	}
	if len(s.ctx.Titles) == 0 {
		return ""
	}
	const prc = "中华人民共和国"
	for _, t := range [...]string{title, foldBrackets(title, true), foldBrackets(title, false)} {
		alt := prc + t
		if strings.HasPrefix(t, prc) {
			alt = strings.TrimPrefix(t, prc)
		}
		for _, k := range [...]string{t, alt} {
			if doc, ok := s.ctx.Titles[k]; ok {
				return doc
			}
		}
	}
	return ""
}

// foldBrackets writes the round brackets of s full-width (or half-width)
// and drops its spaces: 条例(试行) and 条例（试行） are one title.
func foldBrackets(s string, full bool) string {
	if full {
		return toFullWidth.Replace(s)
	}
	return toHalfWidth.Replace(s)
}

// The replacers of foldBrackets; a Replacer is safe for concurrent use.
var (
	toFullWidth = strings.NewReplacer("(", "（", ")", "）", " ", "", "\u3000", "")
	toHalfWidth = strings.NewReplacer("（", "(", "）", ")", " ", "", "\u3000", "")
)

// cited makes the citation of a title, known or not.
func (s *scanner) cited(start, end int, title string, paths []Path) Citation {
	if a, ok := s.aliases[title]; ok {
		title = a.title
	}
	doc := s.resolve(title)
	return Citation{
		Start: start, End: end, Title: title, Doc: doc, Paths: paths,
		External: doc == "", Self: doc != "" && doc == s.ctx.Doc,
	}
}
