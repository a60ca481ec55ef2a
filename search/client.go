package search

import _ "embed"

// clientJS is the browser client, written to public/search/zeren-search.js.
//
//go:embed client/zeren-search.js
var clientJS []byte
