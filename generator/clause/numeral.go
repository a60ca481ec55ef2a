package clause

import (
	"strconv"
	"strings"
)

// ParseNumeral reads the number in a clause marker: Chinese numerals
// (十一, 一百零三, 两, 九千九百九十九, capital forms such as 壹拾贰), the
// digit-by-digit style (一〇三, 二〇二一) and Arabic digits, half- or
// full-width (12, １２). It reports false for anything else, including
// mixed scripts, empty input and surrounding spaces.
func ParseNumeral(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if n, ok := parseArabic(s); ok {
		return n, true
	}
	return parseChinese(s)
}

// maxDigits bounds digit strings so that the value always fits an int.
const maxDigits = 9

// parseArabic reads ASCII or full-width decimal digits.
func parseArabic(s string) (int, bool) {
	n, count := 0, 0
	for _, r := range s {
		d := arabicDigit(r)
		if d < 0 || count == maxDigits {
			return 0, false
		}
		n = n*10 + d
		count++
	}
	return n, count > 0
}

// parseChinese reads a positional Chinese numeral up to 9999, or a
// digit-by-digit one when the string has no unit characters.
func parseChinese(s string) (int, bool) {
	if !strings.ContainsAny(s, "十百千拾佰仟") {
		return parseDigitByDigit(s)
	}
	total, digit, last := 0, -1, 10000
	zero := false // a 零 was read since the last unit
	for _, r := range s {
		if d := chineseDigit(r); d >= 0 {
			if digit >= 0 {
				return 0, false // two digits in a row: 一二十
			}
			if d == 0 {
				if total == 0 || zero {
					return 0, false // leading or doubled 零
				}
				zero = true
				continue
			}
			digit = d
			continue
		}
		u := chineseUnit(r)
		if u == 0 || u >= last {
			return 0, false // unknown rune or units not descending: 十百
		}
		if digit < 0 {
			if u != 10 {
				return 0, false // 百 and 千 need their digit: 一百, not 百
			}
			digit = 1 // 十, 一百十
		}
		total += digit * u
		digit, last, zero = -1, u, false
	}
	switch {
	case digit >= 0 && (zero || last == 10):
		total += digit // 一百零三, 二十三
	case digit >= 0:
		total += digit * last / 10 // colloquial 一百一 = 110, 三千五 = 3500
	case zero:
		return 0, false // trailing 零
	}
	return total, true
}

// parseDigitByDigit reads 一〇三 (103) or a single digit such as 两 or 〇.
func parseDigitByDigit(s string) (int, bool) {
	n, count := 0, 0
	for _, r := range s {
		d := chineseDigit(r)
		if d < 0 || count == maxDigits {
			return 0, false
		}
		n = n*10 + d
		count++
	}
	if count > 1 && strings.ContainsRune(s, '两') {
		return 0, false // 两 is never written digit by digit
	}
	return n, count > 0
}

// arabicDigit returns the value of an ASCII or full-width digit, or -1.
func arabicDigit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// chineseDigit returns the value of a Chinese digit, or -1. ○ (U+25CB)
// stands in for 〇 in scraped dates (二○○九年).
func chineseDigit(r rune) int {
	switch r {
	case '〇', '零', '○':
		return 0
	case '一', '壹':
		return 1
	case '二', '两', '贰', '貳':
		return 2
	case '三', '叁', '參':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆', '陸':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return -1
}

// chineseUnit returns 10, 100 or 1000 for a unit character, or 0.
func chineseUnit(r rune) int {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	}
	return 0
}

// isNumeralRune reports whether r can be part of a numeral ParseNumeral
// accepts; markers are scanned with it before the numeral is parsed.
func isNumeralRune(r rune) bool {
	return arabicDigit(r) >= 0 || chineseDigit(r) >= 0 || chineseUnit(r) > 0
}

// isChineseNumeral reports whether s is written in Chinese numerals.
func isChineseNumeral(s string) bool {
	for _, r := range s {
		if arabicDigit(r) >= 0 {
			return false
		}
	}
	return s != ""
}

// FormatNumeral writes n (1…9999) the way regulations number clauses:
// 十, 十一, 一百零三, 一千零一十. Other values are written in Arabic digits.
func FormatNumeral(n int) string {
	if n <= 0 || n > 9999 {
		return strconv.Itoa(n)
	}
	digits := [...]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	units := []struct {
		value int
		name  string
	}{{1000, "千"}, {100, "百"}, {10, "十"}, {1, ""}}
	var b strings.Builder
	pendingZero := false
	for _, u := range units {
		d := n / u.value % 10
		if d == 0 {
			pendingZero = b.Len() > 0
			continue
		}
		if pendingZero {
			b.WriteString("零")
			pendingZero = false
		}
		if !(u.value == 10 && d == 1 && b.Len() == 0) { // 十一, not 一十一
			b.WriteString(digits[d])
		}
		b.WriteString(u.name)
	}
	return b.String()
}
