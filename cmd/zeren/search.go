package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"path/filepath"
	"strings"

	"zeren/generator/site"
	"zeren/search"
)

func runSearch(args []string, stdout, stderr io.Writer) int {
	var source, cache, kind string
	var limit int
	var asJSON, syntax, internal bool
	fs := newFlagSet("search", "search [-s SITE] [--json] [--kind K] [--limit N] QUERY", stderr)
	fs.stringVar(&source, "s", "source", ".", "DIR", "站点根目录 (site root)")
	fs.stringVar(&cache, "", "cache", "", "DIR", "缓存目录 (cache folder the build kept the index in; default <source>/.zeren)")
	fs.stringVar(&kind, "", "kind", "", "K", "只搜一类 regulation|list|indicators|measure|outcome|document (one kind only)")
	fs.intVar(&limit, "n", "limit", 10, "最多显示几条 (number of hits)")
	fs.boolVar(&asJSON, "", "json", "输出 JSON: {\"total\", \"hits\"} (print JSON)")
	fs.boolVar(&syntax, "", "bleve", "按 Bleve 查询语法解读,如 text:问责 +kind:outcome (Bleve query-string syntax)")
	fs.boolVar(&internal, "", "internal", "搜索内部版的索引 (the staff edition's index)")
	if code := fs.parse(args); code >= 0 {
		return code
	}
	query := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(query) == "" {
		fmt.Fprintln(stderr, "zeren search: give the words to search for, e.g. zeren search 责令辞职")
		fs.Usage()
		return 2
	}
	if kind != "" {
		if _, ok := site.ParseKind(kind); !ok {
			fmt.Fprintf(stderr, "zeren search: --kind %q is not a kind; use regulation, list, indicators, measure, outcome or document\n", kind)
			return 2
		}
	}
	if cache == "" {
		cache = filepath.Join(source, ".zeren")
	}
	ix, err := search.Open(search.IndexDir(cache, internal))
	if err != nil {
		fmt.Fprintf(stderr, "zeren search: %v (zeren build -s %s writes it)\n", err, source)
		return 1
	}
	defer ix.Close()
	req := search.Request{Query: query, Limit: limit, Syntax: syntax}
	if kind != "" {
		req.Filters = map[string][]string{search.FieldKind: {kind}}
	}
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		fmt.Fprintln(stderr, "zeren search:", err)
		return 1
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(struct {
			Total int          `json:"total"`
			Hits  []search.Hit `json:"hits"`
		}{res.Total, res.Hits})
		return 0
	}
	switch {
	case res.Total == 0:
		fmt.Fprintln(stdout, "没有找到结果 (no hits)")
	case res.Partial:
		fmt.Fprintf(stdout, "%d 条部分匹配 (no unit holds every term; %d partial hits)\n", res.Total, res.Total)
	default:
		fmt.Fprintf(stdout, "%d 条结果 (%d hits)\n", res.Total, res.Total)
	}
	marks := strings.NewReplacer("<mark>", "「", "</mark>", "」")
	for i, h := range res.Hits {
		id := h.Doc
		if h.EID != "" {
			id += "#" + h.EID
		}
		snippet := strings.ReplaceAll(html.UnescapeString(marks.Replace(h.Snippet)), "\n", " ")
		fmt.Fprintf(stdout, "\n%d. %s  %s  %.4f\n   %s\n   %s\n", i+1, h.Title, id, h.Score, h.URL, snippet)
	}
	return 0
}
