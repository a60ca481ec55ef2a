package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitle bounds a title in runes; an unclosed 《 is not read to the end
// of a long text.
const maxTitle = 160

// title reads a title at byte i, in 《》 (or 〈〉, or <> when it holds
// Chinese text), and the clauses after it: 《问责条例》第六条第一款.
// Marks nest: 《中共中央办公厅转发〈…意见〉的通知》 is one title.
func (s *scanner) title(i int) (Citation, int) {
	title, end, ok := readTitle(s.text[i:])
	if !ok {
		return Citation{}, i
	}
	end += i
	paths, pend := s.titleClauses(end)
	if len(paths) > 0 {
		return s.cited(i, pend, title, paths), pend
	}
	// （以下简称《土地管理法》） names the title; it cites nothing more.
	return s.cited(i, end, title, nil), end + s.alias(end, title)
}

// titleClauses reads the clauses after a title ending at byte i: spaces
// and a parenthesis such as （教育部令第23号） may come between.
func (s *scanner) titleClauses(i int) ([]Path, int) {
	j := i + spaces(s.text[i:])
	if n := aside(s.text[j:]); n > 0 {
		j += n + spaces(s.text[j+n:])
	}
	paths, end := s.list(j, Path{})
	if len(paths) == 0 || paths[0].Article == 0 {
		return nil, i
	}
	return paths, end
}

// aside returns the length of a short parenthesis at the start of s that
// may stand between a title and its clauses: a document number, a
// revision (（2018年修订）, （试行）).
func aside(s string) int {
	open, size := utf8.DecodeRuneInString(s)
	if open != '(' && open != '（' {
		return 0
	}
	for n, k := size, 0; n < len(s) && k < 40; k++ {
		r, w := utf8.DecodeRuneInString(s[n:])
		n += w
		switch r {
		case ')', '）':
			in := s[size : n-w]
			if strings.ContainsAny(in, "号年") || strings.Contains(in, "修订") || strings.Contains(in, "修正") || strings.Contains(in, "试行") {
				return n
			}
			return 0
		case '(', '（', '\n':
			return 0
		}
	}
	return 0
}

// alias records the name a text gives a title just cited, in a
// parenthesis at byte i: 《中华人民共和国刑法》（以下简称刑法）, so that
// 刑法第二十条 finds it. It returns the length of the parenthesis, 0 when
// there is none.
func (s *scanner) alias(i int, title string) int {
	rest := s.text[i:]
	open, size := utf8.DecodeRuneInString(rest)
	if open != '(' && open != '（' {
		return 0
	}
	var ok bool
	inner := rest[size:]
	for _, w := range [...]string{"以下简称", "以下称", "简称"} {
		if inner, ok = strings.CutPrefix(inner, w); ok {
			break
		}
	}
	if !ok {
		return 0
	}
	k := strings.IndexAny(inner, ")）\n")
	if k < 0 || inner[k] == '\n' {
		return 0
	}
	name := strings.Trim(inner[:k], "《》〈〉“”\"「」 ")
	if name == "" || utf8.RuneCountInString(name) > 20 {
		return 0
	}
	s.aliases[name] = titled{title, s.resolve(title)}
	_, csize := utf8.DecodeRuneInString(inner[k:])
	return len(rest) - len(inner) + k + csize
}

// readTitle reads a title at the start of s: its text between the marks,
// trimmed, and the length including the marks.
func readTitle(s string) (string, int, bool) {
	open, size := utf8.DecodeRuneInString(s)
	var close rune
	switch open {
	case '《':
		close = '》'
	case '〈':
		close = '〉'
	case '<':
		close = '>'
	default:
		return "", 0, false
	}
	depth := 1
	for n, k := size, 0; n < len(s) && k < maxTitle; k++ {
		r, w := utf8.DecodeRuneInString(s[n:])
		n += w
		switch r {
		case open:
			depth++
		case close:
			depth--
			if depth > 0 {
				continue
			}
			title := strings.TrimSpace(s[size : n-w])
			if title == "" || open == '<' && !chineseTitle(title) {
				return "", 0, false
			}
			return title, n, true
		case '\n':
			return "", 0, false
		}
	}
	return "", 0, false
}

// chineseTitle reports whether the text between < and > is a title, not
// markup: some Chinese, no Latin letters and none of !/="'.
func chineseTitle(s string) bool {
	han := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han = true
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || strings.ContainsRune("!/=\"'<", r)):
			return false
		}
	}
	return han
}
