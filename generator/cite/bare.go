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
		paths, end := s.list(i, s.ctx.Path)
		return s.selfCitation(i, end, paths, true), end
	}
	paths, end := s.list(i, Path{})
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
// 违反治安管理处罚法. Single characters that occur inside names (和 of
// 共和国, 据 of 数据) are not among them.
var nameCuts = [...]string{
	"依照", "按照", "根据", "依据", "违反", "适用", "参照", "对照", "执行", "遵守", "符合", "属于",
	"援引", "引用", "准用", "落实", "贯彻", "以及", "或者", "和", "及", "或", "与", "的", "即", "是", "依", "按",
}

// maxName bounds a name written without 《》, in runes.
const maxName = 30

// name returns the name of a rule written without 《》 just before byte i,
// and where it starts: 刑法 in 依照刑法第二十条. It returns "" when the
// Chinese text before i does not end in a rule's name.
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
	// The name starts after the last cut word that leaves one.
	cut := 0
	for _, w := range nameCuts {
		for k := strings.LastIndex(run, w); k >= 0; k = strings.LastIndex(run[:k], w) {
			after := k + len(w)
			if w == "和" && strings.HasPrefix(run[after:], "国") {
				continue // 共和国
			}
			if after > cut && endsInDocWord(run[after:]) && !isDocWord(run[after:]) {
				cut = after
			}
			break
		}
	}
	name := run[cut:]
	if n := utf8.RuneCountInString(name); n < 2 || n > maxName || isDocWord(name) || vague(name) {
		return 0, ""
	}
	return start + cut, name
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
