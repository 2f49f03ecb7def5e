package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bireport/bireport/report"
)

// fakeParse stands in for report.Parse so that the command line is tested
// on its own. Each non-blank input line becomes a pair (Chinese side) and
// lines may carry directives:
//
//	FAIL           the parse fails with a *report.Error at that line
//	PANIC          the parser panics
//	SLEEP n        the parse takes n milliseconds
//	ERROR msg      a finding of severity error at that line
//	WARN msg       a finding of severity warning at that line
//	DOCWARN msg    a finding of severity warning with no line
//	ITEM v text    a commitment of value v whose Chinese text is text
func fakeParse(r io.Reader, cfg report.Config) (*report.Document, error) {
	doc := &report.Document{Schema: report.Schema, Source: cfg.Name}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		word, rest, _ := strings.Cut(line, " ")
		switch word {
		case "FAIL":
			return nil, &report.Error{File: cfg.Name, Line: n, Offset: -1, Err: report.ErrEncoding, Detail: "fake failure"}
		case "PANIC":
			panic("fake panic")
		case "SLEEP":
			ms, _ := strconv.Atoi(rest)
			time.Sleep(time.Duration(ms) * time.Millisecond)
		case "ERROR", "WARN", "DOCWARN":
			sev, line := report.SeverityError, n
			if word != "ERROR" {
				sev = report.SeverityWarning
			}
			if word == "DOCWARN" {
				line = 0
			}
			doc.Findings = append(doc.Findings, report.Finding{Rule: "fake-rule", Severity: sev, Pair: len(doc.Pairs) + 1, Line: line, Message: rest})
		case "ITEM":
			v, text, _ := strings.Cut(rest, " ")
			value, _ := strconv.ParseFloat(v, 64)
			doc.Commitments = append(doc.Commitments, report.Item{
				ID: len(doc.Commitments) + 1, Pair: len(doc.Pairs) + 1, Value: value, Qualifier: "exact",
				ZH:     &report.Mention{Text: text, Value: value, Unit: "个", Line: n},
				EN:     &report.Mention{Text: "en, \"quoted\"", Value: value, Unit: "units", Line: n + 1},
				Object: report.Object{ZH: "对象", EN: "object"},
				Status: "consistent",
			})
		}
		doc.Pairs = append(doc.Pairs, report.Pair{ID: len(doc.Pairs) + 1, Kind: report.KindParagraph,
			ZH: &report.Side{Text: line, Lines: [2]int{n, n}}, Score: 1})
	}
	return doc, sc.Err()
}

// fakeParsePair parses the Chinese file with fakeParse and adds the
// English lines as the English sides of the pairs.
func fakeParsePair(zh, en io.Reader, cfg report.Config) (*report.Document, error) {
	doc, err := fakeParse(zh, cfg)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(en)
	if err != nil {
		return nil, err
	}
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if i < len(doc.Pairs) {
			doc.Pairs[i].EN = &report.Side{Text: line, Lines: [2]int{i + 1, i + 1}, File: cfg.ENName}
		}
	}
	return doc, nil
}

func fakeWriteJSON(w io.Writer, doc *report.Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

func fakeWriteJSONLine(w io.Writer, doc *report.Document) error {
	return json.NewEncoder(w).Encode(doc)
}

// runFake runs the tool with the fake parser.
func runFake(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errw bytes.Buffer
	t := &tool{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errw,
		parse: fakeParse, parsePair: fakeParsePair, writeJSON: fakeWriteJSON, writeJSONLine: fakeWriteJSONLine}
	code = t.main(args)
	return code, out.String(), errw.String()
}

// runReal runs the tool as main does, with the real library.
func runReal(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errw bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errw)
	return code, out.String(), errw.String()
}

// writeFiles creates files under a temporary directory and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// checkOneErrorLine checks that stderr is one line "bireport: ..." holding
// every fragment of want.
func checkOneErrorLine(t *testing.T, name, stderr string, want ...string) {
	t.Helper()
	if !strings.HasPrefix(stderr, "bireport: ") || strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") {
		t.Errorf("%s: stderr is not one line \"bireport: ...\": %q", name, stderr)
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("%s: stderr %q does not contain %q", name, stderr, w)
		}
	}
}

