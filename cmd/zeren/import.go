package main

import (
	"fmt"
	"io"
	"log/slog"

	"zeren/generator/importer"
)

func runImport(args []string, stdout, stderr io.Writer) int {
	var opts importer.Options
	var strict bool
	fs := newFlagSet("import", "import [-s SITE] [--kind K] [--id ID] [--dry-run] [--force] [--verbose] [--keep-going] FILE|DIR...\n       zeren import --report [--strict] [--kind K] [--verbose] FILE|DIR...", stderr)
	fs.stringVar(&opts.Site, "s", "source", ".", "DIR", "目标站点根目录 (site root to write content/ into)")
	fs.stringVar(&opts.Kind, "", "kind", "", "K", "指定类别 regulation|list|indicators|document (force the kind)")
	fs.stringVar(&opts.ID, "", "id", "", "ID", "指定 id (force the id; one document only)")
	fs.boolVar(&opts.DryRun, "n", "dry-run", "只报告,不写文件 (write nothing)")
	fs.boolVar(&opts.Force, "f", "force", "覆盖已有内容文件 (overwrite existing content files)")
	fs.boolVar(&opts.Verbose, "v", "verbose", "列出每一行被删除的文字 (list every dropped line)")
	fs.boolVar(&opts.KeepGoing, "k", "keep-going", "跳过无法读取的文件,导入其余文件 (import the readable files even when others fail; exit status 1)")
	fs.boolVar(&opts.Report, "", "report", "只检查不导入:编号缺漏、重复、倒序,无法归位的文字,残留的网站信息 (check without writing: numbering gaps, repeats, order, unplaced text, leftover boilerplate)")
	fs.boolVar(&strict, "", "strict", "与 --report 合用:有问题时退出码为 1 (with --report: exit status 1 when there are findings)")
	if code := fs.parse(args); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "zeren import: name at least one FILE or DIR to import")
		fs.Usage()
		return 2
	}
	if strict && !opts.Report {
		fmt.Fprintln(stderr, "zeren import: --strict goes with --report")
		return 2
	}
	level := slog.LevelInfo
	if opts.Report {
		level = slog.LevelWarn // the report is the output
	}
	opts.Log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	results, err := importer.Import(opts, fs.Args()...)
	findings := 0
	if opts.Report {
		findings = importer.WriteReport(stdout, results, opts.Verbose)
	} else {
		importer.WriteTable(stdout, results, opts.Verbose)
	}
	switch {
	case err != nil:
		fmt.Fprintln(stderr, "zeren import:", err)
		return 1
	case strict && findings > 0:
		return 1
	}
	return 0
}
