package clause

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is the shape of the number marker a line starts with. The same
// shape means different levels in different modes, so the parsers decide
// the level; the reader only recognises the shape.
type kind uint8

const (
	kNone       kind = iota
	kBook            // 第一编
	kChapter         // 第一章
	kSection         // 第一节
	kArticle         // 第一条, 第十四条之一
	kCnComma         // 一、
	kCnParen         // (一)
	kDigitDot        // 1. 1、 1．
	kDigitParen      // (1)
	kCircled         // ①
)

// isList reports whether k is one of the list shapes (一、 (一) 1. (1) ①).
func (k kind) isList() bool { return k >= kCnComma }

// isChinese reports whether k is a list shape with a Chinese numeral.
func (k kind) isChinese() bool { return k == kCnComma || k == kCnParen }

// marker is a recognised number marker and the text after it.
type marker struct {
	kind   kind
	ord    int    // the number the marker stands for
	sub    int    // N of 第X条之N
	num    string // the marker, normalised: 第六条, (一), 1., 1、, ①
	rest   string // the text after the marker, trimmed
	spaced bool   // a space separated the marker from its text
	guess  bool   // OCR reading: l or I taken for 1 (l.牵头抓总, II.坚持)
}

// maxListNumber bounds list numbers; a larger "number" in parentheses is a
// year or a document number, not a marker.
const maxListNumber = 999

// readMarker recognises the marker at the start of s, or returns a marker
// of kind kNone.
func readMarker(s string) marker {
	if strings.HasPrefix(s, "第") {
		m, _ := readStructural(s)
		return m
	}
	return readList(s)
}

// readStructural reads 第X编/章/节/条 and 第X条之Y. A line that starts with
// a citation (第二十七条所列情形, 第六条规定, 第三章规定的) is not a marker;
// a space after the marker shows that it is one.
func readStructural(s string) (marker, bool) {
	rest := s[len("第"):]
	n := scanNumeral(rest)
	if n == 0 {
		return marker{}, false
	}
	ord, ok := ParseNumeral(rest[:n])
	if !ok || ord < 1 {
		return marker{}, false
	}
	m := marker{ord: ord, num: "第" + asciiDigits(rest[:n])}
	unit, size := utf8.DecodeRuneInString(rest[n:])
	switch unit {
	case '编':
		m.kind = kBook
	case '章':
		m.kind = kChapter
	case '节':
		m.kind = kSection
	case '条':
		m.kind = kArticle
	default:
		return marker{}, false
	}
	m.num += string(unit)
	rest = rest[n+size:]
	if m.kind == kArticle {
		rest = m.readSub(rest)
	}
	text := strings.TrimLeftFunc(rest, unicode.IsSpace)
	m.spaced = len(text) < len(rest)
	m.rest = strings.TrimSpace(text)
	if !m.spaced && isCitationTail(m.rest) {
		return marker{}, false
	}
	// A colon after the marker (第一条：, 第一章:总则) is a separator.
	for _, colon := range []string{":", "："} {
		if t, ok := strings.CutPrefix(m.rest, colon); ok {
			m.rest = strings.TrimSpace(t)
		}
	}
	if m.kind != kArticle && !isHeadingTitle(m.rest) {
		return marker{}, false
	}
	return m, true
}

// readSub reads 之Y after 第X条 and returns the text after it.
func (m *marker) readSub(rest string) string {
	after, ok := strings.CutPrefix(rest, "之")
	if !ok {
		return rest
	}
	n := scanNumeral(after)
	if n == 0 {
		return rest
	}
	sub, ok := ParseNumeral(after[:n])
	if !ok || sub < 1 {
		return rest
	}
	m.sub = sub
	m.num += "之" + asciiDigits(after[:n])
	return after[n:]
}

// isCitationTail reports whether the text right after 第X条 (or 第X章)
// continues a citation: 第十条规定, 第十条、第十一条, 第十条的, 第十条第二款,
// 第二十七条所列. Words a text can start with (及时, 中央, 项目, 和解) are
// deliberately absent.
func isCitationTail(text string) bool {
	tails := [...]string{
		"规定", "所列", "所称", "所述", "所指", "所涉", "所规定",
		"的", "、", "第", "之", "等规定", "等有关", "中的", "中规定", "中所",
		"和第", "及第", "与第", "或第", "或者第", "以及第", "至第", "到第",
		",", "，", ";", "；", "。", ")", "）", "》", "”", "」", "]", "】", "…",
	}
	for _, t := range tails {
		if strings.HasPrefix(text, t) {
			return true
		}
	}
	return false
}

// isHeadingTitle reports whether the text after 第X编/章/节 can be a
// title: short and not a sentence.
func isHeadingTitle(title string) bool {
	return len(title) <= 200 && runeLen(title) <= 50 && !strings.Contains(title, "。")
}

// scanNumeral returns the byte length of the numeral run at the start of
// s, at most eight runes long.
func scanNumeral(s string) int {
	n, count := 0, 0
	for _, r := range s {
		if !isNumeralRune(r) || count == 8 {
			break
		}
		n += utf8.RuneLen(r)
		count++
	}
	return n
}

