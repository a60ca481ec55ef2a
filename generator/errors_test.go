package generator_test

import (
	"strings"
	"testing"

	"zeren/generator"
)

func buildWith(o generator.Options) (*generator.Result, error) { return generator.Build(o) }

// Each bad input gives an error naming file:line, and leaves the previous
// public/ byte-identical.
func TestBadInputKeepsPublic(t *testing.T) {
	for _, tc := range []struct {
		name, file, content, want string
	}{
		{"bad yaml", "content/regulations/bad.md", "---\ntitle: 好\nstatus: [现行有效\n---\n第一条 正文。\n", "content/regulations/bad.md:"},
		{"wrong type", "content/regulations/bad.md", "---\ntitle:\n  - 一\n  - 二\n---\n第一条 正文。\n", "content/regulations/bad.md:3: title: must be a string, not a list"},
		{"invalid date", "content/regulations/bad.md", "---\ntitle: 好\neffective: 2024-02-30\n---\n第一条 正文。\n", `content/regulations/bad.md:3: effective: "2024-02-30" is not a valid date`},
		{"date shape", "content/regulations/bad.md", "---\ntitle: 好\nissued: 2024年3月1日\n---\n第一条 正文。\n", `content/regulations/bad.md:3: issued: "2024年3月1日" is not a date; write it as YYYY-MM-DD`},
		{"unknown kind", "content/regulations/bad.md", "---\ntitle: 好\nkind: statute\n---\n第一条 正文。\n", `content/regulations/bad.md:3: unknown kind "statute"`},
		{"kind folder", "content/statutes/bad.md", "---\ntitle: 好\n---\n正文。\n", `content/statutes: unknown kind folder "statutes"`},
		{"invalid utf-8", "content/regulations/bad.md", "---\ntitle: 好\n---\n第一条 正\xff文。\n", "content/regulations/bad.md:4: invalid UTF-8"},
		{"duplicate id", "content/lists/ceshi-guiding.md", "---\ntitle: 重复\n---\n1.一项。\n", `duplicate id "ceshi-guiding"`},
		{"no front matter", "content/regulations/bad.md", "第一条 正文。\n", "content/regulations/bad.md:1: no front matter"},
		{"bad status", "content/regulations/bad.md", "---\ntitle: 好\nstatus: 有效\n---\n第一条 正文。\n", `content/regulations/bad.md:3: status: "有效" is not allowed here; use one of 现行有效`},
		{"bad id", "content/regulations/坏.md", "---\ntitle: 好\n---\n第一条 正文。\n", "is not an ASCII slug"},
		{"missing title", "content/regulations/bad.md", "---\nissuer: 某局\n---\n第一条 正文。\n", "content/regulations/bad.md:1: title is missing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestSite(t, baseSite)
			s.build()
			before := s.snapshot()
			s.write(tc.file, tc.content)
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

func TestUnknownFieldIsAWarning(t *testing.T) {
	s := newTestSite(t, baseSite+`
-- content/documents/extra.md --
---
title: 多余字段
colour: red
---
正文。
`)
	res := s.build()
	found := false
	for _, w := range res.Warnings {
		if strings.Contains(w.String(), `content/documents/extra.md:3: warning: unknown field "colour"`) {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning for the unknown field; warnings: %v", res.Warnings)
	}
}
