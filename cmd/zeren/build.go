package main

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"zeren/generator"
	"zeren/generator/site"
)

// siteFlags are the flags build and serve share.
type siteFlags struct {
	source, dest, basePath, baseURL string
	cache                           string
	internal, quiet                 bool
}

func (f *siteFlags) register(fs *flagSet) {
	fs.stringVar(&f.source, "s", "source", ".", "DIR", "站点根目录,含 content/ 与可选的 layouts/ (site root)")
	fs.stringVar(&f.dest, "d", "destination", "", "DIR", "输出目录 (output folder; default <source>/public)")
	fs.stringVar(&f.basePath, "", "base-path", "/", "PATH", "站点所在的 URL 路径,如 /zeren/ (URL path the site is served under)")
	fs.stringVar(&f.baseURL, "", "base-url", "", "URL", "站点的完整网址,如 https://example.org/zeren/,用于订阅源、站点地图和 JSON-LD 中的绝对链接 (absolute site URL)")
	fs.boolVar(&f.internal, "", "internal", "构建含内部与禁发记录的内部版,须用 -d 指定另一输出目录 (staff edition)")
	fs.stringVar(&f.cache, "", "cache", "", "DIR", "缓存目录,存放搜索索引 (cache folder for the search index; default <source>/.zeren)")
	fs.boolVar(&f.quiet, "q", "quiet", "只报告错误 (report errors only)")
}

// cacheDir is the folder a build keeps its search index in.
func (f *siteFlags) cacheDir() string {
	if f.cache != "" {
		return f.cache
	}
	return filepath.Join(f.source, ".zeren")
}

func (f *siteFlags) options() (generator.Options, error) {
	o := generator.Options{Source: f.source, Destination: f.dest, BasePath: f.basePath, Internal: f.internal, Version: version, Cache: f.cache}
	if f.baseURL != "" {
		u, err := url.Parse(f.baseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			return o, fmt.Errorf("--base-url %q is not an absolute http(s) URL; write it like https://example.org/zeren/", f.baseURL)
		}
		path := "/" + strings.Trim(u.Path, "/") + "/"
		path = strings.Replace(path, "//", "/", 1)
		switch {
		case f.basePath == "/" || f.basePath == "":
			o.BasePath = path
		case "/"+strings.Trim(f.basePath, "/")+"/" != path:
			return o, fmt.Errorf("--base-path %s and the path of --base-url %s disagree; give only --base-url", f.basePath, f.baseURL)
		}
		o.BaseURL = u.Scheme + "://" + u.Host + path
	}
	if f.internal {
		def := filepath.Join(f.source, "public")
		if f.dest == "" || filepath.Clean(f.dest) == filepath.Clean(def) {
			return o, errors.New("--internal builds a staff edition with unpublished records; name its own destination with -d DIR (never public/)")
		}
	}
	return o, nil
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	var sf siteFlags
	fs := newFlagSet("build", "build [-s DIR] [-d DIR] [--base-path PATH] [--base-url URL] [--internal]", stderr)
	sf.register(fs)
	if code := fs.parse(args); code >= 0 {
		return code
	}
	_, code := build(sf, stdout, stderr)
	return code
}

// build runs one build and reports it; it returns the exit status.
func build(sf siteFlags, stdout, stderr io.Writer) (*generator.Result, int) {
	opts, err := sf.options()
	if err != nil {
		fmt.Fprintln(stderr, "zeren:", err)
		return nil, 2
	}
	res, err := generator.Build(opts)
	if err != nil {
		var be *generator.Error
		if errors.As(err, &be) {
			printWarnings(stderr, be.Diags, sf.quiet)
		}
		fmt.Fprintln(stderr, "zeren: build failed:", err)
		fmt.Fprintln(stderr, "zeren: the previous output folder was left untouched")
		return nil, 1
	}
	printWarnings(stderr, res.Warnings, sf.quiet)
	if !sf.quiet {
		counts := map[site.Kind]int{}
		for _, d := range res.Site.Docs {
			counts[d.Kind]++
		}
		fmt.Fprintf(stdout, "zeren: built %d documents", len(res.Site.Docs))
		for _, k := range site.Kinds {
			if counts[k] > 0 {
				fmt.Fprintf(stdout, ", %s %d", k.Label(), counts[k])
			}
		}
		dest := opts.Destination
		if dest == "" {
			dest = filepath.Join(opts.Source, "public")
		}
		fmt.Fprintf(stdout, "; %d files in %s (%d warnings) in %d ms\n", res.Files, dest, len(res.Warnings), res.Elapsed.Milliseconds())
	}
	return res, 0
}

func printWarnings(w io.Writer, diags []site.Diagnostic, quiet bool) {
	if quiet {
		return
	}
	for _, d := range diags {
		if d.Warning {
			fmt.Fprintln(w, d.String())
		}
	}
}
