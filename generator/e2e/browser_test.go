package e2e

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"zeren/generator"
	"zeren/generator/chrome"
	"zeren/generator/serve"
)

// browser starts headless chromium for the test (generator/chrome).
func browser(t *testing.T) context.Context { return chrome.ForTest(t) }

// demoSite builds the repository's demo corpus and serves it.
func demoSite(t *testing.T) string {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := generator.Build(generator.Options{Source: "../..", Destination: dest}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(serve.Handler(dest, "/"))
	t.Cleanup(srv.Close)
	return srv.URL
}

// consoleProblems opens url in a new tab and returns the console errors
// and uncaught exceptions the page produced while loading.
func consoleProblems(t *testing.T, parent context.Context, url string) []string {
	t.Helper()
	ctx, cancel := chromedp.NewContext(parent)
	defer cancel()
	messages := chromedp.Console(ctx)
	var mu sync.Mutex
	var problems []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == chromedp.ConsoleError {
				mu.Lock()
				problems = append(problems, m.String())
				mu.Unlock()
			}
		}
	}()
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady("body"), chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	cancel()
	<-done
	mu.Lock()
	defer mu.Unlock()
	return problems
}

func TestPagesLoadWithoutConsoleErrors(t *testing.T) {
	ctx := browser(t)
	base := demoSite(t)
	for _, p := range []string{"/", "/regulations/", "/regulations/mumu-wenze-banfa/", "/lists/dangwei-zhuti-zeren-qingdan/", "/indicators/dangjian-kaohe-zhibiao/", "/documents/liangge-zeren-shijian-sikao/", "/no-such-page/"} {
		if problems := consoleProblems(t, ctx, base+p); len(problems) > 0 && p != "/no-such-page/" {
			t.Errorf("%s: console errors:\n%s", p, strings.Join(problems, "\n"))
		}
	}
}

func TestClauseURLOpensAtClause(t *testing.T) {
	ctx := browser(t)
	base := demoSite(t)
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	url := base + "/regulations/mumu-wenze-banfa/#art_6__item_1"
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1024, 700), chromedp.Navigate(url), chromedp.WaitVisible("#art_6__item_1")); err != nil {
		t.Fatal(err)
	}
	target, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.querySelector(":target") ? document.querySelector(":target").id : ""`))
	if err != nil || target != "art_6__item_1" {
		t.Fatalf(":target = %q (%v), want art_6__item_1", target, err)
	}
	inView, err := chromedp.Run(tab, chromedp.Evaluate[bool](`(function(){var r=document.getElementById("art_6__item_1").getBoundingClientRect();return r.top>=0 && r.top<window.innerHeight && window.scrollY>0;})()`))
	if err != nil || !inView {
		t.Errorf("the clause is not scrolled into view (%v)", err)
	}
	bg, err := chromedp.Run(tab, chromedp.Evaluate[string](`getComputedStyle(document.getElementById("art_6__item_1")).backgroundColor`))
	if err != nil || bg == "rgba(0, 0, 0, 0)" {
		t.Errorf("the opened clause is not highlighted: background %q (%v)", bg, err)
	}
	text, err := chromedp.Run(tab, chromedp.Text("#art_6__item_1"))
	if err != nil || !strings.Contains(text, "（一）") {
		t.Errorf("clause text = %q (%v), want it to show its number （一）", text, err)
	}
	// The copy-citation control copies 《title》第六条第（一）项 and the URL.
	if err := chromedp.Do(tab, chromedp.Click("#art_6__item_1 .copy-cite")); err != nil {
		t.Fatal(err)
	}
	// The label changes when the copy is done, which may be after a
	// clipboard promise settles: wait for it rather than read it at once.
	label, _ := chromedp.Run(tab, chromedp.Poll[string](`(function(){var t=document.querySelector("#art_6__item_1 .copy-cite").textContent;return t==="已复制"?t:"";})()`, chromedp.WithPollingTimeout(5*time.Second)))
	cite, _ := chromedp.Run(tab, chromedp.AttributeValue("#art_6__item_1 .copy-cite", "data-citation"))
	if label != "已复制" || !strings.HasSuffix(cite.Value, "第六条第（一）项") || !strings.HasPrefix(cite.Value, "《") {
		t.Errorf("copy-citation: label %q, cite %+v", label, cite)
	}
}

// At 360 px nothing is wider than the screen.
func TestReadableOnPhone(t *testing.T) {
	ctx := browser(t)
	base := demoSite(t)
	for _, p := range []string{"/", "/regulations/", "/regulations/zhuti-zeren-shishi-xize/", "/indicators/dangjian-kaohe-zhibiao/",
		"/outcomes/", "/outcomes/stats/", "/outcomes/wenze-2023-007/", "/coverage/", "/search/?q=问责"} {
		tab, cancel := chromedp.NewContext(ctx)
		if err := chromedp.Do(tab, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile), chromedp.Navigate(base+p), chromedp.WaitReady("body")); err != nil {
			cancel()
			t.Fatal(err)
		}
		width, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
		if err != nil || width > 360 {
			t.Errorf("%s at 360 px: page is %d px wide (%v)", p, width, err)
		}
		cancel()
	}
}
