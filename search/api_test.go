package search_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

func TestAPI(t *testing.T) {
	srv := httptest.NewServer(demo(t).ix.Handler())
	defer srv.Close()
	get := func(query string) (int, map[string]json.RawMessage) {
		t.Helper()
		resp, err := http.Get(srv.URL + "/api/search?" + query)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body map[string]json.RawMessage
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, body
	}
	code, body := get("q=" + url.QueryEscape("问责") + "&kind=outcome&limit=3")
	var hits []map[string]any
	json.Unmarshal(body["hits"], &hits)
	if code != 200 || len(hits) != 3 || body["total"] == nil || body["facets"] == nil {
		t.Fatalf("status %d, body %s", code, body)
	}
	for _, k := range []string{"doc", "eid", "url", "title", "snippet", "score"} {
		if _, ok := hits[0][k]; !ok {
			t.Errorf("a hit lacks %q: %v", k, hits[0])
		}
	}
	var facets map[string][]struct {
		Value string
		Count int
	}
	json.Unmarshal(body["facets"], &facets)
	if len(facets["kind"]) != 1 || facets["kind"][0].Value != "outcome" {
		t.Errorf("kind facet under kind=outcome: %v", facets["kind"])
	}
	// Bleve's query-string syntax for staff.
	code, body = get("syntax=bleve&q=" + url.QueryEscape("+text:问责 +kind:regulation -year:2022"))
	var total int
	json.Unmarshal(body["total"], &total)
	if code != 200 || total == 0 {
		t.Errorf("query-string syntax: status %d, body %s", code, body)
	}
	if code, body = get("q=x&limit=many"); code != 400 || body["error"] == nil {
		t.Errorf("a bad limit: status %d, body %s", code, body)
	}
}
