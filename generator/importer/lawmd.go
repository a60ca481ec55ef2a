package importer

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// The Markdown dialect of the LawRefBook collection (../shared/corpus/laws)
// and of collections like it:
//
//	# 某某市河道管理条例                  the title (a second # line names a part: # 附则)
//	2017年8月31日 某某市…会议通过          history, one dated event per line
//	2021年1月1日 施行
//	<!-- INFO END -->
//	## 第一章 总则                        编/章/节 as Markdown headings
//	第一条 正文                            articles as paragraphs, 第X条之一 too
//	<!-- TABLE --> | … | <!-- TABLE END -->  tables
//
// The file name may carry the version's date: 某某条例(2020-05-14).md. The
// text is clean, so none of the site clean-up runs on it: a heading loses
// its # marks when it is a structural unit, comments go, and the rest is
// the body as written.

const infoEnd = "<!-- INFO END -->"

var (
	reMDHeading = regexp.MustCompile(`^(#{1,6})(?:\s+(.*))?$`)
	reMDComment = regexp.MustCompile(`^<!--.*-->$`)
	// A dated history line: 2017年8月31日 … 通过.
	reHistory = regexp.MustCompile(`^\s*(?:[(（]\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*[\d０-９]{1,2}\s*日`)
	// 某某条例(2020-05-14).md
	reFileDate = regexp.MustCompile(`[(（](\d{4}-\d{2}-\d{2})[)）]\.[A-Za-z]+$`)
	// What a history event did.
	reAdopted  = regexp.MustCompile(`(?:通过|批准)\s*[)）]?\s*$`)
	reAmended  = regexp.MustCompile(`修正|修订|修改|通过的《`)
	reInForce  = regexp.MustCompile(`施行|生效`)
	reLawOrder = regexp.MustCompile(`((?:\p{Han}{2,30}?)(?:令|公告)\s*(?:第\s*[\d一二三四五六七八九十百零〇]+\s*号)?)\s*(?:公布|发布)`)
	// The body that acted, in a history line: 上海市第十五届人民代表大会常务委员会第二十二次会议通过.
	reTerm      = regexp.MustCompile(`第[^届]{1,4}届`)
	reActorTail = regexp.MustCompile(`(?:第[^次]{1,6}次|令第|公告|[(（]).*$|(?:通过|批准|发布|公布|施行|修订|修正)\s*$`)
)

// isLawMarkdown reports whether text is in the dialect: a # title on the
// first line and the INFO END marker, or a # title in a .md file.
func isLawMarkdown(name, text string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(text, " \t\n"), "\n")
	if !strings.HasPrefix(first, "# ") {
		return false
	}
	return strings.Contains(text, infoEnd) || strings.EqualFold(filepath.Ext(name), ".md")
}

// lawFile is a file of the dialect, read.
type lawFile struct {
	title    string
	history  []line
	body     []line
	dropped  []Dropped
	fileDate string // from the file name, "" if none
	heading  bool   // the last body line is a 编/章/节 heading
}

// readLawMarkdown splits a file of the dialect into title, history and
// body.
func readLawMarkdown(name, text string) lawFile {
	f := lawFile{fileDate: fileDate(name)}
	lines := splitLines(text)
	inHead := strings.Contains(text, infoEnd)
	var titles []string
	for i, l := range lines {
		s := l.Text
		switch {
		case inHead && s == infoEnd:
			inHead = false
			f.drop(l, "end of the header (INFO END)")
		case reMDComment.MatchString(s):
			f.drop(l, "Markdown comment")
		case inHead || (i == len(titles) && strings.HasPrefix(s, "# ")) || (len(f.body) == 0 && reHistory.MatchString(s)):
			f.headLine(l, &titles)
		default:
			f.bodyLine(l)
		}
	}
	f.title = strings.Join(titles, "·")
	return f
}

// headLine reads a line above the body: a # title, a history line, or the
// wrapped rest of the history line before it.
func (f *lawFile) headLine(l line, titles *[]string) {
	s := l.Text
	if m := reMDHeading.FindStringSubmatch(s); m != nil && len(f.history) == 0 {
		if t := tidyTitle(m[2]); t != "" {
			*titles = append(*titles, t)
		}
		f.drop(l, "front matter: title")
		return
	}
	switch n := len(f.history); {
	case reHistory.MatchString(s) || n == 0:
		f.history = append(f.history, l)
	default:
		f.history[n-1].Text += s
	}
	f.drop(l, "front matter: history (adopted, issued, effective)")
}

