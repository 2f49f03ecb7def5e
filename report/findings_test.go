package report_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

// The bounds issue 11 sets on the findings a reviewer would reject, per 100
// pairs of output, in each layout.
const (
	maxFalseErrors   = 1.0
	maxFalseWarnings = 3.0
)

// A verdict is one finding of check judged by eye: would a reviewer agree
// that the translation is wrong there? It is one line of a verdicts file.
// Doc, Layout, Rule, Line and Quotes identify the finding (see
// findingKey); Severity and Message are kept for the reader only.
type verdict struct {
	Doc      string   `json:"doc"`
	Layout   string   `json:"layout"`
	Line     int      `json:"line"`
	Rule     string   `json:"rule"`
	Quotes   []string `json:"quotes"`
	Severity string   `json:"severity"`
	Message  string   `json:"message,omitempty"`
	Verdict  string   `json:"verdict"`         // "true" or "false"
	Class    string   `json:"class,omitempty"` // for a false finding: why check erred
	Reason   string   `json:"reason"`          // one line a reviewer can check
}

// The classes of false finding named in issue 11; "other" for the rest,
// with the reason saying what.
var falseClasses = map[string]bool{
	"split-numeral":       true, // mixed digits and scales read as pieces: 5千多户
	"from-to-as-range":    true, // "from 9,000 to 25,000" read as a range
	"qualifier-separated": true, // a qualifier a few words from its number
	"conversion-rounding": true, // a known conversion at the translator's precision
	"unit-names":          true, // the same amount with differently named units
	"bold-heading":        true, // list numbers inside Markdown emphasis
	"interleaved-en-run":  true, // an English run left unpaired in an interleaved file
	"qualifier-only":      true, // the value agrees, only a qualifier differs: a warning, not an error
	"misaligned":          true, // the pair itself is wrong, so its numbers do not meet
	"not-a-quantity":      true, // a year, an ordinal, a name, an idiom or a date read as an amount
	"numeral-unread":      true, // a numeral form not read at all: twice, one in four, 近千万
	"qualifier-unknown":   true, // a qualifier word check does not know: 几乎
	"other":               true,
}

// layout is one way of handing a document to the parser.
type layout struct {
	name  string
	parse func(dir, doc string) (*report.Document, error)
}

var layouts = []layout{
	{"interleaved", func(dir, doc string) (*report.Document, error) {
		f, err := os.Open(filepath.Join(dir, doc+".txt"))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return report.Parse(f, report.Config{Name: doc + ".txt"})
	}},
	{"two-files", func(dir, doc string) (*report.Document, error) {
		zh, err := os.Open(filepath.Join(dir, doc+".zh.txt"))
		if err != nil {
			return nil, err
		}
		defer zh.Close()
		en, err := os.Open(filepath.Join(dir, doc+".en.txt"))
		if err != nil {
			return nil, err
		}
		defer en.Close()
		return report.ParsePair(zh, en, report.Config{Name: doc + ".zh.txt", ENName: doc + ".en.txt"})
	}},
}

