// Package output writes a built site: every file goes into a fresh
// temporary folder beside the destination, which is then swapped in, so a
// failed build never leaves a half-written or emptied public/ behind.
package output

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// File is one file to write, its path slash-separated and relative to the
// destination.
type File struct {
	Path string
	Data []byte
}

// Hash is the SHA-256 of a set of files: their paths and contents in path
// order. Two builds with the same hash wrote the same bytes.
func Hash(files []File) string {
	sorted := append([]File(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	h := sha256.New()
	for _, f := range sorted {
		fmt.Fprintf(h, "%s\x00%d\x00", f.Path, len(f.Data))
		h.Write(f.Data)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Write writes files into a temporary folder beside dest and swaps it in
// for dest. On any error dest is left exactly as it was.
func Write(dest string, files []File) error {
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".new-")
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	if err := writeAll(tmp, files); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := swap(tmp, dest); err != nil {
		return err
	}
	ok = true
	return nil
}

// writeAll writes files under dir: the folders first, then the files on
// several goroutines, since on most file systems each create waits on a
// system call more than on the disk.
func writeAll(dir string, files []File) error {
	seen := map[string]bool{}
	dirs := map[string]bool{}
	for _, f := range files {
		p := filepath.FromSlash(f.Path)
		if !filepath.IsLocal(p) {
			return fmt.Errorf("output path %q leaves the destination", f.Path)
		}
		if seen[p] {
			return fmt.Errorf("two outputs have the same path %q; two documents claim the same URL", f.Path)
		}
		seen[p] = true
		dirs[filepath.Dir(p)] = true
	}
	for d := range dirs {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return err
		}
	}
	const workers = 8
	jobs := make(chan File)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var first error
			for f := range jobs {
				if first == nil {
					first = os.WriteFile(filepath.Join(dir, filepath.FromSlash(f.Path)), f.Data, 0o644)
				}
			}
			errs <- first
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// swap puts the folder new in place of dest. The old dest is moved aside
// first and removed only after new is in place.
func swap(newDir, dest string) error {
	if _, err := os.Lstat(dest); os.IsNotExist(err) {
		return os.Rename(newDir, dest)
	}
	if err := exchange(newDir, dest); err == nil {
		// newDir now holds the old site.
		return os.RemoveAll(newDir)
	}
	old := newDir + ".old"
	if err := os.Rename(dest, old); err != nil {
		return fmt.Errorf("cannot move the old %s aside: %w", dest, err)
	}
	if err := os.Rename(newDir, dest); err != nil {
		// Put the old site back before reporting.
		if rerr := os.Rename(old, dest); rerr != nil {
			return fmt.Errorf("cannot put the new site in place (%v) nor restore the old one from %s (%v)", err, old, rerr)
		}
		return err
	}
	return os.RemoveAll(old)
}

// CleanStale removes temporary folders an interrupted build left beside
// dest.
func CleanStale(dest string) {
	parent, base := filepath.Dir(dest), filepath.Base(dest)
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "."+base+".new-") {
			os.RemoveAll(filepath.Join(parent, e.Name()))
		}
	}
}
