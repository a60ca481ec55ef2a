package generator_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"zeren/generator"
)

// outcomeSite holds a regulation with two revisions, three public
// records and two that must never be published. The withheld ones carry
// sentinels in every field, and values no public record shares (a region,
// a form, a decision year, a clause), so that a leak through a facet count,
// a chart, a backlink or a feed shows up in the sweep.
const outcomeSite = `
-- content/regulations/wenze/2020-01-01.md --
---
title: 某某县问责测试办法
short_title: 测试办法
doc_number: 某办发〔2019〕1号
issuer: 中共某某县委
effective: 2020-01-01
status: 已修订
sample: true
---
第一条 旧版第一条。
第二条 对领导干部的问责方式包括:
(一)通报;
(二)诫勉。
-- content/regulations/wenze/2023-01-01.md --
---
title: 某某县问责测试办法
short_title: 测试办法
doc_number: 某办发〔2022〕9号
issuer: 中共某某县委
issued: 2022-12-20
effective: 2023-01-01
status: 现行有效
sample: true
---
第一条 新版第一条。
第二条 对领导干部的问责方式包括:
(一)通报;
(二)诫勉;
(三)免职。
第三条 对党组织的问责方式包括检查、通报和改组。
-- content/outcomes/old-rule.md --
---
title: 某县某局局长履责不力被诫勉
decided: 2022-06-01
published: 2022-06-20
region: 某某县
subject: 领导干部
role: 某县某局局长
forms: [诫勉]
basis:
  - wenze#art_1
  - wenze#art_2__item_2
decided_by: 某县纪委监委
sample: true
---
经查,某县某局局长落实主体责任不力。
-- content/outcomes/new-rule.md --
---
title: 某区某局副局长失职被免职并通报
decided: 2024-03-01
published: 2024-03-15
region: 某某区
subject: 领导干部
role: 某区某局副局长
forms: [通报, 免职]
basis:
  - wenze#art_1
  - wenze#art_2__item_3
decided_by: 中共某某区委
sample: true
---
经查,某区某局副局长对风险隐患整治不力。
-- content/outcomes/org-record.md --
---
title: 某镇某村党支部整改不力被责令检查
decided: 2023-09-01
published: 2023-09-12
region: 某某县
subject: 党组织
role: 某镇某村党支部
forms: [检查, 通报]
basis: [wenze#第三条]
decided_by: 中共某某镇委员会
sample: true
---
某村党支部整改工作流于形式。
-- content/outcomes/secret.md --
---
title: SENTINEL-TITLE-INTERNAL
decided: 2016-05-01
published: 2016-05-02
region: 哨兵甲区
subject: 领导干部
role: SENTINEL-ROLE-INTERNAL
forms: [留党察看]
basis: [wenze#art_2__item_1]
decided_by: SENTINEL-BODY-INTERNAL-DECIDER
disclosure: internal
---
SENTINEL-FACTS-INTERNAL 不得公开。
-- content/outcomes/embargoed.md --
---
title: SENTINEL-TITLE-EMBARGO
decided: 2015-05-01
published: 2015-05-02
region: 哨兵乙区
subject: 领导干部
role: SENTINEL-ROLE-EMBARGO
forms: [开除党籍]
basis: [wenze#art_2__item_1]
decided_by: SENTINEL-EMBARGO-DECIDER
embargo_until: 2099-12-31
---
SENTINEL-FACTS-EMBARGO 暂缓公开。
`

// withheldMarks are what the two withheld records alone would put into
// an output: their words, their ids, and the values only they have.
var withheldMarks = []string{
	"SENTINEL", "secret", "embargoed", "哨兵", "留党察看", "开除党籍", "2016年", "2015年", `"2016"`, `"2015"`,
	"2016-05", "2015-05",
}

