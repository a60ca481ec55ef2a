package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bare reads designations at byte i that no title, self-word or relative
// word introduces: 刑法第二十条 (a name without 《》), 第四条 in the body of
// a regulation (the document itself), 第二款 or 第（三）项 (relative to the
// citing article).
func (s *scanner) bare(i int) (Citation, int) {
	p, _, ok := ParsePath(s.text[i:])
	if !ok {
		return Citation{}, i
	}
	if p.Article == 0 {
		if s.ctx.Path.Article == 0 {
			return Citation{}, i
		}
		paths, end := s.list(i, s.relativeBase(p))
		return s.selfCitation(i, end, paths, true), end
	}
	paths, end := s.list(i, Path{})
	if appendix(s.text[:i]) {
		return Citation{}, end // 附录第一条: not the body's articles
	}
	if start, name := s.name(i); name != "" {
		if strings.HasPrefix(name, "本") {
			return s.selfCitation(start, end, paths, false), end // 本暂行规定第三条
		}
		return s.cited(start, end, name, paths), end
	}
	if !s.ctx.SelfArticles || s.marker(i, end) {
		return Citation{}, end
	}
	return s.selfCitation(i, end, paths, false), end
}

// relativeBase is what a bare 第二款 or 第（三）项 is relative to: the
// citing clause, or for items the 款 a relative citation just named
// (犯第一款罪…有第一项规定情形的: the items of 第一款).
func (s *scanner) relativeBase(p Path) Path {
	at, r := s.ctx.Path, s.rel
	if p.top() >= levelItem && r.Para > 0 && r.Article == at.Article && r.ArticleSub == at.ArticleSub {
		return r
	}
	return at
}

// appendix reports whether the text before a designation puts it in an
// appendix: 附录第一条.
func appendix(before string) bool {
	for _, w := range [...]string{"附录", "附件", "附表"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// marker reports whether the designation from i to end is an article's
// own marker run into the text after a sentence end (…进行。第十一条季度
// 监测), not a citation (。第二十七条规定的…).
func (s *scanner) marker(i, end int) bool {
	before := strings.TrimRight(s.text[:i], " \t\u3000")
	if before != "" && !strings.ContainsRune("。；;！？!?\n", lastRune(before)) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s.text[end:])
	return !strings.ContainsRune("规所的中、和及或至之（(，,。；", next)
}

// docWords end the names of rules, so a name written without 《》 before
// a designation (刑法第二十条, 党章第42条) is found by its ending.
var docWords = [...]string{
	"法", "法典", "党章", "章程", "条例", "细则", "办法", "规定", "规则", "准则", "决定", "解释", "通则", "纲要", "方案",
}

// nameCuts are the words that end the text before a name: 依照刑法,
// 违反治安管理处罚法, 应当认定为刑法, 是指专利法.
var nameCuts = [...]string{
	"依照", "按照", "根据", "依据", "违反", "适用", "参照", "对照", "执行", "遵守", "符合", "属于", "构成", "触犯",
	"援引", "引用", "准用", "落实", "贯彻", "修改", "以及", "或者",
	"和", "及", "或", "与", "的", "即", "是", "指", "为", "除", "在", "将", "犯", "有", "对", "依", "按",
}

// inName lists, for a cut word that also occurs inside names, what
// follows it there: 共和国, 犯罪, 国有资产, 对外贸易, 有关.
var inName = map[string]string{"和": "国", "犯": "罪", "有": "资限关", "对": "外"}

// maxName bounds a name written without 《》, in runes.
const maxName = 30

// name returns the name of a rule written without 《》 just before byte i,
// and where it starts: 刑法 in 依照刑法第二十条. The name is the longest
// ending of the Chinese text before i that the title index or the text
// (以下简称) knows; failing that, the text after the last word that ends
// what comes before a name. It returns "" when the text does not end in a
// rule's name.
func (s *scanner) name(i int) (int, string) {
	start := i
	for k := 0; start > s.last && k < maxName+10; k++ {
		r, size := utf8.DecodeLastRuneInString(s.text[:start])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		start -= size
	}
	run := s.text[start:i]
	if !endsInDocWord(run) {
		return 0, ""
	}
	for k := 0; utf8.RuneCountInString(run[k:]) >= 2; {
		if _, ok := s.aliases[run[k:]]; ok || s.resolve(run[k:]) != "" {
			return start + k, run[k:]
		}
		_, size := utf8.DecodeRuneInString(run[k:])
		k += size
	}
	// Else the name starts after the last cut word.
	cut := 0
	for k := 0; k < len(run); {
		size := 0
		for _, w := range nameCuts {
			if strings.HasPrefix(run[k:], w) {
				if next, _ := utf8.DecodeRuneInString(run[k+len(w):]); !strings.ContainsRune(inName[w], next) {
					size, cut = len(w), k+len(w)
				}
				break
			}
		}
		if size == 0 {
			_, size = utf8.DecodeRuneInString(run[k:])
		}
		k += size
	}
	if !isName(run[cut:]) {
		return 0, ""
	}
	return start + cut, run[cut:]
}

// isName reports whether s can be the name of a rule: two runes or more,
// ending in a document word, not a word for documents in general.
func isName(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= maxName && endsInDocWord(s) && !isDocWord(s) && !vague(s)
}

// vague reports whether name is a description, not a name: 有关规定.
func vague(name string) bool {
	for _, w := range [...]string{"有关", "相关", "上述", "前述", "其他", "其它", "各项"} {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// endsInDocWord reports whether s ends the way a rule's name does.
func endsInDocWord(s string) bool {
	for _, w := range docWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// isDocWord reports whether s names no rule in particular: a bare
// document word (办法, 规定), or ends in a word with 法 that is no law's
// name (依法, 违法, 方法).
func isDocWord(s string) bool {
	for _, w := range docWords {
		if s == w && w != "党章" {
			return true
		}
	}
	for _, w := range [...]string{"该法", "依法", "违法", "非法", "合法", "执法", "守法", "犯法", "无法", "方法", "做法", "说法", "看法", "想法", "用法", "手法", "司法"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
