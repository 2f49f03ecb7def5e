package report_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

// reportsDir holds report-like fixtures written for the check: other
// places' work reports and white papers, in the style of the corpus but
// with sentences of their own (see its README).
const reportsDir = "../testdata/reports"

// A reportFixture is an interleaved file (zh only) or a pair of files.
type reportFixture struct {
	name   string
	zh, en string // file names in reportsDir; en empty for one interleaved file
	// want lists every warning and error as "line severity rule", each a
	// real finding judged by eye (README.md).
	want []string
}

var reportFixtures = []reportFixture{
	{"jiangcheng-2025", "jiangcheng-2025.txt", "", []string{
		"21 warning qualifier-mismatch", // 1400多万 ↔ 14 million: the 多 is dropped
	}},
	{"jiangnan-ecology", "jiangnan-ecology.zh.txt", "jiangnan-ecology.en.txt", nil},
}

// parseFixture parses a fixture, with edit applied to its English text.
func parseFixture(t *testing.T, f reportFixture, edit func(string) string) *report.Document {
	t.Helper()
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(reportsDir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	var doc *report.Document
	var err error
	if f.en == "" {
		doc, err = report.Parse(strings.NewReader(edit(read(f.zh))), report.Config{Name: f.zh})
	} else {
		doc, err = report.ParsePair(strings.NewReader(read(f.zh)), strings.NewReader(edit(read(f.en))),
			report.Config{Name: f.zh, ENName: f.en})
	}
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// actionable lists a document's warnings and errors as "line severity rule".
func actionable(doc *report.Document) []string {
	var out []string
	for _, f := range doc.Findings {
		if f.Severity != report.SeverityInfo {
			out = append(out, fmt.Sprintf("%d %s %s", f.Line, f.Severity, f.Rule))
		}
	}
	return out
}

// TestReportFixturesNoFalseFindings checks that the report-like fixtures,
// which exercise units named differently in each language (美元 ↔ U.S.
// dollars, 平方公里 ↔ square kilometers), conversions rounded by the
// translator (亩 ↔ hectares, 斤 ↔ tons), a repeated value stated once,
// numbered headings in Markdown bold and a 1:n English run, give exactly the
// findings judged real.
func TestReportFixturesNoFalseFindings(t *testing.T) {
	for _, f := range reportFixtures {
		t.Run(f.name, func(t *testing.T) {
			doc := parseFixture(t, f, func(s string) string { return s })
			if got := actionable(doc); !reflect.DeepEqual(got, f.want) {
				for _, fd := range doc.Findings {
					t.Logf("%d %s %s: %s", fd.Line, fd.Severity, fd.Rule, fd.Message)
				}
				t.Errorf("findings %q, want %q", got, f.want)
			}
		})
	}
}

// TestReportFixturesRealErrors plants real translation errors in the
// fixtures' English and checks that each is found with the severity a
// reviewer needs.
func TestReportFixturesRealErrors(t *testing.T) {
	tests := []struct {
		name     string
		fixture  int
		old, new string // the English edit
		want     string // the finding it must raise, "line severity rule"
		reason   string
	}{
		{"changed value", 1, "5.2 million hectares", "5.4 million hectares", "7 error number-mismatch",
			"520万公顷 is 5.2 million, not 5.4 million"},
		{"changed conversion", 1, "33,000 hectares", "38,000 hectares", "10 error number-mismatch",
			"50万亩 is 33,333 hectares: 38,000 is no rounding of it"},
		{"other currency", 1, "300 million euros", "300 million U.S. dollars", "14 error number-mismatch",
			"3亿欧元 are not dollars"},
		{"changed value interleaved", 0, "136.3 billion U.S. dollars", "163.3 billion U.S. dollars", "17 error number-mismatch",
			"digits swapped"},
		{"floor became ceiling", 0, "no fewer than 130,000 new urban jobs", "up to 130,000 new urban jobs", "25 error number-mismatch",
			"不少于 is a floor; up to a ceiling"},
		{"hedge dropped", 0, "paid-in foreign investment came to about 4.2 billion", "paid-in foreign investment came to 4.2 billion", "17 warning qualifier-mismatch",
			"约42亿美元 ↔ 4.2 billion: the hedge is lost, the number is right"},
		{"paragraph dropped", 0, "We will add 5,000 affordable childcare places, build 80 elderly care service stations, and provide 20,000 units of government-subsidized rental housing. The number of test results mutually recognized by the city's medical institutions will be increased to 200.\n", "",
			"37 error untranslated", "a Chinese paragraph left without English"},
		{"paragraph dropped two files", 1, "More than 120,000 people work in ecological conservation in the province, including about 35,000 forest rangers.\n", "",
			"15 error untranslated", "the last paragraph's English is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := reportFixtures[tt.fixture]
			doc := parseFixture(t, f, func(s string) string {
				if !strings.Contains(s, tt.old) {
					t.Fatalf("fixture %s has no %q", f.name, tt.old)
				}
				return strings.Replace(s, tt.old, tt.new, 1)
			})
			got := actionable(doc)
			found := false
			for _, g := range got {
				found = found || g == tt.want
			}
			if !found {
				t.Errorf("findings %q, want %q among them (%s)", got, tt.want, tt.reason)
			}
			if extra := len(got) - len(f.want) - 1; extra > 0 {
				t.Errorf("findings %q: %d more than the planted error and the fixture's own (%s)", got, extra, tt.reason)
			}
		})
	}
}
