package render

import "strconv"

var cnDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// chineseNumeral writes n (0–9999) the way article numbers are written:
// 十, 十一, 二十, 一百零三, 一百一十.
func chineseNumeral(n int) string {
	if n < 0 || n > 9999 {
		return strconv.Itoa(n)
	}
	if n < 10 {
		return cnDigits[n]
	}
	if n < 20 {
		if n == 10 {
			return "十"
		}
		return "十" + cnDigits[n-10]
	}
	units := []struct {
		v    int
		name string
	}{{1000, "千"}, {100, "百"}, {10, "十"}}
	out := ""
	zero := false
	started := false
	for _, u := range units {
		d := n / u.v
		n %= u.v
		switch {
		case d > 0:
			if zero {
				out += "零"
				zero = false
			}
			out += cnDigits[d] + u.name
			started = true
		case started:
			zero = true
		}
	}
	if n > 0 {
		if zero {
			out += "零"
		}
		out += cnDigits[n]
	}
	return out
}
