// Package generator builds a zeren site. Build is the pipeline of
// design.md, a short list of named stages over one site model:
//
//	load → parse → link → version → render → index → write
//
// Each stage's problems are collected and reported together, each naming
// its file and line; any error stops the build before public/ is touched.
package generator

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"zeren/generator/clause"
	"zeren/generator/coverage"
	"zeren/generator/disclose"
	"zeren/generator/duty"
	"zeren/generator/link"
	"zeren/generator/load"
	"zeren/generator/output"
	"zeren/generator/render"
	"zeren/generator/site"
	"zeren/layouts"
	"zeren/search"
)

// Options configure a build.
type Options struct {
	Source      string // the site root, holding content/ and optionally layouts/
	Destination string // default <Source>/public
	BasePath    string // URL path the site is served under, default "/"
	BaseURL     string // absolute URL of the site, for feeds, sitemap and JSON-LD (optional)
	Internal    bool   // staff edition: keep internal and embargoed records
	Today       string // YYYY-MM-DD for embargoes; default the current date
	Version     string // the zeren version, recorded in version.json
	Cache       string // folder for the search index; default <Source>/.zeren
	Logger      *slog.Logger
	// Now is the build time recorded in version.json (and nowhere else).
	Now func() time.Time
}

// Result is what a successful build reports.
type Result struct {
	Site     *site.Site
	Files    int
	Hash     string
	Warnings []site.Diagnostic
	Elapsed  time.Duration
}

