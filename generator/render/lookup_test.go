package render

import (
	"slices"
	"testing"
	"testing/fstest"
)

func TestLookupChain(t *testing.T) {
	for _, tc := range []struct {
		kind    PageKind
		section string
		want    []string
	}{
		{KindHome, "", []string{"index.html", "home.html", "_default/home.html", "_default/list.html"}},
		{KindSection, "regulations", []string{"regulations/list.html", "_default/list.html"}},
		{KindSection, "", []string{"_default/list.html"}},
		{KindSingle, "regulations", []string{"regulations/single.html", "_default/single.html"}},
		{KindSingle, "outcomes", []string{"outcomes/single.html", "_default/single.html"}},
		{KindNotFound, "", []string{"404.html", "_default/404.html"}},
		{PageKind("stats"), "outcomes", []string{"outcomes/stats.html", "_default/stats.html"}},
		{PageKind("coverage"), "", []string{"_default/coverage.html"}},
	} {
		if got := Lookup(tc.kind, tc.section); !slices.Equal(got, tc.want) {
			t.Errorf("Lookup(%s, %q) = %v, want %v", tc.kind, tc.section, got, tc.want)
		}
	}
	for _, tc := range []struct {
		section string
		want    []string
	}{
		{"", []string{"_default/baseof.html"}},
		{"lists", []string{"lists/baseof.html", "_default/baseof.html"}},
	} {
		if got := BaseLookup(tc.section); !slices.Equal(got, tc.want) {
			t.Errorf("BaseLookup(%q) = %v, want %v", tc.section, got, tc.want)
		}
	}
}

// The first existing candidate wins, and the site's file replaces the
// built-in one of the same path.
func TestLookupResolvesThroughOverlay(t *testing.T) {
	builtin := fstest.MapFS{
		"_default/single.html": {Data: []byte("builtin single")},
		"_default/list.html":   {Data: []byte("builtin list")},
		"index.html":           {Data: []byte("builtin home")},
	}
	own := fstest.MapFS{
		"lists/single.html": {Data: []byte("own list single")},
		"index.html":        {Data: []byte("own home")},
	}
	fsys := Overlay{Upper: own, Lower: builtin}
	for _, tc := range []struct {
		kind          PageKind
		section, want string
	}{
		{KindSingle, "lists", "lists/single.html"},
		{KindSingle, "regulations", "_default/single.html"},
		{KindSection, "lists", "_default/list.html"},
		{KindHome, "", "index.html"},
	} {
		got, ok := first(fsys, Lookup(tc.kind, tc.section))
		if !ok || got != tc.want {
			t.Errorf("%s %q resolves to %q, want %q", tc.kind, tc.section, got, tc.want)
		}
	}
	b, _ := fsys.Open("index.html")
	buf := make([]byte, 64)
	n, _ := b.Read(buf)
	if string(buf[:n]) != "own home" {
		t.Errorf("overlay read %q, want the site's own file", buf[:n])
	}
}
