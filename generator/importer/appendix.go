package importer

import (
	"regexp"
	"strconv"
	"strings"

	"zeren/generator/clause"
)

// A document may carry appendices (附件) and a commentary (《…》解读) after
// its own text. Each becomes a document of its own with parent: set.

type role int

const (
	mainText role = iota
	appendix
	commentary
)

// part is the main text of a piece, one of its appendices or its
// commentary.
type part struct {
	role   role
	num    int    // appendix number, from 1
	title  string // a title given on the marker line
	marker int    // source line of the marker, 0 if none
	lines  []line
}

var (
	// 附件, 附件1, 附件1:, 附件二：
	reAppendixBare = regexp.MustCompile(`^附件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?$`)
	// 附件1: 某某镇河长责任清单, 附件:某某决定书(式样)
	reAppendixTitled = regexp.MustCompile(`^附件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：\s]\s*(\S.*)$`)
	// A list of attachment titles: 附件:1.…2.…
	reListedItem = regexp.MustCompile(`(^|[^\d.])\d{1,2}\s*[.、．]\s*(\p{Han}|\d{4}年)`)
	// 附件:1.某某规范 starts a list of the attachments.
	reListStart = regexp.MustCompile(`^\d{1,2}\s*[.、．]`)
	// A note in brackets, all of the title.
	reNoteOnly = regexp.MustCompile(`^[(（][^()（）]*[)）]$`)
	// 《某某条例》解读, 《…》释义
	reCommentary = regexp.MustCompile(`^(?:《([^》]+)》|(\S{4,40}?))\s*(解读|释义)$`)
	// (附件2) or 附件2 mentioned in a text.
	reAppendixRef = regexp.MustCompile(`附件\s*(\d{1,2})`)
)

// appendixMarker reads an appendix marker line: its number (0 if none is
// written) and a title given on the line.
func appendixMarker(s string) (num int, title string, ok bool) {
	if m := reAppendixBare.FindStringSubmatch(s); m != nil {
		return markerNum(m[1]), "", true
	}
	if m := reAppendixTitled.FindStringSubmatch(s); m != nil {
		title = trimSpace(m[2])
		switch {
		case len(reListedItem.FindAllString(title, -1)) >= 2, reListStart.MatchString(title):
			return 0, "", false // 附件:1.…2.… lists the attachments, maybe one a line
		case hasSentence(title) || runeLen(title) > 50 || reNoteOnly.MatchString(title):
			return 0, "", false // a sentence, or a note in a form: 附件:(列明相关材料)
		}
		return markerNum(m[1]), title, true
	}
	return 0, "", false
}

func markerNum(s string) int {
	if s == "" {
		return 0
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	n, _ := clause.ParseNumeral(s)
	return n
}

// splitParts cuts a piece into its main text, appendices and commentary.
// title is the main text's title, when known, to recognise "《title》解读".
func splitParts(lines []line, title string) []part {
	parts := []part{{role: mainText}}
	cur := &parts[0]
	articles := 0
	announced := announcedAppendices(lines)
	lastItem := 0
	for i, l := range lines {
		s := l.Text
		if cur.role != commentary {
			if num, t, ok := appendixMarker(s); ok && i > 0 && !nextIsAppendixMarker(lines, i) {
				if num == 0 {
					num = countRole(parts, appendix) + 1
				}
				parts = append(parts, part{role: appendix, num: num, title: t, marker: l.Src})
				cur, lastItem = &parts[len(parts)-1], 0
				continue
			}
			if isCommentaryMarker(s, title) && articles > 0 {
				parts = append(parts, part{role: commentary, title: s, marker: l.Src})
				cur = &parts[len(parts)-1]
				continue
			}
			if cur.role == appendix && lastItem > 1 && startsImplicitAppendix(lines, i) && announced > countRole(parts, appendix) {
				parts = append(parts, part{role: appendix, num: countRole(parts, appendix) + 1})
				cur, lastItem = &parts[len(parts)-1], 0
			}
		}
		if reArticle.MatchString(s) {
			articles++
		}
		if n := arabicItem(s); n > 0 {
			lastItem = n
		}
		cur.lines = append(cur.lines, l)
	}
	return parts
}

// nextIsAppendixMarker reports whether the line after i is an appendix
// marker too, which makes line i a list of attachments, not a marker:
// 附件:某某决定书(式样) / 附件: / …
func nextIsAppendixMarker(lines []line, i int) bool {
	if i+1 >= len(lines) {
		return true // a marker with nothing after it opens nothing
	}
	_, _, ok := appendixMarker(lines[i+1].Text)
	return ok
}

// isCommentaryMarker reports whether s opens an article-by-article
// commentary on the document titled title: 《title》解读.
func isCommentaryMarker(s, title string) bool {
	if !strings.Contains(s, "解读") && !strings.Contains(s, "释义") {
		return false // cheap test first: the regexp is slow on long lines
	}
	m := reCommentary.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	name := m[1] + m[2]
	return m[1] != "" || (title != "" && compact(name) == compact(unwrapBook(title)))
}

// startsImplicitAppendix reports whether line i opens an appendix that has
// lost its marker: an unnumbered lead-in ending with a colon, followed by
// items that restart at 1.
func startsImplicitAppendix(lines []line, i int) bool {
	s := lines[i].Text
	if isStructural(s) || !strings.ContainsRune(":：", lastRune(s)) || i+1 >= len(lines) {
		return false
	}
	return arabicItem(lines[i+1].Text) == 1
}

// announcedAppendices returns the highest appendix number the text
// mentions: (附件1) … (附件2) announce two.
func announcedAppendices(lines []line) int {
	n := 0
	for _, l := range lines {
		for _, m := range reAppendixRef.FindAllStringSubmatch(l.Text, -1) {
			k, _ := strconv.Atoi(m[1])
			n = max(n, k)
		}
	}
	return n
}

func countRole(parts []part, r role) int {
	n := 0
	for _, p := range parts {
		if p.role == r {
			n++
		}
	}
	return n
}

var (
	// What a text calls its appendix: 建立河长责任清单(附件1).
	reAppendixName = regexp.MustCompile(`([^,，。;；:：、()（）]{4,40})[(（]\s*(?:见|详见)?\s*附件\s*(\d{1,2})\s*[)）]`)
	reNameVerb     = regexp.MustCompile(`^(?:\d{1,2}[.、．])?(?:和|及|与|并)?(?:建立|明确|制定|印发|形成|编制|落实)?`)
)

// appendixNames returns what the text calls each appendix it announces,
// by number: 建立河长助理责任清单(附件2) names appendix 2 河长助理责任清单.
func appendixNames(lines []line) map[int]string {
	out := map[int]string{}
	for _, l := range lines {
		if !strings.Contains(l.Text, "附件") {
			continue
		}
		for _, m := range reAppendixName.FindAllStringSubmatch(l.Text, -1) {
			n, _ := strconv.Atoi(m[2])
			name := m[1]
			if i := strings.LastIndexAny(name, "和及与"); i >= 0 && runeLen(name[i:]) > 4 {
				name = name[i:]
			}
			name = reNameVerb.ReplaceAllString(name, "")
			if _, seen := out[n]; !seen && runeLen(name) >= 4 {
				out[n] = name
			}
		}
	}
	return out
}
