package importer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A DOCX file is a ZIP archive; its text is word/document.xml, its list
// numbering word/numbering.xml and its paragraph styles word/styles.xml.
// readDOCX needs nothing but the standard library's zip and XML:
//
//   - paragraphs come out in order, one per line, w:br a line break;
//   - automatic numbering (第%1条, (%1), %1.) is written out as Word
//     shows it (numbering.go), so the clause parser sees the markers;
//   - tables become Markdown tables, a paragraph inside a cell part of
//     the cell's text;
//   - tracked deletions, moved-away text, field codes, hidden text and
//     the fallback copies of text boxes are left out.
//
// Headers, footers, footnotes and comments are other parts of the
// archive and are not read: page numbers never reach the text.

// readDOCX returns the text of the DOCX file at path.
func readDOCX(path string, data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("%s: starts like a ZIP or DOCX file but cannot be opened (%v); the file is damaged: save it again as .docx and import that", path, err)
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	doc := parts["word/document.xml"]
	if doc == nil {
		if mt, _ := readPart(parts["mimetype"]); strings.Contains(string(mt), "opendocument.text") {
			return "", fmt.Errorf("%s: an OpenDocument text (.odt), which import cannot read; convert it with `libreoffice --headless --convert-to docx %s` and import the .docx", path, path)
		}
		return "", fmt.Errorf("%s: a ZIP archive without word/document.xml, so no DOCX file; import takes .docx, .txt, .md, .pdf and .html files", path)
	}
	num, err := readNumbering(parts["word/numbering.xml"], parts["word/styles.xml"])
	if err != nil {
		return "", fmt.Errorf("%s: word/numbering.xml or word/styles.xml: %v; save the file again in Word or WPS and import that", path, err)
	}
	r, err := doc.Open()
	if err != nil {
		return "", fmt.Errorf("%s: word/document.xml: %v; the file is damaged", path, err)
	}
	defer r.Close()
	w := docxWriter{num: num}
	if err := w.read(xml.NewDecoder(r)); err != nil {
		return "", fmt.Errorf("%s: word/document.xml: %v; the file is damaged: open it in Word or WPS, save it again and import that", path, err)
	}
	return strings.Join(w.lines, "\n"), nil
}

// readPart returns the bytes of an archive member, nil for none.
func readPart(f *zip.File) ([]byte, error) {
	if f == nil {
		return nil, nil
	}
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// docxWriter turns the XML of word/document.xml into lines.
type docxWriter struct {
	num   *numbering
	lines []string
	paras []*docxPara  // open paragraphs: a text box's paragraphs sit inside another's run
	cells []*docxTable // open tables, innermost last
	skip  int          // depth inside a subtree left out
	field int          // depth inside a field's code (between begin and separate)

	fields []bool // open fields, innermost last: true while in the field's code
	inRun  bool   // inside w:r
	inText bool   // inside w:t
	hidden bool   // the current run is hidden text (w:vanish)
}

type docxPara struct {
	text         strings.Builder
	numID, level string
	style        string
}

type docxTable struct {
	rows [][]string
	row  []string
	cell []string // the paragraphs of the open cell
	span int      // gridSpan of the open cell
}

// skipped are the elements whose content is not text of the document.
var skipped = map[string]bool{
	"Fallback": true, "moveFrom": true, "instrText": true, "delText": true, "del": true,
	"footnoteReference": true, "commentReference": true,
}

func (w *docxWriter) read(d *xml.Decoder) error {
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if w.skip > 0 || skipped[t.Name.Local] {
				w.skip++
				continue
			}
			w.start(t)
		case xml.EndElement:
			if w.skip > 0 {
				w.skip--
				continue
			}
			w.end(t.Name.Local)
		case xml.CharData:
			if w.inText {
				w.write(string(t))
			}
		}
	}
}

// val returns the w:val attribute of an element.
func val(t xml.StartElement) string {
	for _, a := range t.Attr {
		if a.Name.Local == "val" {
			return a.Value
		}
	}
	return ""
}

// on reports whether a toggle property (w:vanish, w:isLgl) is on: present
// without a value, or with one other than false/0/off.
func on(t xml.StartElement) bool {
	switch val(t) {
	case "false", "0", "off":
		return false
	}
	return true
}

