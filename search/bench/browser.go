package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/chromedp"

	"zeren/generator/chrome"
)

// browser is one headless Chromium; every page load gets a browser
// context of its own, so it starts with an empty cache.
type browser struct {
	ctx   context.Context
	close func()
}

// browserRun is what one cold page load measured.
type browserRun struct {
	ms       float64 // from navigation start to the first ten results shown
	setup    int     // bytes of the engine's code and metadata
	query    int     // bytes of index and text fetched for the first ten
	after    int     // bytes fetched in all, once the page settled (facets)
	files    int
	total    int      // results the page reports
	urls     []string // the first ten results
	contents []string // their text (Pagefind only)
	literal  int
	rounds   [][]string // the query's files (not setup) in the rounds they were fetched in
}

func newBrowser() (*browser, error) {
	dir, err := os.MkdirTemp("", "zeren-bench-chromium-")
	if err != nil {
		return nil, err
	}
	// The bench server has a certificate of its own.
	ctx, stop, err := chrome.Start(dir, chromedp.Flag("ignore-certificate-errors", true))
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &browser{ctx: ctx, close: func() { stop(); os.RemoveAll(dir) }}, nil
}

// pageResult is what the measuring script reads from a results page.
type pageResult struct {
	Mark     float64  `json:"mark"` // ms from navigation start
	Total    int      `json:"total"`
	URLs     []string `json:"urls"`
	Contents []string `json:"contents"`
}

// measure runs in the page once its results are shown. Both pages set
// the performance mark "search:results" when the first ten are drawn.
const measure = `(() => {
  const m = performance.getEntriesByName("search:results")[0];
  const b = window.__pagefindBench;
  if (b) return { mark: m.startTime, total: b.total, urls: b.hits.map(h => h.url), contents: b.hits.map(h => h.content) };
  const status = document.querySelector(".search-status").textContent;
  const total = parseInt((status.match(/共 (\d+) 条/) || [0, 0])[1], 10);
  const urls = [...document.querySelectorAll("a.search-hit")].slice(0, 10).map(a => a.getAttribute("href"));
  return { mark: m.startTime, total, urls, contents: [] };
})()`

// tab opens a tab in a browser context of its own (an empty cache),
// which gives up after a minute; stop closes it.
func (b *browser) tab() (ctx context.Context, stop func(), err error) {
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	ctx, cancelTime := context.WithTimeout(ctx, 60*time.Second)
	stop = func() { cancelTime(); cancel() }
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}

// time opens a page in a fresh browser context and returns when its
// first ten results were shown, in ms from navigation start; unlike
// load, it counts no bytes and does not wait for the page to settle.
func (b *browser) time(page string) (float64, error) {
	ctx, stop, err := b.tab()
	if err != nil {
		return 0, err
	}
	defer stop()
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		return 0, err
	}
	return resultsShown(ctx)
}

// load opens a page in a fresh browser context and waits for its first
// ten results. Bytes are counted by the server (log), since Pagefind
// fetches its index from a Web Worker, whose requests the page's
// resource timing does not list.
func (b *browser) load(page string, log *requestLog, setup func(string) bool, prefixes []string) (browserRun, error) {
	var run browserRun
	ctx, stop, err := b.tab()
	if err != nil {
		return run, err
	}
	defer stop()
	log.reset()
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		return run, err
	}
	if _, err := resultsShown(ctx); err != nil {
		return run, err
	}
	var got pageResult
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](measure))
	if err != nil {
		return run, err
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		return run, err
	}
	origin, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`performance.timeOrigin`))
	if err != nil {
		return run, err
	}
	// Let the page settle (the zeren page counts facets next), then
	// count what it fetched in all.
	time.Sleep(1500 * time.Millisecond)
	shown := time.UnixMicro(int64((origin + got.Mark) * 1000))
	for _, r := range log.requests() {
		if !under(r.path, prefixes) {
			continue
		}
		run.after += r.size
		if r.end.After(shown.Add(time.Millisecond)) {
			continue
		}
		run.files++
		if setup(r.path) {
			run.setup += r.size
		} else {
			run.query += r.size
		}
	}
	// The page's own fetches, as the browser timed them (a worker's,
	// such as Pagefind's, are not listed): the query's files, in rounds.
	raw, err = chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](fetchTimes))
	if err != nil {
		return run, err
	}
	var times, query []fetchTime
	if err := json.Unmarshal(raw, &times); err != nil {
		return run, err
	}
	for _, f := range times {
		if under(f.Path, prefixes) && !setup(f.Path) && f.End <= got.Mark {
			query = append(query, f)
		}
	}
	run.rounds = rounds(query)
	run.ms, run.total, run.urls, run.contents = got.Mark, got.Total, got.URLs, got.Contents
	if len(run.urls) == 0 && run.total > 0 {
		return run, fmt.Errorf("%s: %d results but none shown", page, run.total)
	}
	for i, u := range run.urls {
		if p, err := url.Parse(u); err == nil && p.Host != "" {
			run.urls[i] = p.Path
			if p.Fragment != "" {
				run.urls[i] += "#" + p.Fragment
			}
		}
	}
	return run, nil
}

// http1 serves the pages over plain HTTP/1.1 (the -http1 flag).
var http1 bool

