package clause

import (
	"fmt"
	"strconv"
	"strings"
)

// numbering follows one sequence of numbers (the articles of a document,
// the items of one list) and describes gaps, repeats and steps back.
type numbering struct {
	last, lastSub int
	started       bool
	restarts      bool // the numbering may start again at 1 without comment
}

// step records the number of m and returns a problem message, or "". A
// number that goes back (a quoted article) does not move the sequence,
// so the articles after the quote are still checked against the text's
// own numbering; going back to 1 starts a new sequence.
func (q *numbering) step(m marker) string {
	prev, prevSub, started := q.last, q.lastSub, q.started
	label := labeler(m)
	advance := func() { q.last, q.lastSub, q.started = m.ord, m.sub, true }
	switch {
	case !started:
		advance()
		if m.ord > 1 && m.sub == 0 {
			return fmt.Sprintf("%s 之前缺少%s", label(m.ord, 0), span(label, 1, m.ord-1))
		}
	case m.ord == prev+1 && m.sub == 0, m.ord == prev && m.sub > prevSub, q.restarts && m.ord == 1:
		advance()
	case m.ord == prev && m.sub == prevSub:
		return fmt.Sprintf("%s 重复(repeated number)", label(m.ord, m.sub))
	case m.ord > prev+1:
		advance()
		return fmt.Sprintf("%s 之后是%s,缺少%s", label(prev, prevSub), label(m.ord, m.sub), span(label, prev+1, m.ord-1))
	case m.ord == 1:
		advance()
		return fmt.Sprintf("%s 之后是%s,编号从头开始(numbering restarts)", label(prev, prevSub), label(m.ord, m.sub))
	default:
		return fmt.Sprintf("%s 之后是%s,编号倒退(numbering goes back)", label(prev, prevSub), label(m.ord, m.sub))
	}
	return ""
}

// span names the numbers from…to: 第五条, or 第五条至第七条.
func span(label func(ord, sub int) string, from, to int) string {
	if from == to {
		return label(from, 0)
	}
	return label(from, 0) + "至" + label(to, 0)
}

// labeler returns a function that writes a number the way m is written:
// 第十二条 or 第12条, (三), 3., 3、.
func labeler(m marker) func(ord, sub int) string {
	arabic := strings.ContainsAny(m.num, "0123456789") || m.kind == kDigitDot || m.kind == kDigitParen
	numeral := func(n int) string {
		if arabic {
			return strconv.Itoa(n)
		}
		return FormatNumeral(n)
	}
	return func(ord, sub int) string {
		switch m.kind {
		case kBook, kChapter, kSection:
			if strings.HasSuffix(m.num, "、") {
				return numeral(ord) + "、" // a 一、 heading standing for a chapter
			}
			return "第" + numeral(ord) + m.num[len(m.num)-len("章"):] // 编, 章, 节
		case kArticle:
			if sub > 0 {
				return "第" + numeral(ord) + "条之" + numeral(sub)
			}
			return "第" + numeral(ord) + "条"
		case kCnParen, kDigitParen:
			return "(" + numeral(ord) + ")"
		case kCnComma:
			return numeral(ord) + "、"
		case kCircled:
			if ord >= 1 && ord <= 20 {
				return string(rune('①' + ord - 1))
			}
			return "(" + strconv.Itoa(ord) + ")"
		}
		if strings.HasSuffix(m.num, "、") {
			return numeral(ord) + "、"
		}
		return numeral(ord) + "."
	}
}
