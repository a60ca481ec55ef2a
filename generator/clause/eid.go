package clause

import (
	"fmt"
	"strconv"
)

// eIds follow design.md ("Clause identifiers"):
//
//	book_N  chp_N  chp_N__sec_M  art_N  art_N_S (第N条之S)
//	art_N__para_M  art_N__item_K  art_N__para_M__item_K  …__point_J
//	preamble__para_N (text before the first article or heading)
//	grp_N  grp_N__item_M  grp_N__para_M  item_M  para_N  (lists, indicators)
//	sec_N  sec_N__para_M  para_M  (prose)
//
// Articles, groups and prose headings are absolute: art_14 is unique in
// its document. Everything else is its parent's eId plus its own part.
// Markers count as written (item_3 is (三)); paragraphs and prose headings
// count by position. A chapter inside a 编 is book_N__chp_M, because
// chapter numbers start again in each 编.

// assignEIDs gives every node its eId, depth first, renaming duplicates
// deterministically (art_7, art_7_dup2) and reporting each rename.
func assignEIDs(nodes []*Node, mode Mode) []Problem {
	a := eidAssigner{mode: mode, used: map[string]bool{}, next: map[string]int{}}
	a.assign(nodes, nil)
	return a.problems
}

// eidAssigner holds the eIds handed out so far in one document.
type eidAssigner struct {
	mode     Mode
	used     map[string]bool
	next     map[string]int // the next _dupN suffix to try, per eId
	problems []Problem
}

// assign names nodes, the children of parent (nil at the root).
func (a *eidAssigner) assign(nodes []*Node, parent *Node) {
	paragraphs, headings := 0, 0
	for _, n := range nodes {
		var local string
		switch n.Level {
		case Paragraph:
			paragraphs++
			n.Ordinal = paragraphs
			local = "para_" + strconv.Itoa(paragraphs)
		case Heading:
			headings++
			n.Ordinal = headings
			local = "sec_" + strconv.Itoa(headings)
		case Article:
			local = "art_" + strconv.Itoa(n.Ordinal)
			if n.Sub > 0 {
				local += "_" + strconv.Itoa(n.Sub)
			}
		default:
			local = levelWord(n.Level) + "_" + strconv.Itoa(n.Ordinal)
		}
		n.EID = a.unique(a.prefix(n, parent)+local, n.Line)
		a.assign(n.Children, n)
	}
}

// prefix returns what goes before a node's own part of its eId.
func (a *eidAssigner) prefix(n, parent *Node) string {
	switch {
	case n.Level == Article, n.Level == Book, n.Level == Group, n.Level == Heading:
		return ""
	case parent != nil:
		return parent.EID + "__"
	case n.Level == Paragraph && a.mode == ModeRegulation:
		return "preamble__"
	}
	return ""
}

// unique returns id, or id_dupN with the smallest free N if id is taken.
func (a *eidAssigner) unique(id string, line int) string {
	if !a.used[id] {
		a.used[id] = true
		return id
	}
	k := max(a.next[id], 2)
	for a.used[id+"_dup"+strconv.Itoa(k)] {
		k++
	}
	a.next[id] = k + 1
	dup := id + "_dup" + strconv.Itoa(k)
	a.used[dup] = true
	a.problems = append(a.problems, Problem{Line: line, Msg: fmt.Sprintf("eId %s 重复,改为 %s (duplicate eId)", id, dup)})
	return dup
}

// levelWord is the eId word of a numbered level.
func levelWord(l Level) string {
	switch l {
	case Book:
		return "book"
	case Chapter:
		return "chp"
	case Section:
		return "sec"
	case Item:
		return "item"
	case Point:
		return "point"
	case Group:
		return "grp"
	}
	return string(l)
}
