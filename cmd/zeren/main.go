// Command zeren builds, serves and imports public-disclosure sites: Chinese
// regulations, responsibility lists, assessment indicators, implementation
// measures and accountability outcomes, every clause addressable.
package main

import (
	"fmt"
	"io"
	"os"
)

// version is set at link time (-ldflags "-X main.version=…").
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// command is one subcommand of zeren.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"build", "把 content/ 构建为静态站点 (build the site into public/)", runBuild},
		{"serve", "构建并在本地预览 (build, then serve the result)", runServe},
		{"import", "把原始文本导入为内容文件 (turn raw documents into content files)", runImport},
		{"check", "只检查不输出:引用、编号、频次 (validate references, numbering, frequencies; write nothing)", runCheck},
		{"search", "在构建好的索引中全文搜索 (search the index of the last build)", runSearch},
		{"version", "显示版本 (print the version)", runVersion},
		{"help", "显示帮助 (show help)", nil},
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "help" {
		if len(args) > 1 {
			return helpFor(args[1], stdout, stderr)
		}
		usage(stdout)
		return 0
	}
	if name == "--version" {
		return runVersion(nil, stdout, stderr)
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "zeren: unknown command %q\n\n", name)
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "zeren — 责任公开站点生成器 (static site generator for public-disclosure corpora)")
	fmt.Fprintln(w, "\nUsage: zeren <command> [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'zeren help <command>' for a command's flags.")
}

func helpFor(name string, stdout, stderr io.Writer) int {
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			return c.run([]string{"-h"}, stdout, stdout)
		}
	}
	fmt.Fprintf(stderr, "zeren: unknown command %q\n", name)
	return 2
}

func runVersion(_ []string, stdout, _ io.Writer) int {
	fmt.Fprintln(stdout, "zeren", version)
	return 0
}
