package align_test

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/bireport/bireport/align"
)

// TestCalibrateRuns checks that calibrating an interleaved file in the
// corridor of its runs aligns every run as calibrating on the whole
// document does: the same beads, scores within 1e-4.
func TestCalibrateRuns(t *testing.T) {
	for _, name := range pairedDocs {
		for _, a := range anchorSets {
			t.Run(name+"/"+a.name, func(t *testing.T) {
				zhRuns, enRuns := runs(readLines(t, filepath.Join(corpusDir, name+".txt")))
				var allZH, allEN []string
				rs := make([]align.Run, len(zhRuns))
				for k := range zhRuns {
					allZH = append(allZH, zhRuns[k]...)
					allEN = append(allEN, enRuns[k]...)
					rs[k] = align.Run{ZH: segs(zhRuns[k]), EN: segs(enRuns[k])}
				}
				cfg := align.Config{Anchors: a.anchors}
				whole := align.Calibrate(segs(allZH), segs(allEN), cfg)
				byRuns := align.CalibrateRuns(rs, cfg)
				for k := range zhRuns {
					want := align.Paragraphs(zhRuns[k], enRuns[k], whole)
					got := align.Paragraphs(zhRuns[k], enRuns[k], byRuns)
					if shape(got) != shape(want) {
						t.Fatalf("run %d: beads %s, want %s as calibrated on the whole document", k, shape(got), shape(want))
					}
					for x := range got {
						if math.Abs(got[x].Score-want[x].Score) > 1e-4 {
							t.Errorf("run %d bead %d: score %.6f, want %.6f", k, x, got[x].Score, want[x].Score)
						}
					}
				}
			})
		}
	}
}

// TestAlignRuns checks that AlignRuns, which reuses the segments
// CalibrateRuns prepared, gives every run exactly the beads and scores
// Align gives it, and so does the fallback for runs it did not prepare.
func TestAlignRuns(t *testing.T) {
	for _, name := range pairedDocs {
		for _, a := range anchorSets {
			t.Run(name+"/"+a.name, func(t *testing.T) {
				zhRuns, enRuns := runs(readLines(t, filepath.Join(corpusDir, name+".txt")))
				rs := make([]align.Run, len(zhRuns))
				for k := range zhRuns {
					rs[k] = align.Run{ZH: segs(zhRuns[k]), EN: segs(enRuns[k])}
				}
				cfg := align.CalibrateRuns(rs, align.Config{Anchors: a.anchors})
				for _, tt := range []struct {
					name, reason string
					runs         []align.Run
				}{
					{"prepared", "the runs CalibrateRuns prepared are aligned from its segments", rs},
					{"other", "other runs (here the first half) fall back to Align", rs[:len(rs)/2]},
				} {
					got := align.AlignRuns(tt.runs, cfg)
					if len(got) != len(tt.runs) {
						t.Fatalf("%s: %d runs of beads for %d runs", tt.name, len(got), len(tt.runs))
					}
					for k, r := range tt.runs {
						want := align.Align(r.ZH, r.EN, cfg)
						if !slices.EqualFunc(got[k], want, func(x, y align.Bead) bool {
							return slices.Equal(x.ZH, y.ZH) && slices.Equal(x.EN, y.EN) && x.Score == y.Score
						}) {
							t.Fatalf("%s: run %d: beads %v, want %v (%s)", tt.name, k, got[k], want, tt.reason)
						}
					}
				}
			})
		}
	}
}

// TestCalibrateRunsEdges covers runs with an empty side and documents too
// small to calibrate on.
func TestCalibrateRunsEdges(t *testing.T) {
	zh := []align.Segment{{Text: "城镇新增就业1100万人以上。"}, {Text: "居民消费价格涨幅3%左右。"}}
	en := []align.Segment{{Text: "Over 11 million new urban jobs."}, {Text: "CPI increase of around 3 percent."}}
	for _, tt := range []struct {
		name, reason string
		runs         []align.Run
		cfg          align.Config
		wantRatio    float64
	}{
		{name: "none", reason: "no runs leave the configuration as it is",
			cfg: align.Config{Ratio: 2}, wantRatio: 2},
		{name: "no-english", reason: "a document with no English has nothing to calibrate on",
			runs: []align.Run{{ZH: zh}}, wantRatio: 0},
		{name: "small", reason: "too few pairs to recalibrate: the ratio of the total lengths",
			runs:      []align.Run{{ZH: zh[:1], EN: en[:1]}, {ZH: zh[1:]}, {EN: en[1:]}},
			wantRatio: float64(len("Over11millionnewurbanjobs.CPIincreaseofaround3percent.")) / float64(len([]rune("城镇新增就业1100万人以上。居民消费价格涨幅3%左右。")))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := align.CalibrateRuns(tt.runs, tt.cfg)
			if math.Abs(got.Ratio-tt.wantRatio) > 1e-9 {
				t.Errorf("ratio %.4f, want %.4f (%s)", got.Ratio, tt.wantRatio, tt.reason)
			}
		})
	}
}

// An interleaved file says which runs of paragraphs translate which:
// CalibrateRuns measures the document's length ratio searching only along
// them, and AlignRuns aligns each run on its own with the document's
// model.
func ExampleCalibrateRuns() {
	runs := []align.Run{
		{ZH: segs([]string{"一、2023年工作回顾"}), EN: segs([]string{"I. A Review of Our Work in 2023"})},
		{
			ZH: segs([]string{"城镇新增就业1244万人，年末城镇调查失业率5.1%。居民消费价格上涨0.2%。"}),
			EN: segs([]string{"A total of 12.44 million urban jobs were added, and the surveyed urban unemployment rate stood at 5.1 percent at year-end.",
				"Consumer prices rose by 0.2 percent."}),
		},
	}
	cfg := align.CalibrateRuns(runs, align.Config{})
	fmt.Printf("ratio %.1f\n", cfg.Ratio)
	for k, beads := range align.AlignRuns(runs, cfg) {
		for _, b := range beads {
			fmt.Println(k, b.ZH, b.EN)
		}
	}
	// Output:
	// ratio 3.1
	// 0 [0] [0]
	// 1 [0] [0 1]
}
