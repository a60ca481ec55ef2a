package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// traceScript lists what the page fetched and when, from navigation
// start: resource timing entries and the marks.
const traceScript = `(async () => {
  const out = [];
  const long = await new Promise((resolve) => {
    const obs = new PerformanceObserver((l) => { obs.disconnect(); resolve(l.getEntries()); });
    obs.observe({ type: "longtask", buffered: true });
    setTimeout(() => resolve([]), 200);
  });
  for (const t of long) out.push({name: "longtask " + t.name + " " + (t.attribution[0] && t.attribution[0].containerType), start: t.startTime, end: t.startTime + t.duration});
  const nav = performance.getEntriesByType("navigation")[0];
  out.push({name: "document " + nav.nextHopProtocol, start: 0, fetchStart: nav.fetchStart, end: nav.responseEnd, size: nav.encodedBodySize});
  out.push({name: "domInteractive", start: nav.domInteractive, end: nav.domInteractive});
  for (const r of performance.getEntriesByType("resource")) {
    out.push({name: r.name.replace(location.origin, ""), start: r.startTime, fetchStart: r.requestStart, end: r.responseEnd, size: r.encodedBodySize});
  }
  for (const m of performance.getEntriesByType("mark")) out.push({name: "mark " + m.name, start: m.startTime, end: m.startTime});
  return out;
})()`

type traceEntry struct {
	Name       string  `json:"name"`
	Start      float64 `json:"start"`
	FetchStart float64 `json:"fetchStart"`
	End        float64 `json:"end"`
	Size       int     `json:"size"`
}

// trace loads a page for each query once, cold, and prints its
// waterfall: every request with its start and end in ms from navigation
// start, and the marks.
func trace(w io.Writer, site, page string, qs []string) error {
	return browseSite(site, func(srv *httptest.Server, br *browser) error {
		return traceAll(w, srv, br, page, qs)
	})
}

// browseSite serves a site's public/ folder and starts a browser.
func browseSite(site string, f func(*httptest.Server, *browser) error) error {
	return browseHandler(http.FileServer(http.Dir(filepath.Join(site, "public"))), f)
}

// browseHandler serves h and starts a browser.
func browseHandler(h http.Handler, f func(*httptest.Server, *browser) error) error {
	srv := newServer(h)
	defer srv.Close()
	br, err := newBrowser()
	if err != nil {
		return err
	}
	defer br.close()
	return f(srv, br)
}

func traceAll(w io.Writer, srv *httptest.Server, br *browser, page string, qs []string) error {
	for _, q := range qs {
		err := func() error {
			ctx, stop, err := br.tab()
			if err != nil {
				return err
			}
			defer stop()
			if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+page+"?q="+urlQuery(q))); err != nil {
				return err
			}
			if _, err := resultsShown(ctx); err != nil {
				return err
			}
			raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](traceScript, chromedp.EvalAwaitPromise))
			if err != nil {
				return err
			}
			var es []traceEntry
			if err := json.Unmarshal(raw, &es); err != nil {
				return err
			}
			fmt.Fprintf(w, "\n== %s\n", q)
			for _, e := range es {
				fmt.Fprintf(w, "%7.1f %7.1f %7.1f %7d  %s\n", e.Start, e.FetchStart, e.End, e.Size, strings.TrimPrefix(e.Name, "/search/"))
			}
			return nil
		}()
		if err != nil {
			return err
		}
	}
	return nil
}

// compare loads every query on each page n times, interleaved (each
// round starts at the next page, so that no page always comes first),
// cold, and prints the median and quartiles of the time to the first
// ten, and last, each page's sum of medians over the queries: for trying
// a change to the page against the page before it.
func compare(w io.Writer, site string, pages, qs []string, n int) error {
	return browseSite(site, func(srv *httptest.Server, br *browser) error {
		return compareAll(w, srv, br, pages, qs, n)
	})
}

func compareAll(w io.Writer, srv *httptest.Server, br *browser, pages, qs []string, n int) error {
	sums := make([]float64, len(pages))
	for _, q := range qs {
		times := make([][]float64, len(pages))
		for i := 0; i < n; i++ {
			for k := range pages {
				j := (i + k) % len(pages)
				ms, err := br.time(srv.URL + pages[j] + "?q=" + urlQuery(q))
				if err != nil {
					return err
				}
				times[j] = append(times[j], ms)
			}
		}
		fmt.Fprintf(w, "%-16s", q)
		for j, p := range pages {
			t := times[j]
			sort.Float64s(t)
			sums[j] += t[len(t)/2]
			fmt.Fprintf(w, "  %s %4.0f [%4.0f %4.0f]", p, t[len(t)/2], t[len(t)/4], t[len(t)*3/4])
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%-16s", "sum of medians")
	for j, p := range pages {
		fmt.Fprintf(w, "  %s %5.0f", p, sums[j])
	}
	fmt.Fprintln(w)
	return nil
}

// resultsShown waits for the page's mark "search:results" and returns its
// time, in ms from navigation start.
func resultsShown(ctx context.Context) (float64, error) {
	for {
		ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(performance.getEntriesByName("search:results")[0] || {startTime: -1}).startTime`))
		if err != nil || ms >= 0 {
			return ms, err
		}
		time.Sleep(10 * time.Millisecond)
	}
}
