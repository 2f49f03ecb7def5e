package report_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/bireport/bireport/report"
)

// Hostile HTML pages, Markdown files and Word documents: each either
// parses, keeping every invariant on its extracted text, or fails with the
// sentinel given, in one short message naming the file; never a panic.

// deflateRepeat returns a raw DEFLATE stream of chunk repeated times
// times, built from one compressed copy of chunk (a sync-flushed block
// sequence can be repeated), with the size and CRC-32 of what it
// inflates to: a ZIP bomb made in milliseconds.
func deflateRepeat(t testing.TB, chunk []byte, times int) (stream []byte, size uint64, crc uint32) {
	t.Helper()
	var one bytes.Buffer
	fw, err := flate.NewWriter(&one, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fw.Write(chunk); err != nil {
		t.Fatal(err)
	}
	if err := fw.Flush(); err != nil {
		t.Fatal(err)
	}
	block := append([]byte(nil), one.Bytes()...)
	var out bytes.Buffer
	h := crc32.NewIEEE()
	for range times {
		out.Write(block)
		h.Write(chunk)
	}
	// The final, empty, stored block.
	out.Write([]byte{0x01, 0x00, 0x00, 0xFF, 0xFF})
	return out.Bytes(), uint64(len(chunk)) * uint64(times), h.Sum32()
}

// rawZip writes a ZIP archive whose word/document.xml is the given DEFLATE
// stream, declared as declared bytes uncompressed.
func rawZip(t testing.TB, stream []byte, declared uint64, crc uint32) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CRC32: crc, CompressedSize64: uint64(len(stream)), UncompressedSize64: declared})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(stream); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// hostileFormatCases are the hostile inputs of the structured formats.
func hostileFormatCases(t *testing.T) []struct {
	name, file string
	input      []byte
	err        error
	reason     string
} {
	us, _ := sampleUnits(t)
	docx := sampleDOCX(t, us)
	page := samplePage(us)
	bomb, size, crc := deflateRepeat(t, bytes.Repeat([]byte(" "), 1<<20), 300)
	para := "<w:p><w:r><w:t>" + strings.Repeat("a", 20<<20) + "</w:t></w:r></w:p>"
	encrypted := wordDoc{body: wordPara("城镇新增就业")}.bytes(t)
	// Set the encryption flag of the first local header and its central
	// directory entry.
	encrypted[6] |= 1
	if i := bytes.Index(encrypted, []byte("PK\x01\x02")); i >= 0 {
		encrypted[i+8] |= 1
	}
	return []struct {
		name, file string
		input      []byte
		err        error
		reason     string
	}{
		{"truncated zip", "a.docx", docx[:len(docx)/2], report.ErrEncoding, "a Word document cut in half has no central directory"},
		{"zip without document", "a.docx", wordDoc{noDocument: true}.bytes(t), report.ErrEncoding, "a ZIP that holds no word/document.xml"},
		{"wrong content type", "a.docx", wordDoc{body: wordPara("正文"), contentType: "image/png"}.bytes(t), report.ErrEncoding,
			"[Content_Types].xml says word/document.xml is not a Word document"},
		{"encrypted docx", "a.docx", append(append([]byte(nil), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"...), make([]byte, 512)...), report.ErrEncoding,
			"Word saves a password-protected .docx as an OLE compound file"},
		{"encrypted zip entry", "a.docx", encrypted, report.ErrEncoding, "a ZIP entry with the encryption flag"},
		{"zip bomb", "a.docx", rawZip(t, bomb, size, crc), report.ErrTooLarge, "300 MiB of document.xml in a few kilobytes"},
		{"zip bomb lying", "a.docx", rawZip(t, bomb, 1<<10, crc), report.ErrEncoding, "a bomb that declares 1 KiB is stopped at the declared size"},
		{"docx deep nesting", "a.docx", wordDoc{body: strings.Repeat("<w:sdt><w:sdtContent>", 5000) + strings.Repeat("</w:sdtContent></w:sdt>", 5000)}.bytes(t),
			report.ErrTooLarge, "10,000 nested elements"},
		{"docx binary in w:t", "a.docx", wordDoc{body: "<w:p><w:r><w:t>政府\x01\x02\x03报告</w:t></w:r></w:p>"}.bytes(t), report.ErrEncoding,
			"control bytes are not XML characters"},
		{"docx control reference in w:t", "a.docx", wordDoc{body: "<w:p><w:r><w:t>政府&#1;&#0;报告</w:t></w:r></w:p>"}.bytes(t), report.ErrEncoding,
			"character references to control characters are not XML either"},
		{"docx invalid UTF-8 in w:t", "a.docx", wordDoc{body: "<w:p><w:r><w:t>政府\xff\xfe报告</w:t></w:r></w:p>"}.bytes(t), report.ErrEncoding,
			"bytes that are not UTF-8"},
		{"docx not XML", "a.docx", wordDoc{body: "<w:p><w:r><w:t>未闭合</w:r>"}.bytes(t), report.ErrEncoding, "mismatched tags"},
		{"docx entity bomb", "a.docx", wordDoc{body: "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"}.bytes(t), report.ErrEncoding,
			"entities are never expanded: an undefined one is an error"},
		{"docx 20 MB paragraph", "a.docx", wordDoc{body: para}.bytes(t), report.ErrTooLarge, "a paragraph past MaxLineBytes"},
		{"docx empty", "a.docx", wordDoc{body: "<w:p/><w:p></w:p>"}.bytes(t), report.ErrEmpty, "empty paragraphs only"},
		{"docx binary in table cell", "a.docx", wordDoc{body: "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>\U0010FFFD\U000F0000</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"}.bytes(t), nil,
			"private-use characters are text: one-sided pairs"},
		{"zip named html", "a.html", docx, nil, "content beats the name: a ZIP is a Word document"},
		{"html deep nesting", "a.html", []byte(strings.Repeat("<div>", 10000) + "正文" + strings.Repeat("</div>", 10000)), report.ErrTooLarge, "10,000 nested elements"},
		{"html deep formatting", "a.html", []byte(strings.Repeat("<b><i>", 5000) + "正文"), report.ErrTooLarge, "10,000 nested formatting elements never closed"},
		{"html many paragraphs", "a.html", []byte(strings.Repeat("<p>政府工作报告\n<p>Report on the work\n", 500)), nil, "<p> closes itself: siblings, not nesting"},
		{"html 20 MB paragraph", "a.html", []byte("<p>政府工作报告</p><p>" + strings.Repeat("a", 20<<20) + "</p>"), report.ErrTooLarge, "a paragraph past MaxLineBytes"},
		{"html only script", "a.html", []byte("<html><head><title>x</title></head><body><script>var p='<p>x</p>';</script></body></html>"), report.ErrEmpty, "no text once scripts are dropped"},
		{"html GB18030 with meta", "a.html", encodeWith(simplifiedchinese.GB18030)(strings.Replace(page, `<meta charset="utf-8">`, `<meta charset="gbk">`, 1)), nil,
			"a page in GB18030 that says so"},
		{"html GB18030 without meta", "a.html", encodeWith(simplifiedchinese.GB18030)(strings.Replace(page, `<meta charset="utf-8">`, "", 1)), nil,
			"a page in GB18030 that does not say so is detected as text is"},
		{"html bad GB18030", "a.html", []byte("<html><head><meta charset=\"gb2312\"></head><body><p>\xD5\xFE\xB8\xAE\xFF\xFF</p></body></html>"), report.ErrEncoding,
			"bytes GB18030 does not explain, with their offset"},
		{"html binary", "a.html", append([]byte("<!DOCTYPE html><p>"), randomBytes(2048, 7)...), report.ErrBinary, "noise after a declaration"},
		{"html NUL", "a.html", []byte("<p>政府\x00报告</p>"), report.ErrBinary, "a NUL byte in a page"},
		{"html latin-1", "a.html", []byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 r\xe9sum\xe9</p></body></html>"), nil, "a declared Latin-1 page"},
		{"markdown deep quotes", "a.md", []byte(strings.Repeat(">", 10000) + " 正文\n"), report.ErrTooLarge, "10,000 nested block quotes"},
		{"markdown deep lists", "a.md", []byte(strings.Repeat("- ", 3000) + "正文\n"), report.ErrTooLarge, "nested list items past the nesting limit"},
		{"markdown 20 MB paragraph", "a.md", []byte("# 标题\n\n" + strings.Repeat("a", 20<<20) + "\n"), report.ErrTooLarge, "a line past MaxLineBytes"},
		{"markdown wrapped 20 MB paragraph", "a.md", []byte("# 标题\n\n" + strings.Repeat(strings.Repeat("a", 1000)+"\n", 20<<10)), report.ErrTooLarge,
			"a paragraph of 20,000 short source lines joins past MaxLineBytes"},
		{"markdown open links", "a.md", []byte(strings.Repeat("[a](", 20000) + "\n"), report.ErrTooLarge, "link targets that never end, which goldmark scans in quadratic time"},
		{"markdown closed links", "a.md", []byte(strings.Repeat("[甲](http://a.b/c) ", 5000) + "\n"), nil, "many ordinary links"},
		{"html nested tables", "a.html", []byte(strings.Repeat("<table><tr><td>", 300) + "正文"), report.ErrTooLarge, "tables nested past the parser's stack of open elements"},
		{"markdown markers", "a.md", []byte(strings.Repeat("**政府**工作**报告** ", 5000) + "\n" + strings.Repeat("__", 10000) + "\n"), nil, "thousands of emphasis markers"},
	}
}

// TestHostileFormats runs every hostile input of the structured formats
// through Parse.
func TestHostileFormats(t *testing.T) {
	for _, tc := range hostileFormatCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := report.Parse(bytes.NewReader(tc.input), report.Config{Name: tc.file})
			if tc.err == nil {
				if err != nil {
					t.Fatalf("Parse: %v (%s)", err, tc.reason)
				}
				text, _, err := report.ReadText(bytes.NewReader(tc.input), report.Config{Name: tc.file})
				if err != nil {
					t.Fatalf("ReadText: %v", err)
				}
				checkDocument(t, doc, map[string]string{tc.file: text}, len(tc.input) < 1<<16)
				return
			}
			if !errors.Is(err, tc.err) {
				t.Fatalf("Parse: %v, want %v (%s)", err, tc.err, tc.reason)
			}
			checkParseError(t, err, map[string]int{tc.file: len(tc.input)})
		})
	}
}
