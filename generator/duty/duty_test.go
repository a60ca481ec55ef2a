package duty

import "testing"

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		text   string
		period Period
		min    int
		unit   string
	}{
		{"党委每年至少听取2次工作汇报。", Year, 2, "次"},
		{"每半年至少专题研究1次党建工作。", HalfYear, 1, "次"},
		{"每季度至少专题研究1次。", Quarter, 1, "次"},
		{"支部委员会每月至少召开1次。", Month, 1, "次"},
		{"每季度上报党建工作信息不少于3篇。", Quarter, 3, "篇"},
		{"每半年对党费收缴情况进行1次专项督查。", HalfYear, 1, "次"},
		{"每年年终进行一次综合考核。", Year, 1, "次"},
		{"每年到联系点指导工作不少于两次。", Year, 2, "次"},
		{"至少每两年进行1次表彰。", TwoYears, 1, "次"},
		{"每年年初研究制定工作计划。", Year, 1, "次"},
		{"半年进行一次情况通报。", HalfYear, 1, "次"},
		{"实行半年一督查。", HalfYear, 1, "次"},
		{"每周开展一次学习。", Week, 1, "次"},
		{"每季度至少听取１２次汇报。", Quarter, 12, "次"},
		{"每年至少开展三次调研。", Year, 3, "次"},
	} {
		got := Find(tc.text)
		if len(got) != 1 || got[0].Period != tc.period || got[0].Min != tc.min || got[0].Unit != tc.unit {
			t.Errorf("Find(%q) = %+v, want %s %d%s", tc.text, got, tc.period, tc.min, tc.unit)
		}
	}
}

func TestFindSeveralAndNone(t *testing.T) {
	got := Find("每年至少听取2次汇报;每半年开展1次督查。")
	if len(got) != 2 || got[0].Period != Year || got[1].Period != HalfYear {
		t.Errorf("two parts: %+v", got)
	}
	for _, text := range []string{"加强对基层党建工作的督促和指导。", "本办法自印发之日起施行。", "年度考核结果作为依据。"} {
		if got := Find(text); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want none", text, got)
		}
	}
	if f := Find("每年年初研究制定工作计划。"); !f[0].Implicit {
		t.Error("a period without a count is implicit")
	}
}

func TestVague(t *testing.T) {
	for text, want := range map[string]int{
		"定期听取工作汇报。":       1,
		"适时开展专项检查,不定期抽查。": 2,
		"每年定期听取汇报。":       0, // the period is stated
		"认真履行职责。":         0,
	} {
		if got := Vague(text); len(got) != want {
			t.Errorf("Vague(%q) = %v, want %d words", text, got, want)
		}
	}
}

func TestBearing(t *testing.T) {
	for text, want := range map[string]bool{
		"各级党委应当每年听取2次汇报。":       true,
		"党组书记负责组织实施。":           true,
		"本办法自2022年5月1日起施行。":     false,
		"本办法由市纪委负责解释。":          false,
		"本办法所称领导干部,是指各级领导班子成员。": false,
		"问责工作坚持实事求是的原则。":        false,
	} {
		if got := Bearing(text); got != want {
			t.Errorf("Bearing(%q) = %v, want %v", text, got, want)
		}
	}
}
