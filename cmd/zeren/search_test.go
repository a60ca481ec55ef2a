package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSearchCommand(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/regulations/good.md": "---\ntitle: 某某县测试规定\n---\n第一条 为规范问责工作,制定本规定。\n第二条 责令辞职的,依照本规定办理。\n",
	})
	if code, _, errOut := runCmd("search", "-s", root, "问责"); code != 1 || !strings.Contains(errOut, "zeren build") {
		t.Errorf("before a build: status %d, stderr %s", code, errOut)
	}
	if code, _, errOut := runCmd("build", "-q", "-s", root); code != 0 {
		t.Fatalf("build: %s", errOut)
	}
	code, out, errOut := runCmd("search", "-s", root, "--json", "--kind", "regulation", "--limit", "1", "责令辞职")
	if code != 0 {
		t.Fatalf("search --json = %d: %s", code, errOut)
	}
	var res map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res) != 2 || res["total"] == nil || res["hits"] == nil {
		t.Fatalf("--json printed %s (%v); want exactly total and hits", out, err)
	}
	var hits []map[string]any
	json.Unmarshal(res["hits"], &hits)
	if len(hits) != 1 || hits[0]["eid"] != "art_2" || hits[0]["doc"] != "good" || len(hits[0]) != 6 {
		t.Errorf("hits = %v", hits)
	}
	code, out, _ = runCmd("search", "-s", root, "第一条")
	if code != 0 || !strings.Contains(out, "good#art_1") || !strings.Contains(out, "/regulations/good/#art_1") || !strings.Contains(out, "「第一条」") {
		t.Errorf("search 第一条 = %d:\n%s", code, out)
	}
	for _, tc := range []struct {
		args []string
		err  string
	}{
		{[]string{"search", "-s", root}, "give the words to search for"},
		{[]string{"search", "-s", root, "--kind", "law", "问责"}, "not a kind"},
	} {
		if code, _, errOut := runCmd(tc.args...); code != 2 || !strings.Contains(errOut, tc.err) {
			t.Errorf("zeren %v = %d: %s", tc.args, code, errOut)
		}
	}
}
