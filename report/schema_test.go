package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/bireport/bireport/internal/jsonschema"
	"github.com/bireport/bireport/report"
)

// compiledSchema is report.JSONSchema compiled once for all tests.
var compiledSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	return jsonschema.Compile(report.JSONSchema())
})

// validateJSON checks data against the published schema.
func validateJSON(t testing.TB, data []byte) {
	t.Helper()
	s, err := compiledSchema()
	if err != nil {
		t.Fatalf("schema.json does not compile: %v", err)
	}
	if err := s.Validate(data); err != nil {
		t.Fatalf("JSON output breaks schema.json: %v", err)
	}
}

// TestSchemaGolden validates the sample's golden JSON against the schema.
func TestSchemaGolden(t *testing.T) {
	data, err := os.ReadFile("../testdata/golden/beijing-2024-excerpt.json")
	if err != nil {
		t.Fatal(err)
	}
	validateJSON(t, data)
}

// TestSchemaCorpus validates the JSON of every corpus document, read as one
// interleaved file and as two monolingual files, against the schema, and
// checks the invariants on each.
func TestSchemaCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		if strings.HasSuffix(name, ".zh.txt") || strings.HasSuffix(name, ".en.txt") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := report.Parse(bytes.NewReader(data), report.Config{Name: name})
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc, map[string]string{name: string(data)}, true)
			again, err := report.Parse(bytes.NewReader(data), report.Config{Name: name})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(renderAll(t, doc), renderAll(t, again)) {
				t.Error("two parses of the same file render differently")
			}
		})
		base := strings.TrimSuffix(name, ".txt")
		zhPath := filepath.Join(corpusDir, base+".zh.txt")
		enPath := filepath.Join(corpusDir, base+".en.txt")
		if _, err := os.Stat(zhPath); err != nil {
			continue
		}
		t.Run(base+"/two-files", func(t *testing.T) {
			zh, err := os.ReadFile(zhPath)
			if err != nil {
				t.Fatal(err)
			}
			en, err := os.ReadFile(enPath)
			if err != nil {
				t.Fatal(err)
			}
			cfg := report.Config{Name: base + ".zh.txt", ENName: base + ".en.txt"}
			doc, err := report.ParsePair(bytes.NewReader(zh), bytes.NewReader(en), cfg)
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc, map[string]string{cfg.Name: string(zh), cfg.ENName: string(en)}, true)
		})
	}
}

// TestSchemaEncodings checks that every encoded twin of a fixture (GB18030,
// UTF-16 with and without a byte-order mark, CRLF and CR line ends) gives
// the same document, byte for byte in every format, as its UTF-8 original,
// and that the document keeps the invariants.
func TestSchemaEncodings(t *testing.T) {
	files, err := filepath.Glob("../testdata/encoding/*.utf-8.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, orig := range files {
		base := strings.TrimSuffix(filepath.Base(orig), ".utf-8.txt")
		data, err := os.ReadFile(orig)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := report.Parse(bytes.NewReader(data), report.Config{Name: base})
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, doc, map[string]string{base: string(data)}, true)
		want := renderAll(t, doc)
		twins, _ := filepath.Glob(filepath.Join("../testdata/encoding", base+".*.txt"))
		for _, twin := range twins {
			t.Run(filepath.Base(twin), func(t *testing.T) {
				tdata, err := os.ReadFile(twin)
				if err != nil {
					t.Fatal(err)
				}
				tdoc, err := report.Parse(bytes.NewReader(tdata), report.Config{Name: base})
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(renderAll(t, tdoc), want) {
					t.Errorf("%s renders differently from %s", twin, orig)
				}
			})
		}
	}
}

// TestSchemaEnums checks that the schema's enumerations list exactly the
// values the Go model defines, so neither can change without the other.
func TestSchemaEnums(t *testing.T) {
	var s struct {
		Defs map[string]struct {
			Properties map[string]struct {
				Enum []any `json:"enum"`
			} `json:"properties"`
		} `json:"$defs"`
		Properties map[string]struct {
			Enum []any `json:"enum"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(report.JSONSchema(), &s); err != nil {
		t.Fatal(err)
	}
	strs := func(vs []any) []string {
		var out []string
		for _, v := range vs {
			out = append(out, v.(string))
		}
		slices.Sort(out)
		return out
	}
	sorted := func(vs ...string) []string { slices.Sort(vs); return vs }
	cases := []struct {
		name   string
		got    []any
		want   []string
		reason string
	}{
		{"schema", s.Properties["schema"].Enum, []string{report.Schema}, "the version constant"},
		{"kind", s.Defs["pair"].Properties["kind"].Enum, sorted(string(report.KindTitle), string(report.KindMeta), string(report.KindHeading),
			string(report.KindParagraph), string(report.KindNote), string(report.KindFootnote)), "the Kind constants"},
		{"severity", s.Defs["finding"].Properties["severity"].Enum, sorted(string(report.SeverityError), string(report.SeverityWarning), string(report.SeverityInfo)), "the Severity constants"},
		{"lang", s.Defs["ref"].Properties["lang"].Enum, sorted(string(report.ZH), string(report.EN)), "the Lang constants"},
		{"qualifier", s.Defs["item"].Properties["qualifier"].Enum, sorted("exact", "at_least", "more_than", "at_most", "less_than", "up_to", "about", "range"), "DESIGN.md's qualifiers"},
		{"status", s.Defs["item"].Properties["status"].Enum, sorted("consistent", "mismatch", "zh_only", "en_only"), "DESIGN.md's statuses"},
	}
	for _, tc := range cases {
		if got := strs(tc.got); !slices.Equal(got, tc.want) {
			t.Errorf("%s: schema has %v, want %v (%s)", tc.name, got, tc.want, tc.reason)
		}
	}
}

// TestSchemaRejects checks that the schema is strict enough to catch a
// broken document: each mutation of the sample's JSON must fail.
func TestSchemaRejects(t *testing.T) {
	doc, _ := parseSample(t)
	cases := []struct {
		name   string
		mutate func(d *report.Document)
		reason string
	}{
		{"version", func(d *report.Document) { d.Schema = "bireport/0" }, "the version is fixed"},
		{"kind", func(d *report.Document) { d.Pairs[0].Kind = "chapter" }, "kinds are enumerated"},
		{"score", func(d *report.Document) { d.Pairs[0].Score = 1.5 }, "scores are in [0,1]"},
		{"line", func(d *report.Document) { d.Pairs[0].ZH.Lines[0] = 0 }, "lines are 1-based"},
		{"status", func(d *report.Document) { d.Commitments[0].Status = "ok" }, "statuses are enumerated"},
		{"qualifier", func(d *report.Document) { d.Commitments[0].Qualifier = "" }, "qualifiers are enumerated"},
		{"start", func(d *report.Document) { d.Commitments[0].ZH.Start = -1 }, "offsets are not negative"},
		{"ref lang", func(d *report.Document) { d.Footnotes[0].Refs[0].Lang = "fr" }, "ref languages are enumerated"},
		{"severity", func(d *report.Document) {
			d.Findings = append(d.Findings, report.Finding{Rule: "x", Severity: "fatal"})
		}, "severities are enumerated"},
	}
	s, err := compiledSchema()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var d report.Document
			data, _ := json.Marshal(doc)
			if err := json.Unmarshal(data, &d); err != nil {
				t.Fatal(err)
			}
			tc.mutate(&d)
			var buf bytes.Buffer
			if err := report.WriteJSON(&buf, &d); err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(buf.Bytes()); err == nil {
				t.Errorf("mutated document passes the schema (%s)", tc.reason)
			}
		})
	}
}
