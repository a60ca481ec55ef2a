package render

import "io/fs"

// PageKind is what a page shows; it decides the template lookup.
type PageKind string

// The page kinds.
const (
	KindHome     PageKind = "home"
	KindSection  PageKind = "section"
	KindSingle   PageKind = "single"
	KindNotFound PageKind = "404"
)

// Lookup returns the layout candidates for a page, most specific first,
// following Hugo's conventions: a section's own folder, then _default.
// The first candidate that exists is used. This is the only lookup rule.
func Lookup(kind PageKind, section string) []string {
	var c []string
	switch kind {
	case KindHome:
		c = []string{"index.html", "home.html", "_default/home.html", "_default/list.html"}
	case KindSection:
		if section != "" {
			c = append(c, section+"/list.html")
		}
		c = append(c, "_default/list.html")
	case KindSingle:
		if section != "" {
			c = append(c, section+"/single.html")
		}
		c = append(c, "_default/single.html")
	case KindNotFound:
		c = []string{"404.html", "_default/404.html"}
	default:
		// A page kind of a feature package (stats, coverage, search).
		if section != "" {
			c = append(c, section+"/"+string(kind)+".html")
		}
		c = append(c, "_default/"+string(kind)+".html")
	}
	return c
}

// BaseLookup returns the baseof candidates for a page of a section.
func BaseLookup(section string) []string {
	if section == "" {
		return []string{"_default/baseof.html"}
	}
	return []string{section + "/baseof.html", "_default/baseof.html"}
}

// first returns the first candidate present in fsys.
func first(fsys fs.FS, candidates []string) (string, bool) {
	for _, c := range candidates {
		if _, err := fs.Stat(fsys, c); err == nil {
			return c, true
		}
	}
	return "", false
}
