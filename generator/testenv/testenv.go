// Package testenv finds what zeren's tests read from outside the
// repository: the shared inputs beside it (../shared: the seeds, the
// large corpus) and the programs `make test` installs (Node). A test that
// lacks one is skipped on a developer's machine and fails under CI (CI
// set), so that a green CI run has run it. It also reads the JSON twins
// of built documents (Twin) for the tests that check them.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Shared is the folder name under the shared inputs, $ZEREN_SHARED or the
// folder shared/ beside the repository, e.g. Shared(t, "seeds").
func Shared(t testing.TB, name string) string {
	t.Helper()
	root := os.Getenv("ZEREN_SHARED")
	if root == "" {
		root = filepath.Join(moduleRoot(t), "..", "shared")
	}
	dir, err := filepath.Abs(filepath.Join(root, name))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		missing(t, "the shared inputs are missing at "+dir+"; set ZEREN_SHARED to the shared folder")
	}
	return dir
}

// Node is the path of node, which make test installs (Debian's nodejs).
func Node(t testing.TB) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		missing(t, "node is not installed; `make test` installs Debian's nodejs (scripts/test-deps.sh)")
	}
	return node
}

func missing(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// moduleRoot is the folder of go.mod above the test's working directory.
func moduleRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = up
	}
}