func TestHelp(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		want   []string
		reason string
	}{
		{"tool -h", []string{"-h"}, []string{"Usage:", "render", "align", "extract", "check", "batch", "Exit status"}, "the tool's usage lists every command"},
		{"tool --help", []string{"--help"}, []string{"Usage:"}, "GNU-style long flag"},
		{"help", []string{"help"}, []string{"Usage:"}, "help command"},
		{"help render", []string{"help", "render"}, []string{"Usage: bireport render", "-f format"}, "help for one command"},
		{"render -h", []string{"render", "-h"}, []string{"Usage: bireport render", "md|json|html|tmx|tsv", "--zh FILE --en FILE", "-o FILE"}, "every command has -h"},
		{"render --help", []string{"render", "--help"}, []string{"Usage: bireport render"}, "and --help"},
		{"align -h", []string{"align", "-h"}, []string{"Usage: bireport align", "tsv|json"}, "every command has -h"},
		{"extract -h", []string{"extract", "-h"}, []string{"Usage: bireport extract", "json|csv|md", "zh_line"}, "every command has -h"},
		{"check -h", []string{"check", "-h"}, []string{"Usage: bireport check", "FILE:LINE: SEVERITY: RULE: MESSAGE"}, "every command has -h"},
		{"batch -h", []string{"batch", "-h"}, []string{"Usage: bireport batch", "-j N", `"error"`}, "every command has -h"},
		{"help after args", []string{"render", "some.txt", "-h"}, []string{"Usage: bireport render"}, "-h wins wherever it is, before any file is read"},
	}
	for _, tt := range tests {
		code, out, errs := runReal("", tt.args...)
		if code != exitOK || errs != "" {
			t.Errorf("%s: exit %d, stderr %q; want 0 and nothing (%s)", tt.name, code, errs, tt.reason)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: usage does not contain %q (%s):\n%s", tt.name, w, tt.reason, out)
			}
		}
	}
}

func TestUsageAndInputErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "x\n", "sub/b.txt": "y\n"})
	a := filepath.Join(dir, "a.txt")
	tests := []struct {
		name   string
		args   []string
		want   []string // fragments of the one stderr line
		reason string
	}{
		{"no command", nil, []string{"no command", "bireport -h"}, "a bare bireport says what to do"},
		{"unknown command", []string{"frobnicate"}, []string{`unknown command "frobnicate"`}, "typo in the command"},
		{"flag before command", []string{"-f", "json"}, []string{"unknown flag -f"}, "flags come after the command"},
		{"unknown flag", []string{"render", "-x", a}, []string{"render:", "-x"}, "the flag package's message, on one line"},
		{"bad format", []string{"render", "-f", "pdf", a}, []string{"-f pdf", "md, json, html, tmx, tsv"}, "the formats are listed"},
		{"bad align format", []string{"align", "-f", "md", a}, []string{"-f md", "tsv, json"}, "each command has its formats"},
		{"bad check format", []string{"check", "-f", "csv", a}, []string{"-f csv"}, "each command has its formats"},
		{"bad seg", []string{"render", "-f", "tmx", "-seg", "word", a}, []string{"-seg word", "paragraph, sentence"}, "the units are listed"},
		{"seg sentence md", []string{"render", "-seg", "sentence", a}, []string{"-seg sentence", "only for -f tmx or tsv"}, "sentence units are for tmx and tsv"},
		{"missing file", []string{"render", filepath.Join(dir, "nope.txt")}, []string{"nope.txt: no such file or directory"}, "the file is named"},
		{"directory", []string{"render", dir}, []string{dir + ": is a directory, not a file"}, "a directory where a file is expected"},
		{"missing zh", []string{"render", "--zh", filepath.Join(dir, "nope.zh.txt"), "--en", a}, []string{"nope.zh.txt: no such file"}, "pairs name the missing side"},
		{"missing en", []string{"align", "--zh", a, "--en", filepath.Join(dir, "nope.en.txt")}, []string{"nope.en.txt: no such file"}, "pairs name the missing side"},
		{"no input", []string{"render"}, []string{"no input"}, "render needs a FILE"},
		{"zh without en", []string{"render", "--zh", a}, []string{"--zh and --en go together"}, "a pair needs both"},
		{"file and pair", []string{"render", a, "--zh", a, "--en", a}, []string{"not both"}, "one input shape at a time"},
		{"two files", []string{"render", a, a}, []string{"one FILE at a time"}, "render takes one document"},
		{"stdin twice", []string{"extract", "-", "-"}, []string{"standard input (-) given twice"}, "stdin can be read once"},
		{"pair both stdin", []string{"render", "--zh", "-", "--en", "-"}, []string{"cannot both read standard input"}, "stdin can be read once"},
		{"output is a directory", []string{"render", "-o", dir, a}, nil, "nothing is written over a directory"},
		{"batch no args", []string{"batch"}, []string{"no input"}, "batch needs a DIR or FILE"},
		{"batch -j 0", []string{"batch", "-j", "0", dir}, []string{"-j 0"}, "at least one worker"},
		{"batch bad -j", []string{"batch", "-j", "many", dir}, []string{"invalid value"}, "the flag package's message"},
		{"batch empty dir", []string{"batch", t.TempDir()}, []string{"no .txt files found"}, "nothing to do is an input error"},
		{"check missing file", []string{"check", filepath.Join(dir, "nope.txt")}, []string{"nope.txt: no such file"}, "check reports unreadable input with exit 2"},
	}
	for _, tt := range tests {
		code, out, errs := runFake("", tt.args...)
		if code != exitError {
			t.Errorf("%s: exit %d, want 2 (%s)", tt.name, code, tt.reason)
		}
		if out != "" {
			t.Errorf("%s: stdout %q, want nothing", tt.name, out)
		}
		checkOneErrorLine(t, tt.name, errs, tt.want...)
	}
}

