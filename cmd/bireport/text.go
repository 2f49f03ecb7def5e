package main

import (
	"flag"
	"io"
	"strings"

	"github.com/bireport/bireport/report"
)

func textCmd() *command {
	return &command{
		name:     "text",
		synopsis: "[-o FILE] FILE",
		summary:  "print the lines of text read from a file (HTML, Markdown, Word or text)",
		detail: `Text prints what bireport reads from one input: the decoded lines of a
text file, or the lines extracted from an HTML page, a Markdown file or a
Word document (.docx): one a paragraph, heading, list item or table cell,
footnotes at the end. Line numbers in every other command's output count
in these lines. The format is decided by the content, with the file name
as a hint; -format forces one.
`,
		run: (*tool).text,
	}
}

func (t *tool) text(c *command, args []string) error {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	format := fs.String("format", "", "read the input as `FORMAT`: text, html, markdown or docx (default: detect)")
	pos, err := t.parseFlags(c, fs, args)
	if err != nil {
		return err
	}
	if *format != "" {
		if err := oneOf(c, "format", *format, "text", "html", "markdown", "docx"); err != nil {
			return err
		}
	}
	switch {
	case len(pos) == 0:
		return usagef("%s: no input: give FILE or - for standard input", c.name)
	case len(pos) > 1:
		return usagef("%s: one FILE at a time (got %d)", c.name, len(pos))
	}
	f, err := t.open(pos[0])
	if err != nil {
		return err
	}
	defer f.Close()
	text, _, err := report.ReadText(f, report.Config{Name: pos[0], Format: report.Format(*format)})
	if err != nil {
		return err
	}
	return t.output(*out, func(w io.Writer) error {
		_, err := io.WriteString(w, strings.TrimRight(text, "\n")+"\n")
		return err
	})
}
