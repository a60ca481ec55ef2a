package disclose

import (
	"regexp"
	"strings"
	"time"
)

// PII is a kind of personal data the lint looks for in public records.
// The words are what pii_allowed: names.
type PII string

// The kinds of personal data the lint finds.
const (
	ResidentID PII = "id_number" // 18-digit resident identity number with a valid check digit
	Mobile     PII = "mobile"    // mainland mobile number, 1[3-9]XXXXXXXXX
	Email      PII = "email"     // e-mail address
	BankCard   PII = "bank_card" // 13 to 19 digits passing the Luhn check
)

// PIIKinds lists the kinds in the order messages name them.
var PIIKinds = []PII{ResidentID, Mobile, Email, BankCard}

// Label names the kind in messages, with its article.
func (k PII) Label() string {
	switch k {
	case ResidentID:
		return "a resident ID number (居民身份证号码)"
	case Mobile:
		return "a mobile number (手机号码)"
	case Email:
		return "an e-mail address"
	case BankCard:
		return "a bank card number (银行卡号)"
	}
	return string(k)
}

// Finding is one piece of personal data in a text, masked for messages so
// that build logs do not repeat it.
type Finding struct {
	Kind   PII
	Masked string
}

var emailRE = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)

// ScanPII finds the personal data in a text. Full-width digits and
// letters count as their ASCII twins, and numbers may be written in the
// usual groups (138 0013 8000, 6222-0212-3456-7890).
func ScanPII(text string) []Finding {
	s := fold(text)
	var out []Finding
	for _, m := range emailRE.FindAllString(s, -1) {
		out = append(out, Finding{Email, maskEmail(m)})
	}
	for _, run := range digitRuns(s) {
		out = append(out, scanRun(run)...)
	}
	return out
}

// fold maps full-width ASCII (０-９, Ｘ, ＠, －) and the ideographic space to
// ASCII, so that １３８… is seen as 138….
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}

// digitRuns splits a text into runs of digit groups: groups of digits
// joined by one space or hyphen. The last group of a run may end in X (an
// ID's check digit).
func digitRuns(s string) [][]string {
	var runs [][]string
	var groups []string
	rs := []rune(s)
	flush := func() {
		if len(groups) > 0 {
			runs = append(runs, groups)
			groups = nil
		}
	}
	for i := 0; i < len(rs); {
		if !isDigit(rs[i]) {
			flush()
			i++
			continue
		}
		j := i
		for j < len(rs) && isDigit(rs[j]) {
			j++
		}
		g := string(rs[i:j])
		if j < len(rs) && (rs[j] == 'X' || rs[j] == 'x') && (j+1 == len(rs) || !isASCIIAlnum(rs[j+1])) {
			g += "X"
			j++
		}
		groups = append(groups, g)
		// One separator followed by a digit continues the run.
		if j+1 < len(rs) && (rs[j] == ' ' || rs[j] == '-') && isDigit(rs[j+1]) && !strings.HasSuffix(g, "X") {
			i = j + 1
			continue
		}
		flush()
		i = j
	}
	flush()
	return runs
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIIAlnum(r rune) bool {
	return isDigit(r) || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// scanRun checks every contiguous stretch of a run's groups against the
// shapes the numbers are written in: one group, or the usual grouping of
// each kind (3-4-4 mobile, 6-8-4 ID, 4-4-4-4… card).
func scanRun(groups []string) []Finding {
	var out []Finding
	used := make([]bool, len(groups))
	// Longest stretches first, so a card's groups are not also read as
	// shorter numbers.
	for n := len(groups); n >= 1; n-- {
		for i := 0; i+n <= len(groups); i++ {
			if anyUsed(used[i : i+n]) {
				continue
			}
			if f, ok := classify(groups[i : i+n]); ok {
				out = append(out, f)
				for k := i; k < i+n; k++ {
					used[k] = true
				}
			}
		}
	}
	return out
}

func anyUsed(u []bool) bool {
	for _, b := range u {
		if b {
			return true
		}
	}
	return false
}

// classify reads one stretch of groups as a number of some kind.
func classify(groups []string) (Finding, bool) {
	digits := strings.Join(groups, "")
	shape := make([]int, len(groups))
	for i, g := range groups {
		shape[i] = len(g)
	}
	one := len(groups) == 1
	switch {
	case (one || same(shape, 6, 8, 4)) && len(digits) == 18 && validResidentID(digits):
		return Finding{ResidentID, mask(digits, 4, 4)}, true
	case strings.HasSuffix(digits, "X"):
		return Finding{}, false
	case (one || same(shape, 3, 4, 4)) && isMobile(digits):
		return Finding{Mobile, mask(digits, 3, 4)}, true
	case one && len(digits) == 13 && strings.HasPrefix(digits, "86") && isMobile(digits[2:]):
		return Finding{Mobile, mask(digits[2:], 3, 4)}, true
	case (one || cardShape(shape)) && len(digits) >= 13 && len(digits) <= 19 && luhn(digits):
		return Finding{BankCard, mask(digits, 4, 4)}, true
	}
	return Finding{}, false
}

func same(shape []int, want ...int) bool {
	if len(shape) != len(want) {
		return false
	}
	for i := range shape {
		if shape[i] != want[i] {
			return false
		}
	}
	return true
}

// cardShape is 4-4-4-4 with an optional short last group (19 digits are
// written 4-4-4-4-3), or 4-4-4-1…4 for shorter cards.
func cardShape(shape []int) bool {
	if len(shape) < 4 {
		return false
	}
	for _, n := range shape[:len(shape)-1] {
		if n != 4 {
			return false
		}
	}
	last := shape[len(shape)-1]
	return last >= 1 && last <= 4
}

func isMobile(d string) bool {
	return len(d) == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9' && allDigits(d)
}

func allDigits(s string) bool {
	for _, r := range s {
		if !isDigit(r) {
			return false
		}
	}
	return s != ""
}

// validResidentID checks an 18-character resident ID (GB 11643-1999): 17
// digits with a real birth date at 7–14, and the ISO 7064 MOD 11-2 check
// character.
func validResidentID(id string) bool {
	if len(id) != 18 || !allDigits(id[:17]) {
		return false
	}
	if _, err := time.Parse("20060102", id[6:14]); err != nil || id[6:8] < "18" || id[6:8] > "20" {
		return false
	}
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(id[i]-'0') * w
	}
	return id[17] == "10X98765432"[sum%11]
}

// luhn is the Luhn (mod 10) check of bank card numbers.
func luhn(d string) bool {
	if !allDigits(d) {
		return false
	}
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if double {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return sum%10 == 0
}

// mask keeps the first head and last tail characters.
func mask(s string, head, tail int) string {
	if len(s) <= head+tail {
		return strings.Repeat("*", len(s))
	}
	return s[:head] + strings.Repeat("*", len(s)-head-tail) + s[len(s)-tail:]
}

func maskEmail(e string) string {
	local, domain, _ := strings.Cut(e, "@")
	if local == "" {
		return "***@" + domain
	}
	return local[:1] + "***@" + domain
}