// newServer serves h as static hosts do, over HTTP/2 with TLS (Chromium
// is told to accept the test certificate), or with -http1 over plain
// HTTP/1.1, where a browser opens at most 6 connections to a host.
func newServer(h http.Handler) *httptest.Server {
	if http1 {
		return httptest.NewServer(h)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.EnableHTTP2 = true
	srv.StartTLS()
	return srv
}

// requestLog is what the bench server sent: path, bytes, when done.
type requestLog struct {
	mu  sync.Mutex
	log []served
}

type served struct {
	path string
	size int
	end  time.Time
}

func (l *requestLog) reset() {
	l.mu.Lock()
	l.log = nil
	l.mu.Unlock()
}

func (l *requestLog) requests() []served {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]served(nil), l.log...)
}

// handler serves h and logs every response's body size.
func (l *requestLog) handler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &countingWriter{ResponseWriter: w}
		h.ServeHTTP(cw, r)
		l.mu.Lock()
		l.log = append(l.log, served{r.URL.Path, cw.n, time.Now()})
		l.mu.Unlock()
	})
}

type countingWriter struct {
	http.ResponseWriter
	n int
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n += n
	return n, err
}

func under(path string, prefixes []string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(path, p) })
}

// resultsPage is a bare page that lists the first ten results of ?q=
// and marks when they are drawn. find is the engine's part: a module
// body setting total and hits ([{url, title, excerpt, content}]).
func resultsPage(title, find string) string {
	return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>` + title + `</title></head>
<body><ol id="results"></ol>
<script type="module">
const q = new URLSearchParams(location.search).get("q") || "";
` + find + `
const list = document.getElementById("results");
for (const h of hits) {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = h.url;
  a.textContent = h.title || h.url;
  const p = document.createElement("p");
  p.innerHTML = h.excerpt;
  li.append(a, p);
  list.append(li);
}
window.__pagefindBench = { total, hits: hits.map((h) => ({ url: h.url, content: h.content })) };
performance.mark("search:results");
</script></body></html>
`
}

// pagefindPage uses Pagefind's JavaScript API as its documentation
// shows: search, then the data (URL, text, excerpt) of the first ten.
var pagefindPage = resultsPage("Pagefind", `const pagefind = await import("/pagefind/pagefind.js");
await pagefind.init();
const found = await pagefind.search(q);
const total = found.results.length;
const hits = (await Promise.all(found.results.slice(0, 10).map((r) => r.data())))
  .map((h) => ({ url: h.url, title: h.meta.title, excerpt: h.excerpt, content: h.content }));`)

// roundsPage fetches the files a query's bare page fetched, round after
// round (?r= is a JSON list of rounds, each a list of paths), through a
// module that does nothing else: no search code to fetch or run, nothing
// to inflate, decode or draw. Its time is the least any page can take to
// fetch what the client fetched, in as many rounds.
var roundsPage = resultsPage("rounds", `const { fetchRounds } = await import("/bench-floor/rounds.js");
await fetchRounds();
const total = 0, hits = [];`)

// roundsModule is the module roundsPage imports: fetchRounds fetches the
// rounds of ?r=, taking the responses a search page's inline prefetch
// started, as the client does.
const roundsModule = `const pre = window.zerenSearchPrefetch;
const get = (p) => {
  const u = new URL(p, location.href).href, early = pre && pre.get(u);
  return (early ? early.catch(() => fetch(u)) : fetch(u)).then((r) => r.arrayBuffer());
};
export async function fetchRounds() {
  for (const r of JSON.parse(new URLSearchParams(location.search).get("r") || "[]")) await Promise.all(r.map(get));
}
`

// siteRoundsModule takes the place of the search page's script in a
// copy of the site's search page: roundsModule, run at once, and nothing
// drawn. Its time is the least the search page, as built (its HTML,
// styles and scripts), can take to fetch what the client fetched.
const siteRoundsModule = roundsModule + `await fetchRounds();
performance.mark("search:results");
`

// zerenPage uses zeren's client as pagefindPage uses Pagefind's API: the
// engine alone, without the site's search page around it.
var zerenPage = resultsPage("zeren", `const { search } = await import("/search/zeren-search.js");
const { total, hits: found } = await search(q, { limit: 10, exactTotal: false });
const hits = found.map((h) => ({ url: h.url, title: h.title, excerpt: h.snippet, content: "" }));`)

// fetchTimes lists the page's fetches: path, start and end in ms from
// navigation start.
const fetchTimes = `performance.getEntriesByType("resource").map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd }))`

type fetchTime struct {
	Path  string  `json:"path"`
	Start float64 `json:"start"`
	End   float64 `json:"end"`
}

// rounds groups fetches into the rounds a page made them in: a fetch
// started after a response of the round in flight had ended may have
// waited for it, and starts a round of its own; one started before
// joins the round.
func rounds(fetches []fetchTime) [][]string {
	sort.SliceStable(fetches, func(i, j int) bool { return fetches[i].Start < fetches[j].Start })
	var out [][]string
	ended := 0.0 // the first end in the round in flight
	for i, f := range fetches {
		if i == 0 || f.Start > ended {
			out = append(out, nil)
			ended = f.End
		}
		ended = min(ended, f.End)
		out[len(out)-1] = append(out[len(out)-1], f.Path)
	}
	return out
}
