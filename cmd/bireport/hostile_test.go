package main

// Hostile and broken input through the command line: each class either
// succeeds (exit 0, JSON valid against the schema, every non-blank line in
// exactly one pair side) or fails with exit 2 and one short line on stderr
// naming the file and the line or byte offset.

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bireport/bireport/internal/jsonschema"
	"github.com/bireport/bireport/report"
)

const (
	hostileZH = "城镇新增就业不少于26万人，新建养老家庭照护床位2000张。"
	hostileEN = "We will create no fewer than 260,000 urban jobs and add 2,000 beds for home-based eldercare."
)

func noise(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, ^seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return string(b)
}

// A cliCase is one hostile input given to `bireport render -f json`.
type cliCase struct {
	name    string
	content *string // file content; nil: the path does not exist
	dir     bool    // the path is a directory
	stdin   bool    // give the content on standard input as -
	ok      bool    // must succeed
	where   string  // when failing: a regexp the message must match after "bireport: "
	reason  string
}

func ptr(s string) *string { return &s }

func cliCases() []cliCase {
	return []cliCase{
		{name: "empty", content: ptr(""), where: `^FILE: no text`, reason: "an empty file is an input error, not an empty report"},
		{name: "blank", content: ptr("\n  \n\u3000\n"), where: `^FILE: no text`, reason: "blank lines only"},
		{name: "random binary", content: ptr(noise(2048, 3)), where: `^FILE:\d+ \(byte \d+\): (binary data|undecodable)`, reason: "scanner garbage"},
		{name: "NUL", content: ptr("abc\x00def"), where: `^FILE:1 \(byte 3\): binary data, not text`, reason: "the NUL's offset, not a UTF-16 guess"},
		{name: "invalid UTF-8", content: ptr(hostileZH + "\n" + hostileEN[:10] + "\xc3\x28" + hostileEN[10:] + "\n"), where: `^FILE:2 \(byte \d+\): undecodable input`, reason: "the line and byte of the bad byte"},
		{name: "Chinese only", content: ptr(hostileZH + "\n建立9个紧密型城市医疗集团。\n"), ok: true, reason: "one language gives one-sided pairs"},
		{name: "English only", content: ptr(hostileEN + "\nBuild nine hospital networks.\n"), ok: true, reason: "one language gives one-sided pairs"},
		{name: "20 MB line", content: ptr(hostileZH + "\n" + strings.Repeat("x", 20<<20) + "\n"), where: `^FILE:2 \(byte \d+\): input too large: line of \d+ bytes`, reason: "a line past report.MaxLineBytes"},
		{name: "overflowing numerals", content: ptr("新增就业" + strings.Repeat("9", 400) + "万亿亿人。\nCreate " + strings.Repeat("9", 400) + " jobs and 1e999 beds.\n"), ok: true, reason: "no Inf in the JSON"},
		{name: "list markers", content: ptr(strings.Repeat("1. (2) 三、 ① [4] ", 3000) + "\n" + strings.Repeat("1. II. (3) [5] ", 3000) + "\n"), ok: true, reason: "thousands of markers on one line"},
		{name: "mixed line", content: ptr("城镇新增就业不少于26万人 we will create no fewer than 260,000 urban jobs\n" + hostileZH + "\n" + hostileEN + "\n"), ok: true, reason: "Chinese and English on one line"},
		{name: "CR only", content: ptr("政府工作报告\rREPORT ON THE WORK OF THE GOVERNMENT\r" + hostileZH + "\r" + hostileEN + "\r"), ok: true, reason: "CR line ends"},
		{name: "missing file", where: `^FILE: no such file or directory$`, reason: "the file named, what is wrong"},
		{name: "directory", dir: true, where: `^FILE: is a directory`, reason: "a directory is not a file"},
		{name: "stdin", content: ptr(hostileZH + "\n" + hostileEN + "\n"), stdin: true, ok: true, reason: "- reads standard input"},
		{name: "stdin binary", content: ptr("abc\x00def"), stdin: true, where: `^-:1 \(byte 3\): binary data`, reason: "standard input is named -"},
	}
}

func TestHostileCLI(t *testing.T) {
	schema, err := jsonschema.Compile(report.JSONSchema())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tc := range cliCases() {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".txt")
			stdin := ""
			switch {
			case tc.dir:
				if err := os.Mkdir(path, 0o755); err != nil {
					t.Fatal(err)
				}
			case tc.stdin:
				stdin, path = *tc.content, "-"
			case tc.content != nil:
				if err := os.WriteFile(path, []byte(*tc.content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var out, errw bytes.Buffer
			code := run([]string{"render", "-f", "json", path}, strings.NewReader(stdin), &out, &errw)
			if tc.ok {
				if code != exitOK || errw.Len() != 0 {
					t.Fatalf("exit %d, stderr %q; want success (%s)", code, errw.String(), tc.reason)
				}
				if err := schema.Validate(out.Bytes()); err != nil {
					t.Fatalf("output breaks the schema: %v", err)
				}
				checkLinesCovered(t, out.Bytes(), *tc.content)
				return
			}
			msg := errw.String()
			if code != exitError || out.Len() != 0 {
				t.Fatalf("exit %d, stdout %d bytes; want exit 2 and no output (%s)", code, out.Len(), tc.reason)
			}
			if strings.Count(msg, "\n") != 1 || len(msg) > 300 {
				t.Fatalf("stderr %q is not one short line", msg)
			}
			want := strings.ReplaceAll(tc.where, "FILE", regexp.QuoteMeta(path))
			if !regexp.MustCompile(want).MatchString(strings.TrimPrefix(strings.TrimSuffix(msg, "\n"), "bireport: ")) {
				t.Fatalf("stderr %q does not match %q (%s)", msg, want, tc.reason)
			}
		})
	}
}

// checkLinesCovered checks that every non-blank line of text lies in
// exactly one pair side of the JSON document.
func checkLinesCovered(t *testing.T, js []byte, text string) {
	t.Helper()
	var doc report.Document
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatal(err)
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(text, "\n")
	seen := make([]int, len(lines)+1)
	for _, p := range doc.Pairs {
		for _, s := range []*report.Side{p.ZH, p.EN} {
			if s == nil {
				continue
			}
			for l := s.Lines[0]; l <= s.Lines[1] && l <= len(lines); l++ {
				seen[l]++
			}
		}
	}
	for i, l := range lines {
		if strings.TrimSpace(strings.ReplaceAll(l, "\u3000", " ")) != "" && seen[i+1] != 1 {
			t.Errorf("line %d is in %d pair sides, want 1", i+1, seen[i+1])
		}
	}
}

// TestHostileCLIPair checks that with --zh and --en the message names the
// file that is wrong.
func TestHostileCLIPair(t *testing.T) {
	dir := t.TempDir()
	zh := filepath.Join(dir, "a.zh.txt")
	en := filepath.Join(dir, "a.en.txt")
	if err := os.WriteFile(zh, []byte(hostileZH+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(en, []byte("fine line\nbad \xff byte\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errw bytes.Buffer
	code := run([]string{"render", "-f", "json", "--zh", zh, "--en", en}, strings.NewReader(""), &out, &errw)
	want := "bireport: " + en + ":2 (byte 14): undecodable input"
	if code != exitError || !strings.HasPrefix(errw.String(), want) || strings.Count(errw.String(), "\n") != 1 {
		t.Fatalf("exit %d, stderr %q; want exit 2 and a line starting %q", code, errw.String(), want)
	}
}
