package site

import (
	"fmt"
	"strings"

	"zeren/generator/clause"
)

// Ref is a reference to a clause, written "<doc-id>#<eId>" or, for a whole
// document, "<doc-id>". EID may also be a clause written in Chinese
// (第六条第(一)项); the link stage resolves it to an eId.
type Ref struct {
	Doc string
	EID string
}

// ParseRef splits "doc#eid". It rejects an empty document id.
func ParseRef(s string) (Ref, error) {
	s = strings.TrimSpace(s)
	doc, eid, _ := strings.Cut(s, "#")
	if doc == "" {
		return Ref{}, fmt.Errorf("reference %q has no document id; write <doc-id>#<eId>, e.g. wenze-banfa#art_6__item_1", s)
	}
	return Ref{Doc: doc, EID: eid}, nil
}

func (r Ref) String() string {
	if r.EID == "" {
		return r.Doc
	}
	return r.Doc + "#" + r.EID
}

// RevisionAt returns the revision of document id in force on date (YYYY-MM-DD):
// the latest revision whose version is not after date. With an empty date,
// or a document with a single file, it is the current revision.
func (s *Site) RevisionAt(id, date string) *Doc {
	cur := s.Current[id]
	if cur == nil || date == "" || len(cur.Versions) == 0 {
		return cur
	}
	var at *Doc
	for _, v := range cur.Versions {
		if v.Version <= date {
			at = v
		}
	}
	if at == nil {
		return cur.Versions[0] // the decision predates every revision we hold
	}
	return at
}

// Lookup finds the clause a reference names in the revision in force on
// date ("" for the current one). It returns the document, and the clause
// or nil for a reference to a whole document.
func (s *Site) Lookup(r Ref, date string) (*Doc, *clause.Node, error) {
	d := s.RevisionAt(r.Doc, date)
	if d == nil {
		return nil, nil, fmt.Errorf("no document %q in this site", r.Doc)
	}
	if r.EID == "" {
		return d, nil, nil
	}
	n := clause.Find(d.Clauses, r.EID)
	if n == nil {
		return d, nil, fmt.Errorf("%s has no clause %q", r.Doc, r.EID)
	}
	return d, n, nil
}
