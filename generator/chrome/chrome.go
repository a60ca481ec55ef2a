// Package chrome starts headless Chromium for zeren's browser tests and
// the search benchmark: Debian's chromium, which `make test` installs
// (scripts/test-deps.sh), or the browser named by $CHROMIUM.
package chrome

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"testing"

	"github.com/chromedp/chromedp"
)

// Path finds the browser: $CHROMIUM, or chromium, chromium-browser or
// google-chrome on the PATH.
func Path() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no chromium found: run `make test` (it installs Debian's chromium), or apt-get install chromium, or set CHROMIUM=/path/to/chrome")
}

// Start starts the browser headless with a profile in dir and returns a
// chromedp context for its first tab, and a function that stops it.
// Extra options are added to the defaults.
func Start(dir string, extra ...chromedp.ExecAllocatorOption) (context.Context, func(), error) {
	path, err := Path()
	if err != nil {
		return nil, nil, err
	}
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("user-data-dir", dir),
	}, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	stop := func() { cancel(); cancelAlloc() }
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}

// ForTest starts the browser for a test and stops it when the test ends.
// A machine without one fails the test loudly; ZEREN_SKIP_BROWSER=1 skips
// it instead.
func ForTest(t testing.TB) context.Context {
	t.Helper()
	if os.Getenv("ZEREN_SKIP_BROWSER") == "1" {
		t.Skip("ZEREN_SKIP_BROWSER=1")
	}
	ctx, stop, err := Start(t.TempDir(), chromedp.Flag("disable-quic", true))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return ctx
}
