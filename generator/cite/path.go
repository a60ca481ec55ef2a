package cite

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"zeren/generator/clause"
)

// Path designates a clause the way Chinese rules cite one: 第六条第一款第（一）项.
// A zero field is absent: Path{Article: 6, Item: 1} is 第六条第（一）项, the
// first item of an article's only 款 (or of its first, see EIDs).
type Path struct {
	Article    int // 条
	ArticleSub int // N of 第X条之N
	Para       int // 款
	Item       int // 项
	Point      int // 目
}

// Levels of a designation, outermost first; a path names them in this order.
const (
	levelNone = iota
	levelArticle
	levelPara
	levelItem
	levelPoint
)

// top is the outermost level p names, or levelNone for the zero Path.
func (p Path) top() int {
	switch {
	case p.Article > 0:
		return levelArticle
	case p.Para > 0:
		return levelPara
	case p.Item > 0:
		return levelItem
	case p.Point > 0:
		return levelPoint
	}
	return levelNone
}

// under returns p with every level from l inwards replaced by q's.
func (p Path) under(q Path, l int) Path {
	if l <= levelArticle {
		return q
	}
	r := Path{Article: p.Article, ArticleSub: p.ArticleSub}
	if l > levelPara {
		r.Para = p.Para
	} else {
		r.Para = q.Para
	}
	if l > levelItem {
		r.Item = p.Item
	} else {
		r.Item = q.Item
	}
	r.Point = q.Point
	return r
}

// ParsePath reads a clause designation at the start of s: 第六条,
// 第十四条之一, 第6条, 第二条第二款, 第六条第（一）项, 第六条(一)项,
// 第七条第二款第(二)项第1目, and the partial ones a text uses relative to
// its own clause (第二款, 第(三)项, (三)项). Numerals may be Chinese or
// Arabic, half- or full-width; items may be written with or without
// brackets (第三项). It returns the path, the number of bytes read and
// whether a designation was found; levels must go inwards (第一款第三条
// stops after 第一款).
func ParsePath(s string) (Path, int, bool) {
	var p Path
	pos, last := 0, levelNone
	for {
		c, n, ok := readPart(s[pos:])
		if !ok || c.level <= last {
			break
		}
		switch c.level {
		case levelArticle:
			p.Article, p.ArticleSub = c.num, c.sub
		case levelPara:
			p.Para = c.num
		case levelItem:
			p.Item = c.num
		case levelPoint:
			p.Point = c.num
		}
		pos += n
		last = c.level
	}
	return p, pos, last != levelNone
}

// part is one level of a designation: 第六条, 第二款, 第（一）项.
type part struct {
	level, num, sub int
}

// readPart reads one level at the start of s. A bracketed number needs no
// 第 ((一)项); a bare one does.
func readPart(s string) (part, int, bool) {
	pos := 0
	di := strings.HasPrefix(s, "第")
	if di {
		pos += len("第")
		pos += spaces(s[pos:])
	}
	num, n, bracketed := readNumber(s[pos:])
	if n == 0 || num <= 0 || (!di && !bracketed) {
		return part{}, 0, false
	}
	pos += n
	pos += spaces(s[pos:])
	r, size := utf8.DecodeRuneInString(s[pos:])
	c := part{num: num}
	switch r {
	case '条':
		c.level = levelArticle
	case '款':
		c.level = levelPara
	case '项':
		c.level = levelItem
	case '目':
		c.level = levelPoint
	default:
		return part{}, 0, false
	}
	if bracketed && c.level < levelItem {
		return part{}, 0, false // (一)条 is not a designation
	}
	pos += size
	if c.level == levelArticle && strings.HasPrefix(s[pos:], "之") {
		k := pos + len("之")
		if sub, n, br := readNumber(s[k:]); n > 0 && !br && sub > 0 {
			c.sub = sub
			pos = k + n
		}
	}
	return c, pos, true
}

// readNumber reads a numeral, bare (十四, 14) or bracketed ((一), （1）),
// and returns its value, the bytes read and whether it was bracketed.
func readNumber(s string) (int, int, bool) {
	open, size := utf8.DecodeRuneInString(s)
	if open == '(' || open == '（' {
		num, n, inner := readNumber(s[size:])
		if n == 0 || inner {
			return 0, 0, false
		}
		close, csize := utf8.DecodeRuneInString(s[size+n:])
		if close != ')' && close != '）' {
			return 0, 0, false
		}
		return num, size + n + csize, true
	}
	end := 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !isNumeral(r) {
			break
		}
		end += size
	}
	if end == 0 {
		return 0, 0, false
	}
	num, ok := clause.ParseNumeral(s[:end])
	if !ok {
		return 0, 0, false
	}
	return num, end, false
}

// isNumeral reports whether r can be part of a clause number.
func isNumeral(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' ||
		strings.ContainsRune("〇○零一二两三四五六七八九十百千", r)
}

// spaces returns the length of the ASCII or ideographic spaces at the
// start of s; scraped texts write 第 6 条.
func spaces(s string) int {
	n := 0
	for n < len(s) {
		switch {
		case s[n] == ' ':
			n++
		case strings.HasPrefix(s[n:], "\u3000"):
			n += len("\u3000")
		default:
			return n
		}
	}
	return n
}

// EIDs returns the eIds the clause may have, in order of preference,
// following design.md ("Clause identifiers"): art_6, art_14_1 (第十四条之一),
// art_14__para_2, art_6__item_1 (an item of an article's only 款) then
// art_6__para_1__item_1 (the same item when the article has several 款),
// art_7__para_2__item_2__point_1. An article with one 款 has no para_1, so
// 第六条第一款 also tries art_6. A path without an article (a relative one
// not yet resolved) has none.
func (p Path) EIDs() []string {
	if p.Article <= 0 {
		return nil
	}
	art := "art_" + strconv.Itoa(p.Article)
	if p.ArticleSub > 0 {
		art += "_" + strconv.Itoa(p.ArticleSub)
	}
	para := func(m int) string { return art + "__para_" + strconv.Itoa(m) }
	var ids []string
	switch {
	case p.Item > 0:
		item := "__item_" + strconv.Itoa(p.Item)
		switch p.Para {
		case 0:
			ids = []string{art + item, para(1) + item}
		case 1:
			ids = []string{para(1) + item, art + item}
		default:
			ids = []string{para(p.Para) + item}
		}
		if p.Point > 0 {
			for i := range ids {
				ids[i] += "__point_" + strconv.Itoa(p.Point)
			}
		}
	case p.Para == 1:
		ids = []string{para(1), art}
	case p.Para > 0:
		ids = []string{para(p.Para)}
	default:
		ids = []string{art}
	}
	return ids
}

// String writes the path canonically: 第六条第一款第（一）项, 第十四条之一,
// 第七条第二款第（二）项第1目 (目 are numbered 1. 2. and cited so).
func (p Path) String() string {
	var b strings.Builder
	if p.Article > 0 {
		b.WriteString("第" + clause.FormatNumeral(p.Article) + "条")
		if p.ArticleSub > 0 {
			b.WriteString("之" + clause.FormatNumeral(p.ArticleSub))
		}
	}
	if p.Para > 0 {
		b.WriteString("第" + clause.FormatNumeral(p.Para) + "款")
	}
	if p.Item > 0 {
		b.WriteString("第（" + clause.FormatNumeral(p.Item) + "）项")
	}
	if p.Point > 0 {
		b.WriteString("第" + strconv.Itoa(p.Point) + "目")
	}
	return b.String()
}
