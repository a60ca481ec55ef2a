package importer

import (
	"regexp"
	"strings"
)

// What a text says about its own force: when it takes effect and what it
// repeals. Only a real date counts as effective; "自印发之日起施行" means
// the date it was issued, when that is known.

var (
	reEffective      = regexp.MustCompile(`自\s*([^起。,，;；]{6,24}?)\s*起\s*(?:施行|实施|执行|生效)`)
	reEffectiveIssue = regexp.MustCompile(`自\s*(?:印发|发布|公布|下发|颁布|签发)\s*之日起\s*(?:施行|实施|执行|生效)`)
	reRepealSentence = regexp.MustCompile(`同时废止|同时停止执行|予以废止`)
	reBookTitle      = regexp.MustCompile(`《([^《》]+)》`)
	reRepealRun      = regexp.MustCompile(`(?:《[^《》]+》\s*(?:[(（][^()（）]*[)）])?\s*(?:和|及|与|以及|、)?\s*)+$`)
	// A short note under a title: (式样), (试行), (征求意见稿).
	reNote = regexp.MustCompile(`^[(（]\p{Han}{1,6}[)）]$`)
)

// effectiveDate returns the date the text says it takes effect, or issued
// for "自印发之日起施行", or "".
func effectiveDate(lines []line, issued string) string {
	for _, l := range lines {
		if !strings.Contains(l.Text, "起") {
			continue
		}
		if m := reEffective.FindStringSubmatch(l.Text); m != nil {
			if iso, ok := parseDate(m[1]); ok {
				return iso
			}
		}
		if reEffectiveIssue.MatchString(l.Text) {
			return issued
		}
	}
	return ""
}

// repealed returns the titles that the text repeals: the 《 》 titles
// standing right before 同时废止 (joined by 和, 、 or 及, each maybe with
// its number in brackets), not those cited earlier in the sentence:
// 根据《某某条例》制定的《某某市问责办法》(某发〔2005〕3号)同时废止.
func repealed(lines []line) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range lines {
		if !strings.Contains(l.Text, "废止") && !strings.Contains(l.Text, "停止执行") {
			continue
		}
		for _, loc := range reRepealSentence.FindAllStringIndex(l.Text, -1) {
			run := reRepealRun.FindString(l.Text[:loc[0]])
			for _, m := range reBookTitle.FindAllStringSubmatch(run, -1) {
				if t := squeeze(m[1]); !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
			}
		}
	}
	return out
}
