// Package serve serves a built site over HTTP for previews: the output
// folder under a base path, with the site's own 404 page.
package serve

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Handler serves the folder dir under the URL path base ("/" or "/x/").
// The folder is looked up on every request, so a rebuild that swaps it in
// is visible at once.
func Handler(dir, base string) http.Handler {
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	files := http.StripPrefix(strings.TrimSuffix(base, "/"), http.FileServer(http.Dir(dir)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, base) {
			if r.URL.Path+"/" == base {
				http.Redirect(w, r, base, http.StatusMovedPermanently)
				return
			}
			notFound(w, dir)
			return
		}
		rel := strings.TrimPrefix(r.URL.Path, base)
		p := filepath.Join(dir, filepath.FromSlash(rel))
		st, err := os.Stat(p)
		if err != nil || (st.IsDir() && !exists(filepath.Join(p, "index.html"))) {
			notFound(w, dir)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func notFound(w http.ResponseWriter, dir string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	if b, err := os.ReadFile(filepath.Join(dir, "404.html")); err == nil {
		w.Write(b)
	}
}
