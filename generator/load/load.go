// Package load reads a site's content/ folder into the site model: it walks
// the sections, splits each file into YAML front matter and body, checks
// every value against its expected type, and keeps the file and line of
// everything so that each problem can point at its source.
package load

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"zeren/generator/site"
)

// Options configure Load.
type Options struct {
	// Root is the site folder; it is only recorded in the model.
	Root string
	// FS holds the site folder: content/ is read from it.
	FS fs.FS
	// Today decides which embargoes have ended (YYYY-MM-DD).
	Today string
	// Internal keeps internal and embargoed records (the staff edition).
	Internal bool
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// Load reads every document under content/. It returns the site and all
// diagnostics; the site must not be built when any diagnostic is an error.
func Load(opts Options) (*site.Site, []site.Diagnostic) {
	s := &site.Site{Root: opts.Root, Current: map[string]*site.Doc{}}
	var diags []site.Diagnostic
	files, walkDiags := contentFiles(opts.FS)
	diags = append(diags, walkDiags...)

	for _, f := range files {
		doc, ds := readDoc(opts.FS, f)
		diags = append(diags, ds...)
		if doc == nil {
			continue
		}
		if withheld(doc, opts) {
			s.Withheld++
			continue
		}
		s.Docs = append(s.Docs, doc)
	}
	diags = append(diags, group(s)...)
	site.SortDocs(s.Docs)
	return s, diags
}

// contentFile is a content file with what its path says.
type contentFile struct {
	path    string // slash path relative to the FS root
	kind    site.Kind
	id      string
	version string
}

// contentFiles finds the documents: content/<section>/<id>.md and
// content/regulations/<id>/<version>.md. The path alone decides.
func contentFiles(fsys fs.FS) ([]contentFile, []site.Diagnostic) {
	var files []contentFile
	var diags []site.Diagnostic
	bad := func(p, msg string) { diags = append(diags, site.Diagnostic{Pos: site.Pos{File: p}, Msg: msg}) }
	err := fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			bad(p, "cannot read: "+err.Error())
			return nil
		}
		parts := strings.Split(p, "/")
		name := d.Name()
		if strings.HasPrefix(name, ".") && p != "content" {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			switch len(parts) {
			case 2:
				if _, ok := site.KindOfSection(name); !ok {
					bad(p, fmt.Sprintf("unknown kind folder %q; content/ holds only regulations, lists, indicators, measures, outcomes and documents", name))
					return fs.SkipDir
				}
			case 3:
				if parts[1] != "regulations" {
					bad(p, "only regulations have one folder per document (for its revisions); move the files up into content/"+parts[1]+"/")
					return fs.SkipDir
				}
			case 4:
				bad(p, "too deep: a regulation's revisions are content/regulations/<id>/<YYYY-MM-DD>.md")
				return fs.SkipDir
			}
			return nil
		}
		if path.Ext(name) != ".md" {
			return nil // assets and notes beside the content are not documents
		}
		stem := strings.TrimSuffix(name, ".md")
		switch len(parts) {
		case 2:
			bad(p, "a document must be inside a kind folder, e.g. content/regulations/"+name)
		case 3:
			kind, _ := site.KindOfSection(parts[1])
			files = append(files, contentFile{path: p, kind: kind, id: stem})
		case 4:
			if err := checkDate(stem); err != nil {
				bad(p, "a revision file is named by the date it took effect, YYYY-MM-DD.md: "+err.Error())
				return nil
			}
			files = append(files, contentFile{path: p, kind: site.Regulation, id: parts[2], version: stem})
		}
		return nil
	})
	if err != nil {
		bad("content", "cannot read the content folder: "+err.Error()+"; is -s/--source the site root?")
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	return files, diags
}

