package importer

import (
	"archive/zip"
	"encoding/xml"
	"strconv"
	"strings"

	"zeren/generator/clause"
)

// Word numbers paragraphs itself: the text of "第一条 为了……" holds only
// "为了……", and the paragraph says it is level 0 of list 3, whose
// numbering.xml definition writes level 0 as 第%1条 in chineseCounting.
// numbering keeps the definitions and the counters, and writes each
// numbered paragraph's number the way Word shows it.
//
// Counters belong to the abstract definition, as in Word: two lists
// (w:num) sharing one definition continue each other's numbering unless a
// list restarts a level with w:startOverride, which takes effect where
// that list is first used. A level's counter starts again whenever a
// level above it advances.

type numbering struct {
	abstract map[string]map[int]*numLevel // abstractNumId → level → definition
	lists    map[string]*numList          // numId → list
	styles   map[string]numRef            // paragraph style → its numbering
	counters map[string]*[9]int           // abstractNumId → counters, 0 = not started
}

type numLevel struct {
	start  int
	format string // decimal, chineseCounting, …
	text   string // 第%1条
	suffix string // tab (default), space, nothing
	legal  bool   // isLgl: every number in decimal
}

type numList struct {
	abstract string
	levels   map[int]*numLevel // levels the list redefines
	starts   map[int]int       // w:startOverride by level
	used     bool
}

type numRef struct{ numID, level string }

