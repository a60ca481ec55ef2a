package render

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// markdown renders the text of clauses. Raw HTML in the source is never
// passed through (goldmark omits it unless told otherwise) and links with
// dangerous schemes are dropped, so untrusted text cannot inject markup.
type markdown struct {
	md goldmark.Markdown
}

func newMarkdown() *markdown {
	return &markdown{md: goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))}
}

// inline renders one unit's text; a single paragraph loses its <p> so the
// text can sit inside the clause's own element.
func (m *markdown) inline(text string) template.HTML {
	if text == "" {
		return ""
	}
	var buf bytes.Buffer
	if err := m.md.Convert([]byte(text), &buf); err != nil {
		return template.HTML(template.HTMLEscapeString(text))
	}
	out := strings.TrimSpace(buf.String())
	if strings.HasPrefix(out, "<p>") && strings.HasSuffix(out, "</p>") && strings.Count(out, "<p>") == 1 {
		out = out[3 : len(out)-4]
	}
	return template.HTML(out)
}
