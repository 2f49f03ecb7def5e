package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/bireport/bireport/report"
)

// corpusDocs are the six interleaved corpus documents the scale benchmarks
// concatenate, in this order.
var corpusDocs = []string{
	"gwr-2016-national.txt",
	"gwr-2019-national.txt",
	"gwr-2020-national.txt",
	"gwr-2021-national.txt",
	"gwr-2022-national.txt",
	"prc-constitution-2018.txt",
}

// corpusInput returns the six corpus documents concatenated times times,
// interleaved (all six, then all six again): 0.86 MB at 1, 5.2 MB at 6.
// The shell command
//
//	for i in 1 2 3 4 5 6; do (cd testdata/corpus && cat gwr-2016-national.txt gwr-2019-national.txt \
//	  gwr-2020-national.txt gwr-2021-national.txt gwr-2022-national.txt prc-constitution-2018.txt); done >corpus6.txt
//
// writes the same bytes for the command-line measurements in the README.
func corpusInput(b *testing.B, times int) []byte {
	b.Helper()
	var docs [][]byte
	for _, name := range corpusDocs {
		data, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	var buf bytes.Buffer
	for range times {
		for _, d := range docs {
			buf.Write(d)
		}
	}
	return buf.Bytes()
}

// BenchmarkPipeline runs what `bireport render -f json` does, Parse and
// WriteJSON, on the corpus concatenated once (0.86 MB) and six times
// (5.2 MB): the per-byte cost of the two must stay within 6.5/6 of each
// other for the pipeline to be linear.
func BenchmarkPipeline(b *testing.B) {
	for _, c := range []struct {
		name  string
		times int
	}{{"corpus1x", 1}, {"corpus6x", 6}} {
		b.Run(c.name, func(b *testing.B) {
			data := corpusInput(b, c.times)
			var out bytes.Buffer
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				doc, err := report.Parse(bytes.NewReader(data), report.Config{})
				if err != nil {
					b.Fatal(err)
				}
				out.Reset()
				if err := report.WriteJSON(&out, doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
