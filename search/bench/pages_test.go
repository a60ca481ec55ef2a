package main

import (
	"fmt"
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
	scripts := map[string]string{"rounds.js": roundsModule, "site-rounds.js": siteRoundsModule}
	for name, page := range map[string]string{"pagefind": pagefindPage, "zeren": zerenPage, "floor": floorPage, "rounds": roundsPage} {
		_, rest, ok := strings.Cut(page, `<script type="module">`)
		script, _, ok2 := strings.Cut(rest, "</script>")
		if !ok || !ok2 {
			t.Fatalf("%s: no module script", name)
		}
		scripts[name] = script
	}
	for name, script := range scripts {
		p := filepath.Join(t.TempDir(), name+".mjs")
		if err := os.WriteFile(p, []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(node, "--check", p).CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", name, err, out)
		}
	}
}

// A request that reached the server after a response of the round in
// flight had ended starts a round; one sent before joins it.
func TestRounds(t *testing.T) {
	log := []fetchTime{
		{Path: "t/1", Start: 60, End: 80},
		{Path: "d/1", Start: 0, End: 20},
		{Path: "d/2", Start: 1, End: 30},
		{Path: "d/3", Start: 19, End: 40}, // started before d/1 ended
		{Path: "p/1", Start: 21, End: 50},
		{Path: "t/2", Start: 62, End: 70},
	}
	got := fmt.Sprint(rounds(log))
	if want := "[[d/1 d/2 d/3] [p/1] [t/1 t/2]]"; got != want {
		t.Errorf("rounds = %s, want %s", got, want)
	}
	if got := rounds(nil); len(got) != 0 {
		t.Errorf("rounds of nothing = %v", got)
	}
}
