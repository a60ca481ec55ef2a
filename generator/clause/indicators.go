package clause

import (
	"strings"
	"unicode/utf8"
)

// An indicator system has categories (一、政治建设(10分)) → Group, tasks
// ((一)坚定政治信仰…(10分)) → Item, requirement text → Paragraph, and
// deduction rules (1.未制定年度学习计划,扣2分。【市委办公室】) → Point with
// the responsible units from 【…】. Scraped tables put a score on the line
// after its title and repeat a category's header on every page; both are
// folded back.

// indicatorParser builds the tree of an indicator system line by line.
type indicatorParser struct {
	roots             []*Node
	group, task, rule *Node
	scored            *Node        // the last category or task still without its score
	wrapped           continuation // the wrapped end of the open rule
	groups, tasks     numbering
	rules             numbering
	problems          []Problem
}

// parseIndicators builds the tree of an indicator system.
func parseIndicators(lines []Line) ([]*Node, []Problem) {
	p := &indicatorParser{tasks: numbering{restarts: true}}
	for _, l := range lines {
		p.line(l)
	}
	p.endRule()
	return p.roots, p.problems
}

// line places one line.
func (p *indicatorParser) line(l Line) {
	if score, ok := scoreOnly(l.Text); ok && p.scored != nil {
		if p.scored.Points == "" || p.scored.Points == score {
			p.scored.Points = score
			p.scored = nil
			return
		}
	}
	text, _ := stripATX(l.Text)
	m := readMarker(text)
	if m.kind != kNone {
		p.endRule()
	}
	switch m.kind {
	case kCnComma:
		p.category(m, l.Src)
	case kCnParen:
		p.startTask(m, l.Src)
	case kDigitDot, kDigitParen, kCircled:
		p.startRule(m, l.Src)
	default:
		p.other(l)
	}
}

// category opens a category, or continues the open one when a page
// repeats its header (二、思想建 … 二、思想建设).
func (p *indicatorParser) category(m marker, line int) {
	title, score := cutScore(m.rest)
	if g := p.group; g != nil && g.Ordinal == m.ord && (strings.HasPrefix(title, g.Heading) || strings.HasPrefix(g.Heading, title)) {
		if runeLen(title) > runeLen(g.Heading) {
			g.Heading = title
		}
		if g.Points == "" {
			g.Points = score
		}
		p.scored = g
		return
	}
	g := &Node{Level: Group, Num: m.num, Ordinal: m.ord, Heading: title, Points: score, Line: line}
	p.roots = append(p.roots, g)
	p.group, p.task, p.rule = g, nil, nil
	p.rules = numbering{}
	p.scored = g
	p.problems = append(p.problems, problemAt(line, p.groups.step(m))...)
}

// startTask opens a task in the open category. Tasks are often numbered
// through the whole system.
func (p *indicatorParser) startTask(m marker, line int) {
	title, score := cutScore(m.rest)
	t := &Node{Level: Item, Num: m.num, Ordinal: m.ord, Text: title, Points: score, Line: line}
	appendChild(&p.roots, p.group, t)
	p.task, p.rule = t, nil
	p.rules = numbering{}
	p.scored = t
	p.problems = append(p.problems, problemAt(line, p.tasks.step(m))...)
}

// startRule adds a deduction rule to the open task (or category).
func (p *indicatorParser) startRule(m marker, line int) {
	text, units := cutUnits(m.rest)
	r := &Node{Level: Point, Num: m.num, Ordinal: m.ord, Text: text, Units: units, Points: deduction(text), Line: line}
	appendChild(&p.roots, firstOf(p.task, p.group), r)
	p.rule = r
	p.problems = append(p.problems, problemAt(line, p.rules.step(m))...)
}

// other places a line without a marker: the units or the wrapped end of
// the last rule, or requirement text.
func (p *indicatorParser) other(l Line) {
	text, units := cutUnits(l.Text)
	switch {
	case p.rule != nil && text == "" && len(units) > 0: // 【市纪委机关】 on its own line
		p.rule.Units = append(p.rule.Units, units...)
		return
	case p.rule != nil && (len(units) > 0 || strings.Contains(text, "扣")):
		p.wrapped.add(p.rule, "", text)
		p.rule.Units = append(p.rule.Units, units...)
		return
	}
	p.endRule()
	p.rule = nil
	appendChild(&p.roots, firstOf(p.task, p.group), &Node{Level: Paragraph, Text: l.Text, Line: l.Src})
}

// endRule writes out the wrapped end of the open rule, if any, and
// recounts its deduction.
func (p *indicatorParser) endRule() {
	if r := p.wrapped.flush(); r != nil {
		r.Points = deduction(r.Text)
	}
}

// cutScore splits a trailing score from a title: 政治建设(10分) →
// 政治建设, "10". Full-width parentheses, spaces and 共 are accepted.
func cutScore(s string) (title, score string) {
	s = strings.TrimSpace(s)
	body, ok := strings.CutSuffix(s, ")")
	if !ok {
		if body, ok = strings.CutSuffix(s, "）"); !ok {
			return s, ""
		}
	}
	open := max(strings.LastIndex(body, "("), strings.LastIndex(body, "（"))
	if open < 0 {
		return s, ""
	}
	_, size := utf8.DecodeRuneInString(body[open:])
	inner := strings.ReplaceAll(body[open+size:], " ", "")
	inner = strings.TrimPrefix(inner, "共")
	num, ok := strings.CutSuffix(inner, "分")
	if !ok || !isDecimal(asciiDigits(num)) {
		return s, ""
	}
	return strings.TrimSpace(body[:open]), asciiDigits(num)
}

// scoreOnly reports whether s is nothing but a score, (10分).
func scoreOnly(s string) (string, bool) {
	title, score := cutScore(s)
	return score, title == "" && score != ""
}

// isDecimal reports whether s is a number such as 10 or 0.5.
func isDecimal(s string) bool {
	digits, dots := 0, 0
	for _, r := range s {
		switch {
		case isASCIIDigit(r):
			digits++
		case r == '.' && digits > 0:
			dots++
		default:
			return false
		}
	}
	return digits > 0 && dots <= 1 && !strings.HasSuffix(s, ".")
}

// cutUnits removes every 【…】 from s and returns the units named in them,
// split on 、 , ， ; and ；.
func cutUnits(s string) (text string, units []string) {
	var b strings.Builder
	for {
		open := strings.Index(s, "【")
		if open < 0 {
			break
		}
		end := strings.Index(s[open:], "】")
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		inner := s[open+len("【") : open+end]
		for _, u := range strings.FieldsFunc(inner, func(r rune) bool { return strings.ContainsRune("、,，;；", r) }) {
			if u = strings.TrimSpace(u); u != "" {
				units = append(units, u)
			}
		}
		s = s[open+end+len("】"):]
	}
	b.WriteString(s)
	return strings.TrimSpace(b.String()), units
}

// deduction returns the points a rule deducts when it names one amount
// (扣2分, or 每1起扣1分 repeated); "" when it names none or several.
func deduction(text string) string {
	amount := ""
	for rest := text; ; {
		i := strings.Index(rest, "扣")
		if i < 0 {
			return amount
		}
		rest = rest[i+len("扣"):]
		num, _, ok := strings.Cut(rest, "分")
		if !ok || !isDecimal(num) {
			continue
		}
		if amount != "" && amount != num {
			return ""
		}
		amount = num
	}
}
