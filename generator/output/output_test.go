package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteSwapsAndLeavesNoTemporaryFolders(t *testing.T) {
	root := t.TempDir()
	dest := filepath.Join(root, "public")
	if err := Write(dest, []File{{"index.html", []byte("one")}, {"a/b/c.json", []byte("{}")}}); err != nil {
		t.Fatal(err)
	}
	if err := Write(dest, []File{{"index.html", []byte("two")}}); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dest, "index.html")); got != "two" {
		t.Errorf("index.html = %q", got)
	}
	if _, err := os.Stat(filepath.Join(dest, "a")); !os.IsNotExist(err) {
		t.Error("a file of the old site survived the swap")
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		t.Errorf("left beside public/: %v", entries)
	}
}

func TestWriteErrorsKeepTheOldSite(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []File
		want  string
	}{
		{"escape", []File{{"../x.html", nil}}, "leaves the destination"},
		{"absolute", []File{{"/etc/x", nil}}, "leaves the destination"},
		{"duplicate", []File{{"a.html", nil}, {"a.html", nil}}, "same path"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			dest := filepath.Join(root, "public")
			if err := Write(dest, []File{{"index.html", []byte("old")}}); err != nil {
				t.Fatal(err)
			}
			err := Write(dest, tc.files)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want %q", err, tc.want)
			}
			if got := read(t, filepath.Join(dest, "index.html")); got != "old" {
				t.Errorf("index.html = %q after a failed write", got)
			}
			if entries, _ := os.ReadDir(root); len(entries) != 1 {
				t.Errorf("left beside public/: %v", entries)
			}
		})
	}
}

func TestHashDependsOnPathsAndBytesNotOrder(t *testing.T) {
	a := Hash([]File{{"a", []byte("1")}, {"b", []byte("2")}})
	if b := Hash([]File{{"b", []byte("2")}, {"a", []byte("1")}}); a != b {
		t.Error("hash depends on order")
	}
	if c := Hash([]File{{"a", []byte("1")}, {"b", []byte("3")}}); a == c {
		t.Error("hash ignores bytes")
	}
	if d := Hash([]File{{"a", []byte("12")}, {"b", nil}}); a == d {
		t.Error("hash ignores boundaries")
	}
}
