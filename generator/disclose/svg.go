package disclose

import (
	"fmt"
	"html/template"
	"strings"
)

// The charts are drawn at build time as inline SVG: no script, no web
// font, readable in print. Each is a picture of the table beneath it,
// which is what screen readers and copy-paste use.

// palette colours the categories of Categories, in order: distinct for
// the common forms of colour blindness and legible on white.
var palette = []string{"#4e79a7", "#59a14f", "#9c755f", "#edc948", "#f28e2b", "#76b7b2", "#e15759"}

func categoryColour(name string) string {
	if i := CategoryRank(name); i >= 0 {
		return palette[i%len(palette)]
	}
	return "#bab0ac"
}

// series is one layer of a stacked bar chart.
type series struct {
	name   string
	colour string
	values []int // one per bar
}

// stackedBars draws vertical bars, one per label, stacked by series.
func stackedBars(id, title string, labels []string, layers []series) template.HTML {
	const (
		w, h                       = 640, 300
		left, right, top, bottom   = 44, 12, 56, 28
		plotW, plotH               = w - left - right, h - top - bottom
		legendRow, legendItemWidth = 18, 150
	)
	totals := make([]int, len(labels))
	for _, s := range layers {
		for i, v := range s.values {
			totals[i] += v
		}
	}
	top0, step := niceScale(maxInt(totals))
	var b strings.Builder
	svgOpen(&b, id, title, w, h)
	// Legend, wrapped in rows of four.
	for i, s := range layers {
		x, y := left+(i%4)*legendItemWidth, 8+(i/4)*legendRow
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d" class="legend">%s</text>`,
			x, y, s.colour, x+16, y+11, esc(s.name))
	}
	axisY(&b, left, top, plotW, plotH, top0, step)
	if len(labels) > 0 {
		band := float64(plotW) / float64(len(labels))
		barW := band * 0.6
		for i, l := range labels {
			x := float64(left) + band*float64(i) + (band-barW)/2
			y := float64(top + plotH)
			for _, s := range layers {
				v := s.values[i]
				if v == 0 {
					continue
				}
				bh := float64(plotH) * float64(v) / float64(top0)
				y -= bh
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s:%d</title></rect>`,
					x, y, barW, bh, s.colour, esc(l), esc(s.name), v)
			}
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" class="total" text-anchor="middle">%d</text>`, x+barW/2, y-4, totals[i])
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%s</text>`, x+barW/2, h-8, esc(l))
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// bar is one row of a horizontal bar chart.
type bar struct {
	label string
	value int
	url   string // optional link
}

// horizontalBars draws one labelled bar per row, longest first as given.
func horizontalBars(id, title, colour string, bars []bar) template.HTML {
	const (
		w, labelW, right, row, top = 640, 250, 40, 26, 8
	)
	h := top*2 + row*max(1, len(bars))
	plotW := w - labelW - right
	vals := make([]int, len(bars))
	for i, b := range bars {
		vals[i] = b.value
	}
	top0, _ := niceScale(maxInt(vals))
	var b strings.Builder
	svgOpen(&b, id, title, w, h)
	for i, br := range bars {
		y := top + i*row
		bw := float64(plotW) * float64(br.value) / float64(top0)
		label := fmt.Sprintf(`<text x="%d" y="%d" text-anchor="end">%s</text>`, labelW-8, y+17, esc(br.label))
		if br.url != "" {
			label = fmt.Sprintf(`<a href="%s">%s</a>`, esc(br.url), label)
		}
		b.WriteString(label)
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s:%d</title></rect>`,
			labelW, y+4, bw, row-8, colour, esc(br.label), br.value)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="total">%d</text>`, float64(labelW)+bw+6, y+17, br.value)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func svgOpen(b *strings.Builder, id, title string, w, h int) {
	fmt.Fprintf(b, `<svg class="chart" id="%s" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="%s-title" xmlns="http://www.w3.org/2000/svg">`,
		esc(id), w, h, w, h, esc(id))
	fmt.Fprintf(b, `<title id="%s-title">%s(数据见下表)</title>`, esc(id), esc(title))
}

// axisY draws the value axis with its grid lines.
func axisY(b *strings.Builder, left, top, plotW, plotH, top0, step int) {
	for v := 0; v <= top0; v += step {
		y := float64(top+plotH) - float64(plotH)*float64(v)/float64(top0)
		fmt.Fprintf(b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" class="grid"/><text x="%d" y="%.1f" text-anchor="end" class="tick">%d</text>`,
			left, left+plotW, y, y, left-6, y+4, v)
	}
}

// niceScale rounds a maximum up to a round top with 2–6 steps.
func niceScale(m int) (top, step int) {
	if m <= 0 {
		return 1, 1
	}
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000} {
		if (m+s-1)/s <= 6 {
			return ((m + s - 1) / s) * s, s
		}
	}
	s := 10000
	for (m+s-1)/s > 6 {
		s *= 10
	}
	return ((m + s - 1) / s) * s, s
}

func maxInt(vs []int) int {
	m := 0
	for _, v := range vs {
		m = max(m, v)
	}
	return m
}

// esc escapes text for SVG inside HTML.
func esc(s string) string { return template.HTMLEscapeString(s) }
