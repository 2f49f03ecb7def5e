// Batch is what a researcher writes over an archive: it parses every
// report in a folder and writes one CSV row of summary figures per
// document, ready for pandas, DuckDB or a spreadsheet. NAME.zh.txt and
// NAME.en.txt are parsed together as one document; a file that fails gets a
// row with its error and the loop goes on.
//
//	go run ./examples/batch testdata/corpus > summary.csv
package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/bireport/bireport/report"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: batch DIR")
		return 2
	}
	dir := args[0]
	entries, err := os.ReadDir(dir)
	if err != nil {
		fmt.Fprintln(stderr, "batch:", err)
		return 2
	}
	w := csv.NewWriter(stdout)
	w.Write([]string{"file", "pairs", "one_sided", "commitments", "figures", "mismatches", "findings", "mean_score", "error"})
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".en.txt") {
			continue // NAME.en.txt is read with its NAME.zh.txt
		}
		doc, err := parse(dir, name)
		if err != nil {
			fmt.Fprintln(stderr, "batch:", err)
			w.Write([]string{name, "", "", "", "", "", "", "", err.Error()})
			continue
		}
		w.Write(summary(name, doc))
	}
	w.Flush()
	if w.Error() != nil {
		return 2
	}
	return 0
}

// parse reads dir/name, with its English twin when name is NAME.zh.txt.
func parse(dir, name string) (*report.Document, error) {
	path := filepath.Join(dir, name)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if stem, ok := strings.CutSuffix(name, ".zh.txt"); ok {
		enPath := filepath.Join(dir, stem+".en.txt")
		if en, err := os.Open(enPath); err == nil {
			defer en.Close()
			return report.ParsePair(f, en, report.Config{Name: path, ENName: enPath})
		}
	}
	return report.Parse(f, report.Config{Name: path})
}

// summary is the CSV row of one document.
func summary(name string, doc *report.Document) []string {
	oneSided, mismatches := 0, 0
	var total float64
	for _, p := range doc.Pairs {
		if p.ZH == nil || p.EN == nil {
			oneSided++
		}
		total += p.Score
	}
	for _, items := range [][]report.Item{doc.Commitments, doc.Figures} {
		for _, it := range items {
			if it.Status != "consistent" {
				mismatches++
			}
		}
	}
	mean := 0.0
	if len(doc.Pairs) > 0 {
		mean = total / float64(len(doc.Pairs))
	}
	return []string{name,
		strconv.Itoa(len(doc.Pairs)),
		strconv.Itoa(oneSided),
		strconv.Itoa(len(doc.Commitments)),
		strconv.Itoa(len(doc.Figures)),
		strconv.Itoa(mismatches),
		strconv.Itoa(len(doc.Findings)),
		strconv.FormatFloat(mean, 'f', 3, 64),
		""}
}
