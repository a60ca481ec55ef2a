package clause

// Counts is how many units of each level a tree holds.
type Counts struct {
	Books, Chapters, Sections, Articles int
	// Paragraphs counts Paragraph nodes: the 款 of articles with more than
	// one 款 (an article's only 款 is not a node), preamble paragraphs and
	// prose paragraphs.
	Paragraphs int
	Items      int
	Points     int
	Groups     int
	Headings   int
}

// Tally counts the nodes of a tree by level.
func Tally(nodes []*Node) Counts {
	var c Counts
	Walk(nodes, func(n *Node, _ int) bool {
		switch n.Level {
		case Book:
			c.Books++
		case Chapter:
			c.Chapters++
		case Section:
			c.Sections++
		case Article:
			c.Articles++
		case Paragraph:
			c.Paragraphs++
		case Item:
			c.Items++
		case Point:
			c.Points++
		case Group:
			c.Groups++
		case Heading:
			c.Headings++
		}
		return true
	})
	return c
}
