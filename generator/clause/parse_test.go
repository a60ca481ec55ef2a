package clause

import (
	"fmt"
	"strings"
	"testing"
)

// eids lists the eIds of a tree in document order.
func eids(nodes []*Node) string {
	var s []string
	Walk(nodes, func(n *Node, _ int) bool {
		s = append(s, n.EID)
		return true
	})
	return strings.Join(s, " ")
}

const (
	reg  = ModeRegulation
	list = ModeList
	ind  = ModeIndicators
	doc  = ModeDocument
)

func TestParseEIDs(t *testing.T) {
	tests := []struct {
		name string
		mode Mode
		in   string
		want string
	}{
		{"chapters and sections", reg, "第一章 总则\n第一节 一般规定\n第一条 甲。\n第二节 特别规定\n第二条 乙。\n第二章 附则\n第一节 附则\n第三条 丙。", "chp_1 chp_1__sec_1 art_1 chp_1__sec_2 art_2 chp_2 chp_2__sec_1 art_3"},
		{"books restart chapters", reg, "第一编 总则\n第一章 基本规定\n第一条 甲。\n第二编 物权\n第一章 一般规定\n第二条 乙。", "book_1 book_1__chp_1 art_1 book_2 book_2__chp_1 art_2"},
		{"arabic article", reg, "第12条 甲。\n第13条 乙。", "art_12 art_13"},
		{"full-width arabic article", reg, "第１２条　甲。", "art_12"},
		{"article sub", reg, "第十四条 甲。\n第十四条之一 乙。\n第十五条 丙。", "art_14 art_14_1 art_15"},
		{"no space after marker", reg, "第一条为确保落实。\n第二条党组织应当履行。", "art_1 art_2"},
		{"items in any parentheses", reg, "第九条 问责方式:\n(一)通报;\n（二）诫勉;\n( 三 ) 组织调整。", "art_9 art_9__item_1 art_9__item_2 art_9__item_3"},
		{"paragraphs after items", reg, "第十四条 问责方式:\n(一)诫勉谈话。\n(二)通报批评。\n问责方式可以合并使用。\n前款规定的方式,依照执行。", "art_14 art_14__para_1 art_14__para_1__item_1 art_14__para_1__item_2 art_14__para_2 art_14__para_3"},
		{"two lists in two paragraphs", reg, "第七条 对党组织的问责方式包括:\n(一)检查。\n(二)通报。\n对党的领导干部的问责方式包括:\n(一)通报。\n(二)诫勉。", "art_7 art_7__para_1 art_7__para_1__item_1 art_7__para_1__item_2 art_7__para_2 art_7__para_2__item_1 art_7__para_2__item_2"},
		{"points under items", reg, "第六条 职责:\n(一)组织领导:\n1.研究部署;\n2.督促检查。\n(二)监督检查。", "art_6 art_6__item_1 art_6__item_1__point_1 art_6__item_1__point_2 art_6__item_2"},
		{"arabic items without (一)", reg, "第五条 责任:\n1.牵头抓总。\n2、统筹协调。\n３．组织推动。", "art_5 art_5__item_1 art_5__item_2 art_5__item_3"},
		{"(1) points under 1. items", reg, "第五条 责任:\n1.领导班子的责任\n(1)严明纪律。\n（2）统筹部署。", "art_5 art_5__item_1 art_5__item_1__point_1 art_5__item_1__point_2"},
		{"circled points", reg, "第五条 责任:\n(一)领导责任:\n①严明纪律;\n②统筹部署。", "art_5 art_5__item_1 art_5__item_1__point_1 art_5__item_1__point_2"},
		{"ocr l. as 1.", reg, "第五条 责任:\nl.牵头抓总。\n2.统筹协调。", "art_5 art_5__item_1 art_5__item_2"},
		{"ocr (l) as (1)", reg, "第五条 责任:\n1.领导责任\n(l)严明纪律。\n(2)统筹部署。", "art_5 art_5__item_1 art_5__item_1__point_1 art_5__item_1__point_2"},
		{"ocr II. as 11.", reg, "第五条 责任:\n10.甲。\nII.乙。\n12.丙。", "art_5 art_5__item_10 art_5__item_11 art_5__item_12"},
		{"ocr II. out of sequence", reg, "第五条 责任:\n1.甲。\nII.乙。", "art_5 art_5__para_1 art_5__para_1__item_1 art_5__para_2"},
		{"preamble", reg, "某某办法\n为了规范,制定本办法。\n第一章 总则\n第一条 甲。", "preamble__para_1 preamble__para_2 chp_1 art_1"},
		{"mid-line article", reg, "第十条 按程序进行。第十一条季度监测。\n第十二条 半年评估。", "art_10 art_11 art_12"},
		{"citation at line start", reg, "第二十七条 具有下列情形的,追究责任:\n第二十七条所列情形,情节较轻的,责令检查。", "art_27 art_27__para_1 art_27__para_2"},
		{"article starting with 在", reg, "第九条 甲。\n第十条 在履行内部管理职责中,应当问责。", "art_9 art_10"},
		{"duplicate article", reg, "第七条 甲。\n第七条 乙。", "art_7 art_7_dup2"},
		{"duplicate item", reg, "第七条 甲:\n(一)子。\n(一)丑。", "art_7 art_7__item_1 art_7__item_1_dup2"},
		{"markdown headings", reg, "## 第一章 总则\n### 第一节 一般规定\n第一条 甲。", "chp_1 chp_1__sec_1 art_1"},
		{"chapter title on next line", reg, "第一章\n总则\n第一条 甲。", "chp_1 art_1"},
		{"chapter text before articles", reg, "第一章 总则\n本章适用于全体党员。\n第一条 甲。", "chp_1 chp_1__para_1 art_1"},
		{"table is one paragraph", reg, "第一条 见下表:\n| 甲 | 乙 |\n| 丙 | 丁 |", "art_1 art_1__para_1 art_1__para_2"},
		{"fenced block is one paragraph", reg, "第一条 示例:\n```\n第二条 不是条文\n\n（一）也不是项\n```\n第二条 乙。", "art_1 art_1__para_1 art_1__para_2 art_2"},
		{"quote is one paragraph", reg, "第一条 引用:\n> 第二条 引文\n> 续\n第二条 乙。", "art_1 art_1__para_1 art_1__para_2 art_2"},
		{"empty body", reg, "\n\n", ""},
		{"list groups", list, "一、主要内容\n1.建立清单。\n2.建立制度。\n二、监督落实\n3.开展督查。", "grp_1 grp_1__item_1 grp_1__item_2 grp_2 grp_2__item_3"},
		{"list without groups", list, "1.甲。\n2.乙。", "item_1 item_2"},
		{"list (一) groups", list, "(一)组织领导责任\n1、履行领导责任\n(1)学习。\n(2)宣传。\n(二)督导考评责任\n1、督促指导。", "grp_1 grp_1__item_1 grp_1__item_1__point_1 grp_1__item_1__point_2 grp_2 grp_2__item_1"},
		{"list paragraphs", list, "前言说明。\n一、主要内容\n说明文字。\n1.甲。\n附记。", "para_1 grp_1 grp_1__para_1 grp_1__item_1 grp_1__para_2"},
		{"list subheadings", list, "一、基本职责\n(一)集体责任\n1.甲。\n(二)第一责任\n2.乙。", "grp_1 grp_1__para_1 grp_1__item_1 grp_1__para_2 grp_1__item_2"},
		{"indicators", ind, "一、政治建设(10分)\n(一)坚定政治信仰(10分)\n坚持马克思主义指导地位。\n1.未制定年度学习计划,扣2分。【市委办公室】\n2.未落实,每1起扣1分。【市纪委机关、市委巡察办】", "grp_1 grp_1__item_1 grp_1__item_1__para_1 grp_1__item_1__point_1 grp_1__item_1__point_2"},
		{"indicators scores on next line, repeated header", ind, "一、政治建设\n(10分)\n(一)坚定政治信仰\n（10分）\n1.扣2分。\n二、思想建设(15分)\n(二)思想武装(5分)\n1.扣1分。\n二、思想建设\n(15分)\n(三)意识形态(5分)", "grp_1 grp_1__item_1 grp_1__item_1__point_1 grp_2 grp_2__item_2 grp_2__item_2__point_1 grp_2__item_3"},
		{"indicators preamble", ind, "附件1\n考核指标体系\n一、政治建设(10分)", "para_1 para_2 grp_1"},
		{"list table", list, "一、甲\n| 子 | 丑 |\n| 寅 | 卯 |\n1.辰。", "grp_1 grp_1__para_1 grp_1__item_1"},
		{"document table", doc, "# 表\n| 甲 | 乙 |\n| 丙 | 丁 |\n段落。", "sec_1 sec_1__para_1 sec_1__para_2"},
		{"document markdown", doc, "# 总体要求\n第一段。\n## 工作措施\n第二段。", "sec_1 sec_1__para_1 sec_2 sec_2__para_1"},
		{"document outline", doc, "前言,说明情况。\n一、总体要求\n(一)指导思想。以邓小平理论为指导。\n二、工作措施\n要加强领导。", "para_1 sec_1 sec_1__para_1 sec_2 sec_2__para_1"},
		{"document standalone title", doc, "“要牵牛鼻子”\n众所周知,安全生产工作千头万绪,监管复杂,做好不易,必须强化两个主体,落实两个责任。", "sec_1 sec_1__para_1"},
	}
	for _, tt := range tests {
		nodes, _ := Parse(tt.in, tt.mode)
		if got := eids(nodes); got != tt.want {
			t.Errorf("%s: Parse(%q, %s)\n got %s\nwant %s", tt.name, tt.in, tt.mode, got, tt.want)
		}
	}
}

