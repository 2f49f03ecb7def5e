package align_test

import (
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bireport/bireport/align"
)

// FuzzAlign checks, on any input, that Align does not panic, that its beads
// partition both sides in order and that every score lies in [0,1]. The
// texts are split into segments at newlines; the seeds come from the
// sample.
func FuzzAlign(f *testing.F) {
	zhRuns, enRuns := runs(readLines(f, filepath.Join(corpusDir, "beijing-2024-excerpt.txt")))
	for k := range zhRuns {
		f.Add(strings.Join(zhRuns[k], "\n"), strings.Join(enRuns[k], "\n"), 0.0, 0)
	}
	f.Add("", "a\nb", 0.0, 0)
	f.Add("甲；乙；丙。", "A;\nB;\nC.", 4.6, 2)
	f.Add("\n\n\n", "\n", -1.0, -5)
	f.Add("１２３万\n二是", "1,230,000\n2.", math.Inf(1), 1000)
	f.Fuzz(func(t *testing.T, zh, en string, ratio float64, maxN int) {
		var z, e []string
		if zh != "" {
			z = strings.Split(zh, "\n")
		}
		if en != "" {
			e = strings.Split(en, "\n")
		}
		if len(z) > 200 || len(e) > 200 {
			return
		}
		beads := align.Paragraphs(z, e, align.Config{Ratio: ratio, MaxN: maxN})
		checkPartition(t, beads, len(z), len(e))
		for _, s := range append(z, e...) {
			for _, key := range align.NumberAnchors(s) {
				if key == "" {
					t.Fatalf("NumberAnchors(%q) gives an empty key", s)
				}
			}
		}
	})
}
