package importer

import (
	"fmt"
	"sort"
	"strings"

	"zeren/generator/clause"
)

// Warning is something about an imported document that needs a human
// look. Kind sorts it (the import table, the report and the benchmark
// count warnings by kind); Level says which units a numbering warning is
// about (article, item, …); Line is the 1-based line in the input file,
// 0 when the warning is about the whole document.
type Warning struct {
	Kind  string
	Level clause.Level
	Line  int
	Msg   string
}

// Warning kinds. The words are stable: scripts count them.
const (
	WarnGap         = "gap"         // a number is missing: 第四条 then 第六条
	WarnRepeat      = "repeat"      // a number appears twice: two 第七条
	WarnOrder       = "order"       // numbering goes back or starts again
	WarnStart       = "start"       // numbering starts after 1: the text's beginning may be lost
	WarnUnplaced    = "unplaced"    // text that belongs to no unit: between a heading and its first article
	WarnBoilerplate = "boilerplate" // a kept line that looks like site boilerplate
	WarnTitle       = "title"       // the title was inferred or not found
	WarnMeta        = "meta"        // a metadata value was guessed
	WarnRepair      = "repair"      // the text was repaired in place (an OCR'd item marker)
	WarnEmpty       = "empty"       // nothing left after clean-up
	WarnPieces      = "pieces"      // a compilation's pieces do not add up
	WarnExists      = "exists"      // a dry run would replace an existing file
	WarnEID         = "eid"         // two units would have the same eId; the second was renamed
	WarnParse       = "parse"       // another note of the clause parser
)

// String writes w as the import table prints it: "line 12: …", or the
// message alone for a warning about the whole document.
func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("line %d: %s", w.Line, w.Msg)
	}
	return w.Msg
}

// Label names the warning's kind, with the level of the units for a
// numbering warning: "article gap", "item order", "boilerplate".
func (w Warning) Label() string {
	if w.Level != "" {
		return string(w.Level) + " " + w.Kind
	}
	return w.Kind
}

// Tally counts warnings by label.
type Tally map[string]int

// CountWarnings counts the warnings of all results by label.
func CountWarnings(results []Result) Tally {
	t := Tally{}
	for _, r := range results {
		for _, w := range r.Warnings {
			t[w.Label()]++
		}
	}
	return t
}

// String lists the counts, most frequent first: "12 article gap, 3 boilerplate".
func (t Tally) String() string {
	labels := make([]string, 0, len(t))
	for l := range t {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(i, j int) bool {
		if t[labels[i]] != t[labels[j]] {
			return t[labels[i]] > t[labels[j]]
		}
		return labels[i] < labels[j]
	})
	parts := make([]string, len(labels))
	for i, l := range labels {
		parts[i] = fmt.Sprintf("%d %s", t[l], l)
	}
	return strings.Join(parts, ", ")
}

// warn records a warning of kind about source line src (0: the document).
func (d *doc) warn(kind string, src int, format string, args ...any) {
	d.warnings = append(d.warnings, Warning{Kind: kind, Line: src, Msg: fmt.Sprintf(format, args...)})
}

// problemKind sorts a problem the clause parser reported by what its
// message says. The parser words its numbering problems in a fixed way
// (see clause/numbering.go); TestProblemKinds pins the words, so a change
// there fails here instead of turning every gap into a "parse" note.
func problemKind(msg string) string {
	switch {
	case strings.Contains(msg, "之前缺少"):
		return WarnStart
	case strings.Contains(msg, "缺少"):
		return WarnGap
	case strings.Contains(msg, "duplicate eId"):
		return WarnEID
	case strings.Contains(msg, "repeated number"):
		return WarnRepeat
	case strings.Contains(msg, "numbering goes back"), strings.Contains(msg, "numbering restarts"):
		return WarnOrder
	}
	return WarnParse
}

// problemLevel finds the level of the unit a parser problem is about: the
// numbered node on the problem's line whose number the message names.
func problemLevel(nodes []*clause.Node, p clause.Problem) clause.Level {
	var level clause.Level
	clause.Walk(nodes, func(n *clause.Node, _ int) bool {
		if n.Line == p.Line && n.Num != "" && (level == "" || strings.Contains(p.Msg, n.Num)) {
			level = n.Level
		}
		return true
	})
	return level
}
