package report_test

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/bireport/bireport/report"
)

// hostileCase is one class of broken or hostile input: it either parses
// (and then keeps every invariant) or fails with the sentinel, line and
// offset given.
type hostileCase struct {
	name   string
	input  string
	err    error // nil: must parse
	line   int   // expected Error.Line when err is set (0: not checked)
	offset int64 // expected Error.Offset when err is set (-2: not checked)
	reason string
}

// randomBytes returns n bytes of a fixed pseudo-random sequence.
func randomBytes(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return string(b)
}

const (
	zhLine = "城镇新增就业不少于26万人，新建养老家庭照护床位2000张。"
	enLine = "We will create no fewer than 260,000 urban jobs and add 2,000 beds for home-based eldercare."
)

func hostileCases() []hostileCase {
	long := strings.Repeat("a", 20<<20)
	return []hostileCase{
		{"empty", "", report.ErrEmpty, 0, -1, "no bytes at all: nothing to report on"},
		{"blank", "\n \n\t\u3000\r\n\n", report.ErrEmpty, 0, -1, "only blank lines, U+3000 included"},
		{"random binary", randomBytes(4096, 1), report.ErrBinary, 0, -2, "noise from a scanner is not text"},
		{"NUL in ASCII", "abc\x00def", report.ErrBinary, 1, 3, "a stray NUL is binary data, not BOM-less UTF-16"},
		{"NUL in even-length ASCII", "abc\x00defg", report.ErrBinary, 1, 3, "one NUL is no evidence of UTF-16"},
		{"NULs at alternate places", "abcdefgh\x00ijklmn\x00pq\n", report.ErrBinary, 1, 8, "two NULs among ASCII are binary data"},
		{"NUL in Chinese", zhLine + "\n" + enLine + "\n政府\x00工作报告\n", report.ErrBinary, 3, int64(len(zhLine) + 1 + len(enLine) + 1 + len("政府")), "the NUL's line and byte offset"},
		{"invalid UTF-8 in text", zhLine + "\n" + enLine + "\n" + zhLine[:6] + "\xff" + zhLine[6:] + "\n", report.ErrEncoding, 3, int64(len(zhLine) + 1 + len(enLine) + 1 + 6), "corrupt UTF-8 is not guessed into GB18030 mojibake"},
		{"truncated UTF-8", zhLine + "\n" + enLine + "\n" + zhLine[:len(zhLine)-1], report.ErrEncoding, 3, -2, "a file cut mid-character"},
		{"Chinese only", zhLine + "\n" + "建立9个紧密型城市医疗集团。\n", nil, 0, 0, "a file in one language gives one-sided pairs"},
		{"English only", enLine + "\n" + "Build nine tightly-knit hospital networks.\n", nil, 0, 0, "a file in one language gives one-sided pairs"},
		{"20 MB line", zhLine + "\n" + long + "\n" + enLine + "\n", report.ErrTooLarge, 2, int64(len(zhLine) + 1), "a line past MaxLineBytes is refused, naming it"},
		{"long line CR", zhLine + "\r" + strings.Repeat("a", report.MaxLineBytes+1), report.ErrTooLarge, 2, int64(len(zhLine) + 1), "line counting with CR-only line ends"},
		{"long line UTF-16", "\xff\xfe" + utf16LE(zhLine+"\r\n"+strings.Repeat("a", report.MaxLineBytes+1)), report.ErrTooLarge, 2,
			int64(2 + 2*(utf8.RuneCountInString(zhLine)+2)), "the offset of the long line counts UTF-16 code units"},
		{"line at the limit", zhLine + "\n" + strings.Repeat("abcd ", report.MaxLineBytes/5) + "\n", nil, 0, 0, "a line just under MaxLineBytes parses"},
		{"overflowing numerals", "城镇新增就业" + strings.Repeat("9", 400) + "万亿亿人，增长" + strings.Repeat("九", 200) + "倍。\n" +
			"We will create " + strings.Repeat("9", 400) + " jobs, 1e400 beds and " + strings.Repeat("999,", 150) + "999 units.\n", nil, 0, 0,
			"numbers past float64 must neither panic nor write Inf (which JSON cannot hold)"},
		{"thousands of list markers", strings.Repeat("1. (2) 三、 ① [4] 第五章 ", 2000) + "\n" + strings.Repeat("1. II. (3) Chapter 4 [5] ", 2000) + "\n", nil, 0, 0,
			"markers everywhere on one line: no blow-up, nothing lost"},
		{"mixed on one line", "城镇新增就业不少于26万人 we will create no fewer than 260,000 urban jobs\n" + zhLine + "\n" + enLine + "\n", nil, 0, 0,
			"Chinese and English on one line stay one block"},
		{"CR only", "政府工作报告\rREPORT ON THE WORK OF THE GOVERNMENT\r二、2024年重点任务\rII Major Tasks for 2024\r" + zhLine + "\r" + enLine + "\r", nil, 0, 0,
			"old Mac line ends are line ends"},
		{"control characters", strings.Repeat("\x01\x02\x03\x04 text\n", 20), report.ErrBinary, 1, 0, "a high share of control bytes is binary"},
		{"UTF-16LE without BOM", utf16LE("政府工作报告\nREPORT ON THE WORK OF THE GOVERNMENT\n"), nil, 0, 0, "clear BOM-less UTF-16 is still recognised"},
		{"lone surrogate UTF-16", "\xff\xfe" + utf16LE("Report")[:8] + "\x00\xd8" + utf16LE(" text\n"), report.ErrEncoding, 1, 10, "an unpaired surrogate is undecodable"},
	}
}

