package report

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
)

// IndicatorCSVHeader is the header row of WriteIndicatorsCSV.
var IndicatorCSVHeader = []string{"indicator", "file", "report_year", "year", "kind", "value", "upper",
	"qualifier", "unit", "pair", "line", "zh", "en", "from_year"}

// WriteIndicatorsCSV writes rows as tidy CSV (RFC 4180): a header row
// (IndicatorCSVHeader), then one observation a row, numbers as plain
// numbers; an unknown report year, an absent upper bound and an unknown
// line are empty.
func WriteIndicatorsCSV(w io.Writer, rows []IndicatorRow) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(IndicatorCSVHeader); err != nil {
		return err
	}
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	optInt := func(n int) string {
		if n <= 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	for _, r := range rows {
		upper := ""
		if r.Upper != nil {
			upper = num(*r.Upper)
		}
		rec := []string{r.Indicator, r.File, optInt(r.ReportYear), strconv.Itoa(r.Year), r.Kind, num(r.Value), upper,
			r.Qualifier, r.Unit, strconv.Itoa(r.Pair), optInt(r.Line), r.ZH, r.EN, strconv.Itoa(r.FromYear)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteIndicatorsJSON writes rows as one indented JSON array (an empty
// array when there are none).
func WriteIndicatorsJSON(w io.Writer, rows []IndicatorRow) error {
	if rows == nil {
		rows = []IndicatorRow{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(rows)
}
