package importer

import (
	"regexp"
	"strings"
)

// The header of a document is what stands above its text: the title, the
// 发文字号, the issuer and the date, an adoption note, and sometimes a whole
// covering notice (关于印发《X》的通知, its addressees, one paragraph and a
// signature) before X itself begins with its title repeated. readHeader
// moves all of it into the front matter; the covering notice's prose is
// dropped (and recorded) because it is not part of X.

// header is what readHeader found.
type header struct {
	title      string
	wrapperOrg string // the issuer of a covering notice
	docNumber  string
	issuer     string // from a signature or org line
	issued     string
	adopted    string
	keyed      keyed
	consumed   []Dropped
	body       []line
}

// keyed holds what a site's key: value metadata says; it is trusted less
// than the text's own header.
type keyed struct {
	issuer, docNumber, issued, effective string
}

var (
	reWrapper  = regexp.MustCompile(`^(.*?)(?:关于)?(?:印发|转发|颁布|发布|下发)\s*《(.+)》\s*的?(?:通知|决定|通告|公告|函)$`)
	reAdoption = regexp.MustCompile(`^[(（](.+)(?:通过|批准)[)）]$`)
	reKeyPair  = regexp.MustCompile(`【([^】]{2,6})】\s*([^【]*)`)
	reKeyColon = regexp.MustCompile(`(发布部门|发布单位|发布机关|发布日期|实施日期|生效日期|发文字号|发布文号)\s*[:：]\s*(\S*)`)
	reKeyStart = regexp.MustCompile(`^(?:【(?:发布单位|发布部门|发布文号|发文字号|发布日期|生效日期|实施日期|失效日期|所属类别|文件来源|效力级别|时效性)】|(?:发布部门|发布单位|发布机关|发布日期|实施日期|生效日期|发文字号)\s*[:：])`)
)

// isKeyed reports whether s is a line of site metadata (【发布单位】某某市,
// 发布部门:某某市政府 发布日期:…).
func isKeyed(s string) bool { return reKeyStart.MatchString(s) }

// isAdoption reports whether s is an adoption note:
// (2019年5月6日中国共产党某某县第五届委员会第三次全体会议通过).
func isAdoption(s string) bool {
	m := reAdoption.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	_, _, ok := findDate(m[1])
	return ok
}

// readHeader splits the header off lines.
func readHeader(lines []line) header {
	var h header
	limit := firstStructural(lines)
	start := 0
	if title, org, first, last, ok := findWrapper(lines, limit); ok {
		h.title, h.wrapperOrg = title, org
		start = last + 1
		end := start
		if j := findRepeat(lines, start, limit, h.title); j >= 0 {
			h.takeSignature(lines[j])
			end, start = j, j+1
		}
		for k := 0; k < end; k++ {
			switch {
			case k < first:
				h.take(lines[k], "covering notice header (layout scraps)")
			case k <= last:
				h.take(lines[k], "front matter: title (from the covering notice)")
			default:
				h.take(lines[k], "covering notice (印发/转发通知), not part of the document")
			}
		}
	}
	for start < len(lines) {
		l := lines[start]
		switch {
		case h.takeMeta(l):
		case h.title == "" && titleLike(l.Text):
			t := l.Text
			h.drop(l, "front matter: title")
			for unbalanced(t) && start+1 < len(lines) && runeLen(lines[start+1].Text) <= 40 {
				start++
				t += lines[start].Text
				h.drop(lines[start], "front matter: title")
			}
			h.title = tidyTitle(t)
		case reLeadIn.MatchString(l.Text) && !isStructural(l.Text) && runeLen(l.Text) <= 60:
			h.drop(l, "lead-in line")
		default:
			h.body = lines[start:]
			return h
		}
		start++
	}
	return h
}

// firstStructural returns the index of the first line that starts a
// structural unit, or len(lines).
func firstStructural(lines []line) int {
	for i, l := range lines {
		if isStructural(l.Text) {
			return i
		}
	}
	return len(lines)
}

