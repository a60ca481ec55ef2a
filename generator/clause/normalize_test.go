package clause

import (
	"slices"
	"strings"
	"testing"
)

// texts returns the texts of lines joined by " | ".
func texts(lines []Line) string {
	var s []string
	for _, l := range lines {
		s = append(s, l.Text)
	}
	return strings.Join(s, " | ")
}

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"blank lines", "第一条 甲。\n\n  \n第二条 乙。", "第一条 甲。 | 第二条 乙。"},
		{"crlf", "第一条 甲。\r\n第二条 乙。\r\n", "第一条 甲。 | 第二条 乙。"},
		{"full-width space", "\u3000\u3000第一条\u3000为了规范管理。", "第一条 为了规范管理。"},
		{"zero-width", "第一条\u200b为了规范管理。\ufeff", "第一条为了规范管理。"},
		{"stray space", "不正确 履行职责的。", "不正确履行职责的。"},
		{"stray space punct", "选好用好干部, 防止出现问题。", "选好用好干部,防止出现问题。"},
		{"latin spaces kept", "采用 GB/T 16180-2006 标准。", "采用 GB/T 16180-2006 标准。"},
		{"digit spaces kept", "造成重4 大伤亡。", "造成重4 大伤亡。"},
		{"spaced paren", "( 一) 党委负责。", "(一)党委负责。"},
		{"full-width paren", "（一）党委负责。", "(一)党委负责。"},
		{"full-width digit paren", "（１）党委负责。", "(1)党委负责。"},
		{"paren and comma", "(一)、党委负责。", "(一)党委负责。"},
		{"full-width dot", "１．党委负责。", "1.党委负责。"},
		{"space after dot", "1. 党委负责。", "1.党委负责。"},
		{"chapter no space", "第一章总则", "第一章 总则"},
		{"chapter spaces", "第 一 章   总则", "第一章 总则"},
		{"chapter title like a conjunction", "第六章和解", "第六章 和解"},
		{"chapter citation", "第三章规定的情形,依照执行。", "第三章规定的情形,依照执行。"},
		{"article no space", "第一条为确保落实。", "第一条为确保落实。"},
		{"article space", "第一条  为确保落实。", "第一条 为确保落实。"},
		{"article sub", "第十四条 之一 问责方式。", "第十四条之一 问责方式。"},
		{"mid-line article", "第十条 按程序进行。第十一条季度监测。", "第十条 按程序进行。 | 第十一条季度监测。"},
		{"no split after semicolon", "第十条 甲;第十一条 乙。", "第十条 甲;第十一条 乙。"},
		{"citation after semicolon", "第二十一条 依照规定办理；第二十二条关于期限的规定同样适用。", "第二十一条 依照规定办理；第二十二条关于期限的规定同样适用。"},
		{"citation not split", "依照本办法第十一条规定处理。", "依照本办法第十一条规定处理。"},
		{"quoted citation not split", "违反《条例》第六条的,问责。", "违反《条例》第六条的,问责。"},
		{"cited after full stop", "第十条 甲。第十二条规定的除外。", "第十条 甲。第十二条规定的除外。"},
		{"cited list after full stop", "第十条 甲。第十二条、第十三条除外。", "第十条 甲。第十二条、第十三条除外。"},
		{"marker without text not split", "第十条 甲。第十一条", "第十条 甲。第十一条"},
		{"mid-line item", "(十五)造成不良影响的;(十六)决策失误的;", "(十五)造成不良影响的; | (十六)决策失误的;"},
		{"mid-line item out of order", "(十五)造成影响的;(三)决策失误的;", "(十五)造成影响的;(三)决策失误的;"},
		{"mid-line rule after units", "1.未制定计划,扣2分。【市委办公室】2.未落实,扣1分。", "1.未制定计划,扣2分。【市委办公室】 | 2.未落实,扣1分。"},
		{"decimal not a marker", "1.每低于1个百分点,扣\n0.1分。", "1.每低于1个百分点,扣0.1分。"},
		{"broken wrap", "第十八条 涉嫌犯罪的,移送司法机关依法处\n理。", "第十八条 涉嫌犯罪的,移送司法机关依法处理。"},
		{"wrap over three lines", "第一条 为了规范,\n加强管理,\n制定本办法。", "第一条 为了规范,加强管理,制定本办法。"},
		{"wrap then citation", "对未能履行职责,具有\n第二十七条所列情形的,责令检查。", "对未能履行职责,具有第二十七条所列情形的,责令检查。"},
		{"wrap then article split", "第十条 按照规定,\n按程序进行。第十一条 季度监测。", "第十条 按照规定,按程序进行。 | 第十一条 季度监测。"},
		{"latin wrap", "see the\nappendix.", "see the appendix."},
		{"no join into marker", "第六条 问责方式\n(一)约谈;", "第六条 问责方式 | (一)约谈;"},
		{"chapter not joined", "第二章 问责内容\n在决策中有下列情形的", "第二章 问责内容 | 在决策中有下列情形的"},
		{"group heading not joined", "一、总体要求\n坚持以人为本,服务为先", "一、总体要求 | 坚持以人为本,服务为先"},
		{"item heading not joined", "(一)组织领导责任\n党组应当履行政治责任。", "(一)组织领导责任 | 党组应当履行政治责任。"},
		{"long group line joined", "一、工作同向、考核同步,把社区党建工作融入社区建设之中,建立党员责任区和共建责任区\n等制度。", "一、工作同向、考核同步,把社区党建工作融入社区建设之中,建立党员责任区和共建责任区等制度。"},
		{"title not joined", "资源描述\n为贯彻落实全面从严治党要求,进一步强化落实党委抓基层党建工作主体责任,结合实际制定本方案。", "资源描述 | 为贯彻落实全面从严治党要求,进一步强化落实党委抓基层党建工作主体责任,结合实际制定本方案。"},
		{"sentence end after quote", "实行“一岗双责。”\n第二句。", "实行“一岗双责。” | 第二句。"},
		{"table kept", "| 条  | 内容 |\n| -- | -- |\n| 一 | 甲 |", "| 条  | 内容 | | | -- | -- | | | 一 | 甲 |"},
		{"atx kept", "## 第一章  总则\n第一条 甲。", "## 第一章  总则 | 第一条 甲。"},
		{"bullet kept", "- 文档编号:25189267\n- 页数:8", "- 文档编号:25189267 | - 页数:8"},
		{"bullet not joined", "党组织应当\n- 第一项", "党组织应当 | - 第一项"},
		{"indented table row", "  | 甲 | 乙 |", "| 甲 | 乙 |"},
		{"fence keeps indentation", "```\n  代码  行\n```", "``` |   代码  行 | ```"},
	}
	for _, tt := range tests {
		if got := texts(Normalize(tt.in)); got != tt.want {
			t.Errorf("%s: Normalize(%q)\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestNormalizeSourceLines(t *testing.T) {
	got := Normalize("\n\n第一条 甲,\n乙。第二条 丙。\n\n(一)丁\n")
	want := []Line{{"第一条 甲,乙。", 3}, {"第二条 丙。", 4}, {"(一)丁", 6}}
	if !slices.Equal(got, want) {
		t.Errorf("Normalize = %v, want %v", got, want)
	}
}
