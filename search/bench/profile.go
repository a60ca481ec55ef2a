package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"

	"zeren/search"
)

// profile loads a page for each query n times, cold, with V8's sampling
// profiler on from navigation to the first ten results, and prints the
// functions of most self time (ms per load): where a cold page spends
// its main thread. The search scripts are served unminified, so that
// the profile names the functions the minified export renames.
func profile(w io.Writer, site, page string, qs []string, n int) error {
	h, err := sourceScripts(site)
	if err != nil {
		return err
	}
	return browseHandler(h, func(srv *httptest.Server, br *browser) error {
		for _, q := range qs {
			self := map[string]float64{}
			var took []float64
			for range n {
				ms, err := profileOnce(br, srv.URL+page+"?q="+urlQuery(q), self)
				if err != nil {
					return err
				}
				took = append(took, ms)
			}
			sort.Float64s(took)
			fmt.Fprintf(w, "\n== %s: median %.0f ms to the first ten; self time per load, ms\n", q, took[len(took)/2])
			type fn struct {
				name string
				ms   float64
			}
			var fns []fn
			for k, v := range self {
				fns = append(fns, fn{k, v / float64(n)})
			}
			sort.Slice(fns, func(i, j int) bool {
				return fns[i].ms > fns[j].ms || fns[i].ms == fns[j].ms && fns[i].name < fns[j].name
			})
			for _, f := range fns[:min(25, len(fns))] {
				fmt.Fprintf(w, "%7.1f  %s\n", f.ms, f.name)
			}
		}
		return nil
	})
}

// profileOnce loads url in a fresh browser context with the profiler on
// and adds each function's self time (ms) to self, by name and place.
func profileOnce(br *browser, url string, self map[string]float64) (float64, error) {
	ctx, stop, err := br.tab()
	if err != nil {
		return 0, err
	}
	defer stop()
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return 0, err
	}
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 100}); err != nil {
		return 0, err
	}
	if _, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{}); err != nil {
		return 0, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return 0, err
	}
	ms, err := resultsShown(ctx)
	if err != nil {
		return 0, err
	}
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return 0, err
	}
	nodes := map[int64]*profiler.ProfileNode{}
	for _, nd := range res.Profile.Nodes {
		nodes[nd.ID] = nd
	}
	for i, id := range res.Profile.Samples {
		nd := nodes[id]
		if nd == nil || i >= len(res.Profile.TimeDeltas) {
			continue
		}
		f := nd.CallFrame
		name := f.FunctionName
		if name == "" {
			name = "(anonymous)"
		}
		if f.URL != "" {
			name += fmt.Sprintf("  %s:%d", path.Base(f.URL), f.LineNumber+1)
		}
		self[name] += float64(res.Profile.TimeDeltas[i]) / 1000
	}
	return ms, nil
}

// sourceScripts serves a site's public/ folder with the search scripts
// as the export writes them before minifying (search.Scripts, for the
// site's manifest) in place of the minified ones.
func sourceScripts(site string) (http.Handler, error) {
	pub := filepath.Join(site, "public")
	raw, err := os.ReadFile(filepath.Join(pub, "search", "manifest.json"))
	if err != nil {
		return nil, err
	}
	var m search.Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(pub, "search", "manifest.json"), err)
	}
	files, err := search.Scripts(m)
	if err != nil {
		return nil, err
	}
	scripts := map[string][]byte{}
	for _, f := range files {
		scripts["/search/"+f.Path] = f.Data
	}
	static := http.FileServer(http.Dir(pub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if src, ok := scripts[r.URL.Path]; ok {
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
			w.Write(src)
			return
		}
		static.ServeHTTP(w, r)
	}), nil
}
