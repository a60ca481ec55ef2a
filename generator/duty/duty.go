// Package duty reads quantified duties in Chinese rule text: 每年至少听取2次,
// 每半年至少专题研究1次, 每季度上报不少于3篇, 半年进行一次情况通报, 至少每两年
// 表彰1次. Each becomes a Frequency {period, min}, for duty calendars and
// for checks that flag the vague ones (定期, 适时) a calendar cannot hold.
package duty

import (
	"regexp"
	"strings"

	"zeren/generator/clause"
)

// Period is how often a duty recurs. The words are part of the JSON
// contract.
type Period string

// The periods, shortest first.
const (
	Week     Period = "week"
	Month    Period = "month"
	Quarter  Period = "quarter"
	HalfYear Period = "half-year"
	Year     Period = "year"
	TwoYears Period = "two-years"
)

// Periods lists the periods in calendar order.
var Periods = []Period{Week, Month, Quarter, HalfYear, Year, TwoYears}

// Label is the period's Chinese name.
func (p Period) Label() string {
	switch p {
	case Week:
		return "每周"
	case Month:
		return "每月"
	case Quarter:
		return "每季度"
	case HalfYear:
		return "每半年"
	case Year:
		return "每年"
	case TwoYears:
		return "每两年"
	}
	return string(p)
}

// Frequency is one quantified duty: at least Min times (of Unit: 次, 篇…)
// per Period. Implicit is set when the text names the period but no count
// (每年年初研究制定计划: once a year).
type Frequency struct {
	Period   Period `json:"period"`
	Min      int    `json:"min"`
	Unit     string `json:"unit"`
	Implicit bool   `json:"implicit,omitempty"`
	Text     string `json:"text"`
}

var (
	// periodRE finds the period: 每年, 每半年, 每季度, 每月, 每周, 每两年, and
	// the short forms 半年一督查, 年底进行一次 are read by countRE's context.
	periodRE = regexp.MustCompile(`(?:每|至少每)(两年|2年|半年|季度|季|年|月|周)|(半年|季度)(?:进行|开展|召开)?[一1](?:次|督查|通报)`)
	countRE  = regexp.MustCompile(`(?:至少|不少于|不低于|最少|不得少于)?\s*([0-9０-９]+|[一二两三四五六七八九十]+)\s*(次|篇|批|轮|场|期|个)`)
	vagueRE  = regexp.MustCompile(`定期|不定期|适时|经常性|随时`)
)

func periodOf(word string) Period {
	switch word {
	case "两年", "2年":
		return TwoYears
	case "半年":
		return HalfYear
	case "季度", "季":
		return Quarter
	case "年":
		return Year
	case "月":
		return Month
	case "周":
		return Week
	}
	return ""
}

// Find returns the frequencies stated in text, one per sentence part that
// names a period.
func Find(text string) []Frequency {
	var out []Frequency
	for _, part := range sentences(text) {
		m := periodRE.FindStringSubmatchIndex(part)
		if m == nil {
			continue
		}
		word := ""
		if m[2] >= 0 {
			word = part[m[2]:m[3]]
		} else {
			word = part[m[4]:m[5]]
		}
		f := Frequency{Period: periodOf(word), Min: 1, Unit: "次", Text: strings.TrimSpace(part)}
		if m[4] >= 0 {
			out = append(out, f) // 半年一督查: the count is in the match
			continue
		}
		if c := countRE.FindStringSubmatch(part[m[1]:]); c != nil {
			if n, ok := clause.ParseNumeral(c[1]); ok && n > 0 {
				f.Min, f.Unit = n, c[2]
			}
		} else {
			f.Implicit = true
		}
		out = append(out, f)
	}
	return out
}

// Vague returns the vague frequency words of text that name no period a
// calendar can hold (定期, 适时), for a check to warn about.
func Vague(text string) []string {
	var out []string
	for _, part := range sentences(text) {
		if periodRE.MatchString(part) {
			continue
		}
		out = append(out, vagueRE.FindAllString(part, -1)...)
	}
	return out
}

// sentences splits text at sentence and clause ends, so a count is read
// in the part that names its period.
func sentences(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return r == '。' || r == ';' || r == '；' || r == '!' || r == '?' || r == '！' || r == '？'
	})
}

// dutyRE finds the words that make an article impose a duty.
var dutyRE = regexp.MustCompile(`应当|必须|负责|不得|严禁|须|应|每(?:年|半年|季度|月|周)`)

// closingRE finds the articles that only state scope, meaning or entry into
// force: they impose no duty a measure could carry out.
var closingRE = regexp.MustCompile(`施行|负责解释|由.{1,30}解释|所称|适用于|参照本`)

// Bearing reports whether a unit's text imposes a duty that a measure can
// carry out: it says 应当, 必须, 负责, 每年… and is not a closing article
// (本办法自…施行, 由…负责解释, …所称…是指).
func Bearing(text string) bool {
	return dutyRE.MatchString(text) && !closingRE.MatchString(text)
}
