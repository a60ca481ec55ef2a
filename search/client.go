package search

import (
	_ "embed"
	"strings"
)

// The browser client, written to public/search/zeren-search.js, with
// facets.js, which it loads when a search needs filters or facet counts;
// the search page's script, written to public/search/page.js, and the
// script its head carries inline to start the query's first fetches.
var (
	//go:embed client/zeren-search.js
	clientJS []byte
	//go:embed client/facets.js
	facetsJS []byte
	//go:embed client/page.js
	pageJS []byte
	//go:embed client/prefetch.js
	prefetchJS []byte
)

// minifyJS drops what a browser does not need from our own scripts:
// comments, indentation, blank lines, and spaces next to punctuation.
// Lines stay lines, so no statement changes where it ends. It is not a
// general minifier: it knows strings, regular expressions after ( , = :
// [ ! & | ? { } ; and return, and comments, which is all our scripts use
// (no template literals). A first line names the source.
func minifyJS(name string, src []byte) []byte {
	var b strings.Builder
	b.WriteString("// " + name + " from zeren (search/client/), minified\n")
	for _, line := range strings.Split(string(src), "\n") {
		if t := squeeze(strings.TrimSpace(line)); t != "" {
			b.WriteString(t)
			b.WriteByte('\n')
		}
	}
	return []byte(b.String())
}

// squeeze minifies one line of JavaScript.
func squeeze(line string) string {
	var out []byte
	last := func() byte { // the last byte written
		if len(out) == 0 {
			return 0
		}
		return out[len(out)-1]
	}
	regexAfter := func() bool {
		if strings.HasSuffix(string(out), "return") {
			return true
		}
		return len(out) == 0 || strings.IndexByte("(,=:[!&|?{};", last()) >= 0
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			j := i + 1
			for j < len(line) && line[j] != c {
				if line[j] == '\\' {
					j++
				}
				j++
			}
			out = append(out, line[i:min(j+1, len(line))]...)
			i = j
		case c == '/' && i+1 < len(line) && line[i+1] == '/':
			i = len(line) // a comment to the end of the line
		case c == '/' && regexAfter():
			j, class := i+1, false
			for j < len(line) && (line[j] != '/' || class) {
				switch line[j] {
				case '\\':
					j++
				case '[':
					class = true
				case ']':
					class = false
				}
				j++
			}
			out = append(out, line[i:min(j+1, len(line))]...)
			i = j
		case c == ' ':
			for i+1 < len(line) && line[i+1] == ' ' {
				i++
			}
			next := byte(0)
			if i+1 < len(line) {
				next = line[i+1]
			}
			// A space stays between two words, and where dropping it would
			// join two operators into another (+ +, - -, / /).
			if word(last()) && word(next) || last() == next && strings.IndexByte("+-/", next) >= 0 {
				out = append(out, ' ')
			}
		default:
			out = append(out, c)
		}
	}
	return strings.TrimRight(string(out), " ")
}

// word reports whether c can be part of a name, a number or a keyword
// (non-ASCII bytes count, since names may be written in any script).
func word(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
