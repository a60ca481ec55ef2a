package importer

import (
	"regexp"
	"strings"

	"zeren/generator/clause"
)

// After parsing, an imported document is checked for what a reader would
// trip over: numbering the parser found broken (gaps, repeats, steps
// back), text it could not place in any unit, and lines that look like
// site boilerplate the clean-up kept because no rule was sure. These are
// warnings in an import and the findings of `zeren import --report`.

// check records the parser's problems and the checks' findings as
// warnings.
func (d *doc) check(nodes []*clause.Node, problems []clause.Problem) {
	// A number that repeats or starts over gives the units after it eIds
	// that are taken; the parser's note on each renamed eId then says
	// nothing new.
	again := map[clause.Level]bool{}
	for _, p := range problems {
		if k := problemKind(p.Msg); k == WarnRepeat || k == WarnOrder {
			again[problemLevel(nodes, p)] = true
		}
	}
	for _, p := range problems {
		kind, level := problemKind(p.Msg), problemLevel(nodes, p)
		if kind == WarnEID && again[level] {
			continue
		}
		d.warnings = append(d.warnings, Warning{Kind: kind, Level: level, Line: d.srcLine(p.Line), Msg: p.Msg})
	}
	if d.kind == KindRegulation {
		d.checkPlacement(nodes, nil, false)
	}
	for _, l := range d.body {
		if m := suspect(l.Text); m != "" {
			d.warn(WarnBoilerplate, l.Src, "%q looks like site boilerplate (%s); delete the line if it is not part of the text", clip(l.Text, 40), m)
		}
	}
}

// srcLine maps a 1-based body line to its line in the input file.
func (d *doc) srcLine(bodyLine int) int {
	if i := bodyLine - 1; i >= 0 && i < len(d.body) {
		return d.body[i].Src
	}
	return bodyLine
}

// checkPlacement warns about text in a regulation that belongs to no
// article: a paragraph between a 章/节/编 heading and its first article,
// or after the articles at the top level. The preamble before the first
// article is no problem. It returns whether an article has been seen.
func (d *doc) checkPlacement(nodes []*clause.Node, parent *clause.Node, seen bool) bool {
	for _, n := range nodes {
		switch n.Level {
		case clause.Article:
			seen = true
			continue
		case clause.Paragraph:
			if (parent != nil && isDivision(parent.Level)) || (parent == nil && seen) {
				d.warn(WarnUnplaced, d.srcLine(n.Line), "text outside any article: %q; make it part of an article or delete it", clip(firstLine(n.Text), 40))
			}
			continue
		}
		seen = d.checkPlacement(n.Children, n, seen)
	}
	return seen
}

func isDivision(l clause.Level) bool {
	return l == clause.Book || l == clause.Chapter || l == clause.Section
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// suspectWords are what web pages and document sites put around a text
// and no official text says: links, copyright lines, page furniture,
// sharing buttons.
var suspectWords = []string{"http://", "https://", "www.", "版权所有", "©", "opyright", "OPYRIGHT",
	"上一篇", "下一篇", "返回顶部", "打印本页", "关闭窗口", "【打印】", "【关闭】", "【收藏】", "分享到", "扫一扫", "文库"}

// reSuspect matches the reading counters and font-size switches of a web
// page: 字号:大 中 小, 责任编辑:, 浏览次数:. Each starts with a word that
// is tested first, because the regexp is slow on long lines.
var reSuspect = regexp.MustCompile(`字号\s*[:：]?\s*[大中小]\s*[大中小]|责任编辑\s*[:：]|(?:浏览|阅读|点击)(?:次数|量|数)\s*[:：]`)

// suspect returns what makes s look like site boilerplate, or "". Site
// furniture stands on short lines of its own, so a long line (a sentence
// that cites a web address) is not searched.
func suspect(s string) string {
	if len(s) > 240 || !hasSuspectRune(s) {
		return ""
	}
	for _, w := range suspectWords {
		if strings.Contains(s, w) {
			return w
		}
	}
	for _, w := range []string{"字号", "责任编辑", "浏览", "阅读", "点击"} {
		if strings.Contains(s, w) {
			return reSuspect.FindString(s)
		}
	}
	return ""
}

// hasSuspectRune reports whether s holds the rarest rune of one of the
// suspect words (篇 of 上一篇, 辑 of 责任编辑): one pass over s, and most
// lines of an official text hold none.
func hasSuspectRune(s string) bool {
	for _, r := range s {
		switch r {
		case 'h', 'w', '©', 'o', 'O', '版', '篇', '顶', '页', '窗', '【', '享', '扫', '库', '号', '辑', '浏', '阅', '击':
			return true
		}
	}
	return false
}
