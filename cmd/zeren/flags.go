package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// flagSet is a flag.FlagSet whose flags can have a short and a long name,
// written -s DIR or --source DIR as in Hugo.
type flagSet struct {
	*flag.FlagSet
	usage []string
	args  []string
}

func newFlagSet(name, synopsis string, stderr io.Writer) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: zeren %s\n\nFlags:\n", synopsis)
		for _, u := range fs.usage {
			fmt.Fprintln(fs.Output(), u)
		}
	}
	return fs
}

func (fs *flagSet) describe(short, long, arg, help string) {
	names := "--" + long
	if short != "" {
		names = "-" + short + ", " + names
	}
	if arg != "" {
		names += " " + arg
	}
	fs.usage = append(fs.usage, fmt.Sprintf("  %-28s %s", names, help))
}

func (fs *flagSet) stringVar(p *string, short, long, value, arg, help string) {
	fs.StringVar(p, long, value, help)
	if short != "" {
		fs.StringVar(p, short, value, help)
	}
	fs.describe(short, long, arg, help)
}

func (fs *flagSet) intVar(p *int, short, long string, value int, help string) {
	fs.IntVar(p, long, value, help)
	if short != "" {
		fs.IntVar(p, short, value, help)
	}
	fs.describe(short, long, "N", help)
}

func (fs *flagSet) boolVar(p *bool, short, long string, help string) {
	fs.BoolVar(p, long, false, help)
	if short != "" {
		fs.BoolVar(p, short, false, help)
	}
	fs.describe(short, long, "", help)
}

// parse parses args; it returns -1 to go on, or the exit status. Flags
// may come after the arguments (zeren search 问责 --limit 3), as in most
// command-line tools; after "--" everything is an argument.
func (fs *flagSet) parse(args []string) int {
	fs.args = nil
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return 0
			}
			return 2
		}
		rest := fs.FlagSet.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			fs.args = append(fs.args, rest...)
			return -1
		}
		i := 0
		for i < len(rest) && (!strings.HasPrefix(rest[i], "-") || rest[i] == "-") {
			i++
		}
		fs.args = append(fs.args, rest[:i]...)
		if i == len(rest) {
			return -1
		}
		args = rest[i:]
	}
}

// Args returns the arguments that are not flags, wherever they stood.
func (fs *flagSet) Args() []string { return fs.args }

// NArg is the number of arguments that are not flags.
func (fs *flagSet) NArg() int { return len(fs.args) }
