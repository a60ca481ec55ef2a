package importer

import (
	"strings"
	"testing"
)

// All lines here are made up in the style of the sites the seeds come
// from; none is copied from a seed.

func TestCleanDropsLines(t *testing.T) {
	for _, tc := range []struct {
		line, why string // why == "": kept
	}{
		{"- 文档编号:10293847", "upload metadata"},
		{"- 上传时间:2021-02-03", "upload metadata"},
		{"- 格式:DOC", "upload metadata"},
		{"- 页数:12", "upload metadata"},
		{"- 大小:31.5KB", "upload metadata"},
		{"《某某县河湖规则.doc》由会员分享,欢迎浏览。", "share notice"},
		{"下载某某县河长制工作规则word格式文档", "download notice"},
		{"下载某某县河长制工作规则.doc", "download notice"},
		{"点此处下载文档", "download notice"},
		{"文档为doc格式", "download notice"},
		{"将本文档下载到本地,便于编辑。", "download notice"},
		{"展开阅读全文", "download notice"},
		{"时间:2020-06-01 09:30:00下载本文作者:会员上传", "site header"},
		{"简介:某某网小编为你整理了几篇《某某县河湖规则》", "site header"},
		{"声明:本文由网友上传,本站不承担版权责任。", "site disclaimer"},
		{"资源描述", "site label"},
		{"本内容来源于某某政府网站,引用时请以正式文件为准。", "source notice"},
		{"第 3 页 共 9 页", "page number"},
		{"第3页", "page number"},
		{"12", "page number"},
		{"- 7 -", "page number"},
		{"3/9", "page number"},
		{"某某县河长制工作规则.docx", "file-name title"},
		{"某某县委办公室.河长制工作规则doc", "file-name title"},
		{"——————————", "layout rule"},
		// Kept: structure and ordinary text, even when they look alike.
		{"第一条 为加强某某县河道管理,制定本规则。", ""},
		{"第二章 河长职责", ""},
		{"1.每季度巡河不少于1次。", ""},
		{"(一)组织领导责任", ""},
		{"12.建立巡河台账。", ""},
		{"某某县河长制工作规则", ""},
		{"会议要求各乡镇下载并填报统计表。", ""},
	} {
		c := clean([]line{{Text: tc.line, Src: 1}})
		why := ""
		if len(c.dropped) > 0 {
			why = c.dropped[0].Why
		}
		if why != tc.why {
			t.Errorf("%q: dropped as %q, want %q", tc.line, why, tc.why)
		}
	}
}

func TestCleanBlocks(t *testing.T) {
	in := []string{
		"某某县河长制工作规则",
		"某某县河长制工作规则",
		"第一条 为加强河道管理,制定本规则。",
		"第二条 本规则自2021年1月1日起施行。",
		"【某某规则】推荐阅读:",
		"河长制工作汇报03-12",
		"河道保洁实施方案11-02",
		"巡河制度",
		"- 配套讲稿:",
		"首页有word图标的PPT附带讲稿。",
		"- 关 键 词:",
		"- 某某 河长制 规则",
		"某某县河长制工作规则 篇2",
		"- 特殊限制:",
		"文中图片仅作示例,不得商用。",
		"这是第二篇的正文,它应当留下。",
	}
	var lines []line
	for i, s := range in {
		lines = append(lines, line{Text: s, Src: i + 1})
	}
	c := clean(lines)
	var kept []string
	for _, l := range c.lines {
		kept = append(kept, l.Text)
	}
	want := []string{in[0], in[2], in[3], in[12], in[15]}
	if strings.Join(kept, "|") != strings.Join(want, "|") {
		t.Errorf("kept\n%s\nwant\n%s", strings.Join(kept, "\n"), strings.Join(want, "\n"))
	}
	whys := map[int]string{}
	for _, d := range c.dropped {
		whys[d.Line] = d.Why
	}
	for src, why := range map[int]string{2: "repeated line", 5: "related titles", 8: "related titles", 10: "site trailer", 12: "site trailer", 15: "site trailer"} {
		if whys[src] != why {
			t.Errorf("line %d dropped as %q, want %q", src, whys[src], why)
		}
	}
}

func TestStripInlinePages(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"造成重3 大损失的", "造成重大损失的"},
		{"不得评为先进,7 两年内不得提拔", "不得评为先进,两年内不得提拔"},
		{"应将结果书面告12 知本人", "应将结果书面告知本人"},
		{"2009年起施行", "2009年起施行"},
		{"全县共有15 家企业", "全县共有15 家企业"}, // a count before a measure word
		{"完成10项任务", "完成10项任务"},
		{"1.每年至少1次", "1.每年至少1次"},
		{"培训时间不少于2 4学时", "培训时间不少于2 4学时"}, // digits on both sides
		{"截至 5 月底", "截至 5 月底"},           // spaced on both sides
		{"第1234 号文", "第1234 号文"},         // four digits are no page number
	} {
		if got, _ := stripInlinePages(tc.in); got != tc.want {
			t.Errorf("stripInlinePages(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFixOCRMarkers(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string // the last line after repair
	}{
		{[]string{"(l)加强组织领导。"}, "(1)加强组织领导。"},
		{[]string{"l.牵头抓总。"}, "1.牵头抓总。"},
		{[]string{"9.某某。", "10.某某。", "II.坚持用人导向。"}, "11.坚持用人导向。"},
		{[]string{"I.总体要求", "II.主要任务"}, "II.主要任务"}, // Roman numerals fit no sequence
		{[]string{"3.某某。", "l.某某。"}, "1.某某。"},
		{[]string{"Il.某某。"}, "Il.某某。"}, // 11 does not follow nothing
	} {
		var lines []line
		for i, s := range tc.lines {
			lines = append(lines, line{Text: s, Src: i + 1})
		}
		c := clean(lines)
		if got := c.lines[len(c.lines)-1].Text; got != tc.want {
			t.Errorf("%q: last line %q, want %q", tc.lines, got, tc.want)
		}
	}
}

func TestSplitTails(t *testing.T) {
	c := clean([]line{
		{Text: "第九条 本规则自2021年1月1日起施行。发布部门:某某县政府 发布日期:2020年12月20日 实施日期:2021年01月01日", Src: 1},
		{Text: "30.配齐河道保洁员。附件2: 某某乡河长责任清单", Src: 2},
	})
	var got []string
	for _, l := range c.lines {
		got = append(got, l.Text)
	}
	want := []string{"第九条 本规则自2021年1月1日起施行。", "发布部门:某某县政府 发布日期:2020年12月20日 实施日期:2021年01月01日", "30.配齐河道保洁员。", "附件2: 某某乡河长责任清单"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}
