package disclose

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
	"strings"

	"zeren/generator/render"
	"zeren/generator/site"
)

// sitemapLimit is the most URLs one sitemap file may hold (sitemaps.org).
const sitemapLimit = 50000

type urlset struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
	Sitemaps []sitemapURL `xml:"sitemap"`
}

// Sitemap writes sitemap.xml and robots.txt for the pages among files:
// every index.html, so it must run after every stage that adds pages. A
// document's page carries its date as lastmod. The URLs are absolute when
// the site has a base URL (render.Options.BaseURL), as search engines
// need; without one they are site paths, fine for a local preview.
//
// The staff edition is not for search engines: its robots.txt disallows
// everything and it has no sitemap.
func Sitemap(s *site.Site, r *render.Renderer, files []render.File, internal bool) ([]render.File, error) {
	if internal {
		return []render.File{{Path: "robots.txt", Data: []byte("# 内部版:不得公开,不供搜索引擎收录。\nUser-agent: *\nDisallow: /\n")}}, nil
	}
	dates := map[string]string{}
	for _, d := range s.Docs {
		dates[strings.TrimPrefix(d.URL(), "/")] = d.Date()
	}
	var urls []sitemapURL
	for _, f := range files {
		dir, ok := strings.CutSuffix(f.Path, "index.html")
		if !ok || (dir != "" && !strings.HasSuffix(dir, "/")) {
			continue
		}
		urls = append(urls, sitemapURL{Loc: r.Abs("/" + dir), LastMod: dates[dir]})
	}
	sort.Slice(urls, func(i, j int) bool { return urls[i].Loc < urls[j].Loc })

	var out []render.File
	if len(urls) <= sitemapLimit {
		data, err := marshalXML(urlset{URLs: urls})
		if err != nil {
			return nil, err
		}
		out = append(out, render.File{Path: "sitemap.xml", Data: data})
	} else {
		var idx sitemapIndex
		for i := 0; i*sitemapLimit < len(urls); i++ {
			part := urls[i*sitemapLimit : min((i+1)*sitemapLimit, len(urls))]
			name := fmt.Sprintf("sitemap-%d.xml", i+1)
			data, err := marshalXML(urlset{URLs: part})
			if err != nil {
				return nil, err
			}
			out = append(out, render.File{Path: name, Data: data})
			idx.Sitemaps = append(idx.Sitemaps, sitemapURL{Loc: r.Abs("/" + name)})
		}
		data, err := marshalXML(idx)
		if err != nil {
			return nil, err
		}
		out = append(out, render.File{Path: "sitemap.xml", Data: data})
	}
	robots := "User-agent: *\nAllow: /\n"
	if loc := r.Abs("/sitemap.xml"); strings.Contains(loc, "://") {
		robots += "\nSitemap: " + loc + "\n"
	}
	return append(out, render.File{Path: "robots.txt", Data: []byte(robots)}), nil
}

func marshalXML(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
