package generator_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// linkSite is a regulation, a list resting on it, an indicator rule
// assessing it, a measure implementing it, an outcome applying it and a
// document citing it in its words.
const linkSite = `
-- content/regulations/lianjie-guiding.md --
---
title: 某某县链接测试规定
short_title: 链接规定
---
第一条 为规范工作,制定本规定。
第二条 各单位应当履行下列职责:
(一)每年至少开展1次自查;
(二)每半年报告1次工作情况。
第三条 违反本规定第二条第(一)项的,依照前条处理。
第四条 各单位负责人应当定期听取汇报。
第五条 本规定自2024年1月1日起施行。
-- content/lists/lianjie-qingdan.md --
---
title: 某某镇链接测试清单
---
一、自查
1.每年至少开展1次自查。〔依据:lianjie-guiding#art_2__item_1〕
2.每季度至少研究1次。
-- content/indicators/lianjie-zhibiao.md --
---
title: 某某县链接测试指标
---
一、自查(10分)
(一)开展自查(10分)
1.未开展自查的,扣2分。【县委办公室】〔考核:lianjie-guiding#第二条第(一)项〕
-- content/measures/lianjie-cuoshi.md --
---
title: 建立年度自查制度
owner: 某某镇党委办公室
status: done
implements:
  - lianjie-qingdan#grp_1__item_1
  - lianjie-guiding#第二条第(二)项
---
依据《链接规定》第二条第(二)项,每半年报告一次。
-- content/outcomes/lianjie-wenze.md --
---
title: 某县某局未开展自查被问责
decided: 2024-06-01
subject: 领导干部
forms: [诫勉]
basis: [lianjie-guiding#art_2__item_1]
---
经查,某县某局全年未开展自查。
-- content/documents/lianjie-wengao.md --
---
title: 关于自查工作的报告
---
一、基本情况
根据《某某县链接测试规定》第四条和《某某省不存在的办法》第三条,现将情况报告如下。
`

func TestBacklinksInPagesAndTwins(t *testing.T) {
	s := newTestSite(t, linkSite)
	res := s.build()
	page := "regulations/lianjie-guiding/index.html"
	s.assertContains(page,
		// 第二条第（一）项: a list item rests on it, a rule assesses it, an outcome applies it.
		`关联:考核指标 1 · 问责案例 1 · 被引用 1 · 责任清单 1`,
		`href="/lists/lianjie-qingdan/#grp_1__item_1">《某某镇链接测试清单》第一部分第1项</a>`,
		`href="/outcomes/lianjie-wenze/">某县某局未开展自查被问责</a>`,
		`href="/indicators/lianjie-zhibiao/#grp_1__item_1__point_1"`,
		// 第二条第（二）项: the measure, written in Chinese in its front matter.
		`关联:落实措施 1 · 被引用 1`,
		`href="/measures/lianjie-cuoshi/">建立年度自查制度</a>`,
		// A self-reference in the text becomes a link.
		`<a href="/regulations/lianjie-guiding/#art_2__item_1">本规定第二条第(一)项</a>`,
		// An article nothing points at says so.
		`关联:暂无落实措施、考核指标、问责案例或引用`,
	)
	// The citation in the report links; the unknown title stays plain text.
	s.assertContains("documents/lianjie-wengao/index.html",
		`<a href="/regulations/lianjie-guiding/#art_4">《某某县链接测试规定》第四条</a>`, "《某某省不存在的办法》第三条")
	s.assertNotContains("documents/lianjie-wengao/index.html", `不存在的办法》第三条</a>`)
	// The list item's marker is not shown as text.
	s.assertNotContains("lists/lianjie-qingdan/index.html", "〔依据")
	s.assertContains("lists/lianjie-qingdan/index.html", "履职日历", "每季度", "≥1次")

	var twin struct {
		ImplementedBy map[string][]string `json:"implemented_by"`
		AssessedBy    map[string][]string `json:"assessed_by"`
		AppliedBy     map[string][]string `json:"applied_by"`
		CitedBy       map[string][]string `json:"cited_by"`
		ListedIn      map[string][]string `json:"listed_in"`
	}
	if err := json.Unmarshal([]byte(s.file("regulations/lianjie-guiding/index.json")), &twin); err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string][]string{
		"implemented_by art_2__item_2": twin.ImplementedBy["art_2__item_2"],
		"assessed_by art_2__item_1":    twin.AssessedBy["art_2__item_1"],
		"applied_by art_2__item_1":     twin.AppliedBy["art_2__item_1"],
		"listed_in art_2__item_1":      twin.ListedIn["art_2__item_1"],
		"cited_by art_4":               twin.CitedBy["art_4"],
	} {
		if len(got) != 1 {
			t.Errorf("%s = %v, want one entry", name, got)
		}
	}
	if got := twin.CitedBy["art_4"]; len(got) == 1 && got[0] != "lianjie-wengao#sec_1__para_1" {
		t.Errorf("cited_by art_4 = %v", got)
	}

	var graph struct {
		Nodes []struct{ ID string }
		Edges []struct{ From, To, Type string }
	}
	if err := json.Unmarshal([]byte(s.file("graph.json")), &graph); err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, e := range graph.Edges {
		types[e.Type]++
	}
	if types["implements"] != 2 || types["assesses"] != 1 || types["basis"] != 2 || types["cites"] < 3 {
		t.Errorf("graph edge types = %v", types)
	}
	if len(res.Site.External) != 1 || res.Site.External[0].Title != "某某省不存在的办法" {
		t.Errorf("external citations = %+v", res.Site.External)
	}

	// Coverage: 第二条 and 第四条 bear duties; only 第二条 has a measure.
	s.assertContains("coverage/index.html", "某某县链接测试规定", "50%")
	s.assertContains("regulations/lianjie-guiding/coverage/index.html", `href="/regulations/lianjie-guiding/#art_4"`, "尚无落实措施的条款(1)")
}