// readDoc reads one file into a document.
func readDoc(fsys fs.FS, f contentFile) (*site.Doc, []site.Diagnostic) {
	var diags []site.Diagnostic
	errAt := func(line int, msg string) {
		diags = append(diags, site.Diagnostic{Pos: site.Pos{File: f.path, Line: line}, Msg: msg})
	}
	src, err := fs.ReadFile(fsys, f.path)
	if err != nil {
		errAt(0, "cannot read: "+err.Error())
		return nil, diags
	}
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if line, col, ok := invalidUTF8(src); ok {
		errAt(line, fmt.Sprintf("invalid UTF-8 at column %d; save the file as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)", col))
		return nil, diags
	}
	if !idRE.MatchString(f.id) {
		errAt(0, fmt.Sprintf("id %q is not an ASCII slug; rename the file with lowercase letters, digits and hyphens (e.g. wenze-banfa.md)", f.id))
	}
	fm, body, bodyLine, ok := splitFrontMatter(src)
	if !ok {
		errAt(1, "no front matter; start the file with a line ---, then YAML (title: …), then a line ---")
		return nil, diags
	}
	doc := &site.Doc{ID: f.id, Kind: f.kind, Version: f.version, File: f.path, Body: body, BodyLine: bodyLine, Lines: map[string][]int{}}
	diags = append(diags, decodeMeta(f.path, fm, 2, f.kind, &doc.Meta, doc.Lines)...)
	diags = append(diags, checkRequired(doc)...)
	return doc, diags
}

// splitFrontMatter splits "---\nYAML---\nbody". bodyLine is the file line
// on which the body starts.
func splitFrontMatter(src []byte) (fm []byte, body string, bodyLine int, ok bool) {
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	if !strings.HasPrefix(s, "---\n") {
		return nil, "", 0, false
	}
	rest := s[4:]
	end := -1
	if strings.HasPrefix(rest, "---\n") || rest == "---" {
		end = 0
	} else if i := strings.Index(rest, "\n---\n"); i >= 0 {
		end = i + 1
	} else if strings.HasSuffix(rest, "\n---") {
		end = len(rest) - 3
	}
	if end < 0 {
		return nil, "", 0, false
	}
	fm = []byte(rest[:end])
	after := rest[end:]
	after = strings.TrimPrefix(strings.TrimPrefix(after, "---"), "\n")
	bodyLine = 1 + 1 + strings.Count(rest[:end], "\n") + 1
	return fm, after, bodyLine, true
}

// invalidUTF8 finds the first invalid byte, as 1-based line and column.
func invalidUTF8(b []byte) (line, col int, found bool) {
	line, col = 1, 1
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			return line, col, true
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		col++
		b = b[n:]
	}
	return 0, 0, false
}

// withheld reports whether a record must stay out of the public edition.
func withheld(d *site.Doc, opts Options) bool {
	if opts.Internal {
		return false
	}
	if d.Meta.Disclosure == "internal" {
		return true
	}
	return d.Meta.EmbargoUntil != "" && d.Meta.EmbargoUntil > opts.Today
}

// Today is the date used for embargoes when none is given.
func Today() string { return time.Now().Format("2006-01-02") }

// group links the revisions of one regulation and finds duplicate ids.
func group(s *site.Site) []site.Diagnostic {
	var diags []site.Diagnostic
	byID := map[string][]*site.Doc{}
	var ids []string
	for _, d := range s.Docs {
		if _, ok := byID[d.ID]; !ok {
			ids = append(ids, d.ID)
		}
		byID[d.ID] = append(byID[d.ID], d)
	}
	sort.Strings(ids)
	for _, id := range ids {
		docs := byID[id]
		versioned := 0
		for _, d := range docs {
			if d.Version != "" {
				versioned++
			}
		}
		if len(docs) > 1 && versioned != len(docs) {
			var where []string
			for _, d := range docs[1:] {
				where = append(where, d.File)
			}
			diags = append(diags, site.Diagnostic{Pos: site.Pos{File: docs[0].File, Line: 1},
				Msg: fmt.Sprintf("duplicate id %q, also used by %s; ids are unique across the whole site, rename one file", id, strings.Join(where, ", "))})
			s.Current[id] = docs[0]
			continue
		}
		if versioned > 0 {
			sort.Slice(docs, func(i, j int) bool { return docs[i].Version < docs[j].Version })
			for _, d := range docs {
				d.Versions = docs
			}
		}
		s.Current[id] = docs[len(docs)-1]
	}
	return diags
}