// sweep reads every file under dir and reports those that contain any
// of marks; it also checks the sweep saw the kinds of output it must.
func sweep(t *testing.T, dir string, marks []string) {
	t.Helper()
	seen := map[string]bool{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		seen[filepath.Ext(p)] = true
		for _, m := range marks {
			if bytes.Contains(data, []byte(m)) {
				t.Errorf("%s contains %q", rel, m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{".html", ".json", ".xml", ".csv", ".txt", ".js"} {
		if !seen[ext] {
			t.Errorf("the sweep found no %s file: the outputs it must search are missing", ext)
		}
	}
}

// Nothing of an internal or embargoed record reaches any file of the
// public build: page, twin, list, facet data, chart, feed, CSV, JSON,
// sitemap, search shard — nor any count.
func TestOutcomePrivacySweep(t *testing.T) {
	s := newTestSite(t, outcomeSite)
	s.build()
	sweep(t, filepath.Join(s.root, "public"), withheldMarks)

	// The counts are those of the three public records.
	s.assertContains("outcomes/index.html", "共 <strong data-count>3</strong> 件")
	s.assertContains("outcomes/stats/index.html", "共 3 条问责结果")
	var data struct {
		Count    int
		Outcomes []struct{ ID string }
	}
	if err := json.Unmarshal([]byte(s.file("outcomes.json")), &data); err != nil || data.Count != 3 || len(data.Outcomes) != 3 {
		t.Errorf("outcomes.json: count %d, %d records (%v); want 3", data.Count, len(data.Outcomes), err)
	}
	if rows := csvRows(t, s.file("outcomes.csv")); len(rows) != 3 {
		t.Errorf("outcomes.csv has %d records, want 3", len(rows))
	}
	var facets struct{ Records []struct{ ID string } }
	if err := json.Unmarshal([]byte(s.file("outcomes/facets.json")), &facets); err != nil || len(facets.Records) != 3 {
		t.Errorf("facets.json: %d records (%v), want 3", len(facets.Records), err)
	}
}

// The staff edition holds the withheld records and says so on every page.
func TestOutcomeInternalEdition(t *testing.T) {
	s := newTestSite(t, outcomeSite)
	opts := s.options()
	opts.Internal = true
	opts.Destination = filepath.Join(s.root, "staff")
	if _, err := buildWith(opts); err != nil {
		t.Fatal(err)
	}
	staff := func(name string) string {
		b, err := os.ReadFile(filepath.Join(opts.Destination, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, p := range []string{"outcomes/secret/index.html", "outcomes/embargoed/index.html"} {
		page := staff(p)
		for _, w := range []string{"SENTINEL-FACTS", `class="internal-banner"`, "内部版", "tag-withheld"} {
			if !strings.Contains(page, w) {
				t.Errorf("staff %s does not contain %q", p, w)
			}
		}
	}
	if page := staff("outcomes/embargoed/index.html"); !strings.Contains(page, "暂缓公开至 2099-12-31") {
		t.Error("the staff edition does not say until when a record is under embargo")
	}
	err := filepath.WalkDir(opts.Destination, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			b, _ := os.ReadFile(p)
			if !bytes.Contains(b, []byte("<strong>内部版</strong>")) || !bytes.Contains(b, []byte(`<meta name="robots" content="noindex, nofollow">`)) {
				t.Errorf("%s is not marked as the staff edition", p)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(staff("robots.txt"), "Disallow: /") {
		t.Error("the staff edition's robots.txt lets search engines in")
	}
	if !strings.Contains(staff("outcomes.json"), `"edition": "internal"`) || len(csvRows(t, staff("outcomes.csv"))) != 5 {
		t.Error("the staff edition's data does not hold all five records")
	}
	if s.exists("index.html") {
		t.Error("the staff edition was written into public/")
	}
}

func csvRows(t *testing.T, data string) [][]string {
	t.Helper()
	if !strings.HasPrefix(data, "\ufeff") {
		t.Error("outcomes.csv does not start with a UTF-8 byte order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(data, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || rows[0][0] != "id" {
		t.Fatalf("outcomes.csv has no header row: %q", rows)
	}
	return rows[1:]
}

// A record's page links each clause it applied in the revision in force on
// the decision date, and lists the records related by clause and region.
func TestOutcomePage(t *testing.T) {
	s := newTestSite(t, outcomeSite)
	s.build()
	s.assertContains("outcomes/old-rule/index.html",
		`href="/regulations/wenze/2020-01-01/#art_1"`, "《某某县问责测试办法》第一条", "旧版第一条", "2020-01-01 施行版本", "已修订",
		`href="/regulations/wenze/2020-01-01/#art_2__item_2"`, "第二条第（二）项",
		"<li><strong>诫勉</strong></li>", "示例数据",
		// same region: org-record; same clause (wenze#art_1) is another revision for new-rule
		"某某县的其他记录", `href="/outcomes/org-record/"`,
	)
	s.assertNotContains("outcomes/old-rule/index.html", "适用相同条款的记录")
	// A clause written in Chinese links as the link stage resolved it.
	s.assertContains("outcomes/org-record/index.html", `href="/regulations/wenze/#art_3"`, "《某某县问责测试办法》第三条")
	s.assertContains("outcomes/new-rule/index.html",
		`href="/regulations/wenze/#art_1"`, "新版第一条", `href="/regulations/wenze/#art_2__item_3"`, "第二条第（三）项",
		"组织调整或者组织处理</span> <strong>免职</strong>",
	)
	// The list is newest first and offers the filters with their counts.
	list := s.file("outcomes/index.html")
	if a, b := strings.Index(list, "/outcomes/new-rule/"), strings.Index(list, "/outcomes/org-record/"); a < 0 || b < 0 || a > b {
		t.Error("the list is not newest first")
	}
	for _, w := range []string{`name="form" value="免职"> 免职 <span class="n">1</span>`, `name="category" value="通报"> 通报 <span class="n">2</span>`,
		`name="year" value="2024"> 2024年 <span class="n">1</span>`, `name="basis" value="wenze"> 测试办法 <span class="n">3</span>`,
		`name="subject" value="党组织"> 党组织 <span class="n">1</span>`, `src="/js/outcomes.js"`} {
		if !strings.Contains(list, w) {
			t.Errorf("outcomes/index.html does not contain %q", w)
		}
	}
	s.assertContains("outcomes/stats/index.html", `<svg class="chart" id="chart-years"`, `<svg class="chart" id="chart-regions"`,
		`<svg class="chart" id="chart-clauses"`, `<caption>各年度问责结果(按问责方式类别):数据表</caption>`,
		`<th scope="row">2024</th><td>0</td><td>0</td><td>1</td><td>1</td>`)
}

func TestOutcomeFeedsAndData(t *testing.T) {
	s := newTestSite(t, outcomeSite)
	s.build()
	var feed struct {
		Updated string `xml:"updated"`
		Entries []struct {
			ID      string `xml:"id"`
			Updated string `xml:"updated"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(s.file("outcomes/atom.xml")), &feed); err != nil {
		t.Fatal(err)
	}
	if feed.Updated != "2024-03-15T00:00:00+08:00" || len(feed.Entries) != 3 || feed.Entries[0].ID != "urn:zeren:outcome:new-rule" {
		t.Errorf("outcome feed: updated %q, %d entries %+v", feed.Updated, len(feed.Entries), feed.Entries)
	}
	feed.Entries = nil // Unmarshal appends
	if err := xml.Unmarshal([]byte(s.file("regulations/atom.xml")), &feed); err != nil {
		t.Fatal(err)
	}
	if feed.Updated != "2023-01-01T00:00:00+08:00" || len(feed.Entries) != 2 {
		t.Errorf("regulation feed: updated %q, %d entries", feed.Updated, len(feed.Entries))
	}
	s.assertContains("index.html", `<link rel="alternate" type="application/atom+xml" title="问责结果" href="/outcomes/atom.xml">`)

	rows := csvRows(t, s.file("outcomes.csv"))
	if !strings.Contains(s.file("outcomes.csv"), "\r\n") || rows[0][0] != "new-rule" || rows[0][7] != "通报;免职" || rows[0][8] != "通报;组织调整或者组织处理" {
		t.Errorf("outcomes.csv first row = %q", rows[0])
	}
	s.assertContains("outcomes.json", `"ref": "wenze#art_1"`, `"version": "2020-01-01"`, `"citation": "《某某县问责测试办法》第一条"`,
		`"url": "/regulations/wenze/2020-01-01/#art_1"`, `"name": "免职",
          "category": "组织调整或者组织处理"`)

	sm := s.file("sitemap.xml")
	for _, w := range []string{"<loc>/outcomes/stats/</loc>", "<loc>/outcomes/new-rule/</loc>", "<lastmod>2024-03-15</lastmod>", "<loc>/regulations/wenze/2020-01-01/</loc>"} {
		if !strings.Contains(sm, w) {
			t.Errorf("sitemap.xml does not contain %q", w)
		}
	}
	if strings.Contains(sm, "404") || !strings.Contains(s.file("robots.txt"), "User-agent: *") {
		t.Error("sitemap.xml lists the 404 page, or robots.txt is wrong")
	}
}

// With a base URL the feeds, sitemap and JSON-LD carry absolute URLs.
func TestOutcomeBaseURL(t *testing.T) {
	s := newTestSite(t, outcomeSite)
	opts := s.options()
	opts.BaseURL, opts.BasePath = "https://example.org/zeren/", "/zeren/"
	if _, err := buildWith(opts); err != nil {
		t.Fatal(err)
	}
	s.assertContains("sitemap.xml", "<loc>https://example.org/zeren/outcomes/</loc>")
	s.assertContains("robots.txt", "Sitemap: https://example.org/zeren/sitemap.xml")
	s.assertContains("outcomes/atom.xml", `<link rel="self" type="application/atom+xml" href="https://example.org/zeren/outcomes/atom.xml">`)
	s.assertContains("regulations/wenze/index.html", `"url":"https://example.org/zeren/regulations/wenze/"`)
	s.assertContains("outcomes/new-rule/index.html", `href="/zeren/regulations/wenze/#art_1"`)
}

var ldRE = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// Every page describes itself in schema.org JSON-LD; a regulation is a
// Legislation with its identifier, date and legal force.
func TestJSONLD(t *testing.T) {
	s := newTestSite(t, outcomeSite)
	s.build()
	for p, data := range s.snapshot() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		m := ldRE.FindSubmatch(data)
		var v map[string]any
		if m == nil {
			t.Errorf("%s has no JSON-LD", p)
		} else if err := json.Unmarshal(m[1], &v); err != nil || v["@context"] != "https://schema.org" {
			t.Errorf("%s: JSON-LD %s does not parse (%v)", p, m[1], err)
		}
	}
	ld := func(p string) map[string]any {
		var v map[string]any
		json.Unmarshal([]byte(ldRE.FindStringSubmatch(s.file(p))[1]), &v)
		return v
	}
	cur := ld("regulations/wenze/index.html")
	if cur["@type"] != "Legislation" || cur["legislationIdentifier"] != "某办发〔2022〕9号" || cur["legislationDate"] != "2022-12-20" ||
		cur["legislationLegalForce"] != "https://schema.org/InForce" || cur["alternateName"] != "测试办法" {
		t.Errorf("current regulation JSON-LD = %v", cur)
	}
	if old := ld("regulations/wenze/2020-01-01/index.html"); old["legislationLegalForce"] != "https://schema.org/NotInForce" || old["legislationIdentifier"] != "某办发〔2019〕1号" {
		t.Errorf("old revision JSON-LD = %v", old)
	}
	if o := ld("outcomes/new-rule/index.html"); o["@type"] != "Article" || o["datePublished"] != "2024-03-15" {
		t.Errorf("outcome JSON-LD = %v", o)
	}
	if h := ld("index.html"); h["@type"] != "WebSite" {
		t.Errorf("home JSON-LD = %v", h)
	}
}

// Two builds at different times write the same bytes, apart from
// version.json: the feeds' dates come from the content, not the clock.
func TestOutcomeBuildIsDeterministic(t *testing.T) {
	s := newTestSite(t, outcomeSite)
	s.build()
	first := s.snapshot()
	opts := s.options()
	later := time.Date(2027, 6, 7, 8, 9, 10, 0, time.UTC)
	opts.Now = func() time.Time { return later }
	if _, err := buildWith(opts); err != nil {
		t.Fatal(err)
	}
	sameFiles(t, first, s.snapshot(), "version.json")
}

// Each problem in a record is an error naming file:line, with the exact
// words below, and the previous public/ stays as it was.
func TestOutcomeSchemaErrors(t *testing.T) {
	record := func(front, body string) string {
		return "---\ntitle: 某县某局局长被问责\ndecided: 2024-05-01\n" + front + "---\n" + body + "\n"
	}
	const leader = "subject: 领导干部\n"
	for _, tc := range []struct{ name, content, want string }{
		{"ambiguous 警告", record(leader+"forms:\n  - 通报\n  - 警告\n", "正文。"),
			`content/outcomes/bad.md:7: forms: "警告" is not in the vocabulary; write 党内警告 (党纪处分) or 政务警告 (政务处分)`},
		{"unknown form", record(leader+"forms: [记大功]\n", "正文。"),
			`content/outcomes/bad.md:5: forms: "记大功" is not a form of accountability; use one of for 党组织 检查, 通报, 改组; for 领导干部 通报, 诫勉, 停职检查, 调整职务, 责令辞职, 降职, 免职, 政务警告, 记过, 记大过, 降级, 撤职, 开除, 党内警告, 严重警告, 撤销党内职务, 留党察看, 开除党籍`},
		{"form for the other subject", record("subject: 党组织\nforms:\n  - 诫勉\n", "正文。"),
			`content/outcomes/bad.md:6: forms: "诫勉" (诫勉) is not a form for a 党组织; for a 党组织 use one of 检查, 通报, 改组`},
		{"form twice", record(leader+"forms: [诫勉, 诫勉]\n", "正文。"),
			`content/outcomes/bad.md:5: forms: "诫勉" is listed twice; keep one`},
		{"no forms", record(leader, "正文。"),
			`content/outcomes/bad.md:1: forms is missing; list the forms of accountability, e.g. forms: [诫勉]`},
		{"no subject", record("forms: [诫勉]\n", "正文。"),
			`content/outcomes/bad.md:1: subject is missing; add subject: 党组织 or subject: 领导干部`},
		{"bad subject", record("subject: 个人\nforms: [诫勉]\n", "正文。"),
			`content/outcomes/bad.md:4: subject: "个人" is not allowed here; use one of 党组织, 领导干部`},
		{"no decision date", "---\ntitle: 某县某局局长被问责\nsubject: 领导干部\nforms: [诫勉]\n---\n正文。\n",
			`content/outcomes/bad.md:1: decided is missing; an outcome needs the date of its decision: add decided: YYYY-MM-DD`},
		{"published before decided", record(leader+"forms: [诫勉]\npublished: 2024-04-01\n", "正文。"),
			`content/outcomes/bad.md:6: published: 2024-04-01 is before the decision (2024-05-01); a record is disclosed after it is decided`},
		{"e-mail in the body", record(leader+"forms: [诫勉]\n", "第一段。\n举报人邮箱 whistle@example.com。"),
			`content/outcomes/bad.md:8: body: an e-mail address (w***@example.com) in a public record; remove it, or if it must be published add pii_allowed: [body:email] to the front matter`},
		{"mobile in a field", record(leader+"forms: [诫勉]\nrole: 某局局长(13800138000)\n", "正文。"),
			`content/outcomes/bad.md:6: role: a mobile number (手机号码) (138****8000) in a public record; remove it, or if it must be published add pii_allowed: [role:mobile] to the front matter`},
		{"ID number", record(leader+"forms: [诫勉]\n", "当事人身份证号11010519491231002X。"),
			`content/outcomes/bad.md:7: body: a resident ID number (居民身份证号码) (1101**********002X) in a public record`},
		{"bank card", record(leader+"forms: [诫勉]\n", "退缴至6222 0212 3456 7890 128。"),
			`content/outcomes/bad.md:7: body: a bank card number (银行卡号) (6222***********0128) in a public record`},
		{"allowance for another field", record(leader+"forms: [诫勉]\npii_allowed: [role:email]\n", "邮箱 a@example.com"),
			`content/outcomes/bad.md:8: body: an e-mail address (a***@example.com) in a public record`},
		{"unknown allowance", record(leader+"forms: [诫勉]\npii_allowed:\n  - phone\n", "正文。"),
			`content/outcomes/bad.md:7: pii_allowed: "phone" is not a kind of personal data; use one of id_number, mobile, email, bank_card`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestSite(t, outcomeSite)
			s.build()
			before := s.snapshot()
			s.write("content/outcomes/bad.md", tc.content)
			err := s.buildErr()
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, tc.want)
			}
			if !generator.IsBuildError(err) {
				t.Errorf("%v is not reported as a problem in the source", err)
			}
			sameFiles(t, before, s.snapshot(), "")
		})
	}
}

// Personal data stands in a record that allows it, for the whole record
// (email) or for one field (body:email); an allowance that allows nothing
// is a warning. Internal records are not linted: they are never published.
func TestPIIAllowed(t *testing.T) {
	for _, tc := range []struct{ name, front, body, warning string }{
		{"whole record", "pii_allowed: [email]\n", "举报邮箱 jubao@example.org。", ""},
		{"one field", "pii_allowed: [body:email, body:mobile]\n", "举报邮箱 jubao@example.org,电话 13800138000。", ""},
		{"unused", "pii_allowed: [email, bank_card]\n", "举报邮箱 jubao@example.org。",
			`content/outcomes/open.md:6: warning: pii_allowed: "bank_card" allows nothing this record contains; remove it`},
		{"internal record", "disclosure: internal\n", "当事人手机13800138000。", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestSite(t, outcomeSite)
			s.write("content/outcomes/open.md", "---\ntitle: 某县某局局长被问责\ndecided: 2024-05-01\nsubject: 领导干部\nforms: [诫勉]\n"+tc.front+"---\n"+tc.body+"\n")
			res := s.build()
			var warnings []string
			for _, w := range res.Warnings {
				if strings.Contains(w.String(), "pii_allowed") {
					warnings = append(warnings, w.String())
				}
			}
			if got := strings.Join(warnings, "\n"); got != tc.warning {
				t.Errorf("warnings = %q, want %q", got, tc.warning)
			}
		})
	}
}
