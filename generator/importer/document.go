package importer

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"zeren/generator/clause"
)

// doc is one document on its way to a content file.
type doc struct {
	source string // "003_x.txt#第一篇", "000_x.txt#篇1/附件2"
	label  string // the compilation piece: "篇5"
	role   role
	num    int // appendix number
	parent *doc
	start  int // first source line (its marker's, if it has one)
	// kindHint is the kind the format says, "" to detect it.
	kindHint string
	// fileDate is the date in the file name (某某条例(2020-05-14).md): the
	// version's date, used when the text gives none.
	fileDate string

	title string
	meta  docMeta
	kind  string
	lines []line // the body before normalisation
	body  []clause.Line

	counts   clause.Counts
	warnings []Warning
	dropped  []Dropped

	id, path string
	content  []byte
}

// docMeta is the front matter besides title, parent, source and imported.
type docMeta struct {
	shortTitle, docNumber, issuer string
	adopted, issued, effective    string
	status                        string
	repeals                       []string
}

// planFile turns one decoded input file into its documents.
// source names the file in results and front matter; name is its path,
// for errors.
func planFile(source, name, text string) ([]*doc, error) {
	raw := splitLines(text)
	if len(raw) == 0 {
		return nil, fmt.Errorf("%s: no text in the file; nothing to import", name)
	}
	c := clean(raw)
	pieces, preface, warnings := splitPieces(c.lines)
	compName := compilationName(preface)
	date := fileDate(name)
	var docs []*doc
	for _, p := range pieces {
		docs = append(docs, buildPiece(source, p, compName, date)...)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: only site boilerplate in the file, no document text; check that it is the right file", name)
	}
	for _, l := range preface {
		c.dropped = append(c.dropped, Dropped{Line: l.Src, Text: l.Text, Why: "compilation title (not a document)"})
	}
	for _, dr := range c.dropped {
		owner(docs, dr.Line).dropped = append(owner(docs, dr.Line).dropped, dr)
	}
	for _, n := range c.notes {
		owner(docs, n.src).warn(WarnRepair, n.src, "%s", n.msg)
	}
	docs[0].warnings = append(warnings, docs[0].warnings...)
	return docs, nil
}

// owner returns the document a source line belongs to: the last one that
// starts at or before it (the first one for what precedes them all).
func owner(docs []*doc, src int) *doc {
	best := docs[0]
	for _, d := range docs {
		if d.start <= src && d.start >= best.start {
			best = d
		}
	}
	return best
}

// buildPiece makes the documents of one piece: its main text, then its
// appendices and commentary.
func buildPiece(base string, p piece, compName, fileDate string) []*doc {
	if len(p.lines) == 0 {
		return nil
	}
	h := readHeader(p.lines)
	body, toc := dropContents(h.body)
	h.consumed = append(h.consumed, toc...)
	parts := splitParts(body, h.title)
	main := &doc{source: sourceOf(base, p.label, ""), label: p.label, start: p.lines[0].Src, dropped: h.consumed, fileDate: fileDate}
	if p.marker > 0 {
		main.start = p.marker
	}
	main.lines = sweepKeyed(main, parts[0].lines, &h.keyed)
	main.title = mainTitle(main, h, p, compName)
	main.meta = readMeta(main, h)
	docs := []*doc{main}
	names := appendixNames(main.lines)
	for _, pt := range parts[1:] {
		docs = append(docs, buildPart(base, main, pt, names[pt.num]))
	}
	return docs
}

// sweepKeyed removes lines of site metadata from anywhere in the text (a
// site may print them at the end) and reads them into k.
func sweepKeyed(d *doc, lines []line, k *keyed) []line {
	var out []line
	for _, l := range lines {
		if isKeyed(l.Text) {
			k.read(l.Text)
			d.dropped = append(d.dropped, Dropped{Line: l.Src, Text: l.Text, Why: "site metadata (used for the front matter)"})
			continue
		}
		out = append(out, l)
	}
	return out
}

// mainTitle picks the title of a piece's main text: its own title line,
// else what the compilation marker names (with the piece number when that
// is the compilation's shared name), else one inferred from the text.
func mainTitle(d *doc, h header, p piece, compName string) string {
	if h.title != "" {
		return h.title
	}
	if name := tidyTitle(p.name); usableName(name) {
		if compName != "" && compact(name) == compact(compName) {
			name += "(" + p.label + ")"
		}
		return name
	}
	if t, ok := inferTitle(d.lines); ok {
		d.warn(WarnTitle, 0, "title inferred from the text: %s; check it", t)
		return t
	}
	t := strings.TrimSuffix(strings.SplitN(d.source, "#", 2)[0], filepath.Ext(d.source))
	if p.label != "" {
		t += "(" + p.label + ")"
	}
	d.warn(WarnTitle, 0, "no title found; used %s", t)
	return t
}

// usableName reports whether a compilation marker's name can serve as a
// title: not a file name, not just an issuer.
func usableName(s string) bool {
	if runeLen(s) < 2 || isFileName(s) || hasSentence(s) {
		return false
	}
	_, isOrg := orgLine(s)
	return !isOrg
}