// findWrapper looks for a covering notice's title among the first lines
// before limit, joining lines a wrap has cut inside 《 》. It returns the
// wrapped title and the notice's issuer, and the indexes of the notice
// title's first and last lines.
func findWrapper(lines []line, limit int) (title, org string, first, last int, ok bool) {
	for i := 0; i < min(limit, 15); i++ {
		s, j := lines[i].Text, i
		for unbalanced(s) && j+1 < limit && j-i < 3 {
			j++
			s += lines[j].Text
		}
		if m := reWrapper.FindStringSubmatch(squeeze(s)); m != nil {
			org, _ = orgLine(m[1])
			return tidyTitle(m[2]), org, i, j, true
		}
	}
	return "", "", 0, 0, false
}

// findRepeat returns the index of the line, between from and limit, that
// repeats title to open the wrapped document (alone or at the end of a
// signature line), or -1.
func findRepeat(lines []line, from, limit int, title string) int {
	want := compact(title)
	for k := from; k < limit && k < len(lines); k++ {
		t := compact(unwrapBook(lines[k].Text))
		if t == want {
			return k
		}
		if strings.HasSuffix(t, want) {
			if _, _, after, ok := signatureLine(lines[k].Text); ok && compact(after) == want {
				return k
			}
		}
	}
	return -1
}

// take consumes a header line: metadata goes to the front matter, the rest
// is dropped for the reason why.
func (h *header) take(l line, why string) {
	if !h.takeMeta(l) {
		h.drop(l, why)
	}
}

// takeSignature consumes the line that repeats the title, which may also
// carry a signature: 某某市委办公室 … 二〇二〇年三月五日 某某市河道管理办法.
func (h *header) takeSignature(l line) {
	if issuer, date, _, ok := signatureLine(l.Text); ok {
		h.setIssuer(issuer)
		h.setIssued(date)
		h.drop(l, "front matter: issuer, issued and title")
		return
	}
	h.drop(l, "front matter: title")
}

// takeMeta consumes l if it is a metadata line.
func (h *header) takeMeta(l line) bool {
	s := l.Text
	if isKeyed(s) {
		h.keyed.read(s)
		h.drop(l, "site metadata (used for the front matter)")
		return true
	}
	if num, ok := docNumberLine(s); ok {
		if h.docNumber == "" {
			h.docNumber = num
		}
		h.drop(l, "front matter: doc_number")
		return true
	}
	if isAdoption(s) {
		if iso, _, ok := findDate(s); ok && h.adopted == "" {
			h.adopted = iso
		}
		h.drop(l, "front matter: adopted")
		return true
	}
	if iso, ok := parseDate(s); ok {
		h.setIssued(iso)
		h.drop(l, "front matter: issued")
		return true
	}
	if issuer, date, after, ok := signatureLine(s); ok && after == "" {
		h.setIssuer(issuer)
		h.setIssued(date)
		h.drop(l, "front matter: issuer and issued")
		return true
	}
	if issuer, ok := orgLine(s); ok {
		h.setIssuer(issuer)
		h.drop(l, "front matter: issuer")
		return true
	}
	return false
}

func (h *header) setIssuer(s string) {
	if h.issuer == "" {
		h.issuer = s
	}
}

func (h *header) setIssued(s string) {
	if h.issued == "" {
		h.issued = s
	}
}

func (h *header) drop(l line, why string) {
	h.consumed = append(h.consumed, Dropped{Line: l.Src, Text: l.Text, Why: why})
}

// read parses a line of site metadata into k; the first value of a key
// wins.
func (k *keyed) read(s string) {
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	pairs := reKeyPair.FindAllStringSubmatch(s, -1)
	pairs = append(pairs, reKeyColon.FindAllStringSubmatch(s, -1)...)
	for _, p := range pairs {
		key, val := p[1], trimSpace(p[2])
		if val == "" {
			continue
		}
		switch key {
		case "发布单位", "发布部门", "发布机关":
			set(&k.issuer, val)
		case "发布文号", "发文字号":
			if num, _, ok := findDocNumber(val); ok {
				set(&k.docNumber, num)
			}
		case "发布日期":
			if iso, _, ok := findDate(val); ok {
				set(&k.issued, iso)
			}
		case "生效日期", "实施日期":
			if iso, _, ok := findDate(val); ok {
				set(&k.effective, iso)
			}
		}
	}
}
