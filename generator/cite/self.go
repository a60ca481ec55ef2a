package cite

import (
	"strings"
	"unicode/utf8"
)

// selfWords name the citing document. Longer words come first so that
// 本条例 is not read as 本条 followed by 例.
var selfWords = [...]string{
	"本实施办法", "本实施细则", "本暂行办法", "本暂行规定", "本法典",
	"本办法", "本细则", "本条例", "本规定", "本意见", "本准则", "本制度",
	"本规则", "本决定", "本章程", "本方案", "本通知", "本解释", "本规范",
	"本规程", "本守则", "本纲要", "本法",
	"本编", "本章", "本节", // parts of the document: 本节第一百四十条
}

// wordsBefore本 are the characters that make a word with a following 本
// (基本法, 日本, 样本): 本 after one of them does not start a
// self-reference. 成 and 资 are not among them: 构成本法 is common, 成本法
// is not.
const wordsBefore本 = "基日版文样副原账书课剧脚范母标读抄"

// self reads a self-reference at byte i (本办法第四条、第六条; 本《办法》第三条).
// A self-word with no clause after it is passed over without a citation.
// It returns the end 0 when nothing here names the document.
func (s *scanner) self(i int) (Citation, int) {
	if strings.ContainsRune(wordsBefore本, lastRune(s.text[:i])) {
		return Citation{}, 0
	}
	after := i + len("本")
	var end int
	switch {
	case strings.HasPrefix(s.text[after:], "《"):
		_, n, ok := readTitle(s.text[after:])
		if !ok {
			return Citation{}, 0
		}
		end = after + n
	default:
		w := s.selfWord(s.text[i:])
		if w == "" {
			return Citation{}, 0
		}
		end = i + len(w)
	}
	j := end + spaces(s.text[end:])
	paths, pend := s.list(j, Path{})
	if len(paths) == 0 || paths[0].Article == 0 {
		return Citation{}, end
	}
	return s.selfCitation(i, pend, paths, false), pend
}

// selfWord returns the self-word at the start of s, or "".
func (s *scanner) selfWord(t string) string {
	best := ""
	for _, w := range s.ctx.SelfWords {
		if len(w) > len(best) && strings.HasPrefix(t, w) {
			best = w
		}
	}
	for _, w := range selfWords {
		if len(w) > len(best) && strings.HasPrefix(t, w) {
			best = w
		}
	}
	return best
}

// selfCitation makes a citation of the citing document.
func (s *scanner) selfCitation(start, end int, paths []Path, relative bool) Citation {
	return Citation{Start: start, End: end, Doc: s.ctx.Doc, Paths: paths, Self: true, Relative: relative}
}

// A relative word names clauses by their place beside the citing one.
type relativeWord struct {
	word  string
	level int // levelArticle, levelPara or levelItem
	back  int // how far back the nearest one is: 0 for 本条, 1 for 前款
	count int // how many: 2 for 前两款
}

var relativeWords = [...]relativeWord{
	{"前两款", levelPara, 1, 2}, {"前二款", levelPara, 1, 2}, {"前三款", levelPara, 1, 3}, {"前四款", levelPara, 1, 4},
	{"前款", levelPara, 1, 1},
	{"前两条", levelArticle, 1, 2}, {"前二条", levelArticle, 1, 2}, {"前三条", levelArticle, 1, 3},
	{"前条", levelArticle, 1, 1},
	{"前两项", levelItem, 1, 2}, {"前二项", levelItem, 1, 2}, {"前项", levelItem, 1, 1},
	{"本条", levelArticle, 0, 1}, {"本款", levelPara, 0, 1}, {"本项", levelItem, 0, 1},
}

// wordsBefore前 make a word with a following 前 that runs on into 条 or
// 款: 目前条件, 提前条款. Others (事前, 以前) are not guarded: 从事前款,
// 以前项手段 and 发生前款 are citations, and the laws are full of them.
const wordsBefore前 = "目提"

// relative reads a relative reference at byte i: 前款, 前两款, 前条, 本条,
// 本款, 前款第（一）项, 本条第二款、第三款. It needs the context's article.
func (s *scanner) relative(i int) (Citation, int) {
	at := s.ctx.Path
	before := wordsBefore前
	if strings.HasPrefix(s.text[i:], "本") {
		before = wordsBefore本
	}
	if at.Article == 0 || strings.ContainsRune(before, lastRune(s.text[:i])) {
		return Citation{}, i
	}
	var rw relativeWord
	for _, w := range relativeWords {
		if strings.HasPrefix(s.text[i:], w.word) {
			rw = w
			break
		}
	}
	end := i + len(rw.word)
	if rw.word == "" || strings.HasPrefix(s.text[end:], "件") || strings.HasPrefix(s.text[end:], "目") {
		return Citation{}, i // 前条件, 本项目
	}
	var paths []Path
	for k := rw.back + rw.count - 1; k >= rw.back; k-- {
		p, ok := at.back(rw.level, k)
		if !ok {
			return Citation{}, end
		}
		paths = append(paths, p)
	}
	if rw.count == 1 {
		if q, _, ok := ParsePath(s.text[end:]); ok && q.top() > rw.level {
			paths, end = s.list(end, paths[0])
		}
	}
	return s.selfCitation(i, end, paths, true), end
}

// back returns the clause k places before p at level l (k = 0: p's own
// clause at that level): the target of 前款 is p.back(levelPara, 1). The
// only 款 of an article counts as 第一款.
func (p Path) back(l, k int) (Path, bool) {
	r := Path{Article: p.Article, ArticleSub: p.ArticleSub}
	switch l {
	case levelArticle:
		switch {
		case k <= p.ArticleSub:
			r.ArticleSub -= k // 前条 of 第十四条之二 is 第十四条之一
		default:
			r = Path{Article: p.Article - (k - p.ArticleSub)}
		}
		return r, r.Article > 0
	case levelPara:
		r.Para = max(p.Para, 1) - k
		return r, r.Para > 0
	default:
		r.Para, r.Item = p.Para, p.Item-k
		return r, p.Item > 0 && r.Item > 0
	}
}

// anaphoras name the document cited last: 该法第十条.
var anaphoras = [...]string{"该法", "该条例", "该办法", "该规定", "该细则", "该决定", "该解释", "该准则", "该意见", "该规则", "该公约", "该协定"}

// anaphora reads 该法第X条 at byte i as a citation of the last title cited
// before it in the text.
func (s *scanner) anaphora(i int) (Citation, int) {
	for _, w := range anaphoras {
		if !strings.HasPrefix(s.text[i:], w) {
			continue
		}
		paths, end := s.list(i+len(w), Path{})
		if len(paths) == 0 || paths[0].Article == 0 || s.prev.title == "" {
			return Citation{}, end // nothing cited before: not the citing document either
		}
		return s.cited(i, end, s.prev.title, paths), end
	}
	return Citation{}, i
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}
