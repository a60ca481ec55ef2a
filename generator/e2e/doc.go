// Package e2e holds the end-to-end tests that drive a real browser
// (Debian's chromium, headless, through chromedp) against a built site,
// checking what a person sees: pages load without console errors, a
// clause URL opens at that clause, the layout fits a phone.
package e2e
