package main

import (
	"fmt"
	"io"
	"net/http/httptest"
	"path"
	"sort"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// profile loads a page for each query n times, cold, with V8's sampling
// profiler on from navigation to the first ten results, and prints the
// functions of most self time (ms per load): where a cold page spends
// its main thread.
func profile(w io.Writer, site, page string, qs []string, n int) error {
	return browseSite(site, func(srv *httptest.Server, br *browser) error {
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
	ctx, cancel := chromedp.NewContext(br.ctx, chromedp.WithNewBrowserContext())
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		return 0, err
	}
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
	var ms float64
	for {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(performance.getEntriesByName("search:results")[0] || {startTime: -1}).startTime`))
		if err != nil {
			return 0, err
		}
		if v >= 0 {
			ms = v
			break
		}
		time.Sleep(10 * time.Millisecond)
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
