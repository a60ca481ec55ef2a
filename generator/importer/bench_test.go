package importer

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the large corpus (3,475 files of ../shared/corpus/laws),
// read where it lies.
const corpusDir = "../../../shared/corpus/laws"

// BenchmarkImportCorpus imports the whole large corpus as a dry run:
// reading, decoding, clean-up, metadata, parsing and rendering, without
// the writes. scripts/bench-import.sh times the whole command, writes
// included.
func BenchmarkImportCorpus(b *testing.B) {
	if _, err := os.Stat(corpusDir); err != nil {
		b.Skipf("no corpus at %s", corpusDir)
	}
	var size int64
	filepath.WalkDir(corpusDir, func(_ string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			if fi, err := e.Info(); err == nil {
				size += fi.Size()
			}
		}
		return nil
	})
	b.SetBytes(size)
	site := b.TempDir()
	for b.Loop() {
		if _, err := Import(Options{Site: site, DryRun: true, KeepGoing: true}, corpusDir); err != nil && len(err.Error()) == 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportSeeds imports the five seeds as a dry run.
func BenchmarkImportSeeds(b *testing.B) {
	if _, err := os.Stat(seedDir); err != nil {
		b.Skipf("no seeds at %s", seedDir)
	}
	site := b.TempDir()
	for b.Loop() {
		if _, err := Import(Options{Site: site, DryRun: true}, seedDir); err != nil {
			b.Fatal(err)
		}
	}
}
