package cite

import (
	"strings"
	"testing"
)

// titles is the title index of the tests: full titles, short titles and
// aliases of a few documents.
var titles = map[string]string{
	"中国共产党问责条例":         "wenze",
	"问责条例":              "wenze",
	"中国共产党纪律处分条例":       "chufen",
	"中国共产党党组工作条例（试行）":   "dangzu",
	"中华人民共和国公务员法":       "gongwuyuan",
	"刑法":                "xingfa",
	"广州市党政领导干部问责暂行办法":   "banfa",
	"中共中央关于加强党的政治建设的意见": "zhengzhi",
}

// Contexts of the tests: the body of regulation banfa at its article 10,
// 款 3; the same at article 27, 款 2, item 3; a prose document (a news
// report) that is not a regulation; a law that calls itself 本法.
var (
	inReg   = Context{Doc: "banfa", Titles: titles, SelfArticles: true, Path: Path{Article: 10, Para: 3}}
	inItem  = Context{Doc: "banfa", Titles: titles, SelfArticles: true, Path: Path{Article: 27, Para: 2, Item: 3}}
	inSub   = Context{Doc: "banfa", Titles: titles, SelfArticles: true, Path: Path{Article: 14, ArticleSub: 2}}
	inProse = Context{Doc: "news", Titles: titles}
	inNone  = Context{Doc: "banfa", SelfArticles: true}
)

