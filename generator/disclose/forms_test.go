package disclose

import "testing"

func TestCheckForm(t *testing.T) {
	for _, tc := range []struct{ form, subject, err string }{
		{"诫勉", "领导干部", ""},
		{"通报", "领导干部", ""},
		{"通报", "党组织", ""},
		{"改组", "党组织", ""},
		{"党内警告", "领导干部", ""},
		{"政务警告", "领导干部", ""},
		{"开除", "领导干部", ""},
		{"免职", "", ""}, // no subject: load reports that
		{"警告", "领导干部", `"警告" is not in the vocabulary; write 党内警告 (党纪处分) or 政务警告 (政务处分)`},
		{"党内严重警告", "领导干部", `"党内严重警告" is not in the vocabulary; write 严重警告`},
		{"记大功", "领导干部", `"记大功" is not a form of accountability; use one of for 党组织 检查, 通报, 改组; for 领导干部 通报, 诫勉, 停职检查, 调整职务, 责令辞职, 降职, 免职, 政务警告, 记过, 记大过, 降级, 撤职, 开除, 党内警告, 严重警告, 撤销党内职务, 留党察看, 开除党籍`},
		{"诫勉", "党组织", `"诫勉" (诫勉) is not a form for a 党组织; for a 党组织 use one of 检查, 通报, 改组`},
		{"改组", "领导干部", `"改组" (改组) is not a form for a 领导干部; for a 领导干部 use one of 通报, 诫勉, 停职检查, 调整职务, 责令辞职, 降职, 免职, 政务警告, 记过, 记大过, 降级, 撤职, 开除, 党内警告, 严重警告, 撤销党内职务, 留党察看, 开除党籍`},
	} {
		err := checkForm(tc.form, tc.subject)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.err {
			t.Errorf("checkForm(%q, %q) = %q\nwant %q", tc.form, tc.subject, got, tc.err)
		}
	}
}

// Every form is in a category, every category has a form and a subject,
// and no name is in two categories.
func TestVocabulary(t *testing.T) {
	seen := map[string]bool{}
	used := map[string]bool{}
	for _, f := range Forms {
		if seen[f.Name] {
			t.Errorf("form %q is listed twice", f.Name)
		}
		seen[f.Name] = true
		if CategoryRank(f.Category) < 0 {
			t.Errorf("form %q is in the unknown category %q", f.Name, f.Category)
		}
		used[f.Category] = true
	}
	for _, c := range Categories {
		if !used[c.Name] || len(c.Subjects) == 0 {
			t.Errorf("category %q has no form or no subject", c.Name)
		}
	}
	for name := range spellings {
		if seen[name] {
			t.Errorf("%q is both a form and a misspelling", name)
		}
	}
}