func TestStdin(t *testing.T) {
	code, out, errs := runFake("第一段\n第二段\n", "render", "-f", "json", "-")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("render -f json -: %v\n%s", err, out)
	}
	if doc.Source != "-" || len(doc.Pairs) != 2 || doc.Pairs[1].ZH.Text != "第二段" {
		t.Errorf("standard input not read as the document: %+v", doc)
	}
}

func TestParseError(t *testing.T) {
	dir := writeFiles(t, map[string]string{"bad.txt": "ok\nFAIL\n"})
	bad := filepath.Join(dir, "bad.txt")
	code, out, errs := runFake("", "render", bad)
	if code != exitError || out != "" {
		t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
	}
	checkOneErrorLine(t, "parse error", errs, bad+":2: undecodable input: fake failure")
}

func TestPanicIsOneLine(t *testing.T) {
	code, out, errs := runFake("PANIC\n", "render", "-")
	if code != exitError || out != "" {
		t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
	}
	checkOneErrorLine(t, "panic", errs, "internal error: fake panic")
}

func TestFlagsAfterFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "甲\n"})
	a := filepath.Join(dir, "a.txt")
	out := filepath.Join(dir, "out.tsv")
	code, stdout, errs := runFake("", "align", a, "-o", out)
	if code != exitOK || errs != "" || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := "id\tkind\tlevel\tzh_first\tzh_last\ten_first\ten_last\tscore\tzh\ten\n1\tparagraph\t0\t1\t1\t\t\t1\t甲\t\n"; string(b) != want {
		t.Errorf("-o after the file: got %q, want %q", b, want)
	}
	// A file named like a flag after --.
	code, _, errs = runFake("", "render", "--", "-f")
	if code != exitError || !strings.Contains(errs, "-f: no such file") {
		t.Errorf("after --, -f is a file name: exit %d, stderr %q", code, errs)
	}
}

