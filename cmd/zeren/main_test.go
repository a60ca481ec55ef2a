package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const goodDoc = "---\ntitle: 某某县测试规定\n---\n第一条 为规范工作,制定本规定。\n"

func TestCommands(t *testing.T) {
	for _, tc := range []struct {
		args        []string
		code        int
		out, errOut string
	}{
		{[]string{"version"}, 0, "zeren ", ""},
		{[]string{"--version"}, 0, "zeren ", ""},
		{[]string{"help"}, 0, "Commands:", ""},
		{[]string{"help", "build"}, 0, "--destination DIR", ""},
		{[]string{"help", "serve"}, 0, "--port N", ""},
		{[]string{"help", "import"}, 0, "--dry-run", ""},
		{[]string{"build", "-h"}, 0, "", "-s, --source DIR"},
		{[]string{}, 2, "", "Usage: zeren <command>"},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{[]string{"build", "--no-such-flag"}, 2, "", "flag provided but not defined"},
		{[]string{"import"}, 2, "", "name at least one FILE or DIR"},
		{[]string{"build", "--internal"}, 2, "", "name its own destination with -d DIR"},
	} {
		code, out, errOut := runCmd(tc.args...)
		if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(errOut, tc.errOut) {
			t.Errorf("zeren %v = %d\nstdout: %s\nstderr: %s\nwant %d, stdout with %q, stderr with %q", tc.args, code, out, errOut, tc.code, tc.out, tc.errOut)
		}
	}
}

func TestBuildCommand(t *testing.T) {
	root := writeSite(t, map[string]string{"content/regulations/good.md": goodDoc})
	code, out, errOut := runCmd("build", "-s", root)
	if code != 0 || !strings.Contains(out, "built 1 documents") {
		t.Fatalf("build = %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(root, "public", "regulations", "good", "index.html")); err != nil {
		t.Fatal(err)
	}
	// -d/--destination writes elsewhere.
	other := filepath.Join(t.TempDir(), "site")
	if code, _, errOut := runCmd("build", "--source", root, "-d", other); code != 0 {
		t.Fatalf("build -d = %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(other, "index.html")); err != nil {
		t.Fatal(err)
	}
}

func TestBuildCommandFailsWithFileAndLine(t *testing.T) {
	root := writeSite(t, map[string]string{
		"content/regulations/good.md": goodDoc,
		"content/regulations/bad.md":  "---\ntitle: 好\neffective: 2024-13-01\n---\n第一条 正文。\n",
	})
	code, _, errOut := runCmd("build", "-s", root)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	for _, want := range []string{"content/regulations/bad.md:3: effective:", "previous output folder was left untouched"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "public")); !os.IsNotExist(err) {
		t.Error("a failed first build created public/")
	}
}

func TestCheckCommand(t *testing.T) {
	good := writeSite(t, map[string]string{
		"content/regulations/good.md": goodDoc,
		"content/lists/qingdan.md":    "---\ntitle: 清单\n---\n一、组织\n1.定期听取汇报。〔依据:good#art_1〕\n",
	})
	code, out, _ := runCmd("check", "-s", good)
	if code != 0 || !strings.Contains(out, `content/lists/qingdan.md:5: warning: frequency "定期" names no period`) || !strings.Contains(out, "0 error(s), 1 warning(s)") {
		t.Errorf("check good site = %d\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(good, "public")); !os.IsNotExist(err) {
		t.Error("check wrote public/")
	}
	bad := writeSite(t, map[string]string{
		"content/regulations/good.md": goodDoc,
		"content/measures/m.md":       "---\ntitle: 措施\nimplements:\n  - good#art_7\n---\n正文。\n",
	})
	code, out, _ = runCmd("check", "-s", bad, "--format", "json")
	var rep struct {
		Errors   int
		Problems []struct {
			File, Severity, Message string
			Line                    int
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if code != 1 || rep.Errors != 1 || rep.Problems[0].File != "content/measures/m.md" || rep.Problems[0].Line != 4 ||
		!strings.Contains(rep.Problems[0].Message, `good has no clause "art_7"; nearest: art_1`) {
		t.Errorf("check bad site = %d %+v", code, rep)
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	fs := newFlagSet("x", "x", &bytes.Buffer{})
	var n int
	var b bool
	fs.intVar(&n, "", "limit", 10, "")
	fs.boolVar(&b, "", "json", "")
	for _, tc := range []struct {
		args []string
		rest string
		n    int
		b    bool
	}{
		{[]string{"问责", "--limit", "3"}, "问责", 3, false},
		{[]string{"--json", "问责", "责令辞职", "--limit=5"}, "问责 责令辞职", 5, true},
		{[]string{"问责", "--", "--limit", "3"}, "问责 --limit 3", 10, false},
		{[]string{"-"}, "-", 10, false},
	} {
		n, b = 10, false
		if code := fs.parse(tc.args); code != -1 || strings.Join(fs.Args(), " ") != tc.rest || n != tc.n || b != tc.b {
			t.Errorf("parse(%q) = %d, args %q, limit %d, json %v", tc.args, code, fs.Args(), n, b)
		}
	}
}
