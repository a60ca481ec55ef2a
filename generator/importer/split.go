package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"zeren/generator/clause"
)

// A compilation ("…(精选8篇)", "第一篇:…第五篇:") holds several documents,
// each introduced by a marker line. Two marker styles are known:
//
//	某某河湖管护办法 篇3          (a shared name and a piece number)
//	第三篇:某某市委办公室       (an ordinal and a file-ish name)
//
// A file is a compilation when at least two markers of one style appear
// with increasing numbers. What comes before the first marker is the
// compilation's own title, which is no document.

var (
	rePieceSuffix = regexp.MustCompile(`^(\S.{0,40}?)\s*[(（]?篇\s*(\d{1,2})[)）]?$`)
	rePieceOrd    = regexp.MustCompile(`^第\s*(` + cnNum + `|\d{1,2})\s*篇\s*[:：]\s*(.*)$`)
	reSelection   = regexp.MustCompile(`[(（]?\s*(?:精选|共)\s*(\d{1,2})\s*篇\s*[)）]?$`)
)

// piece is one document of a compilation, or the whole file.
type piece struct {
	label  string // "篇3", "第三篇"; "" for a file that is no compilation
	name   string // what the marker says besides the number
	marker int    // source line of the marker, 0 if none
	lines  []line
}

// pieceMarker reads a marker line; ok is false if s is none.
func pieceMarker(s string) (label, name string, num int, ok bool) {
	if m := rePieceOrd.FindStringSubmatch(s); m != nil {
		n, ok := clause.ParseNumeral(m[1])
		if !ok {
			return "", "", 0, false
		}
		return "第" + m[1] + "篇", trimSpace(m[2]), n, true
	}
	if m := rePieceSuffix.FindStringSubmatch(s); m != nil && !hasSentence(m[1]) {
		n, _ := strconv.Atoi(m[2])
		return "篇" + m[2], trimSpace(m[1]), n, true
	}
	return "", "", 0, false
}

func isPieceMarker(s string) bool {
	_, _, _, ok := pieceMarker(s)
	return ok
}

// splitPieces cuts lines into the documents of a compilation. preface is
// what comes before the first marker; warnings report numbering gaps and
// a count that differs from the one announced in the title.
func splitPieces(lines []line) (pieces []piece, preface []line, warnings []Warning) {
	type hit struct {
		at, num int
		style   bool // true: 第N篇
		label   string
		name    string
	}
	var hits []hit
	for i, l := range lines {
		if label, name, num, ok := pieceMarker(l.Text); ok {
			hits = append(hits, hit{i, num, strings.HasPrefix(label, "第"), label, name})
		}
	}
	// Keep the style with more markers, in increasing order.
	var ord, suf []hit
	for _, h := range hits {
		if h.style {
			ord = append(ord, h)
		} else {
			suf = append(suf, h)
		}
	}
	use := suf
	if len(ord) > len(suf) {
		use = ord
	}
	var kept []hit
	for _, h := range use {
		if len(kept) == 0 || h.num > kept[len(kept)-1].num {
			kept = append(kept, h)
		}
	}
	if len(kept) < 2 {
		return []piece{{lines: lines}}, nil, nil
	}
	preface = lines[:kept[0].at]
	for i, h := range kept {
		end := len(lines)
		if i+1 < len(kept) {
			end = kept[i+1].at
		}
		pieces = append(pieces, piece{label: h.label, name: h.name, marker: lines[h.at].Src, lines: lines[h.at+1 : end]})
		if want := kept[0].num + i; h.num != want {
			warnings = append(warnings, Warning{Kind: WarnPieces, Line: lines[h.at].Src, Msg: fmt.Sprintf("piece %s follows piece %d; a piece may be missing", h.label, kept[max(i-1, 0)].num)})
		}
	}
	for _, l := range preface {
		if m := reSelection.FindStringSubmatch(l.Text); m != nil {
			if n, _ := strconv.Atoi(m[1]); n != len(pieces) {
				warnings = append(warnings, Warning{Kind: WarnPieces, Line: l.Src, Msg: fmt.Sprintf("the title announces %d pieces, %d were found", n, len(pieces))})
			}
		}
	}
	return pieces, preface, warnings
}

// compilationName returns the compilation's title without its "(精选8篇)"
// count, for telling a piece's own title from the shared one.
func compilationName(preface []line) string {
	for _, l := range preface {
		if reSelection.MatchString(l.Text) {
			return trimSpace(reSelection.ReplaceAllString(l.Text, ""))
		}
	}
	return ""
}
