package e2e

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// rowCount is the number of records the outcome list shows.
const rowCount = `document.querySelectorAll("table.outcome-list tbody tr[data-id]").length`

// The filters of /outcomes/ work in the browser without a server: choosing
// a form narrows the list and the counts, the choice goes into the URL, a
// reload keeps it, and a second filter combines with the first.
func TestOutcomeFilters(t *testing.T) {
	ctx := browser(t)
	base := demoSite(t)
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1100, 900), chromedp.Navigate(base+"/outcomes/"),
		chromedp.WaitVisible("form.facets")); err != nil {
		t.Fatalf("the filters do not appear: %v", err)
	}
	total, err := chromedp.Run(tab, chromedp.Evaluate[int](`+document.querySelector("[data-count]").textContent`))
	if err != nil || total < 40 {
		t.Fatalf("the list says %d records (%v); the demo has at least 40", total, err)
	}
	before, _ := chromedp.Run(tab, chromedp.Evaluate[int](rowCount))
	if before != 20 {
		t.Errorf("the first page shows %d rows, want 20", before)
	}

	// Choose 免职: the list narrows to the records with that form.
	want, _ := chromedp.Run(tab, chromedp.Evaluate[int](`+document.querySelector('input[name="form"][value="免职"]').parentNode.querySelector(".n").textContent`))
	if want < 1 || want >= before {
		t.Fatalf("the facet count of 免职 is %d", want)
	}
	if err := chromedp.Do(tab, chromedp.Click(`input[name="form"][value="免职"]`)); err != nil {
		t.Fatal(err)
	}
	rows, _ := chromedp.Run(tab, chromedp.Poll[int](rowCount+` < 20 ? `+rowCount+` : 0`, chromedp.WithPollingTimeout(5*time.Second)))
	if rows != want {
		t.Errorf("after choosing 免职 the list shows %d rows; the facet promised %d", rows, want)
	}
	forms, _ := chromedp.Run(tab, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("table.outcome-list tbody tr td:nth-child(4)")).map(function (td) { return td.textContent; })`))
	for _, f := range forms {
		if !strings.Contains(f, "免职") {
			t.Errorf("a row without 免职 is listed: %q", f)
		}
	}
	loc, _ := chromedp.Run(tab, chromedp.Location())
	u, err := url.Parse(loc)
	if err != nil || u.Path != "/outcomes/" || u.Query().Get("form") != "免职" {
		t.Fatalf("the URL did not take the filter: %s", loc)
	}
	count, _ := chromedp.Run(tab, chromedp.Text("[data-count]"))
	if count != itoa(want) {
		t.Errorf("the count says %q, want %d", count, want)
	}

	// Reload: the filter is still chosen and the list still narrowed.
	if err := chromedp.Do(tab, chromedp.Reload(), chromedp.WaitVisible("form.facets")); err != nil {
		t.Fatal(err)
	}
	checked, _ := chromedp.Run(tab, chromedp.Poll[bool](`document.querySelector('input[name="form"][value="免职"]').checked || null`, chromedp.WithPollingTimeout(5*time.Second)))
	rows, _ = chromedp.Run(tab, chromedp.Evaluate[int](rowCount))
	if !checked || rows != want {
		t.Errorf("after a reload: 免职 checked %v, %d rows; want checked and %d", checked, rows, want)
	}

	// A second filter combines with the first (AND across filters).
	region, _ := chromedp.Run(tab, chromedp.Evaluate[string](`(function () {
		var inputs = document.querySelectorAll('input[name="region"]');
		for (var i = 0; i < inputs.length; i++) if (!inputs[i].disabled) return inputs[i].value;
		return "";
	})()`))
	if region == "" {
		t.Fatal("no region is left to choose")
	}
	if err := chromedp.Do(tab, chromedp.Click(`input[name="region"][value="`+region+`"]`)); err != nil {
		t.Fatal(err)
	}
	loc, _ = chromedp.Run(tab, chromedp.Location())
	u, _ = url.Parse(loc)
	if u.Query().Get("form") != "免职" || u.Query().Get("region") != region {
		t.Errorf("the URL does not hold both filters: %s", loc)
	}
	regions, _ := chromedp.Run(tab, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("table.outcome-list tbody tr td:nth-child(2)")).map(function (td) { return td.textContent; })`))
	if len(regions) == 0 || len(regions) > want {
		t.Errorf("with both filters %d rows, want between 1 and %d", len(regions), want)
	}
	for _, r := range regions {
		if r != region {
			t.Errorf("a row of region %q is listed under %q", r, region)
		}
	}

	// Back: the browser's history holds the filter states.
	if err := chromedp.Do(tab, chromedp.NavigateBack()); err != nil {
		t.Fatal(err)
	}
	rows, _ = chromedp.Run(tab, chromedp.Poll[int](rowCount+` === `+itoa(want)+` ? `+rowCount+` : 0`, chromedp.WithPollingTimeout(5*time.Second)))
	if rows != want {
		t.Errorf("after going back: %d rows, want %d", rows, want)
	}
}

// Without JavaScript the list, its pages and the records still read.
func TestOutcomesWithoutJavaScript(t *testing.T) {
	ctx := browser(t)
	base := demoSite(t)
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	noScript := func(c context.Context, target *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(c, target, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return chromedp.Void{}, err
	}
	if err := chromedp.Do(tab, noScript, chromedp.Navigate(base+"/outcomes/page/2/"), chromedp.WaitReady("table.outcome-list")); err != nil {
		t.Fatal(err)
	}
	rows, _ := chromedp.Run(tab, chromedp.Evaluate[int](rowCount))
	hidden, _ := chromedp.Run(tab, chromedp.Evaluate[bool](`document.querySelector("form.facets").hidden`))
	if rows == 0 || !hidden {
		t.Errorf("page 2 without JavaScript: %d rows, filters hidden %v", rows, hidden)
	}
}

func TestOutcomePagesLoadWithoutConsoleErrors(t *testing.T) {
	ctx := browser(t)
	base := demoSite(t)
	for _, p := range []string{"/outcomes/", "/outcomes/page/2/", "/outcomes/?form=免职&year=2024", "/outcomes/stats/", "/outcomes/wenze-2023-007/"} {
		if problems := consoleProblems(t, ctx, base+p); len(problems) > 0 {
			t.Errorf("%s: console errors:\n%s", p, strings.Join(problems, "\n"))
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
