package generator_test

import (
	"path/filepath"
	"testing"

	"zeren/generator"
)

// BenchmarkBuildDemo builds the repository's demo corpus, all stages
// including the write and swap.
func BenchmarkBuildDemo(b *testing.B) {
	dest := filepath.Join(b.TempDir(), "public")
	opts := generator.Options{Source: "..", Destination: dest, Today: "2026-01-01"}
	for b.Loop() {
		if _, err := generator.Build(opts); err != nil {
			b.Fatal(err)
		}
	}
}
