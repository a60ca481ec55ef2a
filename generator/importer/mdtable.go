package importer

import "strings"

// markdownTable writes the rows of a table (from DOCX or HTML) as a
// Markdown table: the first row is the header, every row is padded to the
// widest, a | inside a cell is escaped and rows without text are left out.
func markdownTable(rows [][]string) []string {
	n := width(rows)
	var out []string
	for _, r := range rows {
		if strings.TrimSpace(strings.Join(r, "")) == "" {
			continue
		}
		cells := make([]string, n)
		for i := range cells {
			if i < len(r) {
				cells[i] = strings.ReplaceAll(trimSpace(r[i]), "|", `\|`)
			}
		}
		out = append(out, "| "+strings.Join(cells, " | ")+" |")
		if len(out) == 1 {
			out = append(out, "|"+strings.Repeat(" --- |", n))
		}
	}
	return out
}

// width is the number of cells in the widest row.
func width(rows [][]string) int {
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	return n
}
