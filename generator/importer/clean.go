package importer

import (
	"regexp"
	"strings"

	"zeren/generator/clause"
)

// Clean-up removes what document-sharing sites wrap around a text: upload
// metadata, share and download notices, keyword and trailer blocks,
// "recommended reading" lists, disclaimers, page numbers, file-name titles
// and repeated lines. The rules are about those sites, not about one file:
// each names a pattern such sites use, and each dropped line is recorded
// with the rule's reason. A line that starts a structural unit (章, 条,
// (一), 1.) is never dropped.

// dropRule drops a line that matches re. If next is set, the line opens a
// block and next reports whether a following line still belongs to it.
type dropRule struct {
	why  string
	re   *regexp.Regexp
	next func(s string, n int) bool // n: lines of the block taken so far
}

var dropRules = []dropRule{
	{why: "upload metadata", re: regexp.MustCompile(`^[-–•·*]\s*(文档编号|上传时间|上传者|上传人|格式|文档格式|页数|大小|文件大小|浏览次数|下载次数|分类|发布时间)\s*[:：]`)},
	{why: "site trailer", re: regexp.MustCompile(`^[-–•·*]\s*(配套讲稿|特殊限制|关\s*键\s*词|温馨提示|版权说明)\s*[:：]\s*$`),
		next: func(s string, n int) bool { return n == 0 && !isSiteKey(s) }},
	{why: "share notice", re: regexp.MustCompile(`由会员分享|可在线阅读.*更多相关`)},
	{why: "download notice", re: regexp.MustCompile(`^下载.*格式文档$|^下载\S*\.(?i:docx?|pdf|txt|wps)$|点此处下载|^文档为\s*(?i:docx?|pdf|word)\s*格式$|将本文档下载到|^展开阅读全文$|^(?:立即|免费)?下载(?:本文|文档)$`)},
	{why: "site header", re: regexp.MustCompile(`^时间\s*[:：].*(下载本文|作者\s*[:：]\s*会员上传)|^简介\s*[:：].*(小编|为你整理|文库)`)},
	{why: "site disclaimer", re: regexp.MustCompile(`^声明\s*[:：].*(自发贡献|不拥有所有权|版权|侵权)`)},
	{why: "site label", re: regexp.MustCompile(`^(资源描述|文档介绍|内容简介|文档简介)\s*[:：]?$`)},
	{why: "source notice", re: regexp.MustCompile(`^本内容来源于.*(网站|官网)|如需引用\s*[,，]?\s*请以正式文件为准`)},
	{why: "related titles", re: regexp.MustCompile(`推荐阅读\s*[:：]?$|^(相关范文推荐|相关文章推荐|相关推荐|猜你喜欢|热门文章|相关文档)\s*[:：]?$`),
		next: func(s string, _ int) bool { return isRelatedEntry(s) }},
	{why: "page number", re: regexp.MustCompile(`^第\s*\d+\s*页\s*[,，]?\s*(共\s*\d+\s*页)?$|^共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页$|^[-—–~]?\s*\d{1,3}\s*[-—–~]?$|^\d{1,3}\s*/\s*\d{1,3}$|^(?i:page)\s*\d+(\s*(?i:of)\s*\d+)?$`)},
	{why: "layout rule", re: regexp.MustCompile(`^[-—–_=＝~～*·.。…]{3,}$`)},
	{why: "file-name title", re: regexp.MustCompile(`(?i)\.(docx?|pdf|txt|wps|xlsx?|pptx?)$|\p{Han}(?i:docx?|pdf)$`)},
}

var (
	reSiteKey      = regexp.MustCompile(`^[-–•·*]\s*\S{1,6}\s*[:：]`)
	reRelatedEntry = regexp.MustCompile(`^[^。;；]{2,40}?\s*(\d{1,2}-\d{1,2})?$`)
)

func isSiteKey(s string) bool { return reSiteKey.MatchString(s) }

