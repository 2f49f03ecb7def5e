package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/bireport/bireport/extract"
	"github.com/bireport/bireport/report"
)

func indicatorsCmd() *command {
	return &command{
		name:     "indicators",
		synopsis: "[-f csv|json|html] [--catalog FILE] [-o FILE] FILE|DIR...",
		summary:  "track indicators (GDP growth, CPI, urban jobs …) across reports",
		detail: `Indicators reads reports (files, or the .txt files under each DIR, as batch
does) and writes one row per indicator, report, year and kind: the target
a report sets for its year and the result it reports for the year before,
with multi-year figures (five-year plans) over their own span. Rows:
indicator,file,report_year,year,kind,value,upper,qualifier,unit,pair,line,
zh,en,from_year. An indicator a report does not state has no row.

Formats:
  csv   tidy CSV with a header, numbers as numbers (pandas, DuckDB)
  json  one array of rows
  html  one self-contained page: a chart per indicator, targets (a band
        for a range, a marker with an arrow for a floor or ceiling)
        against results by year, and the rows as a table

--catalog FILE extends the built-in catalogue of indicators (ids, zh and
en wordings, units) with a JSON file; "replace": true in it replaces the
built-in one. See examples/indicators/catalog.json.
`,
		run: (*tool).indicators,
	}
}

func (t *tool) indicators(c *command, args []string) error {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	format := fs.String("f", "csv", "output `format`: csv, json or html")
	catalog := fs.String("catalog", "", "extend the indicator catalogue with the JSON `FILE`")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	pos, err := t.parseFlags(c, fs, args)
	if err != nil {
		return err
	}
	if err := oneOf(c, "f", *format, "csv", "json", "html"); err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("%s: no input: give FILE, DIR or - for standard input", c.name)
	}
	cat := extract.DefaultCatalog()
	if *catalog != "" {
		user, err := t.readCatalog(*catalog)
		if err != nil {
			return err
		}
		cat = cat.Extend(user)
	}
	// Parse everything first: an input error leaves no partial output.
	var docs []*report.Document
	for _, it := range collectBatch(pos) {
		if it.err != nil {
			return it.err
		}
		doc, err := t.load(it.in)
		if err != nil {
			return err
		}
		docs = append(docs, doc)
	}
	rows := report.Indicators(docs, cat)
	return t.output(*out, func(w io.Writer) error {
		switch *format {
		case "json":
			return report.WriteIndicatorsJSON(w, rows)
		case "html":
			return report.WriteIndicatorsHTML(w, rows, cat)
		}
		return report.WriteIndicatorsCSV(w, rows)
	})
}

// readCatalog reads a user's catalogue; errors name the file.
func (t *tool) readCatalog(name string) (extract.Catalog, error) {
	f, err := t.open(name)
	if err != nil {
		return extract.Catalog{}, err
	}
	defer f.Close()
	cat, err := extract.ReadCatalog(f)
	if err != nil {
		return extract.Catalog{}, fmt.Errorf("%s: %w", name, err)
	}
	return cat, nil
}
