package importer

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// An id is the pinyin of the short title, one syllable per hyphenated
// word, lower case, at most maxSlug bytes cut at a syllable. What every
// title has (the issuer before 关于, a covering notice's 印发《 》的通知, the
// region it applies to, 的) is left out so that the syllables that remain
// tell documents apart. A trailing (篇5) or (2) stays, even when the rest
// is cut, because it is what tells the pieces of a compilation apart.

const maxSlug = 40

var (
	reSlugWrapper = regexp.MustCompile(`^.*?(?:印发|转发)《(.+)》的?(?:通知|决定)$`)
	reSlugOrder   = regexp.MustCompile(`[(（]\s*(篇\s*\d+|第\S{1,3}篇|\d+)\s*[)）]$`)
	// A leading region: 全市, 某某市, 某某镇. Names with 城/社/地… are words,
	// not places (城市, 社区).
	reSlugRegion = regexp.MustCompile(`^(?:中共)?(?:全[省市县区镇]|\p{Han}{2,3}[省市县镇])`)
	reNotPlace   = regexp.MustCompile(`[城社地辖园超都集街小大本全各]`)
)

// slugify returns the id base for title, without the region it names.
func slugify(title string) string { return slugOf(title, false, maxSlug) }

// slugLevels are ever longer id bases for a title, for documents whose
// shorter base another document of the import has too: without the
// region; with it (上海市安全生产条例 and 山东省安全生产条例); with it and
// twice as long (two long titles that differ only at the end).
func slugLevels(title string) []string {
	return []string{slugOf(title, false, maxSlug), slugOf(title, true, maxSlug), slugOf(title, true, 2*maxSlug)}
}

// slugOf returns the id base for title, at most budget bytes; keepRegion
// keeps the region. 中华人民共和国 goes either way: every national law
// has it, and many titles cite one (北京市实施《中华人民共和国…法》办法).
func slugOf(title string, keepRegion bool, budget int) string {
	t := squeeze(title)
	if m := reSlugWrapper.FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	if s := shortTitle(t); s != "" {
		t = s
	}
	var order string
	if m := reSlugOrder.FindStringSubmatch(t); m != nil {
		order = syllables(m[1])
		t = strings.TrimSpace(t[:len(t)-len(m[0])])
	}
	t = strings.TrimPrefix(t, "关于")
	t = strings.ReplaceAll(t, "中华人民共和国", "")
	if !keepRegion {
		t = stripRegion(t)
	}
	t = strings.ReplaceAll(t, "的", "")
	if order != "" {
		budget -= len(order) + 1
	}
	s := cut(syllables(t), budget)
	switch {
	case s == "" && order == "":
		return "doc"
	case s == "":
		return order
	case order != "":
		return s + "-" + order
	}
	return s
}

// stripRegion drops a leading region name when enough is left after it.
func stripRegion(t string) string {
	m := reSlugRegion.FindString(t)
	if m == "" || runeLen(t)-runeLen(m) < 6 {
		return t
	}
	name := []rune(strings.TrimPrefix(m, "中共"))
	if name[0] != '全' && reNotPlace.MatchString(string(name[:len(name)-1])) {
		return t
	}
	return t[len(m):]
}

// syllables writes s as lower-case pinyin syllables and ASCII words joined
// by hyphens; everything else separates.
func syllables(s string) string {
	args := pinyin.NewArgs()
	var words []string
	var ascii strings.Builder
	flush := func() {
		if ascii.Len() > 0 {
			words = append(words, ascii.String())
			ascii.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			ascii.WriteRune(unicode.ToLower(r))
		case isHan(r):
			flush()
			if r == '〇' {
				words = append(words, "ling")
				continue
			}
			if p := pinyin.SinglePinyin(r, args); len(p) > 0 && p[0] != "" {
				words = append(words, strings.ToLower(p[0]))
			}
		default:
			flush()
		}
	}
	flush()
	return strings.Join(words, "-")
}

// cut shortens a hyphenated slug to at most n bytes at a hyphen.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n+1]
	if i := strings.LastIndexByte(s, '-'); i > 0 {
		return s[:i]
	}
	return s[:n]
}

// ids hands out unique ids. existing maps the id of every file already in
// the site to the source it was imported from ("" for a file written by
// hand); an id whose file came from the same source is that document's
// own and is reused, so a second import collides with the first instead of
// creating copies.
type ids struct {
	existing map[string]string
	used     map[string]bool
}

// claim returns base, or base-2, base-3 …: the first id that is neither
// used in this import nor held by another source's file, and records it.
func (q *ids) claim(base, source string) string {
	for n := 1; ; n++ {
		id := base
		if n > 1 {
			id = base + "-" + strconv.Itoa(n)
		}
		if q.used[id] {
			continue
		}
		if owner, ok := q.existing[id]; ok && (owner != source || source == "") {
			continue
		}
		q.used[id] = true
		return id
	}
}
