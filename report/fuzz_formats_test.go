package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

// formatModes are the ways FuzzFormats reads its input: as a page, as
// Markdown, as raw bytes of a Word document (mostly ZIP structure), and as
// the body of word/document.xml inside a well-formed archive (so that the
// mutations reach the XML reader).
var formatModes = []struct {
	name   string
	format report.Format
	wrap   bool // data is the XML inside w:body
}{
	{"in.html", report.FormatHTML, false},
	{"in.md", report.FormatMarkdown, false},
	{"in.docx", report.FormatDOCX, false},
	{"in.docx", report.FormatDOCX, true},
	{"in", "", false},
}

// FuzzFormats reads arbitrary input as an HTML page, Markdown, a Word
// document, or with the format detected: it must fail with a well-formed
// *Error or give a document that keeps every invariant on the extracted
// text, the same twice over.
func FuzzFormats(f *testing.F) {
	files, _ := filepath.Glob("../testdata/formats/*")
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		for mode := range formatModes {
			if !formatModes[mode].wrap {
				f.Add(data, uint8(mode))
			}
		}
	}
	for _, s := range []string{
		"<w:p><w:r><w:t>城镇新增就业</w:t></w:r><w:r><w:tab/><w:br/><w:footnoteReference w:id=\"1\"/></w:r></w:p><w:p/>",
		"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>一、任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>I. Tasks</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
		"<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>甲</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>乙</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>",
	} {
		f.Add([]byte(s), uint8(3))
	}
	for _, s := range []string{
		"<table><tr><td>一、</td><td>I.</td></tr><tr><td>注释:</td><td></td></tr></table><br><pre>a\nb</pre>",
		"---\ntitle: x\n---\n**（一）继续创新。**坚持\n\n1. 甲\n2. 乙\n\n| 中 | en |\n|---|---|\n| 一 | one |\n\n[^1]: 注\n",
	} {
		f.Add([]byte(s), uint8(4))
	}
	f.Fuzz(func(t *testing.T, data []byte, mode uint8) {
		m := formatModes[int(mode)%len(formatModes)]
		if m.wrap {
			data = wordDoc{body: string(data), footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/><w:t>注</w:t></w:r></w:p></w:footnote>`}.bytes(t)
		}
		cfg := report.Config{Name: m.name, Format: m.format}
		var doc *report.Document
		var err error
		noHang(t, data, func() { doc, err = report.Parse(bytes.NewReader(data), cfg) })
		if err != nil {
			checkParseError(t, err, map[string]int{m.name: len(data)})
			return
		}
		text, format, err := report.ReadText(bytes.NewReader(data), cfg)
		if err != nil {
			t.Fatalf("Parse succeeded, ReadText failed: %v", err)
		}
		if format != doc.Format {
			t.Fatalf("ReadText says %q, Parse %q", format, doc.Format)
		}
		checkDocument(t, doc, map[string]string{m.name: text}, true)
		again, err := report.Parse(bytes.NewReader(data), cfg)
		if err != nil {
			t.Fatalf("second parse failed: %v", err)
		}
		if !bytes.Equal(renderAll(t, doc), renderAll(t, again)) {
			t.Fatal("two parses of the same input render differently")
		}
	})
}

// BenchmarkReadText measures reading a whole report (gwr-2019, 171 KB of
// text) as a web page, Markdown and a Word document, the text extraction
// alone, against decoding the text file.
func BenchmarkReadText(b *testing.B) {
	text := string(benchFile(b, "gwr-2019-national.txt"))
	inputs := []struct {
		name string
		data []byte
	}{
		{"text", []byte(text)},
		{"html", []byte(linesPage(text))},
		{"markdown", []byte("---\ntitle: x\n---\n" + strings.ReplaceAll(text, "\n", "\n\n"))},
		{"docx", linesDOCX(b, text)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := report.ReadText(bytes.NewReader(in.data), report.Config{Name: "in." + in.name}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
