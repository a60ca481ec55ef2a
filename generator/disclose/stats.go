package disclose

import (
	"html/template"
	"sort"

	"zeren/generator/render"
	"zeren/generator/site"
)

// StatsView is the statistics page: three charts, each with its table.
type StatsView struct {
	Total    int
	Years    string // the span of decision years, 2022—2025
	Charts   []Chart
	ListURL  string
	CSVURL   string
	JSONURL  string
	Internal bool
}

// Chart is one chart and the table it draws.
type Chart struct {
	ID, Title, Note string
	SVG             template.HTML
	Head            []string // column headings of the table; the first names the rows
	Rows            []TableRow
	Foot            *TableRow // totals, when the table has them
}

// TableRow is one row of a chart's table.
type TableRow struct {
	Label string
	URL   string
	Cells []int
}

// topClauses is how many clauses the most-applied chart shows.
const topClauses = 10

func (d *Disclosure) statsPage(r *render.Renderer) ([]render.File, error) {
	if len(d.records) == 0 {
		return nil, nil
	}
	v := &StatsView{Total: len(d.records), ListURL: r.Rel("/outcomes/"), CSVURL: r.Rel("/outcomes.csv"), JSONURL: r.Rel("/outcomes.json"), Internal: d.opts.Internal}
	years := d.byYear()
	if len(years.Rows) > 0 {
		v.Years = years.Rows[0].Label
		if last := years.Rows[len(years.Rows)-1].Label; last != v.Years {
			v.Years += "—" + last
		}
	}
	v.Charts = []Chart{years, d.byRegion(), d.byClause(r)}
	p := &render.Page{
		Kind: "stats", Title: "问责结果统计", URL: r.Rel("/outcomes/stats/"),
		Crumbs: []render.Link{{Title: "首页", URL: r.Rel("/")}, {Title: site.Outcome.Label(), URL: r.Rel("/outcomes/")}},
		Data:   v,
	}
	html, err := r.Page("stats", "outcomes", p)
	if err != nil {
		return nil, err
	}
	return []render.File{{Path: "outcomes/stats/index.html", Data: html}}, nil
}

// byYear counts records per decision year, each under its heaviest
// category, so that a bar is the number of records of its year.
func (d *Disclosure) byYear() Chart {
	var years []string
	count := map[string]map[string]int{}
	for _, rec := range d.records {
		if rec.year == "" {
			continue
		}
		if count[rec.year] == nil {
			count[rec.year] = map[string]int{}
			years = append(years, rec.year)
		}
		count[rec.year][rec.principal]++
	}
	sort.Strings(years)
	var used []Category
	for _, c := range Categories {
		for _, y := range years {
			if count[y][c.Name] > 0 {
				used = append(used, c)
				break
			}
		}
	}
	c := Chart{ID: "chart-years", Title: "各年度问责结果(按问责方式类别)",
		Note: "按决定日期的年度统计;一条记录含多种问责方式的,按其中最重的类别计入一次(检查、通报、改组,诫勉、组织调整或者组织处理、政务处分、党纪处分依次加重)。"}
	c.Head = append(c.Head, "年度")
	for _, cat := range used {
		c.Head = append(c.Head, cat.Name)
	}
	c.Head = append(c.Head, "合计")
	var layers []series
	for _, cat := range used {
		layers = append(layers, series{name: cat.Name, colour: categoryColour(cat.Name)})
	}
	foot := &TableRow{Label: "合计", Cells: make([]int, len(used)+1)}
	for _, y := range years {
		row := TableRow{Label: y}
		total := 0
		for i, cat := range used {
			n := count[y][cat.Name]
			row.Cells = append(row.Cells, n)
			layers[i].values = append(layers[i].values, n)
			foot.Cells[i] += n
			total += n
		}
		row.Cells = append(row.Cells, total)
		foot.Cells[len(used)] += total
		c.Rows = append(c.Rows, row)
	}
	c.Foot = foot
	c.SVG = stackedBars(c.ID, c.Title, years, layers)
	return c
}

// byRegion counts records per region, most first.
func (d *Disclosure) byRegion() Chart {
	count := map[string]int{}
	for _, rec := range d.records {
		region := rec.doc.Meta.Region
		if region == "" {
			region = "未注明"
		}
		count[region]++
	}
	bars := sortedBars(count)
	c := Chart{ID: "chart-regions", Title: "各地区问责结果", Head: []string{"地区", "记录数"}}
	for _, b := range bars {
		c.Rows = append(c.Rows, TableRow{Label: b.label, Cells: []int{b.value}})
	}
	c.SVG = horizontalBars(c.ID, c.Title, palette[0], bars)
	return c
}

// byClause counts, for each clause, the records that applied it, and
// shows the most applied ones.
func (d *Disclosure) byClause(r *render.Renderer) Chart {
	count := map[string]int{}
	label := map[string]string{}
	url := map[string]string{}
	for _, rec := range d.records {
		seen := map[string]bool{}
		for _, a := range rec.basis {
			if a.node == nil || seen[a.key] {
				continue
			}
			seen[a.key] = true
			count[a.key]++
			label[a.key] = a.short()
			url[a.key] = r.Rel(a.url)
		}
	}
	bars := sortedBars(count)
	if len(bars) > topClauses {
		bars = bars[:topClauses]
	}
	c := Chart{ID: "chart-clauses", Title: "适用最多的条款", Head: []string{"条款", "记录数"},
		Note: "按适用该条款的记录数统计,链接指向决定时施行的版本。"}
	for i := range bars {
		k := bars[i].label
		bars[i].label, bars[i].url = label[k], url[k]
		c.Rows = append(c.Rows, TableRow{Label: bars[i].label, URL: bars[i].url, Cells: []int{bars[i].value}})
	}
	c.SVG = horizontalBars(c.ID, c.Title, palette[6], bars)
	return c
}

// sortedBars orders counts most first, then by key.
func sortedBars(count map[string]int) []bar {
	var bars []bar
	for k, n := range count {
		bars = append(bars, bar{label: k, value: n})
	}
	sort.Slice(bars, func(i, j int) bool {
		if bars[i].value != bars[j].value {
			return bars[i].value > bars[j].value
		}
		return bars[i].label < bars[j].label
	})
	return bars
}
