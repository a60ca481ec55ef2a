package clause

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Character classes used by Normalize and the marker reader. The seeds mix
// half-width punctuation (, ; : ( )) into Chinese text, so "CJK punctuation"
// here means anything that sits between Chinese characters.

// isHan reports whether r is a Chinese character (〇 included).
func isHan(r rune) bool {
	return r == '〇' || unicode.Is(unicode.Han, r)
}

// isWide reports whether r is a Chinese character or CJK/full-width
// punctuation: a space next to it on both sides is a scraping artefact.
func isWide(r rune) bool {
	switch {
	case isHan(r),
		r >= 0x3000 && r <= 0x303F, // CJK symbols and punctuation: 、。《》「」【】〔〕
		r >= 0xFF00 && r <= 0xFFEF, // full-width forms: ，：；（）！？
		r >= 0x2018 && r <= 0x201F, // curly quotes
		r == '…', r == '—', r == '·', r == '○':
		return true
	}
	return false
}

// isNarrowPunct reports whether r is half-width punctuation that the seeds
// use inside Chinese text (干部, 防止; ( 一)).
func isNarrowPunct(r rune) bool {
	return strings.ContainsRune(",.;:!?()[]", r)
}

// isSentenceEnd reports whether r ends a sentence or clause in either
// width; 。 ; : ! ? and their full-width forms, and the ellipsis.
func isSentenceEnd(r rune) bool {
	return strings.ContainsRune("。；;：:！!？?…", r)
}

// isCloser reports whether r closes a quotation or bracket; a sentence end
// followed only by closers still ends the sentence (…。” or …。)).
func isCloser(r rune) bool {
	return strings.ContainsRune("”’\"')）」』》〕]】", r)
}

// maxNoteBytes bounds how far back trimClosers looks for the 【 of a note.
const maxNoteBytes = 256

// trimClosers removes trailing closers and a trailing 【…】 unit note, so
// that "扣1分。【市委办公室】" ends like "扣1分。".
func trimClosers(s string) string {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isCloser(r) {
			return s
		}
		if r == '】' {
			// Unit notes are short; looking further back would make
			// repeated calls on a long line quadratic.
			from := max(0, len(s)-maxNoteBytes)
			if i := strings.LastIndex(s[from:], "【"); i >= 0 {
				s = s[:from+i]
				continue
			}
		}
		s = s[:len(s)-size]
	}
	return s
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closers. A half-width full stop counts unless it follows a
// digit, where it is more likely a marker or a decimal point.
func endsSentence(s string) bool {
	t := trimClosers(s)
	r, size := utf8.DecodeLastRuneInString(t)
	if r == '.' {
		p, _ := utf8.DecodeLastRuneInString(t[:len(t)-size])
		return t != "." && arabicDigit(p) < 0
	}
	return isSentenceEnd(r)
}

// endsFullSentence is endsSentence without the clause marks ; and :: a
// new article starts mid-line only after a full stop (…进行。第十一条…),
// while "…办理;第二十二条关于…的规定" goes on citing.
func endsFullSentence(s string) bool {
	if !endsSentence(s) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(trimClosers(s))
	return !strings.ContainsRune("；;：:", r)
}

// hasPunct reports whether s contains any clause punctuation; a short line
// without any is a title, not the first half of a wrapped sentence.
func hasPunct(s string) bool {
	return strings.ContainsAny(s, ",，、。；;：:！!？?")
}

// runeLen counts the runes of s.
func runeLen(s string) int {
	return utf8.RuneCountInString(s)
}
