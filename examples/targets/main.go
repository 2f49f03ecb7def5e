// Targets is what a developer writes to feed a dashboard or a tracker: it
// parses a bilingual report, copies its numeric commitments into a struct
// of its own and prints them as a table (or as JSON with -json).
//
//	go run ./examples/targets report.txt
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/bireport/bireport/report"
)

// Target is the application's own record of one commitment.
type Target struct {
	Line      int      `json:"line"` // line of the Chinese text
	What      string   `json:"what"` // what is counted, in Chinese
	WhatEN    string   `json:"what_en"`
	Value     float64  `json:"value"`
	Upper     *float64 `json:"upper,omitempty"`
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier"` // exact, at_least, up_to, ...
	Chinese   string   `json:"zh"`
	English   string   `json:"en"`
	Checked   bool     `json:"checked"` // both languages state the same target
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("targets", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: targets [-json] FILE")
		return 2
	}
	targets, err := load(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "targets:", err)
		return 2
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(targets); err != nil {
			return 2
		}
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "LINE\tVALUE\tUNIT\tQUALIFIER\tWHAT\tCHINESE\tENGLISH\tOK")
	for _, t := range targets {
		fmt.Fprintf(tw, "%d\t%g\t%s\t%s\t%s\t%s\t%s\t%v\n", t.Line, t.Value, t.Unit, t.Qualifier, t.What, t.Chinese, t.English, t.Checked)
	}
	tw.Flush()
	return 0
}

// load parses the report in path and returns its commitments as Targets.
func load(path string) ([]Target, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := report.Parse(f, report.Config{Name: path})
	if err != nil {
		return nil, err
	}
	targets := make([]Target, 0, len(doc.Commitments))
	for _, c := range doc.Commitments {
		t := Target{
			What:      c.Object.ZH,
			WhatEN:    c.Object.EN,
			Value:     c.Value,
			Upper:     c.Upper,
			Qualifier: c.Qualifier,
			Checked:   c.Status == "consistent",
		}
		if c.ZH != nil {
			t.Line, t.Unit, t.Chinese = c.ZH.Line, c.ZH.Unit, c.ZH.Text
		}
		if c.EN != nil {
			t.English = c.EN.Text
			if t.Line == 0 {
				t.Line = c.EN.Line
			}
			if t.Unit == "" {
				t.Unit = c.EN.Unit
			}
		}
		targets = append(targets, t)
	}
	return targets, nil
}
