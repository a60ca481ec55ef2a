package clause

import (
	"fmt"
	"slices"
	"strings"
)

// Parse finds the structure of body, read as mode: 编/章/节/条/款/项/目 in a
// regulation, groups and items in a list, categories, tasks and deduction
// rules in an indicator system, headed paragraphs in a prose document.
// Every node gets a unique eId (see eid.go). The problems are what the
// parser noticed but did not fix: numbering gaps, repeats and steps back,
// renamed duplicate eIds. They are sorted by line. An unknown mode is read
// as a prose document, with a problem saying so.
func Parse(body string, mode Mode) ([]*Node, []Problem) {
	lines := mergeBlocks(Normalize(body))
	var nodes []*Node
	var problems []Problem
	switch mode {
	case ModeRegulation:
		nodes, problems = parseRegulation(lines)
	case ModeList:
		nodes, problems = parseList(lines)
	case ModeIndicators:
		nodes, problems = parseIndicators(lines)
	default:
		if mode != ModeDocument {
			problems = append(problems, Problem{Line: 1, Msg: fmt.Sprintf("unknown mode %q, read as %q", mode, ModeDocument)})
			mode = ModeDocument
		}
		nodes = parseDocument(lines)
	}
	problems = append(problems, assignEIDs(nodes, mode)...)
	slices.SortStableFunc(problems, func(a, b Problem) int { return a.Line - b.Line })
	return nodes, problems
}

// Walk calls fn for every node, depth first in document order (a parent
// before its children); depth is 0 for the nodes passed in. If fn returns
// false, Walk skips that node's children.
func Walk(nodes []*Node, fn func(n *Node, depth int) bool) {
	walk(nodes, 0, fn)
}

// walk is Walk at a given depth.
func walk(nodes []*Node, depth int, fn func(n *Node, depth int) bool) {
	for _, n := range nodes {
		if fn(n, depth) {
			walk(n.Children, depth+1, fn)
		}
	}
}

// Find returns the node with the given eId, or nil.
func Find(nodes []*Node, eid string) *Node {
	for _, n := range nodes {
		if n.EID == eid {
			return n
		}
		if found := Find(n.Children, eid); found != nil {
			return found
		}
	}
	return nil
}

// problemAt returns a one-element problem list for msg, or nil if msg is
// empty; the numbering checks use it.
func problemAt(line int, msg string) []Problem {
	if msg == "" {
		return nil
	}
	return []Problem{{Line: line, Msg: msg}}
}

// splitHeading splits the text after a group marker into a title and the
// text that follows: "指导思想。以邓小平理论…" has the title 指导思想. A
// short line without 。 or ; is all title; a long sentence has none.
func splitHeading(rest string) (heading, text string) {
	if head, tail, ok := strings.Cut(rest, "。"); ok {
		if runeLen(head) <= 20 && !strings.ContainsAny(head, ",，;；:：") {
			return head, strings.TrimSpace(tail)
		}
		return "", rest
	}
	if runeLen(rest) <= 40 && !strings.ContainsAny(rest, ";；") {
		return rest, ""
	}
	return "", rest
}

// isTitle reports whether a line can be a title: short, no punctuation,
// no marker.
func isTitle(s string, maxRunes int) bool {
	return runeLen(s) <= maxRunes && !hasPunct(s) && readMarker(s).kind == kNone
}

// continuation collects the lines that extend one node's text (a deeper
// list line, the wrapped end of a deduction rule) and writes them into the
// node once, so that a long run of them stays linear.
type continuation struct {
	node  *Node
	sep   string
	parts []string
}

// add appends s to n's text, after sep. Adding to another node first
// writes out the pending one.
func (c *continuation) add(n *Node, sep, s string) {
	if c.node != n {
		c.flush()
		c.node, c.sep = n, sep
		if n.Text != "" {
			c.parts = append(c.parts, n.Text)
		}
	}
	c.parts = append(c.parts, s)
}

// flush writes the pending text into its node and returns the node, or
// nil if nothing was pending.
func (c *continuation) flush() *Node {
	n := c.node
	if n != nil {
		n.Text = strings.Join(c.parts, c.sep)
	}
	c.node, c.parts = nil, nil
	return n
}
