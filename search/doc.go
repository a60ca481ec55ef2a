// Package search will hold the Bleve index of every clause, its static
// export into shards and the query code shared by the CLI and serve. It is
// empty until the search issue lands.
package search
