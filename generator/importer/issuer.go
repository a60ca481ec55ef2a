package importer

import (
	"regexp"
	"strings"
)

// The issuer (发文机关) is read from what the text says about itself, in
// this order of trust: the org before 关于 in the document's own title;
// a signature or header line of org names (某某市委办公室 某某市人民政府办公室
// 二〇二〇年三月五日); the org before 关于印发 in a covering notice; a site's
// 【发布单位】; and, weakest, "本办法由…负责解释".

// orgEnds are the endings of the names of party and state bodies.
var orgEnds = []string{"办公厅", "办公室", "委员会", "人民政府", "政府", "党委", "党组", "工委", "纪委", "组织部", "宣传部", "统战部", "委", "局", "厅", "部", "院", "署", "办", "中心", "总支", "支部", "集团", "公司"}

// notOrgEnds end words that look like an org's ending but are none.
var notOrgEnds = []string{"干部", "全部", "内部", "外部", "局部", "基层党委"}

// isOrg reports whether s is the name of one body: all Chinese, 3–30
// characters, ending like an org, and no sentence words in it.
func isOrg(s string) bool {
	n := runeLen(s)
	if n < 3 || n > 30 || strings.Contains(s, "的") || strings.Contains(s, "关于") {
		return false
	}
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	for _, e := range notOrgEnds {
		if strings.HasSuffix(s, e) {
			return false
		}
	}
	for _, e := range orgEnds {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

var reOrgSep = regexp.MustCompile(`[\s、，,]+`)

// orgLine returns the issuer if s consists of org names only, joined with
// 、 (the way a title lists joint issuers).
func orgLine(s string) (string, bool) {
	parts := reOrgSep.Split(trimSpace(s), -1)
	for _, p := range parts {
		if !isOrg(p) {
			return "", false
		}
	}
	return strings.Join(parts, "、"), len(parts) > 0
}

// signatureLine reads a line of org names followed by a date, and maybe
// the title of what follows: 某某市委办公室 某某市人民政府办公室 二〇二〇年三月五日
// 某某市河道管理办法. after is what follows the date.
func signatureLine(s string) (issuer, date, after string, ok bool) {
	s = fullWidthDigits.Replace(s)
	iso, start, end, found := locateDate(s)
	if !found {
		return "", "", "", false
	}
	before, rest := trimSpace(s[:start]), trimSpace(s[end:])
	issuer, ok = orgLine(before)
	if !ok {
		return "", "", "", false
	}
	return issuer, iso, rest, true
}

var (
	reTitleOrg  = regexp.MustCompile(`^(.{3,60}?)关于`)
	reInterpret = regexp.MustCompile(`本(?:实施细则|细则|实施办法|办法|规定|条例|意见|方案|制度|准则|规则|决定)由(.{3,60}?)(?:负责)?解释`)
	reCoOrg     = regexp.MustCompile(`(商|会同|联合)`)
)

// titleOrg returns the issuer named at the start of a title, before 关于:
// 中共某某市委组织部关于加强河湖管护工作的意见.
func titleOrg(title string) (string, bool) {
	m := reTitleOrg.FindStringSubmatch(title)
	if m == nil {
		return "", false
	}
	return orgLine(m[1])
}

// interpreterOrg returns the body named in "本办法由…负责解释", the weakest
// hint at the issuer: the first one when several act together (商, 会同).
func interpreterOrg(text string) (string, bool) {
	m := reInterpret.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	org := reCoOrg.Split(m[1], 2)[0]
	if got, ok := orgLine(org); ok {
		return got, true
	}
	return "", false
}