// field renders one field of n for comparison.
func field(n *Node, name string) string {
	switch name {
	case "text":
		return n.Text
	case "heading":
		return n.Heading
	case "num":
		return n.Num
	case "ordinal":
		return fmt.Sprint(n.Ordinal)
	case "sub":
		return fmt.Sprint(n.Sub)
	case "points":
		return n.Points
	case "units":
		return strings.Join(n.Units, ",")
	case "line":
		return fmt.Sprint(n.Line)
	case "level":
		return string(n.Level)
	}
	return "unknown field " + name
}

func TestParseFields(t *testing.T) {
	const (
		art14 = "第十四条 问责方式:\n(一)诫勉谈话。\n（二）通报批评。\n问责方式可以合并使用。"
		ind1  = "一、政治建设(10分)\n(一)坚定政治信仰( 10 分 )\n1.未制定年度学习计划,扣2分。【市委办公室】\n2.未落实,每1起扣1分;再次发生的,每1起扣1分。【市纪委机关,市委巡察办】\n3.存在问题,每1起扣1分。\n【市纪委机关】\n4.未建立机制,扣1分;评价档\n次为“逐步净化”,扣0.5分;\n“趋于恶化”,扣2分。【市纪委机关】"
	)
	tests := []struct {
		mode             Mode
		in, eid, f, want string
	}{
		{reg, "第一条 为了规范。", "art_1", "text", "为了规范。"},
		{reg, "第一条 为了规范。", "art_1", "num", "第一条"},
		{reg, "第一条：为了规范。", "art_1", "text", "为了规范。"},
		{reg, "第一条 为了规范。", "art_1", "level", "article"},
		{reg, "第十四条之一 乙。", "art_14_1", "num", "第十四条之一"},
		{reg, "第十四条之一 乙。", "art_14_1", "sub", "1"},
		{reg, "第12条 甲。", "art_12", "num", "第12条"},
		{reg, "第一章总则\n第一条 甲。", "chp_1", "heading", "总则"},
		{reg, "第一章\n总则\n第一条 甲。", "chp_1", "heading", "总则"},
		{reg, art14, "art_14", "text", ""},
		{reg, art14, "art_14__para_1", "text", "问责方式:"},
		{reg, art14, "art_14__para_2", "text", "问责方式可以合并使用。"},
		{reg, art14, "art_14__para_1__item_2", "num", "(二)"},
		{reg, art14, "art_14__para_1__item_2", "text", "通报批评。"},
		{reg, art14, "art_14__para_1__item_2", "ordinal", "2"},
		{reg, "第六条 甲:\n(一)子:\n1.丑;\n(1)寅。", "art_6__item_1__point_1", "text", "丑;\n(1)寅。"},
		{reg, "第一条 见下表:\n| 甲 | 乙 |\n| 丙 | 丁 |", "art_1__para_2", "text", "| 甲 | 乙 |\n| 丙 | 丁 |"},
		{reg, "\n第一条 甲。\n\n第二条 乙。", "art_2", "line", "4"},
		{reg, "第一条 示例:\n```\n第二条 不是条文\n```", "art_1__para_2", "text", "```\n第二条 不是条文\n```"},
		{reg, "第十条 按程序进行。\n第十一条 甲,\n乙。第十二条 丙。", "art_12", "line", "3"},
		{list, "一、主体责任的主要内容\n1.甲。", "grp_1", "heading", "主体责任的主要内容"},
		{list, "(一)指导思想。以邓小平理论为指导。\n1.甲。", "grp_1", "heading", "指导思想"},
		{list, "(一)指导思想。以邓小平理论为指导。\n1.甲。", "grp_1", "text", "以邓小平理论为指导。"},
		{list, "一、主要内容\n1.建立清单。", "grp_1__item_1", "text", "建立清单。"},
		{ind, ind1, "grp_1", "heading", "政治建设"},
		{ind, ind1, "grp_1", "points", "10"},
		{ind, ind1, "grp_1__item_1", "text", "坚定政治信仰"},
		{ind, ind1, "grp_1__item_1", "points", "10"},
		{ind, ind1, "grp_1__item_1__point_1", "text", "未制定年度学习计划,扣2分。"},
		{ind, ind1, "grp_1__item_1__point_1", "units", "市委办公室"},
		{ind, ind1, "grp_1__item_1__point_1", "points", "2"},
		{ind, ind1, "grp_1__item_1__point_2", "units", "市纪委机关,市委巡察办"},
		{ind, ind1, "grp_1__item_1__point_2", "points", "1"},
		{ind, ind1, "grp_1__item_1__point_3", "units", "市纪委机关"},
		{ind, ind1, "grp_1__item_1__point_4", "text", "未建立机制,扣1分;评价档次为“逐步净化”,扣0.5分;“趋于恶化”,扣2分。"},
		{ind, ind1, "grp_1__item_1__point_4", "units", "市纪委机关"},
		{ind, ind1, "grp_1__item_1__point_4", "points", ""},
		{ind, "一、政治建设\n（10分）", "grp_1", "points", "10"},
		{doc, "一、总体要求\n甲。", "sec_1", "heading", "总体要求"},
		{doc, "一、总体要求\n甲。", "sec_1", "num", "一、"},
		{doc, "一、总体要求\n(一)指导思想。以邓小平理论为指导。", "sec_1__para_1", "text", "(一)指导思想。以邓小平理论为指导。"},
		{doc, "## 工作措施\n要加强领导。", "sec_1", "heading", "工作措施"},
	}
	for _, tt := range tests {
		nodes, _ := Parse(tt.in, tt.mode)
		n := Find(nodes, tt.eid)
		if n == nil {
			t.Errorf("Parse(%q, %s): no %s in %s", tt.in, tt.mode, tt.eid, eids(nodes))
			continue
		}
		if got := field(n, tt.f); got != tt.want {
			t.Errorf("Parse(%q, %s): %s.%s = %q, want %q", tt.in, tt.mode, tt.eid, tt.f, got, tt.want)
		}
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		mode Mode
		in   string
		want string // every problem as "line:msg", joined by " | "
	}{
		{reg, "第一条 甲。\n第二条 乙:\n(一)子;\n(二)丑。", ""},
		{reg, "第一条 甲。\n第二条 乙。\n第三条 丙。\n第四条 丁。\n第六条 戊。", "5:第四条 之后是第六条,缺少第五条"},
		{reg, "第一条 甲。\n第四条 乙。", "2:第一条 之后是第四条,缺少第二条至第三条"},
		{reg, "第三条 甲。", "1:第三条 之前缺少第一条至第二条"},
		{reg, "第1条 甲。\n第3条 乙。", "2:第1条 之后是第3条,缺少第2条"},
		{reg, "第一条 甲。\n第一条 乙。", "2:第一条 重复(repeated number) | 2:eId art_1 重复,改为 art_1_dup2 (duplicate eId)"},
		{reg, "第十九条 甲。\n第二十条 乙。\n第三条 引文。\n第二十一条 丙。", "1:第十九条 之前缺少第一条至第十八条 | 3:第二十条 之后是第三条,编号倒退(numbering goes back)"},
		{reg, "第十四条 甲。\n第十四条之一 乙。\n第十五条 丙。", "1:第十四条 之前缺少第一条至第十三条"},
		{reg, "第一条 甲:\n(一)子;\n(三)丑。", "3:(一) 之后是(三),缺少(二)"},
		{reg, "第一章 总则\n第一条 甲。\n第三章 附则\n第二条 乙。", "3:第一章 之后是第三章,缺少第二章"},
		{list, "1.甲。\n2.乙。\n5.丙。", "3:2. 之后是5.,缺少3.至4."},
		{list, "一、甲\n1.子。\n二、乙\n1.丑。", ""},
		{list, "一、甲\n三、乙", "2:一、 之后是三、,缺少二、"},
		{ind, "一、政治建设(10分)\n(一)任务(10分)\n1.扣1分。\n3.扣1分。", "4:1. 之后是3.,缺少2."},
		{"report", "甲。", "1:unknown mode \"report\", read as \"document\""},
	}
	for _, tt := range tests {
		_, problems := Parse(tt.in, tt.mode)
		var got []string
		for _, p := range problems {
			got = append(got, fmt.Sprintf("%d:%s", p.Line, p.Msg))
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("Parse(%q, %s) problems\n got %s\nwant %s", tt.in, tt.mode, g, tt.want)
		}
	}
}