// show writes citations as "text → doc#eid,eid", "?" for an unknown
// title, the first candidate eId of each path, "+rel" for relative ones.
func show(cs []Citation) string {
	var out []string
	for _, c := range cs {
		target := c.Doc
		if c.External {
			target = "?" + c.Title
		}
		var eids []string
		for _, p := range c.Paths {
			if ids := p.EIDs(); len(ids) > 0 {
				eids = append(eids, ids[0])
			} else {
				eids = append(eids, "!"+p.String())
			}
		}
		if len(eids) > 0 {
			target += "#" + strings.Join(eids, ",")
		}
		if c.Relative {
			target += " +rel"
		}
		out = append(out, c.Text+" → "+target)
	}
	return strings.Join(out, " | ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		ctx  Context
		want string
	}{
		// Titles, full and short, with clauses.
		{"根据《中国共产党问责条例》第七条的规定", inProse, "《中国共产党问责条例》第七条 → wenze#art_7"},
		{"依照《问责条例》第六条第一款第（一）项", inProse, "《问责条例》第六条第一款第（一）项 → wenze#art_6__para_1__item_1"},
		{"依照《问责条例》第六条第(一)项", inProse, "《问责条例》第六条第(一)项 → wenze#art_6__item_1"},
		{"依照《问责条例》第六条(一)项", inProse, "《问责条例》第六条(一)项 → wenze#art_6__item_1"},
		{"按《问责条例》第8条处理", inProse, "《问责条例》第8条 → wenze#art_8"},
		{"违反《中国共产党纪律处分条例》第七十条第二款", inProse, "《中国共产党纪律处分条例》第七十条第二款 → chufen#art_70__para_2"},
		{"《中国共产党纪律处分条例》第一百二十条之一", inProse, "《中国共产党纪律处分条例》第一百二十条之一 → chufen#art_120_1"},
		{"见《问责条例》第七条第二款第(二)项第1目", inProse, "《问责条例》第七条第二款第(二)项第1目 → wenze#art_7__para_2__item_2__point_1"},
		{"认真落实《中国共产党问责条例》及省委要求", inProse, "《中国共产党问责条例》 → wenze"},
		{"《问责条例》 第七条", inProse, "《问责条例》 第七条 → wenze#art_7"},
		// Bracket width and 中华人民共和国 do not matter.
		{"根据《中国共产党党组工作条例(试行)》等规定", inProse, "《中国共产党党组工作条例(试行)》 → dangzu"},
		{"根据《公务员法》第五十九条", inProse, "《公务员法》第五十九条 → gongwuyuan#art_59"},
		{"《中华人民共和国刑法》第二十条", inProse, "《中华人民共和国刑法》第二十条 → xingfa#art_20"},
		// Enumerations and ranges.
		{"依照《问责条例》第四条、第六条", inProse, "《问责条例》第四条、第六条 → wenze#art_4,art_6"},
		{"依照《问责条例》第四条和第六条", inProse, "《问责条例》第四条和第六条 → wenze#art_4,art_6"},
		{"《问责条例》第四条、第五条和第九条", inProse, "《问责条例》第四条、第五条和第九条 → wenze#art_4,art_5,art_9"},
		{"《问责条例》第四条至第六条", inProse, "《问责条例》第四条至第六条 → wenze#art_4,art_5,art_6"},
		{"《问责条例》第二十七条第（一）项至第（三）项", inProse, "《问责条例》第二十七条第（一）项至第（三）项 → wenze#art_27__item_1,art_27__item_2,art_27__item_3"},
		{"《问责条例》第六条第一款、第二款", inProse, "《问责条例》第六条第一款、第二款 → wenze#art_6__para_1,art_6__para_2"},
		{"《问责条例》第六条第（一）项、（三）项", inProse, "《问责条例》第六条第（一）项、（三）项 → wenze#art_6__item_1,art_6__item_3"},
		{"《问责条例》第六条第一款第（二）项、第二款", inProse, "《问责条例》第六条第一款第（二）项、第二款 → wenze#art_6__para_1__item_2,art_6__para_2"},
		{"《问责条例》第六条或者第七条", inProse, "《问责条例》第六条或者第七条 → wenze#art_6,art_7"},
		{"《问责条例》第七条至第六条", inProse, "《问责条例》第七条至第六条 → wenze#art_7,art_6"},
		{"《问责条例》第十四条至第十四条之二", inProse, "《问责条例》第十四条至第十四条之二 → wenze#art_14,art_14_2"},
		// Lists of titles: each gets its own clauses.
		{"根据《中国共产党问责条例》、《中国共产党纪律处分条例》第三条", inProse, "《中国共产党问责条例》 → wenze | 《中国共产党纪律处分条例》第三条 → chufen#art_3"},
		{"《问责条例》第三条、《中国共产党纪律处分条例》第五条", inProse, "《问责条例》第三条 → wenze#art_3 | 《中国共产党纪律处分条例》第五条 → chufen#art_5"},
		{"根据《党政领导干部考核工作条例》《某某市年度综合考核工作规定(试行)》等", inProse, "《党政领导干部考核工作条例》 → ?党政领导干部考核工作条例 | 《某某市年度综合考核工作规定(试行)》 → ?某某市年度综合考核工作规定(试行)"},
		{"《问责条例》的规定", inProse, "《问责条例》 → wenze"},
		// Titles with nested marks and 的; unknown titles; non-rules.
		{"贯彻《中共中央关于加强党的政治建设的意见》", inProse, "《中共中央关于加强党的政治建设的意见》 → zhengzhi"},
		{"根据《中共中央办公厅转发〈中共中央组织部关于进一步加强和改进街道社区党的建设工作的意见〉的通知》(中办发〔2004〕25号)", inProse, "《中共中央办公厅转发〈中共中央组织部关于进一步加强和改进街道社区党的建设工作的意见〉的通知》 → ?中共中央办公厅转发〈中共中央组织部关于进一步加强和改进街道社区党的建设工作的意见〉的通知"},
		{"《关于修改<中华人民共和国行政诉讼法>的决定》", inProse, "《关于修改<中华人民共和国行政诉讼法>的决定》 → ?关于修改<中华人民共和国行政诉讼法>的决定"},
		{"在《今日中州》开设专栏", inProse, "《今日中州》 → ?今日中州"},
		{"《中小学幼儿园安全管理办法》(教育部令第23号)第十条", inProse, "《中小学幼儿园安全管理办法》(教育部令第23号)第十条 → ?中小学幼儿园安全管理办法#art_10"},
		{"〈中国共产党问责条例〉第六条", inProse, "〈中国共产党问责条例〉第六条 → wenze#art_6"},
		{"<中国共产党问责条例>第六条", inProse, "<中国共产党问责条例>第六条 → wenze#art_6"},
		{"a <b>粗</b> 与 <!-- 注释 -->", inProse, ""},
		{"认真贯彻落实《党", inProse, ""},
		{"《》第三条", inProse, ""},
		{"《广州市党政领导干部问责暂行办法》第六条", inReg, "《广州市党政领导干部问责暂行办法》第六条 → banfa#art_6"},
		// Self-references.
		{"依照本办法第四条、第六条处理", inReg, "本办法第四条、第六条 → banfa#art_4,art_6"},
		{"违反本细则第二十七条第（一）项", inReg, "本细则第二十七条第（一）项 → banfa#art_27__item_1"},
		{"本条例第三条所列", inProse, "本条例第三条 → news#art_3"},
		{"依照本法第二十条至第二十三条", inReg, "本法第二十条至第二十三条 → banfa#art_20,art_21,art_22,art_23"},
		{"本规定第五条、本意见第六条和本准则第七条", inReg, "本规定第五条 → banfa#art_5 | 本意见第六条 → banfa#art_6 | 本准则第七条 → banfa#art_7"},
		{"按照本实施细则第九条", inReg, "本实施细则第九条 → banfa#art_9"},
		{"本制度第二条", inReg, "本制度第二条 → banfa#art_2"},
		{"对照本《办法》第三条", inReg, "本《办法》第三条 → banfa#art_3"},
		{"被考核单位应对照本《办法》及附件《临泽镇考核细则》", inProse, "《临泽镇考核细则》 → ?临泽镇考核细则"},
		{"本办法由市纪委负责解释。本办法自印发之日起施行", inReg, ""},
		{"本守则第三条", Context{Doc: "x", SelfArticles: true, SelfWords: []string{"本守则"}}, "本守则第三条 → x#art_3"},
		{"本公约第三条", Context{Doc: "x", SelfWords: []string{"本公约"}}, "本公约第三条 → x#art_3"},
		// Bare articles: the regulation itself, or nothing.
		{"具有第二十七条所列情形的", inReg, "第二十七条 → banfa#art_27"},
		{"有第六条规定情形的", inReg, "第六条 → banfa#art_6"},
		{"有第六条规定情形的", inProse, ""},
		{"依照第四条至第六条处理", inReg, "第四条至第六条 → banfa#art_4,art_5,art_6"},
		{"按季度监测等基本程序进行。第十一条季度监测。", inReg, ""},
		{"按程序进行。第十一条 季度监测", inReg, ""},
		{"第十条党建工作成效考核按照", inReg, ""},
		{"按程序进行。第二十七条规定的情形", inReg, "第二十七条 → banfa#art_27"},
		{"第二十七条所列情形", inReg, "第二十七条 → banfa#art_27"},
		{"第一届第二次会议第三章", inReg, ""},
		{"第6条", inNone, ""},
		// Names without 《》 before clauses.
		{"依照刑法第二十条的规定", inReg, "刑法第二十条 → xingfa#art_20"},
		{"党章第42条明确规定", inReg, "党章第42条 → ?党章#art_42"},
		{"依照中华人民共和国刑法第一百八十条", inReg, "中华人民共和国刑法第一百八十条 → xingfa#art_180"},
		{"依照物权法第二十八条至第三十条规定享有物权", inReg, "物权法第二十八条至第三十条 → ?物权法#art_28,art_29,art_30"},
		{"依照香港特别行政区基本法第十八条", inReg, "香港特别行政区基本法第十八条 → ?香港特别行政区基本法#art_18"},
		{"按照有关规定第三条", inReg, "第三条 → banfa#art_3"},
		{"依法第三条", inNone, "第三条 → banfa#art_3"},
		{"《中华人民共和国刑法》（以下简称刑法）和刑法第二十条", inProse, "《中华人民共和国刑法》 → xingfa | 刑法第二十条 → xingfa#art_20"},
		{"《中华人民共和国民法典》(以下简称民法典)，民法典第十条", inProse, "《中华人民共和国民法典》 → ?中华人民共和国民法典 | 民法典第十条 → ?中华人民共和国民法典#art_10"},
		{"《中华人民共和国刑法》第二十条、该法第二十一条", inProse, "《中华人民共和国刑法》第二十条 → xingfa#art_20 | 该法第二十一条 → xingfa#art_21"},
		{"该法第二十一条", inProse, ""},
		// Relative references.
		{"有前款规定情形的", inReg, "前款 → banfa#art_10__para_2 +rel"},
		{"违反前两款规定的", inReg, "前两款 → banfa#art_10__para_1,art_10__para_2 +rel"},
		{"实施前三款行为之一", Context{Doc: "d", Path: Path{Article: 5, Para: 4}}, "前三款 → d#art_5__para_1,art_5__para_2,art_5__para_3 +rel"},
		{"有前款第（一）项、第（二）项情形", inReg, "前款第（一）项、第（二）项 → banfa#art_10__para_2__item_1,art_10__para_2__item_2 +rel"},
		{"前款第三项、第五项规定的措施", inReg, "前款第三项、第五项 → banfa#art_10__para_2__item_3,art_10__para_2__item_5 +rel"},
		{"依照前条规定", inReg, "前条 → banfa#art_9 +rel"},
		{"不符合前条第二项至第四项规定", inReg, "前条第二项至第四项 → banfa#art_9__item_2,art_9__item_3,art_9__item_4 +rel"},
		{"本条规定了问责情形", inReg, "本条 → banfa#art_10 +rel"},
		{"违反本条第二款规定", inReg, "本条第二款 → banfa#art_10__para_2 +rel"},
		{"依照本条第一款、第二款的规定处罚", inReg, "本条第一款、第二款 → banfa#art_10__para_1,art_10__para_2 +rel"},
		{"有本条第一款第(四)项所列行为", inReg, "本条第一款第(四)项 → banfa#art_10__para_1__item_4 +rel"},
		{"本款所称", inReg, "本款 → banfa#art_10__para_3 +rel"},
		{"本款所称", Context{Doc: "d", Path: Path{Article: 4}}, "本款 → d#art_4__para_1 +rel"},
		{"不符合前项规定", inItem, "前项 → banfa#art_27__para_2__item_2 +rel"},
		{"本项所称", inItem, "本项 → banfa#art_27__para_2__item_3 +rel"},
		{"有第二款规定情形", inReg, "第二款 → banfa#art_10__para_2 +rel"},
		{"属于第（一）项情形的", inItem, "第（一）项 → banfa#art_27__para_2__item_1 +rel"},
		{"依照前条规定", inSub, "前条 → banfa#art_14_1 +rel"},
		{"有前款规定情形的", Context{Doc: "d", Path: Path{Article: 3}}, ""},
		{"有前款规定情形的", inProse, ""},
		{"本条例第三条和前款", inReg, "本条例第三条 → banfa#art_3 | 前款 → banfa#art_10__para_2 +rel"},
		// Words that only look like relative references or self-words.
		{"在目前条件下", inReg, ""},
		{"提前条件", inReg, ""},
		{"禁止从事前款规定的活动", inReg, "前款 → banfa#art_10__para_2 +rel"},
		{"他人使用以前项手段获取的", inItem, "前项 → banfa#art_27__para_2__item_2 +rel"},
		{"本项目所需", inItem, ""},
		{"基本法第十八条", inProse, "基本法第十八条 → ?基本法#art_18"},
		{"同时又构成本法第三条", inNone, "本法第三条 → banfa#art_3"},
		{"单位犯刑法第二百五十三条之一规定之罪", inProse, "刑法第二百五十三条之一 → xingfa#art_253_1"},
		{"是指专利法第二十八条", inProse, "专利法第二十八条 → ?专利法#art_28"},
		{"依照预防未成年人犯罪法第十条", inProse, "预防未成年人犯罪法第十条 → ?预防未成年人犯罪法#art_10"},
		{"依照对外贸易法第十条", inProse, "对外贸易法第十条 → ?对外贸易法#art_10"},
		{"违反本规定附录第一条、第二条规定", inReg, ""},
		{"依照该公约第五条", Context{Doc: "d", Titles: titles, SelfArticles: true}, ""},
		{"《承认及执行外国仲裁裁决公约》……依照该公约第五条第一款", inProse, "《承认及执行外国仲裁裁决公约》 → ?承认及执行外国仲裁裁决公约 | 该公约第五条第一款 → ?承认及执行外国仲裁裁决公约#art_5__para_1"},
		{"《中华人民共和国土地管理法》（以下简称《土地管理法》）和", inProse, "《中华人民共和国土地管理法》 → ?中华人民共和国土地管理法"},
		{"本节第二百一十三条至第二百一十九条之一", inReg, "本节第二百一十三条至第二百一十九条之一 → banfa#art_213,art_214,art_215,art_216,art_217,art_218,art_219,art_219_1"},
		{"犯第一款罪，有第三项规定情形的", Context{Doc: "d", Path: Path{Article: 383, Para: 4}}, "第一款 → d#art_383__para_1 +rel | 第三项 → d#art_383__para_1__item_3 +rel"},
		{"以本条第一款为准", inReg, "本条第一款 → banfa#art_10__para_1 +rel"},
	}
	for _, tt := range tests {
		if got := show(Find(tt.text, tt.ctx)); got != tt.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// TestFindFields checks the fields show leaves out.
func TestFindFields(t *testing.T) {
	text := "据《问责条例》第七条、本办法第三条和前款"
	got := Find(text, inReg)
	if len(got) != 3 {
		t.Fatalf("Find(%q) = %d citations, want 3: %s", text, len(got), show(got))
	}
	want := []Citation{
		{Text: "《问责条例》第七条", Title: "问责条例", Doc: "wenze"},
		{Text: "本办法第三条", Doc: "banfa", Self: true},
		{Text: "前款", Doc: "banfa", Self: true, Relative: true},
	}
	for i, c := range got {
		w := want[i]
		if c.Text != w.Text || c.Title != w.Title || c.Doc != w.Doc || c.Self != w.Self || c.Relative != w.Relative || c.External || text[c.Start:c.End] != c.Text {
			t.Errorf("citation %d = %+v, want %+v", i, c, w)
		}
	}
	ext := Find("《今日中州》", inProse)
	if len(ext) != 1 || !ext[0].External || ext[0].Doc != "" || ext[0].Title != "今日中州" || ext[0].Paths != nil {
		t.Errorf("unknown title: %+v", ext)
	}
}
