package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

// twinOf maps an encoded fixture to its UTF-8 twin: NAME.ENC.txt → NAME.utf-8.txt.
var encodedName = regexp.MustCompile(`^(.*)\.(cr|crlf|gb18030|utf-16be-bom|utf-16le-bom|utf-8-bom|utf-16be|utf-16le)\.txt$`)

// TestNothingLostEveryFixture parses every input fixture in testdata, each
// interleaved file, each zh/en pair and each encoded twin, and checks that
// every non-blank line lands in exactly one pair side, in order.
func TestNothingLostEveryFixture(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	enc, err := filepath.Glob("../testdata/encoding/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 10 || len(enc) < 10 {
		t.Fatalf("fixtures missing: %d corpus files, %d encoded", len(files), len(enc))
	}
	for _, path := range append(files, enc...) {
		base := filepath.Base(path)
		if strings.HasSuffix(base, ".en.txt") {
			continue // read with its .zh.txt below
		}
		t.Run(base, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			if m := encodedName.FindStringSubmatch(base); m != nil {
				twin, err := os.ReadFile(filepath.Join(filepath.Dir(path), m[1]+".utf-8.txt"))
				if err != nil {
					t.Fatal(err)
				}
				text = string(twin)
				if m[2] == "cr" {
					text = strings.ReplaceAll(text, "\n", "\r")
				}
			}
			if strings.HasSuffix(base, ".zh.txt") {
				enPath := strings.TrimSuffix(path, ".zh.txt") + ".en.txt"
				en, err := os.ReadFile(enPath)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := report.ParsePair(bytes.NewReader(data), bytes.NewReader(en),
					report.Config{Name: base, ENName: filepath.Base(enPath)})
				if err != nil {
					t.Fatal(err)
				}
				checkNothingLost(t, doc, map[string]string{base: text, filepath.Base(enPath): string(en)})
				return
			}
			doc, err := report.Parse(bytes.NewReader(data), report.Config{Name: base})
			if err != nil {
				t.Fatal(err)
			}
			checkNothingLost(t, doc, map[string]string{base: text})
		})
	}
}

// recorder is a testing.TB that records failures instead of reporting them,
// to test the checkers themselves.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true; runtime.Goexit() }

// fails runs check against a recorder and reports whether it failed.
func fails(t *testing.T, check func(testing.TB)) bool {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		check(r)
	}()
	<-done
	return r.failed
}

// TestNothingLostChecker makes sure the invariant check catches a lost line,
// a line in two pairs and pairs out of order.
func TestNothingLostChecker(t *testing.T) {
	doc, text := parseSample(t)
	inputs := map[string]string{sampleName: text}
	if fails(t, func(tb testing.TB) { checkNothingLost(tb, doc, inputs) }) {
		t.Fatal("the intact sample fails the check")
	}
	for _, tc := range []struct {
		name   string
		reason string
		damage func(d *report.Document)
	}{
		{"lost", "a pair dropped loses its lines", func(d *report.Document) { d.Pairs = append(d.Pairs[:3], d.Pairs[4:]...) }},
		{"twice", "a line claimed by two pairs", func(d *report.Document) { d.Pairs[6].ZH = d.Pairs[5].ZH }},
		{"order", "pairs out of order", func(d *report.Document) { d.Pairs[6], d.Pairs[7] = d.Pairs[7], d.Pairs[6] }},
		{"text", "a side's text that is not its line", func(d *report.Document) { d.Pairs[6].EN = &report.Side{Text: "other", Lines: d.Pairs[6].EN.Lines} }},
	} {
		d := *doc
		d.Pairs = append([]report.Pair(nil), doc.Pairs...)
		tc.damage(&d)
		if !fails(t, func(tb testing.TB) { checkNothingLost(tb, &d, inputs) }) {
			t.Errorf("%s: the check passed (%s)", tc.name, tc.reason)
		}
	}
}