func TestAlignJSONAndPair(t *testing.T) {
	dir := writeFiles(t, map[string]string{"r.zh.txt": "甲\n乙\n", "r.en.txt": "A\nB\n"})
	zh, en := filepath.Join(dir, "r.zh.txt"), filepath.Join(dir, "r.en.txt")
	code, out, errs := runFake("", "align", "-f", "json", "--zh", zh, "--en", en)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var got struct {
		Schema string
		Source string
		Pairs  []report.Pair
		Extra  any `json:"commitments"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Schema != report.Schema || got.Source != zh || len(got.Pairs) != 2 || got.Pairs[1].EN == nil || got.Pairs[1].EN.Text != "B" || got.Pairs[1].EN.File != en {
		t.Errorf("align -f json of a pair: %s", out)
	}
	if got.Extra != nil {
		t.Errorf("align writes pairs only, got commitments")
	}
}

func TestExtractCSV(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt": "标题\nITEM 260000 不少于26万人\n其他\nITEM 1.5 \"引号\",逗号\n",
		"b.txt": "ITEM 9 9个\n",
	})
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	code, out, errs := runFake("", "extract", "-f", "csv", a, b)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("output is not RFC 4180 CSV: %v\n%s", err, out)
	}
	want := [][]string{
		{"file", "pair", "zh_line", "en_line", "value", "upper", "unit", "qualifier", "object_zh", "object_en", "zh_text", "en_text", "status"},
		{a, "2", "2", "3", "260000", "", "个", "exact", "对象", "object", "不少于26万人", `en, "quoted"`, "consistent"},
		{a, "4", "4", "5", "1.5", "", "个", "exact", "对象", "object", `"引号",逗号`, `en, "quoted"`, "consistent"},
		{b, "1", "1", "2", "9", "", "个", "exact", "对象", "object", "9个", `en, "quoted"`, "consistent"},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%s", len(rows), len(want), out)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d:\n got %q\nwant %q", i, rows[i], want[i])
		}
	}
	// -figures lists the (here absent) figures: the header only.
	_, out, _ = runFake("", "extract", "-f", "csv", "-figures", a)
	if out != strings.Join(want[0], ",")+"\n" {
		t.Errorf("-figures with no figures: %q", out)
	}
}

func TestExtractJSONAndMarkdown(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "ITEM 3 3个|月\n", "b.txt": "无\n"})
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	_, out, _ := runFake("", "extract", a)
	var one extraction
	if err := json.Unmarshal([]byte(out), &one); err != nil || len(one.Commitments) != 1 || one.Figures == nil || one.Footnotes == nil {
		t.Errorf("extract -f json of one file: err %v, %s", err, out)
	}
	_, out, _ = runFake("", "extract", a, b)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("extract of two files: want two JSON lines, got %q", out)
	}
	for i, l := range lines {
		var e extraction
		if err := json.Unmarshal([]byte(l), &e); err != nil || e.Source != []string{a, b}[i] {
			t.Errorf("line %d: err %v, source %q", i, err, e.Source)
		}
	}
	_, out, _ = runFake("", "extract", "-f", "md", a)
	if !strings.Contains(out, "| 1 | 1 | 3个\\|月 | en, \"quoted\" | 3 | 个 | exact | consistent |") {
		t.Errorf("markdown row missing or unescaped:\n%s", out)
	}
}

func TestCheck(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"clean.txt":  "甲\n乙\n",
		"warn.txt":   "甲\nWARN only a warning\n",
		"err.txt":    "甲\n乙\nERROR 26万 ≠ 250,000\nWARN two\nwords\n",
		"bad.txt":    "FAIL\n",
		"noline.txt": "DOCWARN whole document\n",
	})
	p := func(n string) string { return filepath.Join(dir, n) }
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
		reason string
	}{
		{"clean", []string{"check", p("clean.txt")}, 0, "", "", "no findings, exit 0"},
		{"no line", []string{"check", p("noline.txt")}, 0, p("noline.txt") + ": warning: fake-rule: whole document\n", "", "a finding without a line names the file only"},
		{"warning only", []string{"check", p("warn.txt")}, 0, p("warn.txt") + ":2: warning: fake-rule: only a warning\n", "", "warnings do not fail the check"},
		{"error", []string{"check", p("err.txt")}, 1,
			p("err.txt") + ":3: error: fake-rule: 26万 ≠ 250,000\n" + p("err.txt") + ":4: warning: fake-rule: two\n", "", "a finding of severity error exits 1"},
		{"several files", []string{"check", p("clean.txt"), p("warn.txt"), p("err.txt")}, 1,
			p("warn.txt") + ":2: warning: fake-rule: only a warning\n" + p("err.txt") + ":3: error: fake-rule: 26万 ≠ 250,000\n" + p("err.txt") + ":4: warning: fake-rule: two\n", "", "findings of every file, in order"},
		{"input error wins", []string{"check", p("bad.txt"), p("err.txt")}, 2,
			p("err.txt") + ":3: error: fake-rule: 26万 ≠ 250,000\n" + p("err.txt") + ":4: warning: fake-rule: two\n", "bad.txt:1", "an unreadable file is reported, the others still checked, exit 2"},
	}
	for _, tt := range tests {
		code, out, errs := runFake("", tt.args...)
		if code != tt.code || out != tt.stdout {
			t.Errorf("%s: exit %d, stdout\n%q\nwant exit %d, stdout\n%q\n(%s)", tt.name, code, out, tt.code, tt.stdout, tt.reason)
		}
		if (tt.stderr == "") != (errs == "") || !strings.Contains(errs, tt.stderr) {
			t.Errorf("%s: stderr %q, want %q", tt.name, errs, tt.stderr)
		}
	}
	code, out, _ := runFake("", "check", "-f", "json", p("err.txt"))
	var got []fileFinding
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 1 || len(got) != 2 || got[0].File != p("err.txt") || got[0].Line != 3 || got[0].Severity != report.SeverityError {
		t.Errorf("check -f json: exit %d, err %v, %s", code, err, out)
	}
	_, out, _ = runFake("", "check", "-f", "json", p("clean.txt"))
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("check -f json with no findings: %q, want []", out)
	}
}

func TestCheckPairFile(t *testing.T) {
	doc := &report.Document{Pairs: []report.Pair{{ID: 1,
		ZH: &report.Side{Lines: [2]int{3, 4}}, EN: &report.Side{Lines: [2]int{5, 5}}}}}
	in := input{zh: "r.zh.txt", en: "r.en.txt"}
	tests := []struct {
		name   string
		f      report.Finding
		want   string
		reason string
	}{
		{"zh line", report.Finding{Pair: 1, Line: 4}, "r.zh.txt", "the line is on the Chinese side"},
		{"en line", report.Finding{Pair: 1, Line: 5}, "r.en.txt", "the line is only on the English side"},
		{"both", report.Finding{Pair: 1, Line: 3}, "r.zh.txt", "ambiguous lines count in the Chinese file"},
		{"no pair", report.Finding{Pair: 9, Line: 5}, "r.zh.txt", "unknown pair: the Chinese file"},
	}
	for _, tt := range tests {
		if got := findingFile(in, doc, tt.f); got != tt.want {
			t.Errorf("%s: %q, want %q (%s)", tt.name, got, tt.want, tt.reason)
		}
	}
}

func TestBatch(t *testing.T) {
	// The first documents are the slowest, so workers finish them last:
	// the output must still follow the input order.
	files := map[string]string{
		"a/01.txt":        "SLEEP 80\n甲\n",
		"a/02.txt":        "SLEEP 40\n乙\n",
		"a/03.txt":        "FAIL\n",
		"a/04.txt":        "丁\n",
		"a/notes.md":      "not a report\n",
		"a/.hidden/x.txt": "skipped\n",
		"a/sub/05.txt":    "PANIC\n",
		"a/r.en.txt":      "A\n",
		"a/r.zh.txt":      "甲\n",
		"b.txt":           "戊\n",
	}
	dir := writeFiles(t, files)
	p := func(n string) string { return filepath.Join(dir, filepath.FromSlash(n)) }
	out := p("out.jsonl")
	code, stdout, errs := runFake("", "batch", "-j", "4", "-o", out, p("a"), p("b.txt"), p("missing"))
	if code != exitError || stdout != "" {
		t.Errorf("exit %d, stdout %q; want 2 (files failed) and output in the -o file", code, stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	type line struct {
		Source string
		Error  string
		Pairs  []report.Pair
	}
	want := []struct {
		source string
		err    string
		enFile string
	}{
		{p("a/01.txt"), "", ""},
		{p("a/02.txt"), "", ""},
		{p("a/03.txt"), "03.txt:1: undecodable input: fake failure", ""},
		{p("a/04.txt"), "", ""},
		{p("a/r.zh.txt"), "", p("a/r.en.txt")},
		{p("a/sub/05.txt"), "internal error: fake panic", ""},
		{p("b.txt"), "", ""},
		{p("missing"), "missing: no such file or directory", ""},
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), b)
	}
	for i, w := range want {
		if strings.Contains(lines[i], "\n  ") || strings.Contains(lines[i], "{\n") {
			t.Errorf("line %d is not compact", i)
		}
		var got line
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Errorf("line %d is not JSON: %v: %s", i, err, lines[i])
			continue
		}
		if got.Source != w.source || (w.err == "") != (got.Error == "") || !strings.Contains(got.Error, w.err) {
			t.Errorf("line %d: source %q error %q; want source %q error %q", i, got.Source, got.Error, w.source, w.err)
		}
		if w.enFile != "" && (len(got.Pairs) != 1 || got.Pairs[0].EN == nil || got.Pairs[0].EN.File != w.enFile) {
			t.Errorf("line %d: NAME.zh.txt and NAME.en.txt not parsed as one pair: %s", i, lines[i])
		}
	}
	errLines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	wantErr := []string{"03.txt:1: undecodable input", "05.txt: internal error: fake panic", "missing: no such file", "3 of 8 documents failed"}
	if len(errLines) != len(wantErr) {
		t.Fatalf("stderr has %d lines, want %d:\n%s", len(errLines), len(wantErr), errs)
	}
	for i, w := range wantErr {
		if !strings.HasPrefix(errLines[i], "bireport: ") || !strings.Contains(errLines[i], w) {
			t.Errorf("stderr line %d: %q, want %q", i, errLines[i], w)
		}
	}
	if strings.Contains(errs, "\r") {
		t.Errorf("progress written to a stderr that is not a terminal")
	}
}

func TestBatchOK(t *testing.T) {
	dir := writeFiles(t, map[string]string{"x.txt": "甲\n", "y.TXT": "乙\n", "out.txt": "FAIL\n"})
	code, out, errs := runFake("", "batch", "-j", "1", dir, filepath.Join(dir, "x.txt"))
	if code != exitError || !strings.Contains(errs, "out.txt:1") {
		t.Fatalf("exit %d, stderr %q; want out.txt to fail", code, errs)
	}
	if n := strings.Count(out, "\n"); n != 3 {
		t.Errorf("want 3 lines (out.txt, x.txt once, y.TXT), got %d:\n%s", n, out)
	}
	// Rerun writing into the directory: the output file is not an input.
	outFile := filepath.Join(dir, "out.txt")
	code, _, errs = runFake("", "batch", "-o", outFile, dir)
	if code != exitOK || errs != "" {
		t.Fatalf("-o inside the directory: exit %d, stderr %q", code, errs)
	}
	b, _ := os.ReadFile(outFile)
	if n := strings.Count(string(b), "\n"); n != 2 || strings.Contains(string(b), "out.txt") {
		t.Errorf("want 2 lines (x.txt, y.TXT), got:\n%s", b)
	}
}

func TestBatchManyInOrder(t *testing.T) {
	files := map[string]string{}
	const n = 60
	for i := range n {
		// Earlier files sleep longer, so completion order is reversed.
		files[fmt.Sprintf("%03d.txt", i)] = fmt.Sprintf("SLEEP %d\n%d\n", (n-i)%7, i)
	}
	dir := writeFiles(t, files)
	code, out, _ := runFake("", "batch", "-j", "3", dir)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		want := fmt.Sprintf(`"source":%q`, filepath.Join(dir, fmt.Sprintf("%03d.txt", i)))
		if !strings.Contains(l, want) {
			t.Fatalf("line %d out of order: %.120s", i, l)
		}
	}
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name        string
		done, total int
		file        string
		want        string
		reason      string
	}{
		{"start", 1, 340, "a.txt", "\r[  1/340]   0.3%  a.txt\x1b[K", "count padded to the total's width"},
		{"end", 340, 340, "b.txt", "\r[340/340] 100.0%  b.txt\x1b[K", "100 percent at the end"},
		{"long name", 1, 1, strings.Repeat("长", 60), "\r[1/1] 100.0%  …" + strings.Repeat("长", 47) + "\x1b[K", "long names keep their end"},
	}
	for _, tt := range tests {
		if got := progressLine(tt.done, tt.total, tt.file); got != tt.want {
			t.Errorf("%s: %q, want %q (%s)", tt.name, got, tt.want, tt.reason)
		}
	}
}

func TestOutputFileReplaced(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "甲\n", "out.tsv": "old contents that are longer than the new\n"})
	out := filepath.Join(dir, "out.tsv")
	if code, _, errs := runFake("", "render", "-f", "tsv", "-o", out, filepath.Join(dir, "a.txt")); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, _ := os.ReadFile(out)
	if strings.Contains(string(b), "old") || !strings.Contains(string(b), "甲") {
		t.Errorf("-o did not replace the file: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}
