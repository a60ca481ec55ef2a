package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// An input file is read into text by its format, which is found from its
// bytes (the name only helps where the bytes cannot tell):
//
//	PK\x03\x04 with word/document.xml   DOCX (docx.go)
//	%PDF-                               PDF through pdftotext (pdf.go)
//	D0 CF 11 E0 …, {\rtf                legacy .doc/.wps/RTF: an error saying how to convert
//	text starting with <html, <!DOCTYPE html, or named .htm/.html
//	                                    HTML saved from a web page (html.go)
//	# 标题 … <!-- INFO END -->           the Markdown dialect of law collections (lawmd.go)
//	any other text                      plain text (UTF-8, UTF-16 or GB18030; decode.go)

// Formats, as the log names them.
const (
	formatText     = "text"
	formatMarkdown = "markdown"
	formatDOCX     = "docx"
	formatPDF      = "pdf"
	formatHTML     = "html"
)

// inputFile is one file to import.
type inputFile struct {
	path   string // where it is
	source string // what results and front matter call it: the path under the folder named, or the file's base name
}

// importable are the extensions a folder walk picks up. .doc and .wps are
// among them so that a folder holding one says how to convert it.
var importable = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true, ".docx": true,
	".pdf": true, ".html": true, ".htm": true, ".doc": true, ".wps": true,
}

// inputFiles expands folders into the importable files below them, in
// path order (hidden files and folders left out).
func inputFiles(paths []string) ([]inputFile, error) {
	if len(paths) == 0 {
		return nil, errors.New("no input given; name the files or folders to import")
	}
	var files []inputFile
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w; check the path", p, errors.Unwrap(err))
		}
		if !fi.IsDir() {
			files = append(files, inputFile{path: p, source: filepath.Base(p)})
			continue
		}
		var found []inputFile
		err = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(e.Name(), ".") {
				if e.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if e.IsDir() || !importable[strings.ToLower(filepath.Ext(path))] {
				return nil
			}
			rel, err := filepath.Rel(p, path)
			if err != nil {
				return err
			}
			found = append(found, inputFile{path: path, source: filepath.ToSlash(rel)})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no files to import in this folder (.txt, .md, .docx, .pdf, .html); name the files to import", p)
		}
		sort.Slice(found, func(i, j int) bool { return found[i].source < found[j].source })
		files = append(files, found...)
	}
	return files, nil
}

// readInput reads a file into text and tells its format and encoding.
func readInput(f inputFile, opts Options) (text, format, enc string, err error) {
	data, err := os.ReadFile(f.path)
	if err != nil {
		return "", "", "", fmt.Errorf("%s: %w", f.path, errors.Unwrap(err))
	}
	if len(data) == 0 {
		return "", "", "", fmt.Errorf("%s: the file is empty (0 bytes); nothing to import", f.path)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", "", fmt.Errorf("%s: the file holds only spaces and blank lines; nothing to import", f.path)
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")), bytes.HasPrefix(data, []byte(`{\rtf`)):
		return "", "", "", legacyError(f.path)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		text, err := readDOCX(f.path, data)
		return text, formatDOCX, encUTF8, err
	case bytes.HasPrefix(data, []byte("%PDF-")):
		text, err := readPDF(f.path, opts.PDFToText)
		return text, formatPDF, encUTF8, err
	}
	if ext := strings.ToLower(filepath.Ext(f.path)); ext == ".doc" || ext == ".wps" {
		if !looksLikeHTML(f.path, string(data[:min(len(data), 512)])) {
			return "", "", "", legacyError(f.path)
		}
	}
	text, enc, err = decode(f.path, data)
	if err != nil {
		return "", "", enc, err
	}
	switch {
	case looksLikeHTML(f.path, text):
		text, err = htmlText(f.path, text)
		return text, formatHTML, enc, err
	case isLawMarkdown(f.path, text):
		return text, formatMarkdown, enc, nil
	}
	return text, formatText, enc, nil
}

// legacyError says how to convert a file in an old binary office format.
func legacyError(path string) error {
	what := "an old binary Word, WPS or RTF file"
	switch strings.ToLower(filepath.Ext(path)) {
	case ".doc":
		what = "a legacy Word file (.doc)"
	case ".wps":
		what = "a WPS file (.wps)"
	case ".rtf":
		what = "an RTF file"
	}
	return fmt.Errorf("%s: %s, which import cannot read; convert it to DOCX with `libreoffice --headless --convert-to docx %s` (or save it as .docx in Word or WPS) and import the .docx", path, what, path)
}

// planned is what planning one file gave.
type planned struct {
	docs []*doc
	err  error
}

// planAll reads and plans every file, on all cores; the documents come
// back in file order whatever order the work finished in. All errors are
// collected.
func planAll(files []inputFile, opts Options) ([]*doc, error) {
	out := make([]planned, len(files))
	each(len(files), func(i int) {
		out[i].docs, out[i].err = planInput(files[i], opts)
	})
	var docs []*doc
	var errs []error
	for i, p := range out {
		if p.err != nil {
			errs = append(errs, p.err)
			continue
		}
		opts.Log.Debug("planned", "file", files[i].path, "documents", len(p.docs))
		docs = append(docs, p.docs...)
	}
	return docs, errors.Join(errs...)
}

// planInput reads one file, plans its documents and parses them (finish).
func planInput(f inputFile, opts Options) ([]*doc, error) {
	text, format, enc, err := readInput(f, opts)
	if err != nil {
		return nil, err
	}
	opts.Log.Debug("read", "file", f.path, "format", format, "encoding", enc)
	var docs []*doc
	if format == formatMarkdown {
		docs, err = planLaw(f.source, f.path, text)
	} else {
		docs, err = planFile(f.source, f.path, text)
	}
	for _, d := range docs {
		d.finish(opts.Kind)
		d.lines = nil // the body holds the text now; a large import needs the memory
	}
	return docs, err
}

// each calls fn(0) … fn(n-1) on as many goroutines as there are CPUs.
// fn must only write to what belongs to its own index.
func each(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