// readMeta gathers the front matter of a main text from its header and
// from what its text says.
func readMeta(d *doc, h header) docMeta {
	m := docMeta{shortTitle: shortTitle(d.title), docNumber: first(h.docNumber, h.keyed.docNumber), adopted: h.adopted}
	tailIssuer, tailDate := tailSignature(d.lines)
	if org, ok := titleOrg(d.title); ok {
		m.issuer = org
	}
	m.issuer = first(m.issuer, h.issuer, h.wrapperOrg, tailIssuer, h.keyed.issuer)
	if m.issuer == "" {
		if org, ok := interpreterOrg(joinText(d.lines)); ok {
			m.issuer = org
			d.warn(WarnMeta, 0, "issuer %s taken from the interpretation clause (本…由…负责解释); check it", org)
		}
	}
	m.issued = first(h.issued, tailDate, h.keyed.issued, d.fileDate)
	m.effective = first(effectiveDate(d.lines, m.issued), h.keyed.effective, d.fileDate)
	m.repeals = repealed(d.lines)
	return m
}

// first returns the first non-empty string.
func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// tailSignature reads a signature at the end of a text: an org line and a
// date line, or both on one line.
func tailSignature(lines []line) (issuer, date string) {
	n := len(lines)
	for i := max(n-3, 0); i < n; i++ {
		s := lines[i].Text
		if org, iso, after, ok := signatureLine(s); ok && after == "" {
			return org, iso
		}
		if org, ok := orgLine(s); ok && i+1 < n {
			if iso, ok := parseDate(lines[i+1].Text); ok {
				return org, iso
			}
		}
	}
	return "", ""
}

// buildPart makes an appendix or a commentary document. named is what the
// main text calls the appendix, the title of last resort.
func buildPart(base string, main *doc, pt part, named string) *doc {
	d := &doc{role: pt.role, num: pt.num, parent: main, label: main.label, start: pt.marker, lines: pt.lines}
	if d.start == 0 && len(pt.lines) > 0 {
		d.start = pt.lines[0].Src
	}
	switch pt.role {
	case commentary:
		d.source = sourceOf(base, main.label, "解读")
		d.title = tidyTitle(pt.title)
	default:
		d.source = sourceOf(base, main.label, fmt.Sprintf("附件%d", pt.num))
		d.title = pt.title
		if d.title == "" {
			d.title, d.lines = appendixTitle(d, pt.lines)
		}
		if d.title == "" {
			d.title = named
		}
		if d.title == "" {
			d.title = fmt.Sprintf("%s附件%d", main.title, pt.num)
		}
	}
	d.meta.shortTitle = shortTitle(d.title)
	return d
}

// appendixTitle takes the title line(s) at the top of an appendix:
// 某某决定书 / (式样).
func appendixTitle(d *doc, lines []line) (string, []line) {
	if len(lines) == 0 || !titleLike(lines[0].Text) {
		return "", lines
	}
	t := lines[0].Text
	d.dropped = append(d.dropped, Dropped{Line: lines[0].Src, Text: t, Why: "front matter: title"})
	lines = lines[1:]
	if len(lines) > 0 && reNote.MatchString(lines[0].Text) {
		t += lines[0].Text
		d.dropped = append(d.dropped, Dropped{Line: lines[0].Src, Text: lines[0].Text, Why: "front matter: title"})
		lines = lines[1:]
	}
	return tidyTitle(t), lines
}

// sourceOf names where a document came from: the file's base name, then
// the piece and the part.
func sourceOf(base, label, sub string) string {
	var parts []string
	for _, s := range []string{label, sub} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return base
	}
	return base + "#" + strings.Join(parts, "/")
}

// finish decides the kind, repairs tables, normalises and parses the body
// and counts its structure.
func (d *doc) finish(forceKind string) {
	switch {
	case forceKind != "":
		d.kind = forceKind
	case d.kindHint != "":
		d.kind = d.kindHint
	case d.role == commentary:
		d.kind = KindDocument
	default:
		d.kind = detectKind(d.title, d.lines, d.role == appendix)
	}
	if d.kind == KindIndicators {
		var dropped []Dropped
		d.lines, dropped = reassembleTable(d.lines)
		d.dropped = append(d.dropped, dropped...)
	}
	d.body = nil
	for _, l := range clause.Normalize(joinText(d.lines)) {
		if i := l.Src - 1; i >= 0 && i < len(d.lines) {
			l.Src = d.lines[i].Src
		}
		d.body = append(d.body, l)
	}
	if len(d.body) == 0 {
		d.warn(WarnEmpty, 0, "no text left after clean-up; check the source")
	}
	nodes, problems := clause.Parse(d.bodyText(), kinds[d.kind].mode)
	d.counts = clause.Tally(nodes)
	d.check(nodes, problems)
	if d.kind != KindDocument {
		d.meta.status = "现行有效"
		if strings.Contains(d.title, "试行") {
			d.meta.status = "试行"
		}
	}
	sort.SliceStable(d.dropped, func(i, j int) bool { return d.dropped[i].Line < d.dropped[j].Line })
}

// bodyText is the body as it goes into the content file.
func (d *doc) bodyText() string {
	var b strings.Builder
	n := len(d.body)
	for _, l := range d.body {
		n += len(l.Text)
	}
	b.Grow(n)
	for i, l := range d.body {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return b.String()
}
