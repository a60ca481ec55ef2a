package cite

import "testing"

func FuzzFind(f *testing.F) {
	for _, text := range []string{
		"根据《中国共产党问责条例》第七条、《问责条例》第四条至第六条的规定",
		"依照本办法第二十七条第（一）项至第（三）项，前款第(一)项、本条第二款",
		"按程序进行。第十一条季度监测。第二十七条所列情形",
		"《中共中央办公厅转发〈中共中央组织部关于…的意见〉的通知》《党",
		"依照刑法第二十条、该法第二十一条；《中华人民共和国民法典》（以下简称民法典）",
		"<中华人民共和国行政诉讼法>第 6 条之一第二款第（三）项第1目 <!-- -->",
		"前两款 前条 本项 第（一）项 第二款 目前条件 基本法第十八条",
	} {
		f.Add(text, 10, 2, 1)
	}
	f.Fuzz(func(t *testing.T, text string, art, para, item int) {
		if _, n, _ := ParsePath(text); n < 0 || n > len(text) {
			t.Fatalf("ParsePath(%q) read %d bytes", text, n)
		}
		for _, ctx := range []Context{
			{Doc: "self", Titles: titles, SelfArticles: true, Path: Path{Article: art % 300, Para: para % 10, Item: item % 30}},
			{Doc: "self"},
		} {
			last := 0
			for _, c := range Find(text, ctx) {
				if c.Start < last || c.End <= c.Start || c.End > len(text) || text[c.Start:c.End] != c.Text {
					t.Fatalf("Find(%q): citation %+v out of order or bounds after %d", text, c, last)
				}
				if c.Self && c.Doc != ctx.Doc || c.External && (c.Doc != "" || c.Self) {
					t.Fatalf("Find(%q): inconsistent citation %+v", text, c)
				}
				for _, p := range c.Paths {
					if len(p.EIDs()) == 0 && !c.External && c.Doc != "" {
						t.Fatalf("Find(%q): path %+v of %+v has no eIds", text, p, c)
					}
				}
				last = c.End
			}
		}
	})
}
