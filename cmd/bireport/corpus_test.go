package main

// These tests run the real library on the corpus under testdata/.

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

const corpusDir = "../../testdata/corpus"

var sample = filepath.Join(corpusDir, "beijing-2024-excerpt.txt")

// renderJSON returns the document of render -f json args.
func renderJSON(t *testing.T, stdin string, args ...string) report.Document {
	t.Helper()
	code, out, errs := runReal(stdin, append([]string{"render", "-f", "json"}, args...)...)
	if code != exitOK || errs != "" {
		t.Fatalf("render -f json %v: exit %d, stderr %q", args, code, errs)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("render -f json %v: %v", args, err)
	}
	return doc
}

func TestCorpusRender(t *testing.T) {
	doc := renderJSON(t, "", sample)
	if doc.Schema != report.Schema || len(doc.Pairs) == 0 {
		t.Fatalf("render -f json: schema %q, %d pairs", doc.Schema, len(doc.Pairs))
	}
	tests := []struct {
		format string
		check  func(out string) bool
		reason string
	}{
		{"md", func(out string) bool {
			return strings.Contains(out, "政 府 工 作 报 告") || strings.Contains(out, "政府工作报告")
		}, "Markdown carries the title"},
		{"html", func(out string) bool {
			return strings.HasPrefix(out, "<!DOCTYPE html>") && strings.Contains(out, `lang="zh"`)
		}, "a standalone page"},
		{"tsv", func(out string) bool { return strings.Count(out, "\n") == len(doc.Pairs)+1 }, "header plus one row a pair"},
		{"tmx", func(out string) bool {
			var v struct {
				TUs []struct{} `xml:"body>tu"`
			}
			return xml.Unmarshal([]byte(out), &v) == nil && len(v.TUs) > 0 && len(v.TUs) <= len(doc.Pairs)
		}, "well-formed TMX with a tu per two-sided pair"},
	}
	for _, tt := range tests {
		code, out, errs := runReal("", "render", "-f", tt.format, sample)
		if code != exitOK || errs != "" || !tt.check(out) {
			t.Errorf("render -f %s: exit %d, stderr %q, check failed (%s):\n%.300s", tt.format, code, errs, tt.reason, out)
		}
	}
}

func TestCorpusStdinAndPair(t *testing.T) {
	b, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	fromFile := renderJSON(t, "", sample)
	fromStdin := renderJSON(t, string(b), "-")
	if len(fromStdin.Pairs) != len(fromFile.Pairs) || len(fromStdin.Commitments) != len(fromFile.Commitments) {
		t.Errorf("standard input gives %d pairs, %d commitments; the file %d, %d",
			len(fromStdin.Pairs), len(fromStdin.Commitments), len(fromFile.Pairs), len(fromFile.Commitments))
	}
	zh, en := filepath.Join(corpusDir, "gwr-2016-national.zh.txt"), filepath.Join(corpusDir, "gwr-2016-national.en.txt")
	doc := renderJSON(t, "", "--zh", zh, "--en", en)
	if len(doc.Pairs) < 100 {
		t.Errorf("--zh --en on gwr-2016 (112 units): %d pairs", len(doc.Pairs))
	}
}

func TestCorpusExtractCSV(t *testing.T) {
	doc := renderJSON(t, "", sample)
	code, out, errs := runReal("", "extract", "-f", "csv", sample)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v", err)
	}
	if len(rows) != len(doc.Commitments)+1 {
		t.Errorf("%d rows, want header + %d commitments", len(rows), len(doc.Commitments))
	}
	for i, r := range rows[1:] {
		if r[0] != sample || r[4] == "" || r[12] == "" {
			t.Errorf("row %d: file, value or status empty: %q", i+1, r)
		}
	}
}

func TestCorpusCheck(t *testing.T) {
	code, out, errs := runReal("", "check", sample)
	if code != exitOK && code != exitFindings {
		t.Fatalf("check: exit %d, stderr %q", code, errs)
	}
	line := regexp.MustCompile(`^` + regexp.QuoteMeta(sample) + `:\d+: (error|warning|info): [a-z0-9-]+: \S`)
	severe := false
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		if !line.MatchString(l) {
			t.Errorf("finding not as file:line: severity: rule: message: %q", l)
		}
		severe = severe || strings.Contains(l, ": error: ")
	}
	if severe != (code == exitFindings) {
		t.Errorf("exit %d but findings of severity error: %v", code, severe)
	}
}

func TestCorpusBatch(t *testing.T) {
	code, out, errs := runReal("", "batch", "-j", "2", corpusDir)
	if code != exitOK || errs != "" {
		t.Fatalf("batch: exit %d, stderr %q", code, errs)
	}
	// Seven interleaved files and six pairs of monolingual files.
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 13 {
		t.Fatalf("batch: %d lines, want 13", len(lines))
	}
	// Lexical order, a pair at the place of its first file (NAME.en.txt).
	var want []string
	want = append(want, filepath.Join(corpusDir, "beijing-2024-excerpt.txt"))
	for _, name := range []string{"gwr-2016-national", "gwr-2019-national", "gwr-2020-national", "gwr-2021-national", "gwr-2022-national", "prc-constitution-2018"} {
		want = append(want, filepath.Join(corpusDir, name+".zh.txt"), filepath.Join(corpusDir, name+".txt"))
	}
	for i, l := range lines {
		var doc report.Document
		if err := json.Unmarshal([]byte(l), &doc); err != nil || doc.Schema != report.Schema || len(doc.Pairs) == 0 {
			t.Errorf("line %d: err %v, schema %q, %d pairs", i, err, doc.Schema, len(doc.Pairs))
		}
		if doc.Source != want[i] {
			t.Errorf("line %d: source %q, want %q: not in input order", i, doc.Source, want[i])
		}
	}
}

// TestHostileInput feeds odd bytes to every command through standard
// input: the tool must answer with output or one error line, never a
// panic or a stack trace.
func TestHostileInput(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	inputs := map[string]string{
		"empty":       "",
		"blank lines": "\n\n \n\t\n",
		"control":     "\x00\x01\x02\x03",
		"utf16 bom":   "\xff\xfe",
		"utf8 bom":    "\xef\xbb\xbf",
		"random":      string(random),
		"one side":    "只有中文。\n还是中文。\n",
		"long line":   strings.Repeat("增长6.5%，", 1000) + "\n" + strings.Repeat("growth of 6.5 percent, ", 1000) + "\n",
	}
	commands := [][]string{
		{"render", "-f", "md", "-"}, {"render", "-f", "json", "-"}, {"render", "-f", "html", "-"},
		{"render", "-f", "tmx", "-"}, {"render", "-f", "tsv", "-"}, {"align", "-f", "json", "-"},
		{"extract", "-f", "csv", "-"}, {"extract", "-f", "md", "-"}, {"check", "-"}, {"batch", "-"},
	}
	for name, in := range inputs {
		for i, args := range commands {
			if name == "long line" && i%3 != 0 {
				continue // slow to parse: a few commands suffice
			}
			code, _, errs := runReal(in, args...)
			switch {
			case strings.Contains(errs, "panic") || strings.Contains(errs, "goroutine "):
				t.Errorf("%s | bireport %v: %q", name, args, errs)
			case code == exitError:
				if !strings.HasPrefix(errs, "bireport: ") || (args[0] != "batch" && strings.Count(errs, "\n") != 1) {
					t.Errorf("%s | bireport %v: exit 2 without one error line: %q", name, args, errs)
				}
			case code != exitOK && code != exitFindings:
				t.Errorf("%s | bireport %v: exit %d", name, args, code)
			}
		}
	}
}
