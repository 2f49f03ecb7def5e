// Command bireport parses bilingual Chinese/English reports, aligns every
// Chinese paragraph with its English translation, extracts the numeric
// commitments and footnotes, checks the translation and renders the result.
//
// Usage:
//
//	bireport render  [-f md|json|html|tmx|tsv] [-o FILE] FILE | --zh FILE --en FILE
//	bireport align   [-f tsv|json] [-o FILE] FILE | --zh FILE --en FILE
//	bireport extract [-f json|csv|md] [-figures] [-o FILE] FILE... | --zh FILE --en FILE
//	bireport check   [-f text|json] FILE... | --zh FILE --en FILE
//	bireport batch   [-j N] [-o out.jsonl] DIR|FILE...
//	bireport text    [-o FILE] FILE
//	bireport indicators [-f csv|json|html] [--catalog FILE] [-o FILE] FILE|DIR...
//
// A FILE may be plain text, an HTML page, a Markdown file or a Word
// document (.docx); text prints the lines read from it.
//
// A FILE of - reads standard input. Exit status: 0 ok, 1 check found
// findings of severity error, 2 usage or input error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bireport/bireport/report"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1 // check found a finding of severity error
	exitError    = 2 // usage or input error
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs the tool with args (without the program name) and returns the
// exit code. It never panics.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	t := &tool{
		stdin:         stdin,
		stdout:        stdout,
		stderr:        stderr,
		parse:         report.Parse,
		parsePair:     report.ParsePair,
		writeJSON:     report.WriteJSON,
		writeJSONLine: report.WriteJSONLine,
		progress:      isTerminal(stderr),
	}
	return t.main(args)
}

// A tool is one invocation: its streams and the library functions it runs.
// Tests replace parse, parsePair, writeJSON and writeJSONLine.
type tool struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	parse          func(r io.Reader, cfg report.Config) (*report.Document, error)
	parsePair      func(zh, en io.Reader, cfg report.Config) (*report.Document, error)
	writeJSON      func(w io.Writer, doc *report.Document) error
	writeJSONLine  func(w io.Writer, doc *report.Document) error // batch: one compact line
	progress       bool                                          // write a progress line on stderr (batch)
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// A command is one subcommand of the tool.
type command struct {
	name     string
	synopsis string // the usage line after "bireport NAME"
	summary  string // one line for the tool's usage
	detail   string // paragraphs after the synopsis
	run      func(t *tool, c *command, args []string) error
}

// commands lists the subcommands in the order of the usage text.
func commands() []*command {
	return []*command{renderCmd(), alignCmd(), extractCmd(), checkCmd(), batchCmd(), textCmd(), indicatorsCmd()}
}

// errHelp is returned by a command that printed its usage for -h.
var errHelp = errors.New("help requested")

// errFindings is returned by check when it reported a finding of severity
// error; its findings are the message.
var errFindings = errors.New("findings of severity error")

// A usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

func (t *tool) main(args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			t.errorLine(fmt.Errorf("internal error: %v", r))
			code = exitError
		}
	}()
	if len(args) == 0 {
		t.errorLine(usagef("no command (run 'bireport -h' for usage)"))
		return exitError
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(rest) > 0 {
			if c := lookup(rest[0]); c != nil {
				return t.exit(c.run(t, c, []string{"-h"}))
			}
			t.errorLine(usagef("unknown command %q (run 'bireport -h' for usage)", rest[0]))
			return exitError
		}
		t.toolUsage(t.stdout)
		return exitOK
	}
	c := lookup(name)
	if c == nil {
		if strings.HasPrefix(name, "-") {
			t.errorLine(usagef("unknown flag %s: flags come after the command (run 'bireport -h' for usage)", name))
		} else {
			t.errorLine(usagef("unknown command %q (run 'bireport -h' for usage)", name))
		}
		return exitError
	}
	return t.exit(c.run(t, c, rest))
}

// exit turns the error of a command into an exit code, writing it on
// stderr.
func (t *tool) exit(err error) int {
	switch {
	case err == nil, errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	}
	t.errorLine(err)
	return exitError
}

// errorLine writes err on stderr as one line.
func (t *tool) errorLine(err error) {
	msg := strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", " ")), " ")
	fmt.Fprintf(t.stderr, "bireport: %s\n", msg)
}

func lookup(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

// toolUsage writes the usage of the tool.
func (t *tool) toolUsage(w io.Writer) {
	fmt.Fprint(w, `bireport reads bilingual Chinese/English reports: it pairs every Chinese
paragraph with its English translation, extracts the numeric commitments and
footnotes, checks the translation and renders the result.

Usage:

	bireport COMMAND [flags] ARGS

Commands:

`)
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Input is one interleaved file (FILE: Chinese and English paragraphs
alternating) or two monolingual files (--zh FILE --en FILE); - reads
standard input. Text may be UTF-8, UTF-16 with a byte-order mark or GB18030;
HTML pages, Markdown files and Word documents (.docx) are read as the lines
'bireport text FILE' prints.

Exit status: 0 ok, 1 check found findings of severity error, 2 usage or
input error.

Run 'bireport COMMAND -h' for the flags of a command.
`)
}

// parseFlags parses the flags of c, allowing them before and after the
// positional arguments (up to --), and returns the positional arguments.
// For -h it writes the usage of c on stdout and returns errHelp.
func (t *tool) parseFlags(c *command, fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	var pos []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			t.commandUsage(c, fs)
			return nil, errHelp
		}
		if err != nil {
			return nil, usagef("%s: %v (run 'bireport %s -h' for usage)", c.name, err, c.name)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// commandUsage writes the usage of c on stdout.
func (t *tool) commandUsage(c *command, fs *flag.FlagSet) {
	w := t.stdout
	fmt.Fprintf(w, "Usage: bireport %s %s\n\n%s\nFlags:\n", c.name, c.synopsis, c.detail)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// oneOf checks that the value of flag -name is one of choices.
func oneOf(c *command, name, value string, choices ...string) error {
	for _, s := range choices {
		if value == s {
			return nil
		}
	}
	return usagef("%s: -%s %s: want one of %s", c.name, name, value, strings.Join(choices, ", "))
}
