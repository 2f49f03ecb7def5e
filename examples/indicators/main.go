// Indicators is what a researcher writes to follow one target across
// years of reports: it parses every report named (files, or the .txt files
// of a directory), asks report.Indicators for the rows of one indicator
// (GDP growth unless -id says otherwise) and prints its target against its
// result year by year, with whether the target was met.
//
//	go run ./examples/indicators testdata/corpus
//	go run ./examples/indicators -id cpi testdata/corpus
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/bireport/bireport/extract"
	"github.com/bireport/bireport/report"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("indicators", flag.ContinueOnError)
	fs.SetOutput(stderr)
	id := fs.String("id", "gdp-growth", "the indicator `ID` to follow")
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: indicators [-id ID] FILE|DIR...")
		return 2
	}
	docs, err := load(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "indicators:", err)
		return 2
	}
	cat := extract.DefaultCatalog()
	if _, ok := cat.Lookup(*id); !ok {
		fmt.Fprintf(stderr, "indicators: no indicator %q in the catalogue\n", *id)
		return 2
	}
	var rows []report.IndicatorRow
	for _, r := range report.Indicators(docs, cat) {
		if r.Indicator == *id {
			rows = append(rows, r)
		}
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "YEARS\tTARGET\tRESULT\tMET")
	for _, y := range byYears(rows) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", y.years, show(y.target), show(y.result), met(y.target, y.result))
	}
	if err := tw.Flush(); err != nil {
		return 2
	}
	return 0
}

// load parses the interleaved reports named, and those of each directory
// (NAME.zh.txt and NAME.en.txt twins are left out: NAME.txt has them).
func load(args []string) ([]*report.Document, error) {
	var files []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(a, "*.txt"))
		if err != nil {
			return nil, err
		}
		for _, m := range matches {
			if !strings.HasSuffix(m, ".zh.txt") && !strings.HasSuffix(m, ".en.txt") {
				files = append(files, m)
			}
		}
	}
	var docs []*report.Document
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		doc, err := report.Parse(f, report.Config{Name: filepath.Base(name)})
		f.Close()
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// A yearRow is the target and the result of one year or span.
type yearRow struct {
	from, to       int
	years          string
	target, result *report.IndicatorRow
}

// byYears pairs the targets and results of the same years; a later
// report's result replaces an earlier one's.
func byYears(rows []report.IndicatorRow) []yearRow {
	at := map[[2]int]*yearRow{}
	for i := range rows {
		r := &rows[i]
		k := [2]int{r.FromYear, r.Year}
		y := at[k]
		if y == nil {
			y = &yearRow{from: r.FromYear, to: r.Year, years: strconv.Itoa(r.Year)}
			if r.FromYear != r.Year {
				y.years = strconv.Itoa(r.FromYear) + "–" + y.years
			}
			at[k] = y
		}
		switch {
		case r.Kind == report.IndicatorTarget && y.target == nil:
			y.target = r
		case r.Kind == report.IndicatorResult && (y.result == nil || r.ReportYear > y.result.ReportYear):
			y.result = r
		}
	}
	var out []yearRow
	for _, y := range at {
		out = append(out, *y)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].to != out[j].to {
			return out[i].to < out[j].to
		}
		return out[i].from > out[j].from
	})
	return out
}

// show writes a row's value with its qualifier: 6–6.5, ≥6, ≤5.5, ≈3, 6.6.
func show(r *report.IndicatorRow) string {
	if r == nil {
		return "-"
	}
	v := strconv.FormatFloat(r.Value, 'f', -1, 64)
	switch r.Qualifier {
	case "range":
		if r.Upper != nil {
			return v + "–" + strconv.FormatFloat(*r.Upper, 'f', -1, 64)
		}
	case "at_least", "more_than":
		return "≥" + v
	case "at_most", "less_than", "up_to":
		return "≤" + v
	case "about":
		return "≈" + v
	}
	return v
}

// met says whether a result met a range, floor or ceiling target; an exact
// or approximate target, or a missing side, gives no verdict.
func met(target, result *report.IndicatorRow) string {
	if target == nil || result == nil {
		return ""
	}
	v := result.Value
	ok := false
	switch target.Qualifier {
	case "range":
		ok = target.Upper != nil && v >= target.Value && v <= *target.Upper
	case "at_least", "more_than":
		ok = v >= target.Value
	case "at_most", "less_than", "up_to":
		ok = v <= target.Value
	default:
		return ""
	}
	if ok {
		return "yes"
	}
	return "no"
}
