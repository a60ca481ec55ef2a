package testenv

// Twin is a document's JSON twin (the index.json beside its page) as the
// tests read it: the document's fields and its clause tree.
type Twin struct {
	ID, Kind, Title, Source    string
	DocNumber                  string `json:"doc_number"`
	Adopted, Issued, Effective string
	Issuer                     string
	Clauses                    []*TwinClause
}

// TwinClause is a clause of a twin, with the clauses under it.
type TwinClause struct {
	EID, Level, Num, Heading, Text string
	Children                       []*TwinClause
}

// Find is the clause with eId eid, or nil.
func (t *Twin) Find(eid string) *TwinClause {
	var walk func([]*TwinClause) *TwinClause
	walk = func(cs []*TwinClause) *TwinClause {
		for _, c := range cs {
			if c.EID == eid {
				return c
			}
			if f := walk(c.Children); f != nil {
				return f
			}
		}
		return nil
	}
	return walk(t.Clauses)
}

// Count is how many clauses of a level (article, item, …) the twin has.
func (t *Twin) Count(level string) int {
	n := 0
	var walk func([]*TwinClause)
	walk = func(cs []*TwinClause) {
		for _, c := range cs {
			if c.Level == level {
				n++
			}
			walk(c.Children)
		}
	}
	walk(t.Clauses)
	return n
}
