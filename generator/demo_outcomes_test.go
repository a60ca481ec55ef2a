package generator_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The demo corpus: at least 40 public records over at least three years,
// every category of forms, sample data said so, pages of 20, and the CSV
// holding exactly the public records.
func TestDemoOutcomes(t *testing.T) {
	opts := newTestSite(t, "").options()
	dest := filepath.Join(t.TempDir(), "public")
	opts.Source, opts.Destination = "..", dest
	res, err := buildWith(opts)
	if err != nil {
		t.Fatal(err)
	}
	public := 0
	years := map[string]bool{}
	for _, d := range res.Site.Docs {
		if d.Kind == "outcome" {
			public++
			years[d.Meta.Decided[:4]] = true
			if !d.Meta.Sample {
				t.Errorf("%s is not marked as sample data", d.File)
			}
		}
	}
	if public < 40 || len(years) < 3 {
		t.Errorf("demo corpus: %d public records over %d years; want at least 40 over 3", public, len(years))
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dest, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if rows := csvRows(t, read("outcomes.csv")); len(rows) != public {
		t.Errorf("outcomes.csv has %d records, the site %d public ones", len(rows), public)
	}
	var facets struct {
		Facets []struct {
			Key    string
			Values []struct{ Value string }
		}
	}
	if err := json.Unmarshal([]byte(read("outcomes/facets.json")), &facets); err != nil {
		t.Fatal(err)
	}
	for _, f := range facets.Facets {
		if f.Key == "category" && len(f.Values) != 7 {
			t.Errorf("the demo records use %d of the 7 categories: %v", len(f.Values), f.Values)
		}
	}
	pages := (public + 19) / 20
	for n := 2; n <= pages; n++ {
		if _, err := os.Stat(filepath.Join(dest, "outcomes", "page", strconv.Itoa(n), "index.html")); err != nil {
			t.Errorf("list page %d is missing", n)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "outcomes", "page", strconv.Itoa(pages+1))); err == nil {
		t.Errorf("list page %d exists; %d records fill %d pages", pages+1, public, pages)
	}
	if !strings.Contains(read("outcomes/wenze-2023-007/index.html"), "示例数据") {
		t.Error("a demo record's page does not say it is sample data")
	}
	sweep(t, dest, []string{"SENTINEL-INTERNAL-7f3a", "SENTINEL-EMBARGO-91c2", "wenze-2024-internal", "wenze-2025-embargo"})
}