// utf16LE encodes s as UTF-16LE without a byte-order mark (BMP only).
func utf16LE(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	return b.String()
}

// TestHostileInputs runs every class of hostile input through Parse: each
// either parses, keeping the invariants, or fails with the expected
// sentinel, line and offset in one short message naming the file.
func TestHostileInputs(t *testing.T) {
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			const name = "in.txt"
			doc, err := report.Parse(strings.NewReader(tc.input), report.Config{Name: name})
			if tc.err == nil {
				if err != nil {
					t.Fatalf("Parse: %v (%s)", err, tc.reason)
				}
				if text, ok := decodedText([]byte(tc.input)); ok {
					checkDocument(t, doc, map[string]string{name: text}, len(tc.input) < 1<<16)
				} else {
					checkIDs(t, doc)
					checkSpans(t, doc)
				}
				return
			}
			if !errors.Is(err, tc.err) {
				t.Fatalf("Parse: %v, want %v (%s)", err, tc.err, tc.reason)
			}
			checkParseError(t, err, map[string]int{name: len(tc.input)})
			var e *report.Error
			errors.As(err, &e)
			if tc.line != 0 && e.Line != tc.line {
				t.Errorf("line %d, want %d: %v", e.Line, tc.line, err)
			}
			if tc.offset != -2 && e.Offset != tc.offset {
				t.Errorf("offset %d, want %d: %v", e.Offset, tc.offset, err)
			}
			if e.File != name || !strings.HasPrefix(err.Error(), name+":") {
				t.Errorf("message %q does not start with the file name", err)
			}
		})
	}
}

// TestHostileOneLanguage checks that a file in one language gives only
// one-sided pairs, each line its own pair.
func TestHostileOneLanguage(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		zh         bool
	}{
		{"Chinese", zhLine + "\n\n建立9个紧密型城市医疗集团。\n", true},
		{"English", enLine + "\n\nBuild nine tightly-knit hospital networks.\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := report.Parse(strings.NewReader(tc.text), report.Config{Name: "one.txt"})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Pairs) != 2 {
				t.Fatalf("%d pairs, want 2", len(doc.Pairs))
			}
			for _, p := range doc.Pairs {
				if (p.ZH != nil) != tc.zh || (p.EN != nil) == tc.zh {
					t.Errorf("pair %d: zh %v en %v, want only the %s side", p.ID, p.ZH, p.EN, tc.name)
				}
			}
		})
	}
}

