package search

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Handler answers GET /api/search?q=…&kind=…&limit=…&offset=… with the
// JSON of a Result: total, hits and facet counts. Every facet field
// (kind, issuer, status, year, region, subject, forms) filters when given,
// several times for several values. syntax=bleve reads q in Bleve's
// query-string syntax, for staff: text:问责 +kind:outcome -year:2022.
func (ix *Index) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		req := Request{Query: q.Get("q"), Facets: true, Syntax: q.Get("syntax") == "bleve", Filters: map[string][]string{}}
		for _, f := range FacetFields {
			if vs := q[f]; len(vs) > 0 {
				req.Filters[f] = vs
			}
		}
		var err error
		if req.Limit, err = intParam(q.Get("limit"), 10, 1000); err == nil {
			req.Offset, err = intParam(q.Get("offset"), 0, 1<<20)
		}
		var res *Result
		if err == nil {
			res, err = ix.Search(r.Context(), req)
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			enc.Encode(map[string]string{"error": err.Error()})
			return
		}
		enc.Encode(res)
	})
}

type paramError string

func (e paramError) Error() string { return string(e) }

// intParam reads a number parameter between its default and max.
func intParam(s string, def, max int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, paramError("limit and offset are whole numbers, not " + strconv.Quote(s))
	}
	return min(n, max), nil
}
