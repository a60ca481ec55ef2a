// Package site holds the plain model every build stage reads: the documents
// of a site with their metadata, clause trees and the positions they came
// from. Stages fill it in order (load, parse, link, version) and never keep
// state of their own.
package site

import (
	"fmt"
	"sort"

	"zeren/generator/clause"
)

// Kind is a document kind. The words are part of the JSON contract.
type Kind string

// The six kinds of design.md.
const (
	Regulation Kind = "regulation"
	List       Kind = "list"
	Indicators Kind = "indicators"
	Measure    Kind = "measure"
	Outcome    Kind = "outcome"
	Document   Kind = "document"
)

// Kinds lists every kind in the order the site presents them.
var Kinds = []Kind{Regulation, List, Indicators, Measure, Outcome, Document}

// Section returns the content folder (and URL segment) of a kind.
func (k Kind) Section() string {
	switch k {
	case Regulation:
		return "regulations"
	case List:
		return "lists"
	case Indicators:
		return "indicators"
	case Measure:
		return "measures"
	case Outcome:
		return "outcomes"
	case Document:
		return "documents"
	}
	return ""
}

// Label is the kind's Chinese name as the site shows it.
func (k Kind) Label() string {
	switch k {
	case Regulation:
		return "法规制度"
	case List:
		return "责任清单"
	case Indicators:
		return "考核指标"
	case Measure:
		return "落实措施"
	case Outcome:
		return "问责结果"
	case Document:
		return "文稿资料"
	}
	return string(k)
}

// Mode is the clause parser mode for the kind's body.
func (k Kind) Mode() clause.Mode {
	switch k {
	case Regulation:
		return clause.ModeRegulation
	case List:
		return clause.ModeList
	case Indicators:
		return clause.ModeIndicators
	}
	return clause.ModeDocument
}

// KindOfSection maps a content folder name to its kind.
func KindOfSection(dir string) (Kind, bool) {
	for _, k := range Kinds {
		if k.Section() == dir {
			return k, true
		}
	}
	return "", false
}

// ParseKind checks a kind word written in front matter.
func ParseKind(s string) (Kind, bool) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, true
		}
	}
	return "", false
}

// Pos is a place in a source file; File is relative to the site root.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return p.File
}

// Diagnostic is one problem found in the source, with where and what to do.
type Diagnostic struct {
	Pos     Pos
	Msg     string
	Warning bool
}

func (d Diagnostic) String() string {
	if d.Warning {
		return d.Pos.String() + ": warning: " + d.Msg
	}
	return d.Pos.String() + ": " + d.Msg
}

// Site is the whole model of one build.
type Site struct {
	Root string // the source folder
	Docs []*Doc // every published revision, sorted by kind, id, version
	// Current maps a document id to its current revision.
	Current map[string]*Doc
	// Graph holds every reference between units, filled by the link stage.
	Graph *Graph
	// External lists the titles cited in texts that are not in the site.
	External []ExternalCite
	// Withheld counts documents left out because they are internal or under
	// embargo; it is never rendered into public output.
	Withheld int
}

// ExternalCite is a citation of a document the site does not hold.
type ExternalCite struct {
	Pos   Pos
	Title string
	From  Ref
}

// Doc is one revision of one content file.
type Doc struct {
	ID       string
	Kind     Kind
	Version  string // YYYY-MM-DD for content/regulations/<id>/<version>.md, else ""
	File     string // relative to the site root, slash-separated
	Meta     Meta
	Body     string
	BodyLine int // line of the file where the body starts
	// Lines maps a front matter key to the file line of each of its
	// values (one per list entry), for errors that point at a value.
	Lines   map[string][]int
	Clauses []*clause.Node
	// Versions lists every revision of this id, oldest first; nil for a
	// document with a single file.
	Versions []*Doc
}

// IsCurrent reports whether d is the revision shown at the document's URL.
func (d *Doc) IsCurrent() bool {
	return len(d.Versions) == 0 || d.Versions[len(d.Versions)-1] == d
}

// URL is the document's path on the site, with a trailing slash.
func (d *Doc) URL() string {
	u := "/" + d.Kind.Section() + "/" + d.ID + "/"
	if d.Version != "" && !d.IsCurrent() {
		u += d.Version + "/"
	}
	return u
}

// Date is the date that orders documents: when it took effect, was issued,
// decided or adopted, whichever the document has first.
func (d *Doc) Date() string {
	m := d.Meta
	for _, s := range []string{m.Published, m.Decided, m.Issued, m.Effective, m.Adopted, d.Version} {
		if s != "" {
			return s
		}
	}
	return ""
}

// SortDocs orders documents by kind, id and version, the order of every
// listing that has no other order.
func SortDocs(docs []*Doc) {
	rank := map[Kind]int{}
	for i, k := range Kinds {
		rank[k] = i
	}
	sort.SliceStable(docs, func(i, j int) bool {
		a, b := docs[i], docs[j]
		if a.Kind != b.Kind {
			return rank[a.Kind] < rank[b.Kind]
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Version < b.Version
	})
}