// The XML of numbering.xml and styles.xml, as far as it is needed.
type (
	xVal struct {
		Val string `xml:"val,attr"`
	}
	xLevel struct {
		Level  string `xml:"ilvl,attr"`
		Start  *xVal  `xml:"start"`
		Format *xVal  `xml:"numFmt"`
		Text   *xVal  `xml:"lvlText"`
		Suffix *xVal  `xml:"suff"`
		Legal  *xVal  `xml:"isLgl"`
	}
	xNumbering struct {
		Abstract []struct {
			ID     string   `xml:"abstractNumId,attr"`
			Levels []xLevel `xml:"lvl"`
		} `xml:"abstractNum"`
		Nums []struct {
			ID        string `xml:"numId,attr"`
			Abstract  xVal   `xml:"abstractNumId"`
			Overrides []struct {
				Level string  `xml:"ilvl,attr"`
				Start *xVal   `xml:"startOverride"`
				Lvl   *xLevel `xml:"lvl"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	xStyles struct {
		Styles []struct {
			ID      string `xml:"styleId,attr"`
			BasedOn *xVal  `xml:"basedOn"`
			NumPr   *struct {
				Level *xVal `xml:"ilvl"`
				NumID *xVal `xml:"numId"`
			} `xml:"pPr>numPr"`
		} `xml:"style"`
	}
)

// readNumbering reads the numbering definitions and the numbering that
// paragraph styles carry. Both parts are optional.
func readNumbering(numPart, stylePart *zip.File) (*numbering, error) {
	n := &numbering{abstract: map[string]map[int]*numLevel{}, lists: map[string]*numList{},
		styles: map[string]numRef{}, counters: map[string]*[9]int{}}
	data, err := readPart(numPart)
	if err != nil {
		return nil, err
	}
	if data != nil {
		var x xNumbering
		if err := xml.Unmarshal(data, &x); err != nil {
			return nil, err
		}
		for _, a := range x.Abstract {
			n.abstract[a.ID] = levels(a.Levels)
		}
		for _, l := range x.Nums {
			list := &numList{abstract: l.Abstract.Val, levels: map[int]*numLevel{}, starts: map[int]int{}}
			for _, o := range l.Overrides {
				k := atoiOr(o.Level, 0)
				if o.Start != nil {
					list.starts[k] = atoiOr(o.Start.Val, 1)
				}
				if o.Lvl != nil {
					o.Lvl.Level = o.Level
					list.levels[k] = levels([]xLevel{*o.Lvl})[k]
				}
			}
			n.lists[l.ID] = list
		}
	}
	if data, err = readPart(stylePart); err != nil || data == nil {
		return n, err
	}
	var xs xStyles
	if err := xml.Unmarshal(data, &xs); err != nil {
		return nil, err
	}
	basedOn := map[string]string{}
	for _, s := range xs.Styles {
		if s.BasedOn != nil {
			basedOn[s.ID] = s.BasedOn.Val
		}
		if s.NumPr != nil && s.NumPr.NumID != nil {
			ref := numRef{numID: s.NumPr.NumID.Val, level: "0"}
			if s.NumPr.Level != nil {
				ref.level = s.NumPr.Level.Val
			}
			n.styles[s.ID] = ref
		}
	}
	// A style without numbering of its own takes its base style's.
	for id := range basedOn {
		seen := map[string]bool{}
		for b := id; b != "" && !seen[b]; b = basedOn[b] {
			seen[b] = true
			if ref, ok := n.styles[b]; ok {
				if _, own := n.styles[id]; !own {
					n.styles[id] = ref
				}
				break
			}
		}
	}
	return n, nil
}

func levels(xs []xLevel) map[int]*numLevel {
	out := map[int]*numLevel{}
	for _, x := range xs {
		l := &numLevel{start: 1, format: "decimal", suffix: "tab"}
		if x.Start != nil {
			l.start = atoiOr(x.Start.Val, 1)
		}
		if x.Format != nil {
			l.format = x.Format.Val
		}
		if x.Text != nil {
			l.text = x.Text.Val
		}
		if x.Suffix != nil {
			l.suffix = x.Suffix.Val
		}
		l.legal = x.Legal != nil && x.Legal.Val != "false" && x.Legal.Val != "0"
		out[atoiOr(x.Level, 0)] = l
	}
	return out
}

func atoiOr(s string, def int) int {
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		return n
	}
	return def
}

// level returns the definition of level k of a list.
func (n *numbering) level(list *numList, k int) *numLevel {
	if l := list.levels[k]; l != nil {
		return l
	}
	return n.abstract[list.abstract][k]
}

// label advances the counters for a numbered paragraph and returns its
// number as Word shows it, with the space that follows it; "" for a
// paragraph without numbering.
func (n *numbering) label(p *docxPara) string {
	ref := numRef{numID: p.numID, level: p.level}
	if ref.numID == "" {
		ref = n.styles[p.style]
		if p.level != "" {
			ref.level = p.level
		}
	}
	list := n.lists[ref.numID]
	if list == nil { // numId 0 (numbering switched off) or undefined
		return ""
	}
	k := min(max(atoiOr(ref.level, 0), 0), 8)
	def := n.level(list, k)
	if def == nil {
		return ""
	}
	c := n.counters[list.abstract]
	if c == nil {
		c = &[9]int{}
		n.counters[list.abstract] = c
	}
	if !list.used {
		list.used = true
		for lvl, start := range list.starts {
			if lvl >= 0 && lvl < 9 {
				c[lvl] = start - 1
			}
		}
	}
	if c[k] == 0 {
		c[k] = def.start
	} else {
		c[k]++
	}
	for deeper := k + 1; deeper < 9; deeper++ {
		c[deeper] = 0
	}
	text := def.text
	for i := 8; i >= 0; i-- { // %10 is no placeholder; go down so %1 does not eat %1x
		ph := "%" + strconv.Itoa(i+1)
		if !strings.Contains(text, ph) {
			continue
		}
		v := c[i]
		l := n.level(list, i)
		if v == 0 && l != nil {
			v = l.start
		}
		format := "decimal"
		if l != nil && !def.legal {
			format = l.format
		}
		text = strings.ReplaceAll(text, ph, formatNumber(v, format))
	}
	switch {
	case def.format == "bullet":
		return "- "
	case def.format == "none" || text == "":
		return ""
	case def.suffix == "nothing":
		return text
	}
	return text + " "
}

// formatNumber writes n in one of Word's number formats (w:numFmt).
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "koreanCounting":
		return clause.FormatNumeral(n)
	case "chineseLegalSimplified":
		return strings.NewReplacer("一", "壹", "二", "贰", "三", "叁", "四", "肆", "五", "伍", "六", "陆", "七", "柒", "八", "捌", "九", "玖", "十", "拾", "百", "佰", "千", "仟").Replace(clause.FormatNumeral(n))
	case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
		var b strings.Builder
		for _, d := range strconv.Itoa(n) {
			b.WriteString(cnDigits[d-'0'])
		}
		return b.String()
	case "ideographTraditional":
		return cycle(n, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiac":
		return cycle(n, "子丑寅卯辰巳午未申酉戌亥")
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(n))
	case "decimalZero":
		return fmt2(n)
	case "upperLetter", "lowerLetter":
		s := letters(n)
		if format == "lowerLetter" {
			s = strings.ToLower(s)
		}
		return s
	case "upperRoman", "lowerRoman":
		s := roman(n)
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

var cnDigits = []string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

func cycle(n int, set string) string {
	rs := []rune(set)
	if n < 1 {
		return strconv.Itoa(n)
	}
	return string(rs[(n-1)%len(rs)])
}

func fmt2(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// letters writes 1 as A, 26 as Z, 27 as AA (Word repeats the letter).
func letters(n int) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune('A'+(n-1)%26)), (n-1)/26+1)
}

func roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
