package importer

import (
	"regexp"
	"strings"
)

// titleLike reports whether s can be a document title: a short line that
// is no sentence, no marker, no date, number or org line, no file name and
// no salutation.
func titleLike(s string) bool {
	n := runeLen(s)
	if n < 4 || n > 60 || isStructural(s) || hasSentence(s) || isPieceMarker(s) {
		return false
	}
	if r := lastRune(s); strings.ContainsRune(",，、:：", r) {
		return false
	}
	if _, ok := docNumberLine(s); ok {
		return false
	}
	if _, ok := parseDate(s); ok {
		return false
	}
	if _, ok := orgLine(s); ok {
		return false
	}
	return !isFileName(s) && !isKeyed(s) && !isAdoption(s) && !reLeadIn.MatchString(s)
}

var reFileName = regexp.MustCompile(`(?i)(\.|\p{Han})(docx?|pdf|txt|wps)$`)

// isFileName reports whether s is a file name used as a title
// (关于….docx, 某某市委办公室.河道管理办法doc).
func isFileName(s string) bool { return reFileName.MatchString(s) }

// reLeadIn matches a line that announces the full text: 《…》全文如下:.
// (现将有关事项通知如下: is the text itself and stays.)
var reLeadIn = regexp.MustCompile(`全文(?:如下)?\s*[:：]?$`)

// tidyTitle removes stray spaces between Chinese characters and the 《 》
// around a whole title.
func tidyTitle(s string) string { return unwrapBook(squeeze(s)) }

// squeeze removes the spaces a wrap or a layout left between Chinese
// characters and punctuation, and trims.
func squeeze(s string) string {
	var b strings.Builder
	rs := []rune(trimSpace(s))
	for i, r := range rs {
		if r == ' ' || r == '\u3000' {
			if i > 0 && i+1 < len(rs) && (isHan(rs[i-1]) || isPunct(rs[i-1])) && (isHan(rs[i+1]) || isPunct(rs[i+1])) {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// shortTitle drops the issuer before 关于: 中共某某市委组织部关于加强… →
// 关于进一步…. It returns "" when nothing would change.
func shortTitle(title string) string {
	m := reTitleOrg.FindStringSubmatchIndex(title)
	if m == nil {
		return ""
	}
	if _, ok := orgLine(title[m[2]:m[3]]); !ok {
		return ""
	}
	return title[m[3]:]
}

var (
	reSelfName = regexp.MustCompile(`制定本(实施细则|细则|实施办法|办法|规定|条例|意见|方案|制度|准则|规则)`)
	rePurpose  = regexp.MustCompile(`为(?:了)?([^,，。;；]{4,60})[,，]`)
	reLeadVerb = regexp.MustCompile(`^(?:确保|保证|推动|促进|进一步|切实)+`)
	reDoneTail = regexp.MustCompile(`(?:落实到位|得到落实|落到实处|有效落实)$`)
)

// inferTitle builds a title for a text that has none from what it says
// about itself: "为确保X落实到位,…制定本实施细则" and "本细则由Y负责解释" give
// "Y关于落实X的实施细则".
func inferTitle(lines []line) (string, bool) {
	for _, l := range lines {
		self := reSelfName.FindStringSubmatch(l.Text)
		purpose := rePurpose.FindStringSubmatch(l.Text)
		if self == nil || purpose == nil {
			continue
		}
		subject := reLeadVerb.ReplaceAllString(purpose[1], "")
		if reDoneTail.MatchString(subject) {
			subject = "落实" + reDoneTail.ReplaceAllString(subject, "")
		}
		if runeLen(subject) < 4 {
			return "", false
		}
		issuer, _ := interpreterOrg(joinText(lines))
		if i := strings.Index(issuer, "、"); i >= 0 {
			issuer = issuer[:i]
		}
		return issuer + "关于" + subject + "的" + self[1], true
	}
	return "", false
}

// joinText joins the text of lines with newlines.
func joinText(lines []line) string {
	var b strings.Builder
	n := len(lines)
	for _, l := range lines {
		n += len(l.Text)
	}
	b.Grow(n)
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return b.String()
}
