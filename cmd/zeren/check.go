package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"zeren/generator"
	"zeren/generator/site"
)

// checkReport is the JSON output of zeren check.
type checkReport struct {
	Errors   int          `json:"errors"`
	Warnings int          `json:"warnings"`
	Problems []checkEntry `json:"problems"`
}

type checkEntry struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Severity string `json:"severity"`
	Stage    string `json:"stage,omitempty"`
	Message  string `json:"message"`
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	var source, format string
	var internal bool
	fs := newFlagSet("check", "check [-s DIR] [--format text|json]", stderr)
	fs.stringVar(&source, "s", "source", ".", "DIR", "站点根目录 (site root)")
	fs.stringVar(&format, "", "format", "text", "FORMAT", "输出格式 text 或 json (output format)")
	fs.boolVar(&internal, "", "internal", "同时检查内部与禁发记录 (also check internal and embargoed records)")
	if code := fs.parse(args); code >= 0 {
		return code
	}
	if format != "text" && format != "json" {
		fmt.Fprintf(stderr, "zeren check: --format must be text or json, not %q\n", format)
		return 2
	}
	_, warnings, err := generator.Check(generator.Options{Source: source, Internal: internal})
	var be *generator.Error
	if err != nil && !errors.As(err, &be) {
		fmt.Fprintln(stderr, "zeren check:", err)
		return 1
	}
	rep := checkReport{Problems: []checkEntry{}}
	add := func(d site.Diagnostic, stage string) {
		e := checkEntry{File: d.Pos.File, Line: d.Pos.Line, Severity: "error", Stage: stage, Message: d.Msg}
		if d.Warning {
			e.Severity = "warning"
			rep.Warnings++
		} else {
			rep.Errors++
		}
		rep.Problems = append(rep.Problems, e)
	}
	for _, d := range warnings {
		add(d, "")
	}
	if be != nil {
		for _, d := range be.Diags {
			if !d.Warning {
				add(d, be.Stage)
			}
		}
	}
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(rep)
	} else {
		for _, p := range rep.Problems {
			d := site.Diagnostic{Pos: site.Pos{File: p.File, Line: p.Line}, Msg: p.Message, Warning: p.Severity == "warning"}
			fmt.Fprintln(stdout, d.String())
		}
		fmt.Fprintf(stdout, "zeren check: %d error(s), %d warning(s)\n", rep.Errors, rep.Warnings)
	}
	if rep.Errors > 0 {
		return 1
	}
	return 0
}
