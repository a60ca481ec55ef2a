package clause

// outline places numbered list lines under one holder (an article's 款, a
// list group, the document root). The first marker shape seen makes items;
// another shape under an item makes points ((1) under 1., 1. under (一));
// lines of a third shape stay in their point's text. In a regulation the
// first shape is usually (一), but party rules often number items 1.
type outline struct {
	children            *[]*Node // where items go
	itemKind, pointKind kind
	items, points       numbering
	item, point         *Node // the open item and point
	deeper              continuation
}

// add places the list line m (raw is the whole line) and returns whether
// it fitted, with a numbering problem if there is one. An OCR-read marker
// (l. for 1.) fits only where the number is the next one or a restart.
func (o *outline) add(m marker, raw string, line int) (bool, string) {
	switch {
	case o.itemKind == kNone || m.kind == o.itemKind:
		if !fits(m, o.items) {
			return false, ""
		}
		o.deeper.flush()
		o.itemKind = m.kind
		o.item = &Node{Level: Item, Num: m.num, Ordinal: m.ord, Text: m.rest, Line: line}
		*o.children = append(*o.children, o.item)
		o.point, o.pointKind, o.points = nil, kNone, numbering{}
		return true, o.items.step(m)
	case o.item != nil && (o.pointKind == kNone || m.kind == o.pointKind):
		if !fits(m, o.points) {
			return false, ""
		}
		o.deeper.flush()
		o.pointKind = m.kind
		o.point = &Node{Level: Point, Num: m.num, Ordinal: m.ord, Text: m.rest, Line: line}
		o.item.Children = append(o.item.Children, o.point)
		return true, o.points.step(m)
	case o.point != nil:
		o.deeper.add(o.point, "\n", raw)
		return true, ""
	}
	return false, ""
}

// close ends the open item, so that later points do not attach to it.
// The parsers call it when the outline's holder ends.
func (o *outline) close() {
	o.deeper.flush()
	o.item, o.point, o.pointKind = nil, nil, kNone
}

// fits reports whether m may be taken as the next marker of q: always,
// unless it is an OCR reading that is neither the next number nor 1.
func fits(m marker, q numbering) bool {
	return !m.guess || m.ord == 1 || m.ord == q.last+1
}