// bodyLine keeps a body line: a heading that is a structural unit loses
// its # marks, an empty heading goes, other headings stay Markdown.
func (f *lawFile) bodyLine(l line) {
	m := reMDHeading.FindStringSubmatch(l.Text)
	n := len(f.body)
	switch {
	case m == nil && f.heading && n > 0 && runeLen(l.Text) <= 30 && !strings.ContainsAny(l.Text, "，,：:。；;！？!?") && !isStructural(l.Text):
		// A heading wrapped onto the next line: ## 第五章 主席团、 / 副主席的选举
		f.body[n-1].Text += l.Text
		f.drop(l, "rest of the heading above (joined to it)")
		f.heading = false
		return
	case m == nil:
		f.body = append(f.body, l)
	case trimSpace(m[2]) == "":
		f.drop(l, "empty heading")
		return
	case isStructural(m[2]):
		f.body = append(f.body, line{Text: trimSpace(m[2]), Src: l.Src})
	default:
		f.body = append(f.body, line{Text: m[1] + " " + trimSpace(m[2]), Src: l.Src})
	}
	f.heading = m != nil && reHeadUnit.MatchString(trimSpace(m[2]))
}

func (f *lawFile) drop(l line, why string) {
	f.dropped = append(f.dropped, Dropped{Line: l.Src, Text: l.Text, Why: why})
}

// fileDate returns the date a file name carries, 某某条例(2020-05-14).md,
// or "".
func fileDate(name string) string {
	if m := reFileDate.FindStringSubmatch(filepath.Base(name)); m != nil {
		if iso, ok := parseDate(m[1]); ok {
			return iso
		}
	}
	return ""
}

// planLaw turns a file of the dialect into its document and appendices.
func planLaw(source, name, text string) ([]*doc, error) {
	f := readLawMarkdown(name, text)
	if f.title == "" {
		return nil, fmt.Errorf("%s:1: no # title line; the Markdown dialect starts with `# 标题`", name)
	}
	if len(f.body) == 0 {
		return nil, fmt.Errorf("%s: no text after the header (%s); nothing to import", name, infoEnd)
	}
	body, again := dropTitleRepeat(f.body, f.title)
	body, toc := dropContents(body)
	f.dropped = append(append(f.dropped, again...), toc...)
	parts := splitParts(body, f.title)
	main := &doc{source: source, start: 1, title: f.title, lines: parts[0].lines, dropped: f.dropped, fileDate: f.fileDate, kindHint: lawKind(parts[0].lines)}
	main.meta = lawMeta(main, f)
	docs := []*doc{main}
	names := appendixNames(main.lines)
	for _, pt := range parts[1:] {
		docs = append(docs, buildPart(source, main, pt, names[pt.num]))
	}
	return docs, nil
}

// lawKind tells a regulation of the dialect from a case or a report: a
// text in a law collection whose paragraphs start with 第X条 is a
// regulation even with only one or two of them (an amendment, a short
// interpretation), unless it has headings of prose (## 基本案情), which
// makes it a document that cites articles. "" leaves it to detectKind.
func lawKind(lines []line) string {
	articles := 0
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l.Text, "#"):
			return ""
		case reArticle.MatchString(l.Text):
			articles++
		}
	}
	if articles > 0 {
		return KindRegulation
	}
	return ""
}

// lawMeta reads the front matter from the history lines and the text:
// adopted is the first adoption (通过, 批准) that is no amendment; issued
// is the latest event that made the text (adoption, amendment,
// publication); effective is the latest 施行 event, else what the text
// says (自…起施行), else the date in the file name, which also stands in
// for issued when the history has none.
func lawMeta(d *doc, f lawFile) docMeta {
	m := docMeta{shortTitle: shortTitle(d.title)}
	var inForce string
	for _, h := range f.history {
		iso, rest, ok := findDate(h.Text)
		if !ok {
			continue
		}
		rest = trimSpace(rest)
		amended := reAmended.MatchString(rest)
		if m.adopted == "" && !amended && reAdopted.MatchString(rest) {
			m.adopted = iso
		}
		if reInForce.MatchString(rest) {
			inForce = iso
		}
		if !reInForce.MatchString(rest) || strings.Contains(rest, "公布") || strings.Contains(rest, "发布") {
			m.issued = iso
		}
		if o := reLawOrder.FindStringSubmatch(rest); o != nil && strings.Contains(o[1], "第") {
			m.docNumber = squeeze(o[1])
		}
		if m.issuer == "" {
			m.issuer = historyActor(rest)
		}
	}
	if org, ok := titleOrg(d.title); ok {
		m.issuer = org
	}
	m.issued = first(m.issued, f.fileDate)
	m.effective = first(inForce, effectiveDate(d.lines, m.issued), f.fileDate)
	m.repeals = repealed(d.lines)
	return m
}

// historyActor returns the body a history event names before what it
// did: 上海市第十五届人民代表大会常务委员会第二十二次会议通过 gives
// 上海市人民代表大会常务委员会.
func historyActor(rest string) string {
	s := reTerm.ReplaceAllString(rest, "")
	s = trimSpace(reActorTail.ReplaceAllString(s, ""))
	if n := runeLen(s); n < 2 || n > 40 {
		return ""
	}
	for _, r := range s {
		if !isHan(r) && r != '、' {
			return ""
		}
	}
	return s
}
