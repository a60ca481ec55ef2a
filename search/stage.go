package search

import (
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"path"
	"path/filepath"
	"time"

	"zeren/generator/render"
	"zeren/generator/site"
)

// Options configure the index stage of a build.
type Options struct {
	// Cache is the folder the Bleve index is kept in (a build's --cache,
	// <source>/.zeren by default); the index of an edition is
	// IndexDir(Cache, Internal).
	Cache    string
	Internal bool
}

// IndexDir is where a build keeps the Bleve index of an edition: the
// public one, or the staff edition's with its internal records.
func IndexDir(cache string, internal bool) string {
	edition := "public"
	if internal {
		edition = "internal"
	}
	return filepath.Join(cache, "search", edition)
}

// Stats describe the index stage of a build, for the benchmark.
type Stats struct {
	Units  int
	Index  time.Duration // building the Bleve index
	Export time.Duration // writing the static index
	ExportStats
}

// Files is the index stage of a build: it indexes the site's units with
// Bleve into the cache folder, exports the index as static files under
// search/, and renders the search page, search/index.html.
func Files(s *site.Site, r *render.Renderer, opts Options) ([]render.File, *Stats, error) {
	st := &Stats{}
	units := Units(s, r.Rel)
	st.Units = len(units)
	start := time.Now()
	dir := IndexDir(opts.Cache, opts.Internal)
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return nil, nil, fmt.Errorf("the search index cache: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), filepath.Base(dir)+".new-")
	if err != nil {
		return nil, nil, fmt.Errorf("the search index cache: %w", err)
	}
	defer os.RemoveAll(tmp)
	ix, err := Build(tmp, units, BuildOptions{})
	if err != nil {
		return nil, nil, fmt.Errorf("building the search index: %w", err)
	}
	st.Index = time.Since(start)
	start = time.Now()
	shards, es, err := Export(ix, units, ExportOptions{Base: r.Rel("/")})
	ix.Close()
	if err != nil {
		return nil, nil, fmt.Errorf("exporting the search index: %w", err)
	}
	st.Export, st.ExportStats = time.Since(start), es
	if err := replaceDir(tmp, dir); err != nil {
		return nil, nil, fmt.Errorf("the search index cache: %w", err)
	}
	out := make([]render.File, 0, len(shards)+1)
	for _, f := range shards {
		out = append(out, render.File{Path: path.Join("search", f.Path), Data: f.Data})
	}
	page, err := Page(r, manifestOf(shards))
	if err != nil {
		return nil, nil, err
	}
	return append(out, render.File{Path: "search/index.html", Data: page}), st, nil
}

// PageKind is the search page's kind: its layout is search/search.html
// or _default/search.html.
const PageKind render.PageKind = "search"

// PageView is what the search page's layout receives as .Data.
type PageView struct {
	Base   string // URL of the static index folder
	Client string // URL of zeren-search.js
	Script string // URL of page.js, the page's script
	// Labels names kinds, facet fields and measure states in Chinese,
	// as JSON for the page's script.
	Labels template.JS
	// Manifest is manifest.json of the static index, for the page to
	// carry, so that a search needs one round trip fewer.
	Manifest template.JS
	// Prefetch is the inline script that starts the query's first
	// fetches before the page's script loads (client/prefetch.js).
	Prefetch template.JS
}

// manifestOf finds manifest.json among the files of an export.
func manifestOf(files []File) []byte {
	for _, f := range files {
		if f.Path == "manifest.json" {
			return f.Data
		}
	}
	return nil
}

// Page renders the search page, carrying the index's manifest. The query
// is in its URL (?q=), so the page is the same file for every query.
func Page(r *render.Renderer, manifest []byte) ([]byte, error) {
	labels := map[string]map[string]string{
		"fields": {
			FieldKind: "类别", FieldIssuer: "发文机关", FieldStatus: "状态", FieldYear: "年份",
			FieldRegion: "地区", FieldSubject: "问责对象", FieldForms: "问责方式",
		},
		"kind": {},
		"status": {
			"planned": "计划中", "in progress": "推进中", "done": "已完成", "overdue": "已逾期",
		},
	}
	for _, k := range site.Kinds {
		labels["kind"][string(k)] = k.Label()
	}
	lj, err := json.Marshal(labels)
	if err != nil {
		return nil, err
	}
	prefetch, err := prefetchPage()
	if err != nil {
		return nil, err
	}
	v := &PageView{Base: r.Rel("/search/"), Client: r.Rel("/search/zeren-search.js"), Script: r.Rel("/search/page.js"), Labels: template.JS(lj), Manifest: template.JS(manifest),
		Prefetch: template.JS(prefetch)}
	return r.Page(PageKind, "search", &render.Page{Kind: PageKind, Title: "搜索", URL: r.Rel("/search/"),
		Crumbs: []render.Link{{Title: "首页", URL: r.Rel("/")}}, Data: v})
}