// TestHostileCROnly checks that CR-only line ends give the same document
// as LF line ends.
func TestHostileCROnly(t *testing.T) {
	lf := "政府工作报告\nREPORT ON THE WORK OF THE GOVERNMENT\n二、2024年重点任务\nII Major Tasks for 2024\n" + zhLine + "\n" + enLine + "\n"
	docLF, err := report.Parse(strings.NewReader(lf), report.Config{Name: "a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	docCR, err := report.Parse(strings.NewReader(strings.ReplaceAll(lf, "\n", "\r")), report.Config{Name: "a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if a, b := renderAll(t, docLF), renderAll(t, docCR); !bytes.Equal(a, b) {
		t.Errorf("CR-only input renders differently from LF input")
	}
}

// TestHostileRandomBinary feeds many random byte strings: each must fail
// with a well-formed error or parse keeping the invariants; never panic.
func TestHostileRandomBinary(t *testing.T) {
	for seed := uint64(0); seed < 200; seed++ {
		data := randomBytes(int(seed%64)*16+1, seed)
		doc, err := report.Parse(strings.NewReader(data), report.Config{Name: "noise.bin"})
		if err != nil {
			checkParseError(t, err, map[string]int{"noise.bin": len(data)})
			continue
		}
		checkIDs(t, doc)
		checkSpans(t, doc)
		checkRenderers(t, doc)
	}
}

// TestHostileReadError checks that an I/O error of the reader comes back as
// a *report.Error naming the file and wrapping the cause.
func TestHostileReadError(t *testing.T) {
	cause := errors.New("disk on fire")
	_, err := report.Parse(iotest.TimeoutReader(iotest.ErrReader(cause)), report.Config{Name: "r.txt"})
	var e *report.Error
	if !errors.As(err, &e) || !errors.Is(err, cause) || e.File != "r.txt" {
		t.Fatalf("got %v, want a *report.Error for r.txt wrapping %v", err, cause)
	}
	_, err = report.ParsePair(strings.NewReader(zhLine), io.MultiReader(strings.NewReader("x"), iotest.ErrReader(cause)),
		report.Config{Name: "zh.txt", ENName: "en.txt"})
	if !errors.As(err, &e) || !errors.Is(err, cause) || e.File != "en.txt" {
		t.Fatalf("got %v, want a *report.Error for en.txt wrapping %v", err, cause)
	}
}

// TestHostilePairNamesFile checks that ParsePair's errors name the file
// that is wrong, and its position.
func TestHostilePairNamesFile(t *testing.T) {
	cases := []struct {
		name   string
		zh, en string
		file   string
		err    error
		reason string
	}{
		{"empty English", zhLine + "\n", "\n\n", "en.txt", report.ErrEmpty, "the blank file is the English one"},
		{"binary Chinese", "abc\x00def", enLine, "zh.txt", report.ErrBinary, "the NUL is in the Chinese file"},
		{"long English line", zhLine, enLine + "\n" + strings.Repeat("b", report.MaxLineBytes+1), "en.txt", report.ErrTooLarge, "the long line is in the English file"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := report.ParsePair(strings.NewReader(tc.zh), strings.NewReader(tc.en), report.Config{Name: "zh.txt", ENName: "en.txt"})
			var e *report.Error
			if !errors.Is(err, tc.err) || !errors.As(err, &e) || e.File != tc.file {
				t.Fatalf("got %v, want %v naming %s (%s)", err, tc.err, tc.file, tc.reason)
			}
			checkParseError(t, err, map[string]int{"zh.txt": len(tc.zh), "en.txt": len(tc.en)})
		})
	}
}

// BenchmarkLongLine measures Parse on the longest line it accepts
// (MaxLineBytes), of Chinese and of English text dense with numbers: the
// worst case the line limit leaves. Run with -benchtime=1x.
func BenchmarkLongLine(b *testing.B) {
	for _, tc := range []struct{ name, unit string }{{"zh", zhLine}, {"en", enLine + " "}} {
		line := strings.Repeat(tc.unit, report.MaxLineBytes/len(tc.unit))
		input := "政府工作报告\nREPORT ON THE WORK OF THE GOVERNMENT\n" + line + "\n"
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			for b.Loop() {
				if _, err := report.Parse(strings.NewReader(input), report.Config{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTooLongLine measures how fast a 20 MB line is refused.
func BenchmarkTooLongLine(b *testing.B) {
	input := "政府工作报告\n" + strings.Repeat("a", 20<<20) + "\n"
	b.SetBytes(int64(len(input)))
	for b.Loop() {
		if _, err := report.Parse(strings.NewReader(input), report.Config{}); !errors.Is(err, report.ErrTooLarge) {
			b.Fatalf("got %v, want ErrTooLarge", err)
		}
	}
}
