package search

import (
	_ "embed"
	"strings"
)

// clientJS is the browser client, written to public/search/zeren-search.js,
// and pageJS the search page's script, written to public/search/page.js.
var (
	//go:embed client/zeren-search.js
	clientJS []byte
	//go:embed client/page.js
	pageJS []byte
)

// minifyJS drops what a browser does not need from our own scripts:
// comment lines, indentation, blank lines, and a comment at the end of a
// line whose code holds no quote, slash or backquote. It is not a
// general minifier: it relies on the scripts having no template literals
// or strings across lines. A first line names the source.
func minifyJS(name string, src []byte) []byte {
	var b strings.Builder
	b.WriteString("// " + name + " from zeren (search/client/); comments stripped\n")
	for _, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		if i := strings.Index(t, " // "); i > 0 && !strings.ContainsAny(t[:i], "'\"/`") {
			t = strings.TrimSpace(t[:i])
		}
		b.WriteString(t)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}
