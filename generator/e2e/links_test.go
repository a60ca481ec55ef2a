package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A person follows a measure to the clause it implements, finds the
// measure among the clause's backlinks, and follows it back.
func TestMeasureToClauseAndBack(t *testing.T) {
	ctx := browser(t)
	base := demoSite(t)
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()

	measure := base + "/measures/cuoshi-006/"
	clauseLink := `.refs-implements a[href$="#art_5__item_2"]`
	if err := chromedp.Do(tab, chromedp.Navigate(measure), chromedp.WaitVisible(clauseLink), chromedp.Click(clauseLink)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab, chromedp.WaitVisible("#art_5__item_2")); err != nil {
		t.Fatal(err)
	}
	loc, _ := chromedp.Run(tab, chromedp.Location())
	if !strings.HasSuffix(loc, "/regulations/zhuti-zeren-shishi-xize/#art_5__item_2") {
		t.Fatalf("landed on %s", loc)
	}
	target, _ := chromedp.Run(tab, chromedp.Evaluate[string](`document.querySelector(":target").id`))
	if target != "art_5__item_2" {
		t.Errorf(":target = %q", target)
	}

	// The clause's backlinks name the measure; open them and follow it back.
	summary := `#art_5__item_2 > details.backlinks > summary`
	text, err := chromedp.Run(tab, chromedp.Text(summary))
	if err != nil || !strings.Contains(text, "落实措施") {
		t.Fatalf("backlink summary = %q (%v)", text, err)
	}
	back := `#art_5__item_2 > details.backlinks a[href$="/measures/cuoshi-006/"]`
	if err := chromedp.Do(tab, chromedp.Click(summary), chromedp.WaitVisible(back), chromedp.Click(back), chromedp.WaitVisible(clauseLink)); err != nil {
		t.Fatal(err)
	}
	loc, _ = chromedp.Run(tab, chromedp.Location())
	if !strings.HasSuffix(loc, "/measures/cuoshi-006/") {
		t.Errorf("back on %s", loc)
	}
}
