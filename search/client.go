package search

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// The browser client, written to public/search/zeren-search.js, with
// facets.js, which it loads when a search needs filters or facet counts,
// and inflate.js, which it loads in a browser without DecompressionStream;
// the search page's script, written to public/search/page.js, and the
// script its head carries inline to start the query's first fetches.
var (
	//go:embed client/zeren-search.js
	clientJS []byte
	//go:embed client/facets.js
	facetsJS []byte
	//go:embed client/inflate.js
	inflateJS []byte
	//go:embed client/page.js
	pageJS []byte
	//go:embed client/prefetch.js
	prefetchJS []byte
)

// constantJS are the scripts every export writes as they are: all but
// the client, which carries its export's manifest.
var constantJS = []File{{"facets.js", facetsJS}, {"inflate.js", inflateJS}, {"page.js", pageJS}}

// minifiedConstant is constantJS minified, once per process, not once per
// export.
var minifiedConstant = sync.OnceValues(func() ([]File, error) {
	out := make([]File, len(constantJS))
	for i, f := range constantJS {
		min, err := minifyJS(f.Path, f.Data, true)
		if err != nil {
			return nil, err
		}
		out[i] = File{f.Path, min}
	}
	return out, nil
})

// prefetchPage is prefetch.js as the search page carries it inline,
// minified once per process, not once per build.
var prefetchPage = sync.OnceValues(func() ([]byte, error) {
	return minifyJS("prefetch.js", prefetchJS, false)
})

// minifyJS minifies one of our scripts with esbuild (whitespace, syntax
// and local names), as an ES module unless module is false (the page's
// inline script), keeping Chinese text as it is; a first line names the
// source. The output is the same for the same input.
func minifyJS(name string, src []byte, module bool) ([]byte, error) {
	format := api.FormatESModule
	if !module {
		format = api.FormatIIFE
	}
	r := api.Transform(string(src), api.TransformOptions{
		MinifyWhitespace: true, MinifyIdentifiers: true, MinifySyntax: true,
		Format: format, Target: api.ES2020, Charset: api.CharsetUTF8,
		LegalComments: api.LegalCommentsNone, Sourcefile: name,
	})
	if len(r.Errors) > 0 {
		e := r.Errors[0]
		if e.Location != nil {
			return nil, fmt.Errorf("minifying %s:%d: %s", name, e.Location.Line, e.Text)
		}
		return nil, fmt.Errorf("minifying %s: %s", name, e.Text)
	}
	return append([]byte("// "+name+" from zeren (search/client/), minified\n"), r.Code...), nil
}
