package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"zeren/generator/clause"
)

// Dates as official texts write them: 二○○九年三月四日 (the year digit by
// digit, with ○, 〇 or 零 for zero), 2014年8月8日, 2009年03月04日, and the
// 2006-09-03 of site metadata. All come out as YYYY-MM-DD.

var (
	reDateCN  = regexp.MustCompile(`([〇○零Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*日`)
	reDateAr  = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	reDateISO = regexp.MustCompile(`(?:^|[^\d])((\d{4})[-./](\d{1,2})[-./](\d{1,2}))(?:[^\d]|$)`)
)

// fullWidthDigits maps ０–９ to 0–9 so that one set of patterns serves.
var fullWidthDigits = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5", "６", "6", "７", "7", "８", "8", "９", "9")

// findDate returns the first date in s as YYYY-MM-DD, and s with the date
// cut out. ok is false when s holds no valid date.
func findDate(s string) (iso, rest string, ok bool) {
	s = fullWidthDigits.Replace(s)
	iso, start, end, ok := locateDate(s)
	if !ok {
		return "", s, false
	}
	return iso, s[:start] + s[end:], true
}

// locateDate returns the first date in s (with ASCII digits) as
// YYYY-MM-DD and where it stands, in bytes of s.
func locateDate(s string) (iso string, start, end int, ok bool) {
	best := -1
	try := func(loc []int, conv func(m []string) (string, bool), m []string) {
		if loc == nil || (best >= 0 && loc[0] >= best) {
			return
		}
		if d, ok := conv(m); ok {
			best, start, end, iso = loc[0], loc[0], loc[1], d
		}
	}
	if m := reDateCN.FindStringSubmatchIndex(s); m != nil {
		try(m[:2], cnDate, submatches(s, m))
	}
	if m := reDateAr.FindStringSubmatchIndex(s); m != nil {
		try(m[:2], arDate, submatches(s, m))
	}
	if m := reDateISO.FindStringSubmatchIndex(s); m != nil {
		sm := submatches(s, m)
		try(m[2:4], func([]string) (string, bool) { return arDate([]string{"", sm[2], sm[3], sm[4]}) }, sm)
	}
	return iso, start, end, best >= 0
}

func submatches(s string, loc []int) []string {
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// parseDate reads s as one date and nothing else (brackets and spaces
// around it allowed): 二〇一一年五月三十日, (2011年7月22日).
func parseDate(s string) (string, bool) {
	iso, rest, ok := findDate(s)
	if !ok || strings.Trim(compact(rest), "()（）") != "" {
		return "", false
	}
	return iso, true
}

// cnDate converts a match of reDateCN.
func cnDate(m []string) (string, bool) {
	y := 0
	for _, r := range m[1] {
		var d int
		switch r {
		case '○', '零', 'Ｏ', '〇':
			d = 0
		default:
			d = runeIndex("〇一二三四五六七八九", r)
		}
		if d < 0 {
			return "", false
		}
		y = y*10 + d
	}
	mo, ok1 := clause.ParseNumeral(m[2])
	d, ok2 := clause.ParseNumeral(m[3])
	if !ok1 || !ok2 {
		return "", false
	}
	return isoDate(y, mo, d)
}

// runeIndex returns the rune position of r in s, or -1.
func runeIndex(s string, r rune) int {
	i := 0
	for _, c := range s {
		if c == r {
			return i
		}
		i++
	}
	return -1
}

// arDate converts a match of reDateAr (or the parts of an ISO date).
func arDate(m []string) (string, bool) {
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return isoDate(y, mo, d)
}

// isoDate formats a real calendar day; 2009-02-30 is no date.
func isoDate(y, m, d int) (string, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}
