package report_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bireport/bireport/extract"
	"github.com/bireport/bireport/internal/golden"
	"github.com/bireport/bireport/report"
)

// coreIndicators are the indicators of the hand-read table.
var coreIndicators = map[string]bool{"gdp-growth": true, "cpi": true, "urban-jobs": true, "surveyed-unemployment": true, "deficit-ratio": true}

// qualifierClass maps a qualifier to its class (DESIGN.md).
func qualifierClass(q string) string {
	switch q {
	case "at_least", "more_than":
		return "floor"
	case "at_most", "less_than", "up_to":
		return "ceiling"
	}
	return q
}

// handRow is one row of testdata/indicators/national.csv.
type handRow struct {
	indicator, report, kind, class string
	line, from, year               int
	value, upper                   string
}

func (r handRow) key() string {
	return strings.Join([]string{r.indicator, r.report, strconv.Itoa(r.line), r.kind}, " ")
}

func readHandTable(t *testing.T) []handRow {
	t.Helper()
	f, err := os.Open("../testdata/indicators/national.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var rows []handRow
	for _, rec := range recs[1:] {
		atoi := func(s string) int {
			n, err := strconv.Atoi(s)
			if err != nil {
				t.Fatalf("national.csv: %v in %v", err, rec)
			}
			return n
		}
		rows = append(rows, handRow{indicator: rec[0], report: rec[1], line: atoi(rec[2]), kind: rec[3],
			from: atoi(rec[4]), year: atoi(rec[5]), value: rec[6], upper: rec[7], class: rec[8]})
	}
	return rows
}

// nationalDocs parses the five national work reports of the corpus.
func nationalDocs(t *testing.T) []*report.Document {
	t.Helper()
	var docs []*report.Document
	for _, y := range []string{"2016", "2019", "2020", "2021", "2022"} {
		path := filepath.Join(corpusDir, "gwr-"+y+"-national.txt")
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := report.Parse(f, report.Config{Name: path})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// TestNationalIndicators checks report.Indicators against the hand-read
// table: every row of it, with its value, upper bound, qualifier class and
// years, and no other row of the five core indicators.
func TestNationalIndicators(t *testing.T) {
	want := map[string]handRow{}
	for _, r := range readHandTable(t) {
		want[r.key()] = r
	}
	if len(want) < 40 {
		t.Fatalf("hand-read table has %d rows, want the full table", len(want))
	}
	got := map[string]report.IndicatorRow{}
	for _, r := range report.Indicators(nationalDocs(t), extract.DefaultCatalog()) {
		if !coreIndicators[r.Indicator] {
			continue
		}
		h := handRow{indicator: r.Indicator, report: strings.TrimSuffix(filepath.Base(r.File), ".txt"), line: r.Line, kind: r.Kind}
		if _, dup := got[h.key()]; dup {
			t.Errorf("two rows for %s", h.key())
		}
		got[h.key()] = r
		w, ok := want[h.key()]
		if !ok {
			t.Errorf("row not in the hand-read table: %s = %v (%s; %s)", h.key(), r.Value, r.ZH, r.EN)
			continue
		}
		upper := ""
		if r.Upper != nil {
			upper = strconv.FormatFloat(*r.Upper, 'f', -1, 64)
		}
		if v := strconv.FormatFloat(r.Value, 'f', -1, 64); v != w.value || upper != w.upper {
			t.Errorf("%s: value %s upper %q, want %s %q", h.key(), v, upper, w.value, w.upper)
		}
		if c := qualifierClass(r.Qualifier); c != w.class {
			t.Errorf("%s: qualifier %s (class %s), want class %s", h.key(), r.Qualifier, c, w.class)
		}
		if r.FromYear != w.from || r.Year != w.year {
			t.Errorf("%s: years %d–%d, want %d–%d", h.key(), r.FromYear, r.Year, w.from, w.year)
		}
		if r.ReportYear == 0 || r.ZH == "" || r.EN == "" {
			t.Errorf("%s: report year %d, zh %q, en %q: all must be set", h.key(), r.ReportYear, r.ZH, r.EN)
		}
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("hand-read row missing: %s", k)
		}
	}
}

// TestUnstatedIsEmpty checks that a report that does not state an
// indicator has no row for it: gwr-2020 set no GDP growth target.
func TestUnstatedIsEmpty(t *testing.T) {
	docs := nationalDocs(t)
	rows := report.Indicators(docs, extract.DefaultCatalog())
	results2020 := 0
	for _, r := range rows {
		if !strings.Contains(r.File, "gwr-2020") {
			continue
		}
		if r.Indicator == "gdp-growth" && r.Kind == report.IndicatorTarget {
			t.Errorf("gwr-2020 has a GDP growth target row: %+v", r)
		}
		if r.Indicator == "gdp-growth" && r.Kind == report.IndicatorResult {
			results2020++
		}
	}
	if results2020 != 1 {
		t.Errorf("gwr-2020: %d GDP growth result rows, want 1 (the 2019 growth it reports)", results2020)
	}
}

func TestIndicatorYears(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		want   string // indicator kind from-year, one a line
		reason string
	}{
		{"no date line", "一、工作任务\nI. Tasks\n城镇新增就业1100万人以上。\nWe will create over 11 million new urban jobs.\n",
			"", "no report year and no year in the headings: no row, never a guess"},
		{"heading year", "一、2024年重点任务\nI. Major Tasks for 2024\n城镇新增就业1100万人以上。\nWe will create over 11 million new urban jobs.\n",
			"urban-jobs target 2024-2024", "the heading names the year"},
		{"review heading", "——2019年3月5日在大会上\nMarch 5, 2019\n一、2018年工作回顾\nI. 2018 in Review\n居民消费价格上涨2.1%。\nConsumer prices rose by 2.1 percent.\n",
			"cpi result 2018-2018", "a review heading's year is the result's"},
		{"plan period", "——2016年3月5日在大会上\nMarch 5, 2016\n“十三五”时期经济年均增长保持在6.5%以上。\nGrowth will average at least 6.5% during the 13th Five-Year Plan period.\n",
			"gdp-growth target 2016-2020", "the plan period in the sentence"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := report.Parse(strings.NewReader(tc.src), report.Config{Name: "t.txt"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range report.Indicators([]*report.Document{doc}, extract.DefaultCatalog()) {
				got = append(got, r.Indicator+" "+r.Kind+" "+strconv.Itoa(r.FromYear)+"-"+strconv.Itoa(r.Year))
			}
			if g := strings.Join(got, "\n"); g != tc.want {
				t.Errorf("rows\n%s\nwant\n%s\n(%s)", g, tc.want, tc.reason)
			}
		})
	}
}

// TestIndicatorsPairFiles checks that a report given as two monolingual
// files gives the same rows as the interleaved file: the Chinese text
// decides, whatever the layout (gwr-2022 comes in blocks).
func TestIndicatorsPairFiles(t *testing.T) {
	key := func(r report.IndicatorRow) string {
		return fmt.Sprint(r.Indicator, r.Kind, r.FromYear, r.Year, r.Value, r.Qualifier, r.ZH)
	}
	for _, name := range []string{"gwr-2019-national", "gwr-2022-national"} {
		t.Run(name, func(t *testing.T) {
			open := func(suffix string) *os.File {
				f, err := os.Open(filepath.Join(corpusDir, name+suffix))
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { f.Close() })
				return f
			}
			one, err := report.Parse(open(".txt"), report.Config{Name: name + ".txt"})
			if err != nil {
				t.Fatal(err)
			}
			two, err := report.ParsePair(open(".zh.txt"), open(".en.txt"), report.Config{Name: name + ".zh.txt", ENName: name + ".en.txt"})
			if err != nil {
				t.Fatal(err)
			}
			var a, b []string
			for _, r := range report.Indicators([]*report.Document{one}, extract.DefaultCatalog()) {
				a = append(a, key(r))
			}
			for _, r := range report.Indicators([]*report.Document{two}, extract.DefaultCatalog()) {
				b = append(b, key(r))
			}
			if strings.Join(a, "\n") != strings.Join(b, "\n") || len(a) < 10 {
				t.Errorf("interleaved rows:\n%s\ntwo files:\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
			}
		})
	}
}

// TestIndicatorsGolden keeps the CSV of every indicator of the national
// reports, the core five and the others, in a golden file read by eye:
// a change in any row shows as a diff (refresh with -update).
func TestIndicatorsGolden(t *testing.T) {
	rows := report.Indicators(nationalDocs(t), extract.DefaultCatalog())
	for i := range rows {
		rows[i].File = filepath.Base(rows[i].File)
	}
	var b bytes.Buffer
	if err := report.WriteIndicatorsCSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "../testdata/indicators/national-all.golden.csv", b.Bytes())
}