// readList reads the list shapes: (一) (1) 一、 1. 1、 ①.
func readList(s string) marker {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == '(' || r == '（':
		return readParen(s[size:])
	case r >= '①' && r <= '⑳':
		return marker{kind: kCircled, ord: int(r-'①') + 1, num: string(r), rest: strings.TrimSpace(s[size:])}
	case chineseDigit(r) >= 0 || chineseUnit(r) > 0:
		return readCnComma(s)
	}
	return readDigitDot(s)
}

// readParen reads (一), （ 一 ）, (1), （１） and the OCR form (l); s starts
// after the opening parenthesis.
func readParen(s string) marker {
	end := strings.IndexAny(s[:min(len(s), 32)], ")）")
	if end < 0 {
		return marker{}
	}
	inner := strings.TrimSpace(s[:end])
	_, closeSize := utf8.DecodeRuneInString(s[end:])
	rest := strings.TrimSpace(s[end+closeSize:])
	rest = strings.TrimSpace(strings.TrimPrefix(rest, "、")) // (一)、 is (一)
	if citesItems(rest) {
		return marker{} // （一）至（三）项所列人员: a citation of items, not an item
	}
	if ord, ok := listNumeral(inner); ok {
		if isChineseNumeral(inner) {
			return marker{kind: kCnParen, ord: ord, num: "(" + inner + ")", rest: rest}
		}
		return marker{kind: kDigitParen, ord: ord, num: "(" + asciiDigits(inner) + ")", rest: rest}
	}
	if ord, ok := ocrNumeral(inner); ok && startsHan(rest) {
		return marker{kind: kDigitParen, ord: ord, num: "(" + inner + ")", rest: rest, guess: true}
	}
	return marker{}
}

// citesItems reports whether the text after a (N) marker shows that the
// marker is cited, not numbering: （一）至（三）项, （二）项规定的.
func citesItems(rest string) bool {
	for _, p := range []string{"至", "到", "项", "和（", "和(", "或（", "或("} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// readCnComma reads 一、 and 十二、.
func readCnComma(s string) marker {
	n := scanNumeral(s)
	rest, ok := strings.CutPrefix(s[n:], "、")
	if !ok {
		return marker{}
	}
	ord, ok := listNumeral(s[:n])
	if !ok || !isChineseNumeral(s[:n]) {
		return marker{}
	}
	return marker{kind: kCnComma, ord: ord, num: s[:n] + "、", rest: strings.TrimSpace(rest)}
}

// readDigitDot reads 1. 1．1、 and the OCR forms l. and II. A digit after
// the separator makes it a decimal (0.5分) or a list of numbers, not a
// marker.
func readDigitDot(s string) marker {
	n, count := 0, 0
	for _, r := range s {
		if count == 3 || (arabicDigit(r) < 0 && r != 'l' && r != 'I') {
			break
		}
		n += utf8.RuneLen(r)
		count++
	}
	if n == 0 {
		return marker{}
	}
	sep, size := utf8.DecodeRuneInString(s[n:])
	if sep != '.' && sep != '．' && sep != '、' {
		return marker{}
	}
	rest := s[n+size:]
	if next, _ := utf8.DecodeRuneInString(rest); arabicDigit(next) >= 0 {
		return marker{}
	}
	mark := "."
	if sep == '、' {
		mark = "、"
	}
	rest = strings.TrimSpace(rest)
	if ord, ok := listNumeral(s[:n]); ok {
		return marker{kind: kDigitDot, ord: ord, num: asciiDigits(s[:n]) + mark, rest: rest}
	}
	if ord, ok := ocrNumeral(s[:n]); ok && startsHan(rest) {
		return marker{kind: kDigitDot, ord: ord, num: s[:n] + mark, rest: rest, guess: true}
	}
	return marker{}
}

// listNumeral parses a list number: 1…999, positional Chinese or Arabic.
// Digit-by-digit Chinese (二〇一一) is a year, not a list number.
func listNumeral(s string) (int, bool) {
	if runeLen(s) > 1 && isChineseNumeral(s) && !strings.ContainsAny(s, "十百拾佰") {
		return 0, false
	}
	n, ok := ParseNumeral(s)
	return n, ok && n >= 1 && n <= maxListNumber
}

// ocrNumeral reads digits where OCR turned 1 into l or I (l, II, 1l). The
// caller keeps such a marker only when it fits the numbering.
func ocrNumeral(s string) (int, bool) {
	if s == "" || !strings.ContainsAny(s, "lI") {
		return 0, false
	}
	return listNumeral(strings.NewReplacer("l", "1", "I", "1").Replace(s))
}

// startsHan reports whether s starts with a Chinese character; OCR forms
// are only trusted before Chinese text (not in "I. Introduction").
func startsHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHan(r)
}

// asciiDigits turns full-width digits into ASCII ones (１２ → 12).
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '０' && r <= '９' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}