// Error is a failed build: the stage that failed and every problem found.
type Error struct {
	Stage string
	Diags []site.Diagnostic
	Err   error
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Err != nil {
		fmt.Fprintf(&b, "%s: %v", e.Stage, e.Err)
		return b.String()
	}
	n := 0
	for _, d := range e.Diags {
		if !d.Warning {
			n++
		}
	}
	fmt.Fprintf(&b, "%s: %d error(s); nothing was written\n", e.Stage, n)
	for _, d := range e.Diags {
		if !d.Warning {
			b.WriteString(d.String())
			b.WriteByte('\n')
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func (e *Error) Unwrap() error { return e.Err }

// Defaults fills in the options a caller left empty.
func (o Options) withDefaults() Options {
	if o.Source == "" {
		o.Source = "."
	}
	if o.Destination == "" {
		o.Destination = filepath.Join(o.Source, "public")
	}
	if o.Today == "" {
		o.Today = load.Today()
	}
	if o.Cache == "" {
		o.Cache = filepath.Join(o.Source, ".zeren")
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Check runs the stages that read and validate the source — load, parse,
// link and check — without writing anything. It returns the site model,
// every warning, and an *Error when any stage found an error. Build runs
// the same stages and refuses to publish on error.
func Check(opts Options) (*site.Site, []site.Diagnostic, error) {
	opts = opts.withDefaults()
	res := &Result{}
	s, err := prepare(opts, res)
	return s, res.Warnings, err
}

// prepare runs load, parse, link and check.
func prepare(opts Options, res *Result) (*site.Site, error) {
	// load
	s, diags := load.Load(load.Options{Root: opts.Source, FS: os.DirFS(opts.Source), Today: opts.Today, Internal: opts.Internal})
	if err := stageErr("load", diags, res); err != nil {
		return nil, err
	}
	// lint: the vocabulary of outcomes, and personal data in public records
	if err := stageErr("lint", disclose.Lint(s), res); err != nil {
		return nil, err
	}
	// parse
	if err := stageErr("parse", parse(s), res); err != nil {
		return nil, err
	}
	// link
	if err := stageErr("link", append(link.Link(s), parents(s)...), res); err != nil {
		return nil, err
	}
	// check
	if err := stageErr("check", check(s), res); err != nil {
		return nil, err
	}
	// version: revisions were grouped by load; point-in-time views and
	// diffs come with the versioning issue.
	return s, nil
}

// Build runs the pipeline and swaps the result into the destination.
func Build(opts Options) (*Result, error) {
	opts = opts.withDefaults()
	start := opts.Now()
	res := &Result{}
	s, err := prepare(opts, res)
	if err != nil {
		return nil, err
	}

	// render
	disc := disclose.New(s, disclose.Options{Internal: opts.Internal, Today: opts.Today})
	r, err := render.New(s, render.Options{Layouts: Layouts(opts.Source), BasePath: opts.BasePath,
		BaseURL: opts.BaseURL, Internal: opts.Internal, Data: disc.PageData})
	if err != nil {
		return nil, &Error{Stage: "render", Err: err}
	}
	// index: the Bleve index in the cache folder, its static shards under
	// search/ and the search page. It runs before the pages are rendered,
	// so that its working memory is free again when they are held.
	found, _, err := search.Files(s, r, search.Options{Cache: opts.Cache, Internal: opts.Internal})
	if err != nil {
		return nil, &Error{Stage: "index", Err: err}
	}
	files, err := r.Files()
	if err != nil {
		return nil, &Error{Stage: "render", Err: err}
	}
	cov, err := coverage.Pages(coverage.Compute(s), s, r)
	if err != nil {
		return nil, &Error{Stage: "render", Err: err}
	}
	files = append(files, cov...)
	// disclose: outcome list pages, statistics, feeds, CSV and JSON
	more, err := disc.Files(r)
	if err != nil {
		return nil, &Error{Stage: "disclose", Err: err}
	}
	files = append(files, more...)
	// sitemap: over every page, so after every stage that adds pages
	maps, err := disclose.Sitemap(s, r, files, opts.Internal)
	if err != nil {
		return nil, &Error{Stage: "sitemap", Err: err}
	}
	files = append(files, maps...)
	files = append(files, found...)
	out := make([]output.File, 0, len(files)+1)
	for _, f := range files {
		out = append(out, output.File{Path: f.Path, Data: f.Data})
	}
	res.Hash = output.Hash(out)
	vj, err := versionJSON(opts, res.Hash, start)
	if err != nil {
		return nil, &Error{Stage: "render", Err: err}
	}
	out = append(out, output.File{Path: "version.json", Data: vj})

	// write
	if err := output.Write(opts.Destination, out); err != nil {
		return nil, &Error{Stage: "write", Err: err}
	}
	res.Site = s
	res.Files = len(out)
	res.Elapsed = opts.Now().Sub(start)
	return res, nil
}

// stageErr keeps a stage's warnings and turns its errors into an *Error.
func stageErr(stage string, diags []site.Diagnostic, res *Result) error {
	failed := false
	for _, d := range diags {
		if d.Warning {
			res.Warnings = append(res.Warnings, d)
		} else {
			failed = true
		}
	}
	if failed {
		return &Error{Stage: stage, Diags: diags}
	}
	return nil
}

// parse finds the clause structure of every body. Numbering problems are
// warnings: the text is published as written.
func parse(s *site.Site) []site.Diagnostic {
	var diags []site.Diagnostic
	for _, d := range s.Docs {
		nodes, problems := clause.Parse(d.Body, d.Kind.Mode())
		d.Clauses = nodes
		for _, p := range problems {
			diags = append(diags, site.Diagnostic{Pos: site.Pos{File: d.File, Line: d.BodyLine + p.Line - 1}, Msg: p.Msg, Warning: true})
		}
	}
	return diags
}

// parents checks that an appendix's parent is in the site.
func parents(s *site.Site) []site.Diagnostic {
	var diags []site.Diagnostic
	for _, d := range s.Docs {
		if p := d.Meta.Parent; p != "" {
			if _, ok := s.Current[p]; !ok {
				diags = append(diags, site.Diagnostic{Pos: site.Pos{File: d.File, Line: 1}, Warning: true,
					Msg: fmt.Sprintf("parent %q is not a document of this site; the link is left out", p)})
			}
		}
	}
	return diags
}

// check looks for what is legal but probably wrong: vague frequencies in
// responsibility lists, which no duty calendar can hold.
func check(s *site.Site) []site.Diagnostic {
	var diags []site.Diagnostic
	for _, d := range s.Docs {
		if d.Kind != site.List || !d.IsCurrent() {
			continue
		}
		clause.Walk(d.Clauses, func(n *clause.Node, _ int) bool {
			for _, w := range duty.Vague(n.Text) {
				diags = append(diags, site.Diagnostic{Pos: site.Pos{File: d.File, Line: d.BodyLine + n.Line - 1}, Warning: true,
					Msg: fmt.Sprintf("frequency %q names no period; write 每年/每半年/每季度/每月 至少N次 so the duty calendar can hold it", w)})
			}
			return true
		})
	}
	return diags
}

// Layouts returns the layouts a site uses: its own layouts/ folder over
// the built-in ones, file by file.
func Layouts(source string) fs.FS {
	sub, _ := fs.Sub(layouts.FS, ".")
	dir := filepath.Join(source, "layouts")
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return render.Overlay{Upper: os.DirFS(dir), Lower: sub}
	}
	return render.Overlay{Lower: sub}
}

// VersionInfo is the content of version.json.
type VersionInfo struct {
	Commit      string `json:"commit,omitempty"`
	Dirty       bool   `json:"dirty,omitempty"`
	BuildTime   string `json:"build_time"`
	ContentHash string `json:"content_hash"`
	Generator   string `json:"generator"`
	Edition     string `json:"edition"`
}

func versionJSON(opts Options, hash string, at time.Time) ([]byte, error) {
	v := VersionInfo{BuildTime: at.UTC().Format(time.RFC3339), ContentHash: hash, Generator: "zeren " + opts.Version, Edition: "public"}
	if opts.Internal {
		v.Edition = "internal"
	}
	v.Commit, v.Dirty = gitCommit(opts.Source)
	b, err := json.MarshalIndent(v, "", "  ")
	return append(b, '\n'), err
}

// gitCommit returns the commit the source is at, when it is in a git
// repository and git is installed.
func gitCommit(dir string) (string, bool) {
	out, err := exec.Command("git", "-C", dir, "rev-parse", "HEAD").Output()
	if err != nil {
		return "", false
	}
	st, err := exec.Command("git", "-C", dir, "status", "--porcelain", "--", ".").Output()
	return strings.TrimSpace(string(out)), err == nil && len(strings.TrimSpace(string(st))) > 0
}

// IsBuildError reports whether err is a problem in the site's source, as
// opposed to a failure of the machine.
func IsBuildError(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Err == nil
}
