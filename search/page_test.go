package search_test

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"zeren/generator"
	"zeren/generator/chrome"
	"zeren/generator/serve"
)

// browser starts headless chromium for the test (generator/chrome).
func browser(t *testing.T) context.Context { return chrome.ForTest(t) }

// The search page under a sub-path: the query in the URL, hits grouped
// by document with marked snippets, filters with counts, the keyboard,
// and a hit opening its clause highlighted.
func TestSearchPage(t *testing.T) {
	ctx := browser(t)
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := generator.Build(generator.Options{Source: "..", Destination: dest, BasePath: "/zeren/", Cache: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(serve.Handler(dest, "/zeren/"))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	// The header's box leads to the search page.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/zeren/"), chromedp.SendKeys(".site-search input", "第六条"+kb.Enter),
		chromedp.WaitVisible("a.search-hit")); err != nil {
		t.Fatal(err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.HasPrefix(loc, srv.URL+"/zeren/search/?q=") {
		t.Errorf("the header box went to %s", loc)
	}
	first, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("a.search-hit").getAttribute("href")`))
	if err != nil || !strings.HasPrefix(first, "/zeren/") || !strings.HasSuffix(first, "#art_6") {
		t.Errorf("first hit links to %q (%v), want an art_6 under /zeren/", first, err)
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/zeren/search/?q=%E9%97%AE%E8%B4%A3"), chromedp.WaitVisible("a.search-hit"),
		chromedp.WaitVisible(".search-facet")); err != nil {
		t.Fatal(err)
	}
	status, _ := chromedp.Run(ctx, chromedp.Text(".search-status"))
	groups, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".search-doc").length`))
	docs, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`new Set([...document.querySelectorAll("a.search-hit")].map(a => a.getAttribute("href").split("#")[0])).size`))
	marks, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("a.search-hit mark").length`))
	if !strings.Contains(status, "条结果") || groups == 0 || groups != docs || marks == 0 {
		t.Errorf("status %q, %d groups for %d documents, %d marks", status, groups, docs, marks)
	}
	facet, _ := chromedp.Run(ctx, chromedp.Text(".search-facet"))
	if !strings.Contains(facet, "类别") || !strings.Contains(facet, "问责结果 (") {
		t.Errorf("kind filter reads %q", facet)
	}

	// A filter narrows and goes into the URL.
	if err := chromedp.Do(ctx, chromedp.Click(`.search-facet input[type=checkbox]`), chromedp.Sleep(500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	loc, _ = chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "kind=") {
		t.Errorf("after a filter the URL is %s", loc)
	}

	// Keyboard: / to the box, ↓ to the first hit, Enter opens it.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/zeren/search/?q=%E8%B4%A3%E4%BB%A4"), chromedp.WaitVisible("a.search-hit"),
		chromedp.KeyEvent("/"), chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	focused, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.className + " " + document.activeElement.getAttribute("href")`))
	if !strings.HasPrefix(focused, "search-hit ") {
		t.Fatalf("after / and ↓ the focus is on %q", focused)
	}
	href := strings.TrimPrefix(focused, "search-hit ")
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter), chromedp.Sleep(700*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	loc, _ = chromedp.Run(ctx, chromedp.Location())
	if !strings.HasSuffix(loc, href) {
		t.Fatalf("Enter opened %s, want %s", loc, href)
	}
	if i := strings.IndexByte(href, '#'); i > 0 {
		target, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(":target") ? document.querySelector(":target").id : ""`))
		bg, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(":target")).backgroundColor`))
		if target != href[i+1:] || bg == "rgba(0, 0, 0, 0)" {
			t.Errorf("the opened clause: :target %q, background %q", target, bg)
		}
	}
}
