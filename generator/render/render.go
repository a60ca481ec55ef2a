// Package render turns the site model into files: HTML pages through
// html/template with a Hugo-style layout lookup, the JSON twin of every
// page, and the static assets of the layouts. It is a pure function of the
// model and the layouts: no clock, no map order.
package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strings"

	"zeren/generator/site"
)

// Options configure Render.
type Options struct {
	// Layouts holds the templates (the built-in ones overlaid with the
	// site's own) and their static/ assets.
	Layouts fs.FS
	// BasePath is the URL path the site is served under, "/" by default.
	BasePath string
	// Title is the site's name in headers and titles.
	Title string
	// BaseURL is the absolute URL the site is served at
	// (https://example.org/zeren/), for the links that must be absolute:
	// feeds, sitemap, JSON-LD. Empty: those links are site paths.
	BaseURL string
	// Internal marks every page of the staff edition as such (内部版).
	Internal bool
	// Data, when set, gives the pages the core draws the view of a
	// feature package (an outcome's applied clauses, the outcome list's
	// filters): it is called for every page whose Data is empty.
	Data func(r *Renderer, p *Page) any
}

// File is one output file, its path relative to the output root.
type File struct {
	Path string
	Data []byte
}

// Renderer renders pages of one site with its layouts. Feature packages
// (outcome statistics, coverage, search) use it to render their own pages
// through the same lookup and base templates.
type Renderer struct {
	opts Options
	md   *markdown
	tpl  *templates
	site *SiteView
	s    *site.Site
}

// renderer is the package's own name for Renderer.
type renderer = Renderer

// New prepares a renderer: it parses every layout once.
func New(s *site.Site, opts Options) (*Renderer, error) {
	if opts.BasePath == "" {
		opts.BasePath = "/"
	}
	if !strings.HasSuffix(opts.BasePath, "/") {
		opts.BasePath += "/"
	}
	if opts.Title == "" {
		opts.Title = "责任公开"
	}
	r := &Renderer{opts: opts, md: newMarkdown(), s: s}
	tpl, err := loadTemplates(opts.Layouts, template.FuncMap{"rel": r.rel})
	if err != nil {
		return nil, err
	}
	r.tpl = tpl
	r.site = r.siteView(s)
	return r, nil
}

// Rel turns a site path ("/regulations/x/") into a URL under the base path.
func (r *Renderer) Rel(p string) string { return r.rel(p) }

// Abs turns a site path into an absolute URL when the site has a base
// URL, else into a URL under the base path, as Rel does.
func (r *Renderer) Abs(p string) string {
	if r.opts.BaseURL == "" {
		return r.rel(p)
	}
	return strings.TrimSuffix(r.opts.BaseURL, "/") + "/" + strings.TrimPrefix(p, "/")
}

// SiteTitle is the site's name.
func (r *Renderer) SiteTitle() string { return r.opts.Title }

// Markdown renders one unit of untrusted Markdown text safely.
func (r *Renderer) Markdown(text string) template.HTML { return r.md.inline(text) }

// Page renders a page of any kind with the layout the lookup finds for it:
// for a kind of a feature package, "<section>/<kind>.html" then
// "_default/<kind>.html". data is set as the page's Data.
func (r *Renderer) Page(kind PageKind, section string, p *Page) ([]byte, error) {
	return r.page(kind, section, p)
}

// Render produces every file of the site except version.json.
func Render(s *site.Site, opts Options) ([]File, error) {
	r, err := New(s, opts)
	if err != nil {
		return nil, err
	}
	return r.Files()
}

// Files renders the core pages: home, section lists, documents and their
// twins, 404, the root index and the static assets.
func (r *Renderer) Files() ([]File, error) {
	s := r.s
	var files []File
	add := func(p string, data []byte) { files = append(files, File{Path: p, Data: data}) }

	page, err := r.page(KindHome, "", r.homePage(s))
	if err != nil {
		return nil, err
	}
	add("index.html", page)
	for _, k := range site.Kinds {
		sv := r.sectionPage(s, k)
		if len(sv.Section.Docs) == 0 {
			continue
		}
		page, err := r.page(KindSection, k.Section(), sv)
		if err != nil {
			return nil, err
		}
		add(k.Section()+"/index.html", page)
	}
	for _, d := range s.Docs {
		p := r.docPage(s, d)
		html, err := r.page(KindSingle, d.Kind.Section(), p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.File, err)
		}
		dir := strings.TrimPrefix(d.URL(), "/")
		add(dir+"index.html", html)
		js, err := r.twin(d)
		if err != nil {
			return nil, err
		}
		add(dir+"index.json", js)
	}
	nf, err := r.page(KindNotFound, "", &Page{Kind: KindNotFound, Title: "页面不存在", URL: r.rel("/404.html")})
	if err != nil {
		return nil, err
	}
	add("404.html", nf)
	idx, err := rootIndex(s, r.rel)
	if err != nil {
		return nil, err
	}
	add("index.json", idx)
	graph, err := r.graphJSON()
	if err != nil {
		return nil, err
	}
	add("graph.json", graph)

	static, err := staticFiles(r.opts.Layouts)
	if err != nil {
		return nil, err
	}
	return append(files, static...), nil
}

