// Package search is the index stage of a build and the search that
// reads it: a Bleve (scorch) index of every search unit of a site, kept
// in the build's cache folder; its export into static files under
// public/search/ with the browser client zeren-search.js; the query that
// `zeren search`, serve's /api/search and the parity tests share.
//
//	units.go     the site model as search units (articles, list items, …)
//	analysis.go  characters, bigrams and the terms of a query
//	index.go     the Bleve index: mapping and the offline build
//	query.go     how a query is read and ranked; Index.Search
//	snippet.go   the text around a match, the same in Go and JavaScript
//	export.go    the static index: dictionary, postings, text, facets
//	stage.go     the build's index stage and the search page
//	api.go       /api/search
//	client/      zeren-search.js
package search