func TestWalk(t *testing.T) {
	nodes, _ := Parse("第一章 总则\n第一条 甲:\n(一)子。\n第二章 附则\n第二条 乙。", ModeRegulation)
	var got []string
	Walk(nodes, func(n *Node, depth int) bool {
		got = append(got, fmt.Sprintf("%d:%s", depth, n.EID))
		return n.EID != "art_1" // skip the items of article 1
	})
	if want := "0:chp_1 1:art_1 0:chp_2 1:art_2"; strings.Join(got, " ") != want {
		t.Errorf("Walk = %s, want %s", strings.Join(got, " "), want)
	}
}

func TestFind(t *testing.T) {
	nodes, _ := Parse("第一章 总则\n第一条 甲:\n(一)子。", ModeRegulation)
	if n := Find(nodes, "art_1__item_1"); n == nil || n.Text != "子。" {
		t.Errorf("Find(art_1__item_1) = %+v", n)
	}
	if n := Find(nodes, "art_9"); n != nil {
		t.Errorf("Find(art_9) = %+v, want nil", n)
	}
}

func TestTally(t *testing.T) {
	body := "序言。\n第一编 总则\n第一章 一般规定\n第一节 定义\n第一条 甲:\n(一)子:\n1.丑。\n第二条 乙。\n丙。"
	nodes, _ := Parse(body, ModeRegulation)
	want := Counts{Books: 1, Chapters: 1, Sections: 1, Articles: 2, Paragraphs: 3, Items: 1, Points: 1}
	if got := Tally(nodes); got != want {
		t.Errorf("Tally = %+v, want %+v", got, want)
	}
	nodes, _ = Parse("一、甲\n1.子。\n说明。", ModeList)
	if got := Tally(nodes); got != (Counts{Groups: 1, Items: 1, Paragraphs: 1}) {
		t.Errorf("Tally(list) = %+v", got)
	}
	nodes, _ = Parse("# 标题\n段落。", ModeDocument)
	if got := Tally(nodes); got != (Counts{Headings: 1, Paragraphs: 1}) {
		t.Errorf("Tally(document) = %+v", got)
	}
}

