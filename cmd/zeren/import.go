package main

import (
	"fmt"
	"io"
	"log/slog"

	"zeren/generator/importer"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	var opts importer.Options
	fs := newFlagSet("import", "import [-s SITE] [--kind K] [--id ID] [--dry-run] [--force] [--verbose] [--keep-going] FILE|DIR...", stderr)
	fs.stringVar(&opts.Site, "s", "source", ".", "DIR", "目标站点根目录 (site root to write content/ into)")
	fs.stringVar(&opts.Kind, "", "kind", "", "K", "指定类别 regulation|list|indicators|document (force the kind)")
	fs.stringVar(&opts.ID, "", "id", "", "ID", "指定 id (force the id; one document only)")
	fs.boolVar(&opts.DryRun, "n", "dry-run", "只报告,不写文件 (write nothing)")
	fs.boolVar(&opts.Force, "f", "force", "覆盖已有内容文件 (overwrite existing content files)")
	fs.boolVar(&opts.Verbose, "v", "verbose", "列出每一行被删除的文字 (list every dropped line)")
	fs.boolVar(&opts.KeepGoing, "k", "keep-going", "跳过无法读取的文件,导入其余文件 (import the readable files even when others fail; exit status 1)")
	if code := fs.parse(args); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "zeren import: name at least one FILE or DIR to import")
		fs.Usage()
		return 2
	}
	opts.Log = slog.New(slog.NewTextHandler(stderr, nil))
	results, err := importer.Import(opts, fs.Args()...)
	importer.WriteTable(stdout, results, opts.Verbose)
	if err != nil {
		fmt.Fprintln(stderr, "zeren import:", err)
		return 1
	}
	return 0
}
