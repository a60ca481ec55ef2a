// Package importer turns raw texts (scraped UTF-8 plain text) into content
// files: it strips document-site boilerplate, splits compilations into
// their documents, gives appendices and commentaries documents of their
// own, reads the title, 发文字号, issuer and dates from what the text says,
// decides the kind and writes content/<section>/<id>.md with YAML front
// matter.
//
// Import runs these stages for each file, all before anything is written:
//
//	decode → clean → split pieces → header → split parts → meta → kind →
//	tables → normalise and parse → ids → render → check → write
//
// Nothing is written when any file fails, and an existing file is only
// replaced with Options.Force.
package importer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"zeren/generator/clause"
)

// Options controls an import.
type Options struct {
	Site    string       // site root; files go to Site/content/<section>/<id>.md
	Kind    string       // force a kind for every document ("" = detect)
	ID      string       // force the id (only valid with a single resulting document)
	DryRun  bool         // write nothing
	Force   bool         // overwrite existing files
	Verbose bool         // list every dropped line
	Log     *slog.Logger // progress and decisions; nil discards them
	// Report checks the input without writing or looking at the site:
	// it implies DryRun and KeepGoing, and the warnings of the results
	// are its findings (see WriteReport).
	Report bool
	// KeepGoing imports the files that can be read even when others
	// cannot; Import still returns their errors.
	KeepGoing bool
	// PDFToText is the pdftotext command that reads PDF files ("" looks
	// for pdftotext on the PATH).
	PDFToText string
}

// Result describes one imported document.
type Result struct {
	Source   string        // input file base name and piece: 003_x.txt#第一篇
	ID       string        // the document's id
	Kind     string        // regulation, list, indicators or document
	Title    string        // the title written to the front matter
	Path     string        // the content file, under Options.Site
	Counts   clause.Counts // structure found by the clause parser
	Warnings []Warning     // what needs a human look
	Dropped  []Dropped     // every line (or in-line text) left out
	Written  bool          // whether the file was written
}

// Dropped is a line, or a piece of one, that did not go into the body,
// with the reason. Line is the 1-based line in the input file.
type Dropped struct {
	Line int
	Text string
	Why  string
}

