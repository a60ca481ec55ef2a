package importer

import (
	"regexp"
	"strings"

	"zeren/generator/clause"
)

// Kinds, as the content sections and the JSON twins name them.
const (
	KindRegulation = "regulation"
	KindList       = "list"
	KindIndicators = "indicators"
	KindDocument   = "document"
)

// kinds maps each importable kind to its section folder and parse mode.
var kinds = map[string]struct {
	section string
	mode    clause.Mode
}{
	KindRegulation: {"regulations", clause.ModeRegulation},
	KindList:       {"lists", clause.ModeList},
	KindIndicators: {"indicators", clause.ModeIndicators},
	KindDocument:   {"documents", clause.ModeDocument},
}

var (
	// An article marker at a line start or after a sentence end.
	reArticleAny = regexp.MustCompile(`(?:^|[。；;])\s*(第\s*(?:` + cnNum + `|\d+)\s*条)`)
	reDeduction  = regexp.MustCompile(`扣\s*\d+(?:\.\d+)?\s*分`)
	reFrequency  = regexp.MustCompile(`每(?:年|半年|季度|季|月|周|两年)|(?:年|季|月)度?至少`)
	reListTitle  = regexp.MustCompile(`清单$|(?:责任|问题|承诺|负面|任务|权力)清单`)
	// Titles that name their genre: a plan, an opinion, a report is prose
	// even when it numbers its paragraphs.
	reGenre         = regexp.MustCompile(`(方案|意见|办法|规定|细则|条例|规则|决定|通知|通报|报告|讲话|总结|汇报|思考|体会|纪要|决定书|解读|规划|要点)$`)
	reTrailingParen = regexp.MustCompile(`[(（][^()（）]*[)）]$`)
)

// detectKind decides what a text is from what it contains:
//
//   - regulation: at least three articles (第X条);
//   - indicators: at least three deduction rules (扣N分);
//   - list: a title naming a list (责任清单), an appendix made mostly of
//     numbered items (three or more), or a text that is mostly numbered items with frequencies
//     (每年, 每半年) and no genre in its title;
//   - document: everything else, and any text whose title names a prose
//     genre (工作方案, 实施意见, 考核办法 without articles).
func detectKind(title string, lines []line, isAppendix bool) string {
	articles := map[string]bool{}
	deductions, items, freq := 0, 0, 0
	for _, l := range lines {
		if len(articles) < 3 && strings.Contains(l.Text, "条") { // three decide it
			for _, m := range reArticleAny.FindAllStringSubmatch(l.Text, -1) {
				articles[compact(m[1])] = true
			}
		}
		if strings.Contains(l.Text, "扣") {
			deductions += len(reDeduction.FindAllString(l.Text, -1))
		}
		if arabicItem(l.Text) > 0 || reArParen.MatchString(l.Text) {
			items++
			if reFrequency.MatchString(l.Text) {
				freq++
			}
		}
	}
	bare := reTrailingParen.ReplaceAllString(title, "")
	switch {
	case len(articles) >= 3:
		return KindRegulation
	case deductions >= 3:
		return KindIndicators
	case reListTitle.MatchString(bare):
		return KindList
	case isAppendix && items >= 3 && 2*items >= len(lines):
		return KindList
	case reGenre.MatchString(bare):
		return KindDocument
	case items >= 5 && 10*items >= 6*len(lines) && 10*freq >= 3*items:
		return KindList
	}
	return KindDocument
}

// validKind reports whether k names an importable kind.
func validKind(k string) bool {
	_, ok := kinds[k]
	return ok
}

// kindNames lists the importable kinds for error messages.
func kindNames() string {
	return strings.Join([]string{KindRegulation, KindList, KindIndicators, KindDocument}, ", ")
}
