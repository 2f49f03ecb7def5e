package report_test

import (
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

// TestCheckSignFlip checks a sign that flips between the languages: a
// negative growth rate translated as a rise is a number-mismatch error,
// and the same fall written as a positive decline is not.
func TestCheckSignFlip(t *testing.T) {
	tests := []struct {
		name, zh, en string
		mismatch     bool
		reason       string
	}{
		{"negative-growth-as-rise", "全年居民消费价格增长-0.3%。", "Consumer prices rose 0.3 percent for the year.", true,
			"增长-0.3% is a fall; rose 0.3 percent is a rise"},
		{"sign-dropped", "出口增长-6.8%。", "Exports grew 6.8 percent.", true,
			"the minus of -6.8% is lost in the English"},
		{"positive-decline", "全年居民消费价格下降0.3%。", "Consumer prices fell 0.3 percent for the year.", false,
			"下降0.3% and fell 0.3 percent state the same fall"},
		{"negative-growth-as-fall", "全年居民消费价格增长-0.3%。", "Consumer prices fell 0.3 percent for the year.", false,
			"增长-0.3% and fell 0.3 percent state the same fall"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := report.Parse(strings.NewReader(tt.zh+"\n"+tt.en+"\n"), report.Config{Name: "sign.txt"})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range doc.Findings {
				if f.Rule == report.RuleNumberMismatch {
					found = true
					if f.Severity != report.SeverityError || f.Line != 1 {
						t.Errorf("finding %+v: want an error on line 1", f)
					}
				}
			}
			if found != tt.mismatch {
				t.Errorf("number-mismatch found = %v, want %v (%s); commitments %+v figures %+v findings %+v",
					found, tt.mismatch, tt.reason, doc.Commitments, doc.Figures, doc.Findings)
			}
		})
	}
}