func TestBrokenReferenceIsAnError(t *testing.T) {
	for _, tc := range []struct {
		name, file, content, want string
	}{
		{"unknown eid", "content/measures/bad.md", "---\ntitle: 坏引用\nimplements:\n  - lianjie-guiding#art_2__item_1\n  - lianjie-guiding#art_22\n---\n正文。\n",
			`content/measures/bad.md:5: implements: lianjie-guiding has no clause "art_22"; nearest: art_2, art_1, art_3`},
		{"unknown doc", "content/measures/bad.md", "---\ntitle: 坏引用\nimplements: [lianjie-guidng#art_2]\n---\n正文。\n",
			`content/measures/bad.md:3: implements: no document "lianjie-guidng" in this site; write <doc-id>#<eId> with the id of a file in content/; nearest: lianjie-guiding, lianjie-cuoshi, lianjie-qingdan`},
		{"unknown chinese clause", "content/measures/bad.md", "---\ntitle: 坏引用\nimplements: [lianjie-guiding#第九条]\n---\n正文。\n",
			`content/measures/bad.md:3: implements: lianjie-guiding has no clause "第九条"`},
		{"bad marker", "content/lists/bad.md", "---\ntitle: 坏清单\n---\n一、自查\n1.每年自查。〔依据:lianjie-guiding#art_9〕\n",
			`content/lists/bad.md:5: 〔依据〕: lianjie-guiding has no clause "art_9"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestSite(t, linkSite)
			s.write(tc.file, tc.content)
			err := s.buildErr()
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v\nwant %q", err, tc.want)
			}
		})
	}
}

// A commentary or appendix names its parent rule by its generic name.
func TestChildCitesParentByGenericName(t *testing.T) {
	s := newTestSite(t, `
-- content/regulations/fu-tiaoli.md --
---
title: 某某县测试条例
---
第一条 为规范工作,制定本条例。
-- content/documents/fu-jiedu.md --
---
title: 《某某县测试条例》解读
parent: fu-tiaoli
---
《条例》第一条规定了立法目的。
-- content/documents/other.md --
---
title: 无关文稿
---
《条例》第一条另有所指。
`)
	s.build()
	s.assertContains("documents/fu-jiedu/index.html", `<a href="/regulations/fu-tiaoli/#art_1">《条例》第一条</a>`)
	s.assertNotContains("documents/other/index.html", `<a href="/regulations/fu-tiaoli/#art_1">`)
}
