package report

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDecodeFixtures reads every encoded fixture in testdata/encoding and
// compares it with its UTF-8 twin (NAME.utf-8.txt), line endings folded.
func TestDecodeFixtures(t *testing.T) {
	files, err := filepath.Glob("../testdata/encoding/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 10 {
		t.Fatalf("found %d fixtures in testdata/encoding, want at least 10", len(files))
	}
	for _, f := range files {
		base := filepath.Base(f)
		stem, _, _ := strings.Cut(base, ".")
		if strings.HasSuffix(base, ".utf-8.txt") {
			continue
		}
		t.Run(base, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(filepath.Dir(f), stem+".utf-8.txt"))
			if err != nil {
				t.Fatalf("no UTF-8 twin: %v", err)
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decode(base, data)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if got != string(want) {
				t.Errorf("decoded text differs from %s.utf-8.txt at byte %d", stem, diffAt(got, string(want)))
			}
		})
	}
}

func diffAt(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		want   string
		reason string
	}{
		{"empty", nil, "", "empty input is no error here: the caller decides"},
		{"ascii", []byte("a\nb"), "a\nb", "plain ASCII is UTF-8"},
		{"crlf", []byte("a\r\nb\r\n"), "a\nb\n", "CRLF becomes LF"},
		{"cr", []byte("a\rb\r"), "a\nb\n", "lone CR (old Mac) becomes LF"},
		{"mixed-endings", []byte("a\r\n\rb\n"), "a\n\nb\n", "CRLF then CR is two line ends"},
		{"utf8-bom", []byte("\xEF\xBB\xBF政府"), "政府", "the UTF-8 BOM is dropped"},
		{"utf16le-bom", []byte{0xFF, 0xFE, 0x3F, 0x65, 0x0D, 0x00, 0x0A, 0x00, 0x9C, 0x5E}, "政\n府", "UTF-16LE with BOM, CRLF"},
		{"utf16be-bom", []byte{0xFE, 0xFF, 0x65, 0x3F, 0x00, 0x0A, 0x5E, 0x9C}, "政\n府", "UTF-16BE with BOM"},
		{"utf16-surrogate-pair", []byte{0xFF, 0xFE, 0x40, 0xD8, 0x0B, 0xDF}, "\U0002030B", "a supplementary character as a surrogate pair"},
		{"utf16le-nobom", []byte("R\x00e\x00p\x00o\x00r\x00t\x00\n\x00"), "Report\n", "ASCII in UTF-16LE without BOM is recognised by its NULs"},
		{"gb18030", []byte{0xD5, 0xFE, 0xB8, 0xAE, 0xA1, 0xA2, 0x0A, 0x41}, "政府、\nA", "GB2312 two-byte characters and an ASCII line"},
		{"gbk-extension", []byte{0x81, 0x40, 0xD5, 0xFE, 0xB8, 0xAE, 0xA1, 0xA3}, "丂政府。", "a GBK character with a trail byte below 0x80"},
		{"gb18030-four-byte", []byte{0x81, 0x30, 0x81, 0x30, 0xD5, 0xFE}, "\u0080政", "a four-byte GB18030 sequence"},
		{"gb18030-supplementary", []byte{0x95, 0x32, 0x82, 0x36}, "\U00020000", "a four-byte sequence for a supplementary-plane character"},
		{"gbk-euro", []byte{0x80, 0x31, 0xD4, 0xAA}, "€1元", "0x80 is the euro sign in GBK (code page 936)"},
		{"gb-replacement-char", []byte{0x84, 0x31, 0xA4, 0x37, 0xD5, 0xFE}, "\uFFFD政", "U+FFFD written in GB18030 is text, not an error"},
		{"tab-formfeed", []byte("a\tb\fc"), "a\tb\fc", "tab and form feed are text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decode("x.txt", tt.in)
			if err != nil {
				t.Fatalf("decode(% X): %v (%s)", tt.in, err, tt.reason)
			}
			if got != tt.want {
				t.Errorf("decode(% X) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		sentinel error
		offset   int64
		line     int
		reason   string
	}{
		{"nul", []byte("abc\ndef\x00ghi"), ErrBinary, 7, 2, "a NUL byte is binary data"},
		{"controls", []byte("a\x01\x02\x03\x04\x05b"), ErrBinary, 1, 1, "mostly control bytes"},
		{"utf8-corrupt", []byte("政府工作\n报告\xFF\xFE!"), ErrEncoding, 19, 2, "valid UTF-8 then a bad byte: corrupt UTF-8, not GB18030"},
		{"utf8-bom-corrupt", []byte("\xEF\xBB\xBFab\xC0"), ErrEncoding, 5, 1, "a UTF-8 BOM promises UTF-8"},
		{"gb-bad-lead", []byte{0xD5, 0xFE, 0x0A, 0xFF, 0x41}, ErrEncoding, 3, 2, "0xFF is no GB18030 lead byte"},
		{"gb-bad-trail", []byte{'a', 0xD5, 0x20}, ErrEncoding, 1, 1, "0x20 is no GB18030 trail byte"},
		{"gb-truncated", []byte{'a', 'b', 0xD5}, ErrEncoding, 2, 1, "a lead byte at the end of input"},
		{"gb-bad-four-byte", []byte{0xD5, 0xFE, 0x81, 0x30, 0x20, 0x30}, ErrEncoding, 2, 1, "third byte of a four-byte sequence out of range"},
		{"gb-unassigned-four-byte", []byte{0x85, 0x30, 0x81, 0x30}, ErrEncoding, 0, 1, "between the BMP and supplementary ranges"},
		{"latin1", []byte("caf\xE9 na\xEFve r\xE9sum\xE9"), ErrEncoding, 3, 1, "Latin-1 text is structurally GBK but not Chinese"},
		{"utf16le-unpaired", []byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}, ErrEncoding, 4, 1, "a high surrogate without its low half"},
		{"utf16be-odd", []byte{0xFE, 0xFF, 0, 'a', 0}, ErrEncoding, 4, 1, "UTF-16 needs an even number of bytes"},
		{"utf16-nul", []byte{0xFF, 0xFE, 'a', 0, 0, 0}, ErrBinary, 4, 1, "a NUL code unit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode("in.txt", tt.in)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("decode(% X) error = %v, want *Error (%s)", tt.in, err, tt.reason)
			}
			if !errors.Is(err, tt.sentinel) || e.Offset != tt.offset || e.Line != tt.line || e.File != "in.txt" {
				t.Errorf("decode(% X) = %v (offset %d line %d), want %v at offset %d line %d (%s)",
					tt.in, err, e.Offset, e.Line, tt.sentinel, tt.offset, tt.line, tt.reason)
			}
			if e.Detail == "" {
				t.Errorf("error %v has no detail", err)
			}
		})
	}
}

