package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/bireport/bireport/report"
)

func benchFile(b *testing.B, name string) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, name))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkParse runs the whole pipeline on an interleaved report.
func BenchmarkParse(b *testing.B) {
	data := benchFile(b, "gwr-2019-national.txt")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := report.Parse(bytes.NewReader(data), report.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParsePair runs the whole pipeline on two monolingual files, where
// the aligner has no run boundaries to lean on.
func BenchmarkParsePair(b *testing.B) {
	zh := benchFile(b, "gwr-2019-national.zh.txt")
	en := benchFile(b, "gwr-2019-national.en.txt")
	b.SetBytes(int64(len(zh) + len(en)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := report.ParsePair(bytes.NewReader(zh), bytes.NewReader(en), report.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRender writes the parsed sample report in every format.
func BenchmarkRender(b *testing.B) {
	data := benchFile(b, "gwr-2019-national.txt")
	doc, err := report.Parse(bytes.NewReader(data), report.Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer, *report.Document) error
	}{
		{"json", func(w *bytes.Buffer, d *report.Document) error { return report.WriteJSON(w, d) }},
		{"md", func(w *bytes.Buffer, d *report.Document) error { return report.WriteMarkdown(w, d) }},
	} {
		b.Run(f.name, func(b *testing.B) {
			var buf bytes.Buffer
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				if err := f.write(&buf, doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