var reID = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// Import reads the given files (folders: the importable files below them,
// in path order), and writes one content file per document found. It
// returns a Result per document in input order. On an error nothing is
// written; when the error is about existing files, the results are
// returned too. With Options.KeepGoing, a file that cannot be read does
// not stop the others: they are imported, and the error lists the files
// left out.
func Import(opts Options, paths ...string) ([]Result, error) {
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.Report {
		opts.DryRun, opts.KeepGoing = true, true
	}
	log := opts.Log
	if err := checkOptions(opts); err != nil {
		return nil, err
	}
	files, err := inputFiles(paths)
	if err != nil {
		return nil, err
	}
	docs, failed := planAll(files, opts)
	if failed != nil && (!opts.KeepGoing || len(docs) == 0) {
		return nil, failed
	}
	if opts.ID != "" && len(docs) != 1 {
		return nil, fmt.Errorf("--id %s needs a single document, but the input holds %d (%s …); leave out --id or import one document", opts.ID, len(docs), docs[0].source)
	}
	uniqueTitles(docs)
	existing := map[string]existingFile{}
	if !opts.Report {
		if existing, err = scanSite(opts.Site); err != nil {
			return nil, err
		}
	}
	assignIDs(docs, opts, existing)
	errs := make([]error, len(docs))
	each(len(docs), func(i int) {
		var err error
		if docs[i].content, err = render(docs[i]); err != nil {
			errs[i] = fmt.Errorf("%s: %w", docs[i].source, err)
		}
		docs[i].body = nil // the content holds the text now; a large import needs the memory
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	results := make([]Result, len(docs))
	for i, d := range docs {
		results[i] = d.result()
	}
	if err := checkTargets(docs, results, existing, opts); err != nil {
		return results, err
	}
	if opts.DryRun {
		return results, failed
	}
	for _, d := range docs {
		level := slog.LevelDebug
		if opts.Verbose {
			level = slog.LevelInfo
		}
		for _, dr := range d.dropped {
			log.Log(context.Background(), level, "dropped", "source", d.source, "line", dr.Line, "why", dr.Why, "text", dr.Text)
		}
	}
	// The writes go in parallel too; what they report comes in order.
	if err := makeDirs(docs); err != nil {
		return results, err
	}
	werrs := make([]error, len(docs))
	each(len(docs), func(i int) { werrs[i] = writeDoc(docs[i], existing) })
	for i, d := range docs {
		if werrs[i] == nil {
			results[i].Written = true
			log.Info("imported", "source", d.source, "path", d.path, "kind", d.kind)
		}
	}
	if err := errors.Join(werrs...); err != nil {
		return results, err
	}
	return results, failed
}

func checkOptions(opts Options) error {
	if opts.Site == "" && !opts.Report {
		return errors.New("no site given; pass the site root (the folder holding content/)")
	}
	if opts.Kind != "" && !validKind(opts.Kind) {
		return fmt.Errorf("unknown kind %q; use one of %s, or leave it out to detect the kind", opts.Kind, kindNames())
	}
	if opts.ID != "" && !reID.MatchString(opts.ID) {
		return fmt.Errorf("id %q is not a slug; use lower-case ASCII letters, digits and hyphens, e.g. wen-ze-tiao-li", opts.ID)
	}
	return nil
}

// uniqueTitles makes titles unique across the import: a document from a
// compilation piece gets its piece, (篇5); others get (2), (3).
func uniqueTitles(docs []*doc) {
	groups := map[string][]*doc{}
	var order []string
	for _, d := range docs {
		if _, ok := groups[d.title]; !ok {
			order = append(order, d.title)
		}
		groups[d.title] = append(groups[d.title], d)
	}
	for _, t := range order {
		g := groups[t]
		if len(g) < 2 {
			continue
		}
		for i, d := range g {
			switch {
			case d.label != "" && d.role == mainText && !strings.HasSuffix(d.title, "("+d.label+")"):
				d.title += "(" + d.label + ")"
			case d.fileDate != "" && d.role == mainText:
				d.title += "(" + d.fileDate + ")" // versions of one text: 某某条例(2020-05-14)
			case i > 0:
				d.title += fmt.Sprintf("(%d)", i+1)
			}
			d.meta.shortTitle = shortTitle(d.title)
		}
	}
}

// assignIDs gives every document its id and path: the forced one, or a
// slug of its short title; appendices and commentaries derive theirs from
// their parent's.
func assignIDs(docs []*doc, opts Options, existing map[string]existingFile) {
	q := ids{existing: map[string]string{}, used: map[string]bool{}}
	for id, f := range existing {
		q.existing[id] = f.source
	}
	// Documents whose id base another one has too (安全生产条例 of several
	// provinces) all take a longer one, rather than the first the short
	// base and the others a number.
	levels := make([][]string, len(docs))
	at := make([]int, len(docs))
	for i, d := range docs {
		if d.role == mainText {
			levels[i] = slugLevels(first(d.meta.shortTitle, d.title))
		}
	}
	for range 2 {
		count := map[string]int{}
		for i := range docs {
			if levels[i] != nil {
				count[levels[i][at[i]]]++
			}
		}
		for i := range docs {
			if levels[i] != nil && count[levels[i][at[i]]] > 1 && at[i]+1 < len(levels[i]) {
				at[i]++
			}
		}
	}
	for i, d := range docs {
		var base string
		switch {
		case opts.ID != "":
			d.id = opts.ID // as given: a clash is an error, not a reason to rename
		case d.role == appendix:
			base = fmt.Sprintf("%s-fujian-%d", d.parent.id, d.num)
		case d.role == commentary:
			base = d.parent.id + "-jiedu"
		default:
			base = levels[i][at[i]]
		}
		if d.id == "" {
			d.id = q.claim(base, d.source)
		}
		d.path = filepath.Join(opts.Site, "content", kinds[d.kind].section, d.id+".md")
	}
}

// result reports d, its warnings in line order.
func (d *doc) result() Result {
	sort.SliceStable(d.warnings, func(i, j int) bool { return d.warnings[i].Line < d.warnings[j].Line })
	return Result{Source: d.source, ID: d.id, Kind: d.kind, Title: d.title, Path: d.path,
		Counts: d.counts, Warnings: d.warnings, Dropped: d.dropped}
}
