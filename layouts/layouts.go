// Package layouts embeds the built-in templates and front-end assets, the
// default that a site's own layouts/ folder overrides file by file.
package layouts

import "embed"

// FS holds the built-in layouts: _default/, partials/, the home and 404
// templates and static/ (copied to the output root).
//
//go:embed _default partials static outcomes index.html 404.html
var FS embed.FS
