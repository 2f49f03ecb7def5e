package align_test

import (
	"path/filepath"
	"testing"

	"github.com/bireport/bireport/align"
)

// BenchmarkSentences aligns the sentences of every paragraph pair of a
// national report, as the pipeline does after aligning its paragraphs.
func BenchmarkSentences(b *testing.B) {
	zhRuns, enRuns := runs(readLines(b, filepath.Join(corpusDir, "gwr-2019-national.txt")))
	var zh, en []string
	size := 0
	for k := range zhRuns {
		for x := range min(len(zhRuns[k]), len(enRuns[k])) {
			zh, en = append(zh, zhRuns[k][x]), append(en, enRuns[k][x])
			size += len(zhRuns[k][x]) + len(enRuns[k][x])
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for k := range zh {
			align.Sentences(zh[k], en[k], align.Config{})
		}
	}
}
