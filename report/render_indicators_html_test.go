package report_test

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bireport/bireport/extract"
	"github.com/bireport/bireport/report"
)

// svgPath is a <path> of the inline SVG.
type svgPath struct {
	D     string `xml:"d,attr"`
	Style string `xml:"style,attr"`
}

// chartPaths parses the SVG of the section of an indicator as XML and
// returns its paths.
func chartPaths(t *testing.T, page, id string) []svgPath {
	t.Helper()
	start := strings.Index(page, `<section id="`+id+`">`)
	if start < 0 {
		t.Fatalf("no section for %s", id)
	}
	sec := page[start:]
	sec = sec[:strings.Index(sec, "</section>")]
	i, j := strings.Index(sec, "<svg"), strings.Index(sec, "</svg>")
	if i < 0 || j < 0 {
		t.Fatalf("section %s has no inline svg", id)
	}
	dec := xml.NewDecoder(strings.NewReader(sec[i : j+len("</svg>")]))
	var paths []svgPath
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				return paths
			}
			t.Fatalf("inline svg of %s is not well-formed XML: %v", id, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "path" {
			var p svgPath
			if err := dec.DecodeElement(&p, &se); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
		}
	}
}

// The colours WriteIndicatorsHTML documents for its series.
const (
	resultHex = "#1F77B4"
	targetHex = "#D65F00"
)

var pathPoint = regexp.MustCompile(`[ML]([-0-9.e]+),([-0-9.e]+)`)

// seriesCounts counts the marks of a chart by series.
type seriesCounts struct {
	resultLines int // stroked paths in the result colour (the series and its legend sample)
	resultSegs  int // the most segments of one of them: the series line
	bands       int // translucent fills: target ranges and the legend sample
	heads       int // filled arrow heads: floors and ceilings, and legend samples
	up, down    int // arrow shafts pointing up (floors) and down (ceilings)
}

func countSeries(paths []svgPath) seriesCounts {
	var n seriesCounts
	result, target := resultHex, targetHex
	for _, p := range paths {
		switch {
		case strings.Contains(p.Style, "stroke:"+result):
			n.resultLines++
			n.resultSegs = max(n.resultSegs, strings.Count(p.D, "L"))
		case strings.Contains(p.Style, "fill-opacity"):
			n.bands++
		case strings.Contains(p.Style, "fill:"+target) && strings.HasSuffix(p.D, "Z"):
			n.heads++
		case strings.Contains(p.Style, "stroke:"+target) && strings.Contains(p.Style, "stroke-width:1.5"):
			pts := pathPoint.FindAllStringSubmatch(p.D, -1)
			if len(pts) == 2 && pts[0][1] == pts[1][1] {
				y0, _ := strconv.ParseFloat(pts[0][2], 64)
				y1, _ := strconv.ParseFloat(pts[1][2], 64)
				if y1 > y0 { // the canvas is flipped: y grows upwards
					n.up++
				} else {
					n.down++
				}
			}
		}
	}
	return n
}

func TestIndicatorsHTMLCharts(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	row := func(kind string, year int, value float64, upper *float64, q string) report.IndicatorRow {
		return report.IndicatorRow{Indicator: "gdp-growth", File: "r.txt", ReportYear: year, Year: year, FromYear: year,
			Kind: kind, Value: value, Upper: upper, Qualifier: q, Unit: "%"}
	}
	tests := []struct {
		name   string
		rows   []report.IndicatorRow
		want   seriesCounts
		reason string
	}{
		{"every shape", []report.IndicatorRow{
			row("target", 2016, 6.5, f(7), "range"), row("target", 2019, 6, f(6.5), "range"),
			row("target", 2021, 6, nil, "at_least"), row("target", 2020, 6, nil, "at_most"),
			row("target", 2022, 5.5, nil, "about"),
			row("result", 2018, 6.6, nil, "exact"), row("result", 2019, 6.1, nil, "exact"), row("result", 2021, 8.1, nil, "exact"),
		}, seriesCounts{resultLines: 2, resultSegs: 2, bands: 3, heads: 4, up: 1, down: 1},
			"one result line of 3 points (2 segments) and its legend sample; a band per range; an arrow per floor (up) and ceiling (down); legend samples add one band and one head per shape"},
		{"results only", []report.IndicatorRow{row("result", 2018, 6.6, nil, "exact"), row("result", 2019, 6.1, nil, "exact")},
			seriesCounts{resultLines: 2, resultSegs: 1}, "no target marks when no targets"},
		{"multi-year rows are not charted", []report.IndicatorRow{row("result", 2019, 6.1, nil, "exact"),
			{Indicator: "gdp-growth", ReportYear: 2016, Year: 2020, FromYear: 2016, Kind: "target", Value: 6.5, Qualifier: "at_least", Unit: "%"}},
			seriesCounts{resultLines: 1, resultSegs: 1}, "a five-year average is in the table, not on the yearly chart; one result is a point, not a line (the stroke is the legend's)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := report.WriteIndicatorsHTML(&b, tc.rows, extract.DefaultCatalog()); err != nil {
				t.Fatal(err)
			}
			if got := countSeries(chartPaths(t, b.String(), "gdp-growth")); got != tc.want {
				t.Errorf("series %+v, want %+v (%s)", got, tc.want, tc.reason)
			}
		})
	}
}

// TestIndicatorsHTMLNational draws the national reports: one chart per
// indicator, the GDP growth results as one line through the five years
// the reports give, a self-contained page.
func TestIndicatorsHTMLNational(t *testing.T) {
	rows := report.Indicators(nationalDocs(t), extract.DefaultCatalog())
	var b bytes.Buffer
	if err := report.WriteIndicatorsHTML(&b, rows, extract.DefaultCatalog()); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	ids := map[string]bool{}
	for _, r := range rows {
		if r.FromYear == r.Year {
			ids[r.Indicator] = true
		}
	}
	if n := strings.Count(page, "<svg"); n != len(ids) || n < 10 {
		t.Errorf("%d charts, want one per indicator with a one-year row (%d)", n, len(ids))
	}
	got := countSeries(chartPaths(t, page, "gdp-growth"))
	// Results 2015, 2018, 2019, 2020, 2021; ranges 2016 and 2019; floor 2021.
	want := seriesCounts{resultLines: 2, resultSegs: 4, bands: 3, heads: 2, up: 1}
	if got != want {
		t.Errorf("gdp-growth series %+v, want %+v", got, want)
	}
	for _, bad := range []string{"<script", "<link", " src=", "<img"} {
		if strings.Contains(page, bad) {
			t.Errorf("page is not self-contained: has %q", bad)
		}
	}
}
