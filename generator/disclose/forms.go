package disclose

import (
	"fmt"
	"strings"
)

// The two subjects of accountability (问责对象) of the 问责条例.
const (
	Organisation = "党组织"
	Leader       = "领导干部"
)

// Category is a class of forms of accountability (问责方式类别).
type Category struct {
	Name     string
	Subjects []string // the subjects it applies to
}

// Form is one form of accountability (问责方式) of the controlled
// vocabulary, as a record writes it in forms:.
type Form struct {
	Name     string
	Category string
}

// Categories lists the categories in the order the site shows them: the
// order of 第八条 of the 问责条例, from the lightest to the heaviest, the
// 党组织 forms first. Charts stack and colour by this order.
var Categories = []Category{
	{"检查", []string{Organisation}},
	{"通报", []string{Organisation, Leader}},
	{"改组", []string{Organisation}},
	{"诫勉", []string{Leader}},
	{"组织调整或者组织处理", []string{Leader}},
	{"政务处分", []string{Leader}},
	{"党纪处分", []string{Leader}},
}

// Forms is the controlled vocabulary, each form in its category, lightest
// first within a category. 警告 exists as a 党纪处分 and as a 政务处分:
// a record writes 党内警告 or 政务警告, as decisions do (给予党内警告处分,
// 给予政务警告处分), so that every name means one form.
var Forms = []Form{
	{"检查", "检查"},
	{"通报", "通报"},
	{"改组", "改组"},
	{"诫勉", "诫勉"},
	{"停职检查", "组织调整或者组织处理"},
	{"调整职务", "组织调整或者组织处理"},
	{"责令辞职", "组织调整或者组织处理"},
	{"降职", "组织调整或者组织处理"},
	{"免职", "组织调整或者组织处理"},
	{"政务警告", "政务处分"},
	{"记过", "政务处分"},
	{"记大过", "政务处分"},
	{"降级", "政务处分"},
	{"撤职", "政务处分"},
	{"开除", "政务处分"},
	{"党内警告", "党纪处分"},
	{"严重警告", "党纪处分"},
	{"撤销党内职务", "党纪处分"},
	{"留党察看", "党纪处分"},
	{"开除党籍", "党纪处分"},
}

// spellings are names a writer may reach for that the vocabulary spells
// another way; the error names the right one.
var spellings = map[string]string{
	"警告":     "党内警告 (党纪处分) or 政务警告 (政务处分)",
	"党纪警告":   "党内警告",
	"党内严重警告": "严重警告",
	"党纪严重警告": "严重警告",
	"政务记过":   "记过",
	"政务记大过":  "记大过",
	"政务降级":   "降级",
	"政务撤职":   "撤职",
	"政务开除":   "开除",
	"书面检查":   "检查",
	"诫勉谈话":   "诫勉",
}

// FormByName finds a form of the vocabulary.
func FormByName(name string) (Form, bool) {
	for _, f := range Forms {
		if f.Name == name {
			return f, true
		}
	}
	return Form{}, false
}

// CategoryRank is a category's place in Categories, -1 if unknown.
func CategoryRank(name string) int {
	for i, c := range Categories {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// FormsFor lists the form names a subject may receive, in order.
func FormsFor(subject string) []string {
	var out []string
	for _, f := range Forms {
		if appliesTo(f.Category, subject) {
			out = append(out, f.Name)
		}
	}
	return out
}

func appliesTo(category, subject string) bool {
	for _, c := range Categories {
		if c.Name == category {
			for _, s := range c.Subjects {
				if s == subject {
					return true
				}
			}
		}
	}
	return false
}

// checkForm checks one entry of forms: for a record about subject (which
// may be empty or invalid; load reports that). The message says what to
// write instead.
func checkForm(name, subject string) error {
	f, ok := FormByName(name)
	if !ok {
		if right, ok := spellings[name]; ok {
			return fmt.Errorf("%q is not in the vocabulary; write %s", name, right)
		}
		return fmt.Errorf("%q is not a form of accountability; use one of %s", name, vocabulary())
	}
	if subject != Organisation && subject != Leader {
		return nil
	}
	if !appliesTo(f.Category, subject) {
		return fmt.Errorf("%q (%s) is not a form for a %s; for a %s use one of %s",
			name, f.Category, subject, subject, strings.Join(FormsFor(subject), ", "))
	}
	return nil
}

// vocabulary is every allowed value, by subject, for error messages.
func vocabulary() string {
	return "for 党组织 " + strings.Join(FormsFor(Organisation), ", ") +
		"; for 领导干部 " + strings.Join(FormsFor(Leader), ", ")
}