// isRelatedEntry reports whether s looks like an entry of a list of
// related titles: a short line without a full stop, often dated 12-23.
func isRelatedEntry(s string) bool {
	return !isStructural(s) && runeLen(s) <= 40 && reRelatedEntry.MatchString(s)
}

// cleaned is the result of clean-up: the kept lines, the dropped ones and
// notes on what was repaired in place.
type cleaned struct {
	lines   []line
	dropped []Dropped
	notes   []note
}

// note is a repair worth telling the user about, attached to a line.
type note struct {
	src int
	msg string
}

// clean applies the drop rules and the in-line repairs to lines.
func clean(lines []line) cleaned {
	var c cleaned
	var block *dropRule
	taken := 0
	for _, l := range lines {
		s := l.Text
		why, r := matchDrop(s)
		if why == "" && block != nil && !isStructural(s) && !isPieceMarker(s) && block.next(s, taken) {
			c.dropped = append(c.dropped, Dropped{Line: l.Src, Text: s, Why: block.why})
			taken++
			continue
		}
		block = nil
		if why != "" {
			c.dropped = append(c.dropped, Dropped{Line: l.Src, Text: s, Why: why})
			if r.next != nil {
				block, taken = r, 0
			}
			continue
		}
		if n := len(c.lines); n > 0 && !isStructural(s) && compact(c.lines[n-1].Text) == compact(s) {
			c.dropped = append(c.dropped, Dropped{Line: l.Src, Text: s, Why: "repeated line"})
			continue
		}
		c.lines = append(c.lines, l)
	}
	c.lines = splitTails(c.lines)
	c.lines = c.repairInline(c.lines)
	return c
}

// matchDrop returns the reason and rule for dropping s, or "".
func matchDrop(s string) (string, *dropRule) {
	if isStructural(s) || isPieceMarker(s) {
		return "", nil
	}
	for i := range dropRules {
		if dropRules[i].re.MatchString(s) {
			return dropRules[i].why, &dropRules[i]
		}
	}
	return "", nil
}

var (
	// A site's metadata run onto the last line of a text:
	// …起施行。发布部门:某某市政府 发布日期:2020年01月02日 实施日期:…
	reKeyTail = regexp.MustCompile(`^(.*?[。;；])\s*((?:发布部门|发布单位|发布机关|发布日期|实施日期|生效日期|发文字号)\s*[:：].*)$`)
	// An appendix marker run onto the end of a sentence: …健全。附件2: 清单.
	reAppendixTail = regexp.MustCompile(`^(.*?[。;；】])\s*(附件\s*\d{1,2}\s*[:：].*)$`)
)

// splitTails cuts a line in two where a site's key: value metadata or an
// appendix marker has been run onto the end of a sentence. Both halves
// keep the line number.
func splitTails(lines []line) []line {
	out := make([]line, 0, len(lines))
	for _, l := range lines {
		for _, re := range []*regexp.Regexp{reKeyTail, reAppendixTail} {
			if m := re.FindStringSubmatch(l.Text); m != nil && (re != reKeyTail || keyCount(m[2]) >= 2) {
				out = append(out, line{Text: trimSpace(m[1]), Src: l.Src})
				l.Text = trimSpace(m[2])
			}
		}
		out = append(out, l)
	}
	return out
}

var reKeyName = regexp.MustCompile(`(发布部门|发布单位|发布机关|发布日期|实施日期|生效日期|发文字号)\s*[:：]`)

func keyCount(s string) int { return len(reKeyName.FindAllStringIndex(s, -1)) }

// repairInline removes page numbers printed into sentences and reads item
// markers that OCR got wrong.
func (c *cleaned) repairInline(lines []line) []line {
	var prev markerSeq
	for i := range lines {
		l := &lines[i]
		fixed, removed := stripInlinePages(l.Text)
		for _, r := range removed {
			c.dropped = append(c.dropped, Dropped{Line: l.Src, Text: r, Why: "page number inside a sentence"})
		}
		if read, ok := prev.fixOCR(fixed); ok {
			c.notes = append(c.notes, note{l.Src, "item marker " + strings.TrimSpace(markerPrefix(fixed)) + " read as " + markerPrefix(read)})
			fixed = read
		}
		prev.see(fixed)
		l.Text = fixed
	}
	return lines
}

