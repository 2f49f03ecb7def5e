package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/bireport/bireport/report"
)

// corpus5MB builds the 5 MB interleaved input of issue 12 in memory: the
// six corpus documents with a gold pairing, concatenated six times.
func corpus5MB(b *testing.B) []byte {
	b.Helper()
	var data []byte
	for range 6 {
		for _, name := range []string{"gwr-2016-national", "gwr-2019-national", "gwr-2020-national",
			"gwr-2021-national", "gwr-2022-national", "prc-constitution-2018"} {
			doc, err := os.ReadFile(filepath.Join(corpusDir, name+".txt"))
			if err != nil {
				b.Fatal(err)
			}
			data = append(data, doc...)
		}
	}
	return data
}

// BenchmarkAlignCorpus5MB runs the whole pipeline on the 5 MB corpus file,
// where the aligner's calibration dominated.
func BenchmarkAlignCorpus5MB(b *testing.B) {
	data := corpus5MB(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := report.Parse(bytes.NewReader(data), report.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}