func (w *docxWriter) para() *docxPara {
	if len(w.paras) == 0 {
		return nil
	}
	return w.paras[len(w.paras)-1]
}

func (w *docxWriter) write(s string) {
	if p := w.para(); p != nil && w.skip == 0 && w.field == 0 && !w.hidden {
		p.text.WriteString(s)
	}
}

func (w *docxWriter) start(t xml.StartElement) {
	p := w.para()
	switch t.Name.Local {
	case "p":
		w.paras = append(w.paras, &docxPara{})
	case "pStyle":
		if p != nil {
			p.style = val(t)
		}
	case "numId":
		if p != nil {
			p.numID = val(t)
		}
	case "ilvl":
		if p != nil {
			p.level = val(t)
		}
	case "r":
		w.inRun, w.hidden = true, false
	case "vanish":
		w.hidden = w.inRun && on(t)
	case "t":
		w.inText = true
	case "tab", "ptab":
		if w.inRun {
			w.write(" ")
		}
	case "br", "cr":
		if w.inRun {
			w.write("\n")
		}
	case "noBreakHyphen":
		w.write("-")
	case "fldChar":
		w.fieldChar(t)
	case "tbl":
		w.cells = append(w.cells, &docxTable{})
	case "tr":
		if tb := w.table(); tb != nil {
			tb.row = nil
		}
	case "tc":
		if tb := w.table(); tb != nil {
			tb.cell, tb.span = nil, 1
		}
	case "gridSpan":
		if tb := w.table(); tb != nil {
			fmt.Sscan(val(t), &tb.span)
		}
	}
}

// fieldChar follows a field: its code (between begin and separate) is
// not text, its result (between separate and end) is.
func (w *docxWriter) fieldChar(t xml.StartElement) {
	var kind string
	for _, a := range t.Attr {
		if a.Name.Local == "fldCharType" {
			kind = a.Value
		}
	}
	n := len(w.fields)
	switch {
	case kind == "begin":
		w.fields = append(w.fields, true)
		w.field++
	case kind == "separate" && n > 0 && w.fields[n-1]:
		w.fields[n-1] = false
		w.field--
	case kind == "end" && n > 0:
		if w.fields[n-1] {
			w.field--
		}
		w.fields = w.fields[:n-1]
	}
}

func (w *docxWriter) table() *docxTable {
	if len(w.cells) == 0 {
		return nil
	}
	return w.cells[len(w.cells)-1]
}

func (w *docxWriter) end(name string) {
	switch name {
	case "p":
		p := w.para()
		if p == nil {
			return
		}
		w.paras = w.paras[:len(w.paras)-1]
		text := w.num.label(p) + p.text.String()
		if tb := w.table(); tb != nil {
			if s := trimSpace(strings.ReplaceAll(text, "\n", " ")); s != "" {
				tb.cell = append(tb.cell, s)
			}
			return
		}
		w.lines = append(w.lines, strings.Split(text, "\n")...)
	case "r":
		w.inRun, w.hidden = false, false
	case "t":
		w.inText = false
	case "tc":
		if tb := w.table(); tb != nil {
			tb.row = append(tb.row, strings.Join(tb.cell, " "))
			for i := 1; i < min(tb.span, 50); i++ {
				tb.row = append(tb.row, "")
			}
		}
	case "tr":
		if tb := w.table(); tb != nil {
			tb.rows = append(tb.rows, tb.row)
		}
	case "tbl":
		w.endTable()
	}
}

// endTable writes a finished table: a Markdown table, or one line per
// cell when it has one column; a table inside a cell becomes that cell's
// text.
func (w *docxWriter) endTable() {
	tb := w.table()
	if tb == nil {
		return
	}
	w.cells = w.cells[:len(w.cells)-1]
	if outer := w.table(); outer != nil {
		for _, r := range tb.rows {
			if s := trimSpace(strings.Join(r, " ")); s != "" {
				outer.cell = append(outer.cell, s)
			}
		}
		return
	}
	if width(tb.rows) >= 2 {
		w.lines = append(w.lines, markdownTable(tb.rows)...)
		return
	}
	for _, r := range tb.rows {
		w.lines = append(w.lines, r...)
	}
}
