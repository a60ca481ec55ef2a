package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"zeren/generator/testenv"
)

// The bench's pages must hold JavaScript Node can parse: a page whose
// script fails never marks its results, and the bench waits for nothing.
func TestPagesParse(t *testing.T) {
	node := testenv.Node(t)
	for name, page := range map[string]string{"pagefind": pagefindPage, "zeren": zerenPage, "floor": floorPage} {
		_, rest, ok := strings.Cut(page, `<script type="module">`)
		script, _, ok2 := strings.Cut(rest, "</script>")
		if !ok || !ok2 {
			t.Fatalf("%s: no module script", name)
		}
		p := filepath.Join(t.TempDir(), name+".mjs")
		if err := os.WriteFile(p, []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(node, "--check", p).CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", name, err, out)
		}
	}
}
