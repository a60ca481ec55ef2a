package importer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small text predicates shared by the stages. The seeds mix half-width
// punctuation (, ; : ( )) into Chinese text, so every check accepts both
// widths.

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// isHan reports whether r is a Chinese character (〇 included).
func isHan(r rune) bool { return r == '〇' || unicode.Is(unicode.Han, r) }

// trimSpace trims every kind of space, the ideographic one included.
func trimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u3000' || r == '\uFEFF' || r == '\u200B'
	})
}

// compact removes every space from s; two lines that differ only in
// spacing compare equal after it.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// isPunct reports whether r is punctuation that can sit inside Chinese
// text, in either width.
func isPunct(r rune) bool {
	return strings.ContainsRune(",，、。.;；:：!！?？“”‘’\"'《》〈〉()（）【】〔〕[]—…", r)
}

// endsClause reports whether s ends with punctuation that closes a
// sentence or a clause, or introduces what follows (：).
func endsClause(s string) bool {
	return strings.ContainsRune("。.;；:：,，、!！?？…", lastRune(s))
}

// hasSentence reports whether s holds a full stop, which titles never do.
func hasSentence(s string) bool { return strings.ContainsAny(s, "。;；") }

// unwrapBook strips 《 》 around a whole line: 《中国共产党问责条例》.
func unwrapBook(s string) string {
	if strings.HasPrefix(s, "《") && strings.HasSuffix(s, "》") && strings.Count(s, "《") == 1 {
		return strings.TrimSuffix(strings.TrimPrefix(s, "《"), "》")
	}
	return s
}

// unbalanced reports whether s opens more 《 or ( than it closes, which in
// a header means the line was wrapped.
func unbalanced(s string) bool {
	return strings.Count(s, "《") > strings.Count(s, "》") ||
		strings.Count(s, "(")+strings.Count(s, "（") > strings.Count(s, ")")+strings.Count(s, "）")
}

// Structural markers, read loosely: this package only needs to know
// whether a line starts a unit (never drop it, never treat it as a title)
// and a few counts for kind detection. The real parser is package clause.
const cnNum = `[零〇一二三四五六七八九十百千两]+`

var (
	reHeadUnit = regexp.MustCompile(`^第\s*(?:` + cnNum + `|\d+)\s*[编章节]`)
	reArticle  = regexp.MustCompile(`^第\s*(` + cnNum + `|\d+)\s*条`)
	reCnComma  = regexp.MustCompile(`^` + cnNum + `\s*[、.．]`)
	reCnParen  = regexp.MustCompile(`^[(（]\s*` + cnNum + `\s*[)）]`)
	reArabic   = regexp.MustCompile(`^(\d{1,3})\s*(?:[、．]|\.(?:[^\d]|$))`)
	reArParen  = regexp.MustCompile(`^[(（]\s*(\d{1,3})\s*[)）]`)
	reCircled  = regexp.MustCompile(`^[①-⑳]`)
)

// isStructural reports whether s starts with a structural or list marker:
// 第X编/章/节/条, 一、, (一), 1. or 1、, (1), ①. Such a line is never dropped.
func isStructural(s string) bool {
	s = trimSpace(s)
	return reHeadUnit.MatchString(s) || reArticle.MatchString(s) || reCnComma.MatchString(s) ||
		reCnParen.MatchString(s) || reArabic.MatchString(s) || reArParen.MatchString(s) ||
		reCircled.MatchString(s)
}

// arabicItem returns the number of a leading 1. / 1、 item marker, or 0.
func arabicItem(s string) int {
	m := reArabic.FindStringSubmatch(trimSpace(s))
	if m == nil {
		return 0
	}
	n := 0
	for _, r := range m[1] {
		n = n*10 + int(r-'0')
	}
	return n
}

// isGroupHead reports whether s starts with 一、 or (一): a group, a
// category or a task in lists and indicator tables.
func isGroupHead(s string) bool { return reCnComma.MatchString(s) || reCnParen.MatchString(s) }
