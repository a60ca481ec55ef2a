package search

import "github.com/blevesearch/bleve/v2"

// MatchesUnit reports whether unit i holds every term of query literally,
// as Search reads the query. Tests use it to check the literal guarantee
// without fetching every hit.
func (ix *Index) MatchesUnit(query string, i int) (bool, error) {
	words := Terms(query)
	if len(words) == 0 {
		return false, nil
	}
	q := filtered(literalQuery(planTerms(words)), bleve.NewDocIDQuery([]string{unitKey(i)}), nil)
	sr, err := ix.bleve.Search(bleve.NewSearchRequestOptions(q, 1, 0, false))
	if err != nil {
		return false, err
	}
	return sr.Total == 1, nil
}