// A regulation without 第X章 headings that groups its articles under short
// 一、 headings: those are its chapters, not items of the article before.
func TestCnCommaHeadingsInRegulation(t *testing.T) {
	body := "一、职责要求\n第一条 甲单位负责全面工作。\n第二条 乙单位负责监督。\n二、主体责任\n第三条 主体责任包括:\n(一)组织领导;\n(二)督促检查。\n"
	nodes, problems := Parse(body, ModeRegulation)
	if len(problems) != 0 {
		t.Errorf("problems: %v", problems)
	}
	var got []string
	Walk(nodes, func(n *Node, depth int) bool {
		got = append(got, strings.Repeat(" ", depth)+n.EID+"="+n.Num)
		return true
	})
	want := []string{"chp_1=一、", " art_1=第一条", " art_2=第二条", "chp_2=二、", " art_3=第三条", "  art_3__item_1=(一)", "  art_3__item_2=(二)"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tree:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A line that starts by citing items is a new 款, not an item.
func TestItemCitationAtLineStart(t *testing.T) {
	body := "第五条 下列人员应当回避:\n(一)本人;\n(二)近亲属;\n(三)其他人员。\n(一)至(三)项所列人员应当书面申请。\n"
	nodes, _ := Parse(body, ModeRegulation)
	a := Find(nodes, "art_5")
	if a == nil || len(a.Children) != 2 || Find(nodes, "art_5__para_2") == nil || Find(nodes, "art_5__para_1__item_3") == nil {
		t.Errorf("art_5 = %+v", a)
	}
}

func TestCnCommaChapterGapMessage(t *testing.T) {
	_, problems := Parse("二、主体责任\n第一条 甲单位负责全面工作。\n", ModeRegulation)
	if len(problems) != 1 || problems[0].Msg != "二、 之前缺少一、" {
		t.Errorf("problems = %+v", problems)
	}
}
