package render

import (
	"encoding/json"
	"html/template"

	"zeren/generator/site"
)

// jsonLD describes a page for search engines in schema.org terms: the
// home page is a WebSite, a list a CollectionPage, a regulation a
// Legislation (with legislationIdentifier, legislationDate and
// legislationLegalForce), an outcome an Article, any other document a
// CreativeWork and every other page a WebPage. json.Marshal escapes <, >
// and &, so the text cannot close the script element it sits in.
func (r *renderer) jsonLD(p *Page) template.JS {
	v := map[string]any{
		"@context":   "https://schema.org",
		"@type":      "WebPage",
		"name":       p.Title,
		"url":        r.Abs(trimBase(p.URL, r.opts.BasePath)),
		"inLanguage": "zh-CN",
	}
	switch {
	case p.Kind == KindHome:
		v["@type"] = "WebSite"
		v["name"] = r.opts.Title
	case p.Kind == KindSection:
		v["@type"] = "CollectionPage"
	case p.Kind == KindSingle && p.Doc != nil:
		docLD(v, p.Doc)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return template.JS(b)
}

// docLD fills in what the front matter says about a document.
func docLD(v map[string]any, d *DocView) {
	m := d.Meta
	setIf := func(k, s string) {
		if s != "" {
			v[k] = s
		}
	}
	v["name"] = m.Title
	setIf("alternateName", m.ShortTitle)
	setIf("description", m.Summary)
	switch site.Kind(d.Kind) {
	case site.Regulation:
		v["@type"] = "Legislation"
		setIf("legislationIdentifier", m.DocNumber)
		setIf("legislationDate", firstNonEmpty(m.Issued, m.Adopted, m.Effective))
		setIf("legislationDateVersion", firstNonEmpty(d.Meta.Effective, d.Date))
		if m.Issuer != "" {
			v["legislationPassedBy"] = map[string]string{"@type": "Organization", "name": m.Issuer}
		}
		current := true
		for _, rev := range d.Versions {
			if rev.This {
				current = rev.Current
			}
		}
		if f := legalForce(m.Status, current); f != "" {
			v["legislationLegalForce"] = "https://schema.org/" + f
		}
	case site.Outcome:
		v["@type"] = "Article"
		v["articleSection"] = site.Outcome.Label()
		setIf("datePublished", m.Published)
		setIf("dateCreated", m.Decided)
		if m.DecidedBy != "" {
			v["author"] = map[string]string{"@type": "Organization", "name": m.DecidedBy}
		}
		if m.Region != "" {
			v["contentLocation"] = map[string]string{"@type": "Place", "name": m.Region}
		}
	default:
		v["@type"] = "CreativeWork"
		setIf("dateCreated", d.Date)
		if m.Issuer != "" {
			v["publisher"] = map[string]string{"@type": "Organization", "name": m.Issuer}
		}
	}
	if m.Sample {
		v["genre"] = "示例文本(虚构)"
	}
}

// legalForce maps 效力状态 to schema.org's LegalForceStatus: an older
// revision is no longer in force whatever its file says.
func legalForce(status string, current bool) string {
	if !current {
		return "NotInForce"
	}
	switch status {
	case "现行有效", "试行":
		return "InForce"
	case "已修订", "已废止", "尚未施行":
		return "NotInForce"
	}
	return ""
}

// trimBase turns a URL under the base path back into a site path.
func trimBase(u, base string) string {
	if len(u) >= len(base) && u[:len(base)] == base {
		return "/" + u[len(base):]
	}
	return u
}