// rel turns a site path ("/regulations/x/") into a URL under BasePath.
func (r *renderer) rel(p string) string {
	return r.opts.BasePath + strings.TrimPrefix(p, "/")
}

func (r *renderer) page(kind PageKind, section string, p *Page) ([]byte, error) {
	p.Site = r.site
	if p.Data == nil && r.opts.Data != nil {
		p.Data = r.opts.Data(r, p)
	}
	if p.JSONLD == "" {
		p.JSONLD = r.jsonLD(p)
	}
	var buf bytes.Buffer
	if err := r.tpl.execute(&buf, kind, section, p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (r *renderer) siteView(s *site.Site) *SiteView {
	v := &SiteView{Title: r.opts.Title, Internal: r.opts.Internal}
	for _, k := range site.Kinds {
		n := 0
		for _, d := range s.Docs {
			if d.Kind == k && d.IsCurrent() {
				n++
			}
			v.Sample = v.Sample || d.Meta.Sample
		}
		if n > 0 {
			v.Sections = append(v.Sections, SectionLink{Kind: string(k), Label: k.Label(), URL: r.rel("/" + k.Section() + "/"), Count: n})
		}
	}
	return v
}

func (r *renderer) homePage(s *site.Site) *Page {
	h := &HomeView{}
	for _, d := range s.Docs {
		if d.IsCurrent() {
			h.Total++
			h.Latest = append(h.Latest, summarize(d, r.rel))
		}
	}
	sortNewest(h.Latest)
	if len(h.Latest) > 10 {
		h.Latest = h.Latest[:10]
	}
	return &Page{Kind: KindHome, Title: r.opts.Title, URL: r.rel("/"), Home: h}
}

func (r *renderer) sectionPage(s *site.Site, k site.Kind) *Page {
	sv := &SectionView{Kind: string(k), Label: k.Label()}
	for _, d := range s.Docs {
		if d.Kind == k && d.IsCurrent() {
			sv.Docs = append(sv.Docs, summarize(d, r.rel))
		}
	}
	sortNewest(sv.Docs)
	return &Page{Kind: KindSection, Title: k.Label(), URL: r.rel("/" + k.Section() + "/"), Section: sv,
		Crumbs: []Link{{"首页", r.rel("/")}}}
}

func (r *renderer) docPage(s *site.Site, d *site.Doc) *Page {
	url := r.rel(d.URL())
	cite := "《" + d.Meta.Title + "》"
	v := &DocView{
		DocSummary: *summarize(d, r.rel),
		Meta:       d.Meta,
		Facts:      facts(d),
		TOC:        toc(d.Clauses, d.Kind.Mode()),
		Clauses:    r.clauseViews(d, d.Clauses, d.Kind.Mode(), cite, url, nil),
		JSONURL:    url + "index.json",
		CiteName:   cite,
		Current:    d.IsCurrent(),
	}
	if d.Kind == site.List {
		v.Calendar = r.calendar(d)
	}
	v.Refs = r.outgoing(d)
	for _, o := range d.Versions {
		v.Versions = append(v.Versions, VersionLink{Version: o.Version, URL: r.rel(o.URL()), Current: o.IsCurrent(), This: o == d})
	}
	if p, ok := s.Current[d.Meta.Parent]; ok && d.Meta.Parent != "" {
		v.Parent = &Link{p.Meta.Title, r.rel(p.URL())}
	}
	for _, o := range s.Docs {
		if o.Meta.Parent == d.ID && o.IsCurrent() && o != d {
			v.Appendix = append(v.Appendix, Link{o.Meta.Title, r.rel(o.URL())})
		}
	}
	crumbs := []Link{{"首页", r.rel("/")}, {d.Kind.Label(), r.rel("/" + d.Kind.Section() + "/")}}
	if !d.IsCurrent() {
		cur := s.Current[d.ID]
		crumbs = append(crumbs, Link{cur.Meta.Title, r.rel(cur.URL())})
	}
	return &Page{Kind: KindSingle, Title: d.Meta.Title, URL: url, Doc: v, Crumbs: crumbs}
}

// staticFiles copies layouts/static/ to the output root.
func staticFiles(fsys fs.FS) ([]File, error) {
	var out []File
	err := fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "static" {
				return fs.SkipDir
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out = append(out, File{Path: path.Clean(strings.TrimPrefix(p, "static/")), Data: data})
		return nil
	})
	return out, err
}
