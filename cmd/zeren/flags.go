package main

import (
	"flag"
	"fmt"
	"io"
)

// flagSet is a flag.FlagSet whose flags can have a short and a long name,
// written -s DIR or --source DIR as in Hugo.
type flagSet struct {
	*flag.FlagSet
	usage []string
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

// parse parses args; it returns -1 to go on, or the exit status.
func (fs *flagSet) parse(args []string) int {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	return -1
}