var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
var numeral = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)?`)

// findingQuotes returns what a finding's message quotes (the texts of the
// two sides, as check writes them with %q), or, for a message that quotes
// nothing, the numbers in it (a footnote id). These, not the wording around
// them, identify a finding.
func findingQuotes(msg string) []string {
	var qs []string
	for _, q := range quoted.FindAllString(msg, -1) {
		if s, err := strconv.Unquote(q); err == nil {
			qs = append(qs, s)
		}
	}
	if len(qs) == 0 {
		qs = numeral.FindAllString(msg, -1)
	}
	return qs
}

// findingKey identifies a finding across changes that do not touch it:
// the document, the layout, the rule, the line and the quoted texts, but
// not the message's wording or the pair's number.
func findingKey(doc, layout, rule string, line int, quotes []string) string {
	return strings.Join(append([]string{doc, layout, rule, strconv.Itoa(line)}, quotes...), "\x1f")
}

func loadVerdicts(t *testing.T, path string) map[string]verdict {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vs := map[string]verdict{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v verdict
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		switch {
		case v.Verdict != "true" && v.Verdict != "false":
			t.Errorf("%s:%d: verdict %q, want \"true\" or \"false\"", path, n, v.Verdict)
		case strings.TrimSpace(v.Reason) == "":
			t.Errorf("%s:%d: a verdict needs a reason", path, n)
		case v.Verdict == "false" && !falseClasses[v.Class]:
			t.Errorf("%s:%d: a false finding needs a class from falseClasses, not %q", path, n, v.Class)
		}
		k := findingKey(v.Doc, v.Layout, v.Rule, v.Line, v.Quotes)
		if _, dup := vs[k]; dup {
			t.Errorf("%s:%d: a second verdict for the same finding", path, n)
		}
		vs[k] = v
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return vs
}

// tally counts one layout's findings by severity and verdict.
type tally struct {
	pairs               int
	trueErr, falseErr   int
	trueWarn, falseWarn int
	falseByClass        map[string]int
}

func (c tally) per100(n int) float64 {
	if c.pairs == 0 {
		return 0
	}
	return 100 * float64(n) / float64(c.pairs)
}

// testFindings runs check on every document of dir in every layout whose
// files exist, looks each error and warning up in the verdicts file, fails
// on a finding with no verdict (printing it ready to judge), and requires
// at most maxFalseErrors false errors and maxFalseWarnings false warnings
// per 100 pairs in each layout. Info findings ask nothing of a reviewer and
// are not judged.
func testFindings(t *testing.T, dir string, docs []string, verdictsPath string) {
	testFindingsWithin(t, dir, docs, verdictsPath, maxFalseErrors, maxFalseWarnings)
}

// testFindingsWithin is testFindings with other bounds, for a held-out set on
// which issue 11's limits are not met yet: the bounds are then the rates
// measured when the shortfall was recorded, a floor against regression, and
// the test logs the gap to the limits.
func testFindingsWithin(t *testing.T, dir string, docs []string, verdictsPath string, maxErrors, maxWarnings float64) {
	verdicts := loadVerdicts(t, verdictsPath)
	used := map[string]bool{}
	var unjudged []string
	for _, lay := range layouts {
		c := tally{falseByClass: map[string]int{}}
		for _, name := range docs {
			if lay.name == "two-files" {
				if _, err := os.Stat(filepath.Join(dir, name+".zh.txt")); err != nil {
					continue // interleaved only, as the sample
				}
			}
			doc, err := lay.parse(dir, name)
			if err != nil {
				t.Fatalf("%s %s: %v", name, lay.name, err)
			}
			c.pairs += len(doc.Pairs)
			before := c
			for _, f := range doc.Findings {
				if f.Severity == report.SeverityInfo {
					continue
				}
				qs := findingQuotes(f.Message)
				k := findingKey(name, lay.name, f.Rule, f.Line, qs)
				v, ok := verdicts[k]
				if !ok {
					if !used[k] { // findings with the same key share one verdict
						b, _ := json.Marshal(verdict{Doc: name, Layout: lay.name, Line: f.Line, Rule: f.Rule, Quotes: qs,
							Severity: string(f.Severity), Message: f.Message})
						unjudged = append(unjudged, string(b))
					}
					used[k] = true
					continue
				}
				used[k] = true
				switch {
				case v.Verdict == "true" && f.Severity == report.SeverityError:
					c.trueErr++
				case v.Verdict == "true":
					c.trueWarn++
				case f.Severity == report.SeverityError:
					c.falseErr++
					c.falseByClass[string(f.Severity)+" "+v.Class]++
				default:
					c.falseWarn++
					c.falseByClass[string(f.Severity)+" "+v.Class]++
				}
			}
			t.Logf("%s %s: %d pairs; errors %d true, %d false; warnings %d true, %d false", lay.name, name, len(doc.Pairs),
				c.trueErr-before.trueErr, c.falseErr-before.falseErr, c.trueWarn-before.trueWarn, c.falseWarn-before.falseWarn)
		}
		t.Logf("%s: %d pairs; errors %d true, %d false (%.2f false per 100 pairs); warnings %d true, %d false (%.2f false per 100 pairs)",
			lay.name, c.pairs, c.trueErr, c.falseErr, c.per100(c.falseErr), c.trueWarn, c.falseWarn, c.per100(c.falseWarn))
		classes := make([]string, 0, len(c.falseByClass))
		for k := range c.falseByClass {
			classes = append(classes, k)
		}
		sort.Strings(classes)
		for _, k := range classes {
			t.Logf("%s: false %s: %d", lay.name, k, c.falseByClass[k])
		}
		if r := c.per100(c.falseErr); r > maxErrors {
			t.Errorf("%s: %.2f false errors per 100 pairs, want at most %.2f", lay.name, r, maxErrors)
		} else if r > maxFalseErrors {
			t.Logf("%s: known shortfall: %.2f false errors per 100 pairs, issue 11's limit is %.0f", lay.name, r, maxFalseErrors)
		}
		if r := c.per100(c.falseWarn); r > maxWarnings {
			t.Errorf("%s: %.2f false warnings per 100 pairs, want at most %.2f", lay.name, r, maxWarnings)
		} else if r > maxFalseWarnings {
			t.Logf("%s: known shortfall: %.2f false warnings per 100 pairs, issue 11's limit is %.0f", lay.name, r, maxFalseWarnings)
		}
	}
	if len(unjudged) > 0 {
		t.Errorf("%d findings have no verdict in %s; judge each (verdict, class if false, reason) and add it:\n%s",
			len(unjudged), verdictsPath, strings.Join(unjudged, "\n"))
	}
	for k, v := range verdicts {
		if !used[k] {
			t.Logf("verdict no longer matched by a finding (check changed; drop it when re-judging): %s %s line %d %s %q",
				v.Doc, v.Layout, v.Line, v.Rule, v.Quotes)
		}
	}
}

// TestCorpusFindings holds check's findings on the corpus to the bounds
// of issue 11, against the verdicts in testdata/corpus/verdicts.jsonl.
func TestCorpusFindings(t *testing.T) {
	docs := append([]string{"beijing-2024-excerpt", "gwr-2022-national"}, goldDocs...)
	testFindings(t, corpusDir, docs, filepath.Join(corpusDir, "verdicts.jsonl"))
}

func TestFindingQuotes(t *testing.T) {
	cases := []struct {
		name, msg string
		want      []string
		reason    string
	}{
		{"two sides", `"增长6.5%" ↔ "6 percent"`, []string{"增长6.5%", "6 percent"}, "a mismatch is known by both quoted texts"},
		{"escaped quote", `no English for "他说\"好\""`, []string{`他说"好"`}, "check quotes with %q, so quotes inside are escaped"},
		{"no quotes", "footnote 17 is referenced in en but not defined in en", []string{"17"}, "a footnote finding is known by its id"},
		{"none side", `(none) ↔ "3 percent"`, []string{"3 percent"}, "a missing side is not quoted"},
	}
	for _, c := range cases {
		got := findingQuotes(c.msg)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: findingQuotes(%q) = %q, want %q (%s)", c.name, c.msg, got, c.want, c.reason)
		}
	}
}
