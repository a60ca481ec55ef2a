package main

import "testing"

// --base-url gives the absolute URL feeds, sitemap and JSON-LD need, and
// the base path when none is given.
func TestBaseURLFlag(t *testing.T) {
	for _, tc := range []struct {
		baseURL, basePath string
		wantURL, wantPath string
		err               bool
	}{
		{"https://example.org/zeren/", "/", "https://example.org/zeren/", "/zeren/", false},
		{"https://example.org/zeren", "/", "https://example.org/zeren/", "/zeren/", false},
		{"https://example.org", "/", "https://example.org/", "/", false},
		{"http://127.0.0.1:1313/", "/", "http://127.0.0.1:1313/", "/", false},
		{"https://example.org/zeren/", "/zeren/", "https://example.org/zeren/", "/zeren/", false},
		{"https://example.org/zeren/", "/other/", "", "", true},
		{"example.org/zeren/", "/", "", "", true},
		{"ftp://example.org/", "/", "", "", true},
		{"https://example.org/?q=1", "/", "", "", true},
		{"", "/sub/", "", "/sub/", false},
	} {
		f := siteFlags{source: ".", baseURL: tc.baseURL, basePath: tc.basePath}
		o, err := f.options()
		if (err != nil) != tc.err {
			t.Errorf("%q, %q: error %v, want error %v", tc.baseURL, tc.basePath, err, tc.err)
			continue
		}
		if err == nil && (o.BaseURL != tc.wantURL || o.BasePath != tc.wantPath) {
			t.Errorf("%q, %q: BaseURL %q, BasePath %q; want %q, %q", tc.baseURL, tc.basePath, o.BaseURL, o.BasePath, tc.wantURL, tc.wantPath)
		}
	}
}
