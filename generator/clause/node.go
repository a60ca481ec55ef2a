// Package clause finds the structure of an official Chinese text: 编, 章, 节,
// 条, 款, 项 and 目 in regulations; groups and numbered items in lists;
// categories, tasks and deduction rules in indicator systems; headed
// paragraphs in prose. Each unit gets a stable Akoma Ntoso style eId.
package clause

// Level names the kind of a structural unit. The words are part of the JSON
// contract (the "level" field of the JSON twins).
type Level string

// Levels of a regulation, a list, an indicator system and a prose document.
const (
	Book      Level = "book"      // 编, eId book_N
	Chapter   Level = "chapter"   // 章, eId chp_N
	Section   Level = "section"   // 节, eId chp_N__sec_M
	Article   Level = "article"   // 条, eId art_N (numbered through the document)
	Paragraph Level = "paragraph" // 款, eId art_N__para_M; prose paragraphs too
	Item      Level = "item"      // 项 (一), eId …__item_N; list items
	Point     Level = "point"     // 目 1., eId …__point_N; deduction rules
	Group     Level = "group"     // list group / indicator category 一、, eId grp_N
	Heading   Level = "heading"   // a heading in prose, eId sec_N
)

// Mode tells the parser which kind of document it reads; the same marker
// (一、, (一), 1.) means different levels in different kinds.
type Mode string

// Parsing modes, one per document kind with a body structure.
const (
	ModeRegulation Mode = "regulation"
	ModeList       Mode = "list"
	ModeIndicators Mode = "indicators"
	ModeDocument   Mode = "document"
)

// Node is one structural unit. Text is the unit's own text with its number
// marker removed (inline Markdown kept); a unit that only holds children
// (an article whose text is all in its 款) has empty Text.
type Node struct {
	EID      string   `json:"eid"`
	Level    Level    `json:"level"`
	Num      string   `json:"num,omitempty"`     // the marker as written, normalised: 第六条, (一), 1.
	Ordinal  int      `json:"ordinal,omitempty"` // the number the marker stands for: 6, 1
	Sub      int      `json:"sub,omitempty"`     // 之N of 第X条之N
	Heading  string   `json:"heading,omitempty"` // 章/节/编 titles, list group titles, a lead sentence ending in 。 is not a heading
	Text     string   `json:"text,omitempty"`
	Points   string   `json:"points,omitempty"` // indicators: 分值 of a category or task, "10"
	Units    []string `json:"units,omitempty"`  // indicators: responsible units from 【…】
	Line     int      `json:"line"`             // 1-based line in the body the unit starts on
	Children []*Node  `json:"children,omitempty"`
}

// Problem is something the parser noticed but could not or would not fix:
// a numbering gap, a repeated number, an item out of order. Line is 1-based
// in the body.
type Problem struct {
	Line int
	Msg  string
}

// The parser's entry points:
//
//	Parse(body string, mode Mode) ([]*Node, []Problem)  parse.go
//	Normalize(body string) []Line                       normalize.go
//	ParseNumeral(s string) (int, bool)                  numeral.go
//	Walk, Find                                          parse.go
//	Tally(nodes []*Node) Counts                         counts.go