// dropContents removes a table of contents at the start of a body: an
// optional 目录 line, then a run of two or more headings (第X编/章/节, 一、)
// with nothing between them, up to where the text itself begins: where a
// heading comes again, or the numbering of one kind of heading starts
// over (a contents list may leave out the first heading). Kept, it would
// give every chapter twice.
func dropContents(lines []line) ([]line, []Dropped) {
	start := 0
	if len(lines) > 0 && compact(lines[0].Text) == "目录" {
		start = 1
	}
	if start < len(lines) && len(reHeadUnitAny.FindAllString(lines[start].Text, 3)) >= 2 && !hasSentence(lines[start].Text) {
		return lines[start+1:], contents(lines[:start+1]) // the contents on one line
	}
	seen := map[string]bool{}
	last := map[string]int{} // the last number of each kind of heading
	again := func(s string) bool {
		kind, n, ok := headingNumber(s)
		prev, counted := last[kind]
		return ok && (seen[compact(s)] || (counted && n <= prev))
	}
	cut, j := -1, start
	for ; j < len(lines) && cut < 0; j++ {
		kind, n, ok := headingNumber(lines[j].Text)
		switch {
		case !ok:
		case again(lines[j].Text):
			cut = j
		default:
			seen[compact(lines[j].Text)], last[kind] = true, n
			continue
		}
		break
	}
	// A note may stand between the contents and the text, or the text may
	// lack its first headings: the contents end where the run of headings
	// does if the next heading starts over.
	for k := j; cut < 0 && j-start >= 2 && k < len(lines); k++ {
		if _, _, ok := headingNumber(lines[k].Text); ok {
			if again(lines[k].Text) {
				cut = j
			}
			break
		}
	}
	if cut-start < 2 {
		return lines, nil
	}
	return lines[cut:], contents(lines[:cut])
}

func contents(lines []line) []Dropped {
	var dropped []Dropped
	for _, l := range lines {
		dropped = append(dropped, Dropped{Line: l.Src, Text: l.Text, Why: "table of contents (目录)"})
	}
	return dropped
}

var reHeadUnitAny = regexp.MustCompile(`第\s*(?:` + cnNum + `|\d+)\s*[编章节]`)

var reHeadingNum = regexp.MustCompile(`^(?:第\s*(` + cnNum + `|\d+)\s*([编章节])|(` + cnNum + `)\s*[、.．])`)

// headingNumber reads a short heading line: its kind (编, 章, 节, or 、 for
// 一、) and its number.
func headingNumber(s string) (kind string, n int, ok bool) {
	if runeLen(s) > 40 || hasSentence(s) {
		return "", 0, false
	}
	m := reHeadingNum.FindStringSubmatch(s)
	if m == nil {
		return "", 0, false
	}
	num, kind := m[1], m[2]
	if num == "" {
		num, kind = m[3], "、"
	}
	n, ok = clause.ParseNumeral(num)
	return kind, n, ok
}

// dropTitleRepeat removes the title where a text repeats it at its start,
// maybe broken over a few lines (某某市国民经济和社会发展计划 / 审查监督条例).
func dropTitleRepeat(lines []line, title string) ([]line, []Dropped) {
	want := compact(unwrapBook(title))
	got := ""
	for i := 0; i < len(lines) && i < 4 && !isStructural(lines[i].Text); i++ {
		got += compact(unwrapBook(lines[i].Text))
		if !strings.HasPrefix(want, got) {
			break
		}
		if got == want {
			var dropped []Dropped
			for _, l := range lines[:i+1] {
				dropped = append(dropped, Dropped{Line: l.Src, Text: l.Text, Why: "repeated title"})
			}
			return lines[i+1:], dropped
		}
	}
	return lines, nil
}
