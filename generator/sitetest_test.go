package generator_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"zeren/generator"
)

// testSite is a whole site written from a txtar archive, in the style of
// Hugo's integration tests: build it, then assert on files under public/.
type testSite struct {
	t    *testing.T
	root string
}

func newTestSite(t *testing.T, archive string) *testSite {
	t.Helper()
	root := t.TempDir()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		p := filepath.Join(root, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return &testSite{t: t, root: root}
}

func (s *testSite) options() generator.Options {
	fixed := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	return generator.Options{Source: s.root, Today: "2026-01-02", Now: func() time.Time { return fixed }}
}

// build builds the site and fails the test on error.
func (s *testSite) build() *generator.Result {
	s.t.Helper()
	res, err := generator.Build(s.options())
	if err != nil {
		s.t.Fatalf("build failed: %v", err)
	}
	return res
}

// buildErr builds the site and returns the error, which must not be nil.
func (s *testSite) buildErr() error {
	s.t.Helper()
	_, err := generator.Build(s.options())
	if err == nil {
		s.t.Fatal("build succeeded; want an error")
	}
	return err
}

func (s *testSite) write(name, content string) {
	s.t.Helper()
	p := filepath.Join(s.root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		s.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

func (s *testSite) file(name string) string {
	s.t.Helper()
	b, err := os.ReadFile(filepath.Join(s.root, "public", filepath.FromSlash(name)))
	if err != nil {
		s.t.Fatalf("public/%s: %v", name, err)
	}
	return string(b)
}

func (s *testSite) exists(name string) bool {
	_, err := os.Stat(filepath.Join(s.root, "public", filepath.FromSlash(name)))
	return err == nil
}

// assertContains checks that public/name holds every want.
func (s *testSite) assertContains(name string, wants ...string) {
	s.t.Helper()
	got := s.file(name)
	for _, w := range wants {
		if !strings.Contains(got, w) {
			s.t.Errorf("public/%s does not contain %q", name, w)
		}
	}
}

func (s *testSite) assertNotContains(name string, wants ...string) {
	s.t.Helper()
	got := s.file(name)
	for _, w := range wants {
		if strings.Contains(got, w) {
			s.t.Errorf("public/%s contains %q", name, w)
		}
	}
}

// snapshot reads every file under public/.
func (s *testSite) snapshot() map[string][]byte {
	s.t.Helper()
	out := map[string][]byte{}
	pub := filepath.Join(s.root, "public")
	err := filepath.WalkDir(pub, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(pub, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		s.t.Fatal(err)
	}
	return out
}

func sameFiles(t *testing.T, a, b map[string][]byte, skip string) {
	t.Helper()
	for p, data := range a {
		if p == skip {
			continue
		}
		if other, ok := b[p]; !ok {
			t.Errorf("%s: missing from the second build", p)
		} else if !bytes.Equal(data, other) {
			t.Errorf("%s: differs between builds", p)
		}
	}
	for p := range b {
		if _, ok := a[p]; !ok && p != skip {
			t.Errorf("%s: only in the second build", p)
		}
	}
}
