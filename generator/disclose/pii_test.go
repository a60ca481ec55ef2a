package disclose

import (
	"fmt"
	"strings"
	"testing"
)

func TestScanPII(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // kind:masked, comma-separated; "" for nothing
	}{
		// Resident ID numbers: the check digit decides.
		{"身份证号11010519491231002X。", "id_number:1101**********002X"},
		{"身份证号11010519491231002x", "id_number:1101**********002X"},
		{"440304199001011233", "id_number:4403**********1233"},
		{"110105194912310021", ""}, // wrong check digit (X is right)
		{"440304199001011234", ""}, // wrong check digit (3 is right)
		{"440304199013011239", ""}, // no 13th month
		{"１１０１０５１９４９１２３１００２Ｘ", "id_number:1101**********002X"},
		{"110105 19491231 002X", "id_number:1101**********002X"},
		{"编号110105194912310029999", ""}, // longer run: not an ID
		// Mobile numbers.
		{"联系电话13800138000。", "mobile:138****8000"},
		{"138 0013 8000", "mobile:138****8000"},
		{"138-0013-8000", "mobile:138****8000"},
		{"+86 138 0013 8000", "mobile:138****8000"},
		{"8613800138000", "mobile:138****8000"},
		{"１５９１２３４５６７８", "mobile:159****5678"},
		{"12800138000", ""},  // no mobile prefix 12
		{"138001380001", ""}, // twelve digits
		{"座机0755-12345678", ""},
		{"13 800 138 000", ""}, // not a way numbers are written
		// E-mail addresses.
		{"请发送至 zhang.san@example.com 。", "email:z***@example.com"},
		{"ｚｓ＠ｅｘａｍｐｌｅ．ｃｏｍ", "email:z***@example.com"},
		{"某某@某某单位", ""},
		{"a@b", ""},
		// Bank card numbers: the Luhn check decides.
		{"卡号6222021234567890128", "bank_card:6222***********0128"},
		{"6222 0212 3456 7890 128", "bank_card:6222***********0128"},
		{"6217001234567893", "bank_card:6217********7893"},
		{"4532-0151-1283-0366", "bank_card:4532********0366"},
		{"6217001234567894", ""},        // fails Luhn
		{"6222 0212 3456 7890 127", ""}, // fails Luhn
		{"62 1700 1234 5678 93", ""},    // not a card's grouping
		// What official text is full of.
		{"2024-05-01", ""},
		{"某办发〔2024〕3号", ""},
		{"第十五条第一款第(八)项", ""},
		{"共计1200000元,涉及2023年12月", ""},
		{"20240501", ""},
		{"2021年至2022年,3名干部", ""},
		// Several at once, in the order kinds are scanned.
		{"邮箱a.b@example.org,手机13912345678", "email:a***@example.org,mobile:139****5678"},
	} {
		var got []string
		for _, f := range ScanPII(tc.text) {
			got = append(got, fmt.Sprintf("%s:%s", f.Kind, f.Masked))
		}
		if g := strings.Join(got, ","); g != tc.want {
			t.Errorf("ScanPII(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
}

func TestLuhnAndIDCheck(t *testing.T) {
	for _, tc := range []struct {
		digits string
		luhn   bool
	}{
		{"79927398713", true}, {"79927398710", false}, {"4532015112830366", true}, {"4532015112830367", false},
		{"0", true}, {"", false}, {"12a4", false},
	} {
		if got := luhn(tc.digits); got != tc.luhn {
			t.Errorf("luhn(%q) = %v, want %v", tc.digits, got, tc.luhn)
		}
	}
	for _, tc := range []struct {
		id    string
		valid bool
	}{
		{"11010519491231002X", true}, {"320106200012315670", true}, {"510108198507150036", true},
		{"510108198507150037", false}, {"51010819850715003X", false}, {"5101081985071500", false},
		{"510108170507150036", false}, // born in 1705
	} {
		if got := validResidentID(tc.id); got != tc.valid {
			t.Errorf("validResidentID(%q) = %v, want %v", tc.id, got, tc.valid)
		}
	}
}

func TestCheckAllowance(t *testing.T) {
	for _, tc := range []struct{ entry, err string }{
		{"email", ""},
		{"mobile", ""},
		{"id_number", ""},
		{"bank_card", ""},
		{"body:email", ""},
		{"decided_by:mobile", ""},
		{"phone", `"phone" is not a kind of personal data; use one of id_number, mobile, email, bank_card, optionally after a field and a colon (body:email, decided_by:mobile)`},
		{"body:phone", `"body:phone" is not a kind of personal data`},
		{"colour:email", `"colour:email" names no field; write <field>:<kind> with a front matter key or body, e.g. body:email`},
	} {
		err := checkAllowance(tc.entry)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("checkAllowance(%q) = %v, want nil", tc.entry, err)
		case tc.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.err)):
			t.Errorf("checkAllowance(%q) = %v, want %q", tc.entry, err, tc.err)
		}
	}
}
