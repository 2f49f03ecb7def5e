package report_test

import (
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

// TestEnglishFirst lays every corpus document out with each unit's English
// before its Chinese. Parse must find the orientation itself (a file that
// starts with English must not pair each Chinese run with the English run of
// the next unit) and keep F1 at the level of the usual layout.
func TestEnglishFirst(t *testing.T) {
	for _, name := range goldDocs {
		t.Run(name, func(t *testing.T) {
			us := loadUnits(t, name)
			swapped := make([]unit, len(us))
			for i, u := range us {
				swapped[i] = unit{ZH: u.EN, EN: u.ZH} // interleave writes ZH first
			}
			text, placed := interleave(swapped)
			gold := make([]goldUnit, len(placed))
			for i, g := range placed {
				gold[i] = goldUnit{zh: g.en, en: g.zh}
			}
			doc, err := report.Parse(strings.NewReader(text), report.Config{Name: "en-first.txt"})
			if err != nil {
				t.Fatal(err)
			}
			p, r, f := pairF1(doc.Pairs, gold)
			t.Logf("P %.3f R %.3f F1 %.3f", p, r, f)
			if f < 0.98 {
				t.Errorf("pair F1 %.3f < 0.98 with the English first", f)
			}
			checkNothingLost(t, doc, map[string]string{"en-first.txt": text})
		})
	}
}
