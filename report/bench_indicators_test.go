package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bireport/bireport/extract"
	"github.com/bireport/bireport/report"
)

// BenchmarkIndicators reads the indicator rows of a parsed national report
// (the parse is not timed).
func BenchmarkIndicators(b *testing.B) {
	data := benchFile(b, "gwr-2019-national.txt")
	doc, err := report.Parse(bytes.NewReader(data), report.Config{})
	if err != nil {
		b.Fatal(err)
	}
	benchIndicators(b, doc, len(data))
}

// BenchmarkIndicatorsLongLine reads the rows of one paragraph of 2,000
// indicator statements: the matcher must stay linear in the text.
func BenchmarkIndicatorsLongLine(b *testing.B) {
	zh := strings.Repeat("今年国内生产总值增长6%，城镇新增就业1100万人以上，居民消费价格涨幅3%左右；", 2000)
	en := strings.Repeat("GDP growth of 6 percent, over 11 million new urban jobs, a CPI increase of around 3 percent; ", 2000)
	src := "——2019年3月5日\nMarch 5, 2019\n" + zh + "\n" + en + "\n"
	doc, err := report.Parse(strings.NewReader(src), report.Config{})
	if err != nil {
		b.Fatal(err)
	}
	benchIndicators(b, doc, len(src))
}

func benchIndicators(b *testing.B, doc *report.Document, n int) {
	cat := extract.DefaultCatalog()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if rows := report.Indicators([]*report.Document{doc}, cat); len(rows) == 0 {
			b.Fatal("no rows")
		}
	}
}