// FuzzDecode checks that decode never panics, that valid UTF-8 text comes
// back unchanged but for line endings, and that errors are *Error with an
// offset inside the input.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob("../testdata/encoding/*.txt")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err == nil && len(data) <= 4096 {
			f.Add(data)
		}
	}
	f.Add([]byte("政府工作报告\r\n——2024年"))
	f.Add([]byte{0xD5, 0xFE, 0x81, 0x30, 0x81, 0x30})
	f.Add([]byte{0xFF, 0xFE, 0x00, 0xD8})
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := decode("fuzz", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not *Error", err)
			}
			if e.Offset < 0 || e.Offset >= int64(len(data)) || e.Line < 1 {
				t.Fatalf("error %v: offset %d line %d outside input of %d bytes", err, e.Offset, e.Line, len(data))
			}
			if !errors.Is(err, ErrEncoding) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error %v wraps none of ErrEncoding, ErrBinary, ErrTooLarge", err)
			}
			_ = e.Error()
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("decode returned invalid UTF-8 %q", got)
		}
		if strings.Contains(got, "\r") {
			t.Fatalf("decode left a CR in %q", got)
		}
		if utf8.Valid(data) && !strings.ContainsRune(string(data), 0) {
			want := strings.TrimPrefix(string(data), "\uFEFF")
			want = strings.ReplaceAll(strings.ReplaceAll(want, "\r\n", "\n"), "\r", "\n")
			if got != want {
				t.Fatalf("valid UTF-8 %q decoded to %q", data, got)
			}
		}
	})
}
