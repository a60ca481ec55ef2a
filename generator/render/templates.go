package render

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"path"
	"strings"
)

// templates holds every layout, parsed once before any page is rendered:
// the partials form a base set, and each page layout is a clone of it with
// its baseof and the layout parsed on top (html/template's Clone recipe).
type templates struct {
	fsys     fs.FS
	partials *template.Template
	cache    map[string]*template.Template // by layout path
}

func loadTemplates(fsys fs.FS, funcs template.FuncMap) (*templates, error) {
	root := template.New("").Funcs(funcs)
	entries, err := fs.ReadDir(fsys, "partials")
	if err != nil && !isNotExist(err) {
		return nil, err
	}
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".html" {
			continue
		}
		name := "partials/" + e.Name()
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if _, err := root.New(name).Parse(string(src)); err != nil {
			return nil, fmt.Errorf("layouts/%s: %w", name, err)
		}
	}
	return &templates{fsys: fsys, partials: root, cache: map[string]*template.Template{}}, nil
}

// prepare parses the layout a page kind of a section uses, once.
func (t *templates) prepare(kind PageKind, section string) (*template.Template, string, error) {
	layout, ok := first(t.fsys, Lookup(kind, section))
	if !ok {
		return nil, "", fmt.Errorf("no layout for a %s page of %q; looked for %s", kind, section, strings.Join(Lookup(kind, section), ", "))
	}
	key := layout + "|" + section
	if tpl, ok := t.cache[key]; ok {
		return tpl, entryName(tpl, layout), nil
	}
	src, err := fs.ReadFile(t.fsys, layout)
	if err != nil {
		return nil, "", err
	}
	tpl, err := t.partials.Clone()
	if err != nil {
		return nil, "", err
	}
	// A layout that defines "main" fills the block of its baseof; any
	// other layout is a whole page on its own.
	if strings.Contains(string(src), `define "main"`) {
		base, ok := first(t.fsys, BaseLookup(section))
		if !ok {
			return nil, "", fmt.Errorf("layouts/%s defines \"main\" but there is no _default/baseof.html", layout)
		}
		bsrc, err := fs.ReadFile(t.fsys, base)
		if err != nil {
			return nil, "", err
		}
		if _, err := tpl.New("baseof").Parse(string(bsrc)); err != nil {
			return nil, "", fmt.Errorf("layouts/%s: %w", base, err)
		}
	}
	if _, err := tpl.New(layout).Parse(string(src)); err != nil {
		return nil, "", fmt.Errorf("layouts/%s: %w", layout, err)
	}
	t.cache[key] = tpl
	return tpl, entryName(tpl, layout), nil
}

func entryName(tpl *template.Template, layout string) string {
	if tpl.Lookup("baseof") != nil {
		return "baseof"
	}
	return layout
}

func (t *templates) execute(w io.Writer, kind PageKind, section string, data any) error {
	tpl, name, err := t.prepare(kind, section)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := tpl.ExecuteTemplate(&buf, name, data); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

func isNotExist(err error) bool {
	return errors.Is(err, fs.ErrNotExist)
}
