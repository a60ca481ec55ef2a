package clause

import (
	"fmt"
	"strings"
	"testing"
)

// syntheticRegulation writes a regulation of n articles in ten chapters:
// every third article has items, every fifth a second 款, every seventh
// wraps over two lines, and some articles start mid-line.
func syntheticRegulation(n int) string {
	var b strings.Builder
	b.WriteString("某某市党政领导干部问责办法\n")
	for i := 1; i <= n; i++ {
		if (i-1)%(n/10+1) == 0 {
			fmt.Fprintf(&b, "第%s章 问责情形\n", FormatNumeral((i-1)/(n/10+1)+1))
		}
		sep := "\n"
		if i%11 == 0 {
			sep = "" // the next article starts mid-line
		}
		switch {
		case i%3 == 0:
			fmt.Fprintf(&b, "第%s条 有下列情形之一的,应当问责:\n", FormatNumeral(i))
			for k := 1; k <= 5; k++ {
				fmt.Fprintf(&b, "（%s）不履行或者不正确履行职责,造成不良影响的;\n", FormatNumeral(k))
			}
		case i%7 == 0:
			fmt.Fprintf(&b, "第%s条 承办机关应当在立项后三十个工作日内完成调查工作,并向决定\n机关提交书面调查报告。%s", FormatNumeral(i), sep)
		default:
			fmt.Fprintf(&b, "第%s条 党组织和党的领导干部违反党章和其他党内法规,不履行或者不正确 履行职责的,应当予以问责。%s", FormatNumeral(i), sep)
		}
		if i%5 == 0 {
			b.WriteString("前款规定的问责方式,可以单独使用,也可以合并使用。\n")
		}
	}
	return b.String()
}

func TestSyntheticRegulation(t *testing.T) {
	nodes, problems := Parse(syntheticRegulation(300), ModeRegulation)
	if c := Tally(nodes); c.Articles != 300 || c.Chapters != 10 {
		t.Errorf("Tally = %+v, want 300 articles in 10 chapters", c)
	}
	if len(problems) > 0 {
		t.Errorf("problems: %v", problems[:min(5, len(problems))])
	}
}

func BenchmarkParse(b *testing.B) {
	body := syntheticRegulation(300)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Parse(body, ModeRegulation)
	}
}

func BenchmarkNormalize(b *testing.B) {
	body := syntheticRegulation(300)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Normalize(body)
	}
}
