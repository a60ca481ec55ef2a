package importer

import (
	"regexp"
	"strings"
)

// Indicator systems are tables. Extracted from a PDF, a table comes out as
// one cell per line, the header row repeated on every page, points on
// lines of their own and rules wrapped mid-word. reassembleTable repairs
// what can be repaired without knowing the layout:
//
//  1. a run of three or more short label lines that recurs (the header
//     row: 考核指标 / 基本任务 / 任务要求 / 扣分细则 / 考核责任单位) is dropped;
//  2. rules run together on one line are cut apart (…扣2分。【单位】2.未制定…);
//  3. a line holding only 【unit】 joins the rule before it;
//  4. a line holding only (N分) joins the category or task above it;
//  5. a category cut after a few characters (二、思想建 / 设) is joined;
//  6. a rule that does not end with 。 or 】 takes the following lines
//     until it does, or until the next marker.
//
// Columns the extraction interleaved stay interleaved: no rule can tell
// which half-line belongs to which cell.

var (
	rePoints     = regexp.MustCompile(`^[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$`)
	reUnitOnly   = regexp.MustCompile(`^【[^】]+】$`)
	reRuleInLine = regexp.MustCompile(`([。】])\s*(\d{1,2}[.．]\p{Han})`)
	reLabel      = regexp.MustCompile(`^\p{Han}{2,8}$`)
	reFragment   = regexp.MustCompile(`^\p{Han}{1,2}$`)
)

// reassembleTable applies the repairs to the lines of an indicator
// system and returns the new lines and the dropped header rows.
func reassembleTable(lines []line) ([]line, []Dropped) {
	lines, dropped := dropHeaderRows(lines)
	lines = splitRules(lines)
	var out []line
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		n := len(out)
		switch {
		case reUnitOnly.MatchString(l.Text) && n > 0 && arabicItem(out[n-1].Text) > 0:
			out[n-1].Text += l.Text
		case rePoints.MatchString(l.Text) && attachPoints(out, l.Text):
		case n > 0 && isGroupHead(out[n-1].Text) && !endsClause(out[n-1].Text) && reFragment.MatchString(l.Text):
			out[n-1].Text += l.Text
		default:
			if arabicItem(l.Text) > 0 {
				for k := 0; k < 3 && !ruleEnded(l.Text) && i+1 < len(lines) && continues(lines[i+1].Text); k++ {
					i++
					l.Text += lines[i].Text
				}
			}
			out = append(out, l)
		}
	}
	return out, dropped
}

// dropHeaderRows drops the table's header row wherever it recurs: the
// sequence of three or more label lines found in the most runs of label
// lines (the longest such sequence on a tie), then the next one, until
// no sequence recurs. Choosing by count keeps a unit (市委组织部) that a
// page break put before one copy of the header.
func dropHeaderRows(lines []line) ([]line, []Dropped) {
	var dropped []Dropped
	for {
		seq := recurringLabels(lines)
		if seq == nil {
			return lines, dropped
		}
		var out []line
		for i := 0; i < len(lines); i++ {
			if hasSeqAt(lines, i, seq) {
				for k := range seq {
					l := lines[i+k]
					dropped = append(dropped, Dropped{Line: l.Src, Text: l.Text, Why: "repeated table header"})
				}
				i += len(seq) - 1
				continue
			}
			out = append(out, lines[i])
		}
		lines = out
	}
}

// recurringLabels returns the label sequence (three or more lines) found
// in the most runs of label lines, or nil if none is in two.
func recurringLabels(lines []line) []string {
	runs := map[string]int{}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && isLabel(lines[j].Text) {
			j++
		}
		seen := map[string]bool{}
		for a := i; a < j; a++ {
			for b := a + 3; b <= j; b++ {
				k := runKey(lines[a:b])
				if !seen[k] {
					seen[k] = true
					runs[k]++
				}
			}
		}
		i = max(j, i+1)
	}
	best, bestN, bestLen := "", 0, 0
	for k, n := range runs {
		l := strings.Count(k, "\n")
		if n < 2 {
			continue
		}
		if n > bestN || n == bestN && (l > bestLen || l == bestLen && k < best) {
			best, bestN, bestLen = k, n, l
		}
	}
	if best == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(best, "\n"), "\n")
}

func isLabel(s string) bool { return reLabel.MatchString(s) && !isStructural(s) }

// hasSeqAt reports whether lines[i:] starts with the texts of seq.
func hasSeqAt(lines []line, i int, seq []string) bool {
	if i+len(seq) > len(lines) {
		return false
	}
	for k, t := range seq {
		if lines[i+k].Text != t {
			return false
		}
	}
	return true
}

func runKey(lines []line) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// splitRules cuts a line where a new numbered rule starts after the end
// of the previous one.
func splitRules(lines []line) []line {
	var out []line
	for _, l := range lines {
		for {
			loc := reRuleInLine.FindStringSubmatchIndex(l.Text)
			if loc == nil || arabicItem(l.Text) == 0 {
				break
			}
			out = append(out, line{Text: l.Text[:loc[3]], Src: l.Src})
			l.Text = l.Text[loc[4]:]
		}
		out = append(out, l)
	}
	return out
}

// attachPoints appends a (N分) line to the category or task line at most
// two short lines above, and reports whether it found one.
func attachPoints(out []line, pts string) bool {
	for k := len(out) - 1; k >= 0 && k >= len(out)-3; k-- {
		s := out[k].Text
		if isGroupHead(s) {
			if rePointsAny.MatchString(s) {
				return false
			}
			out[k].Text += pts
			return true
		}
		if isStructural(s) || runeLen(s) > 8 {
			return false
		}
	}
	return false
}

var rePointsAny = regexp.MustCompile(`[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]`)

// ruleEnded reports whether a deduction rule is complete: it ends a
// sentence or names its responsible unit.
func ruleEnded(s string) bool {
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "】")
}

// continues reports whether s can be the rest of a wrapped rule.
func continues(s string) bool {
	return !isStructural(s) && !rePoints.MatchString(s)
}
