package importer

import (
	"strings"
	"unicode/utf8"
)

// A page number printed into a sentence by a PDF or Word export shows up as
// a 1–3 digit number followed by a space between two Chinese characters:
// 造成重3 大损失, 不得评为先进,7 两年内. Real numbers in the text are
// written without that space (2009年, 10项, 1.), and a number followed by a
// measure word (15 家) is left alone even with a space.

// measureWords follow a real count: 3 项, 15 家.
const measureWords = "个家人项条次名件年月日天分元万亿所篇部本处起种类批户位只份岁届期轮章节款点倍"

// stripInlinePages removes page numbers from s and returns the new text and
// what was removed.
func stripInlinePages(s string) (string, []string) {
	if !strings.Contains(s, " ") {
		return s, nil
	}
	var b strings.Builder
	var removed []string
	prev := rune(0)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isDigit(r) && (isHan(prev) || isPunct(prev)) {
			if n := inlinePage(s[i:]); n > 0 {
				removed = append(removed, s[i:i+n])
				i += n
				continue // prev stays: the page number was never there
			}
		}
		b.WriteRune(r)
		prev = r
		i += size
	}
	return b.String(), removed
}

// inlinePage returns the byte length of "digits spaces" at the start of s
// if it is a page number followed by a Chinese character, else 0.
func inlinePage(s string) int {
	d := 0
	for d < len(s) && isDigit(rune(s[d])) {
		d++
	}
	if d > 3 {
		return 0
	}
	sp := d
	for sp < len(s) && s[sp] == ' ' {
		sp++
	}
	if sp == d {
		return 0
	}
	next, _ := utf8.DecodeRuneInString(s[sp:])
	if !isHan(next) || strings.ContainsRune(measureWords, next) {
		return 0
	}
	return sp
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
