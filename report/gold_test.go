package report_test

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/bireport/bireport/report"
)

// goldItem is one hand-checked commitment of testdata/gold (see its README).
type goldItem struct {
	ZHLine *int    `json:"zh_line"`
	ENLine *int    `json:"en_line"`
	ZH     string  `json:"zh"`
	Value  float64 `json:"value"`
}

func loadGold(t *testing.T, name string) []goldItem {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "gold", name+".commitments.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldItem
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g goldItem
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Max(math.Abs(a), math.Abs(b))) || math.Abs(a-b) <= 0.005*math.Abs(b)
}

// TestGoldCommitments measures the commitments found in the task sections of
// two reports against hand-made gold: precision and recall of at least 0.95.
// A found commitment matches a gold one on the same Chinese line with the
// same value; each gold item matches once.
func TestGoldCommitments(t *testing.T) {
	for _, tc := range []struct {
		name        string
		first, last int // the task sections, lines of NAME.txt (testdata/gold/README.md)
	}{
		{"gwr-2019-national", 66, 339},
		{"gwr-2016-national", 73, 224},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gold := loadGold(t, tc.name)
			f, err := os.Open(filepath.Join(corpusDir, tc.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			doc, err := report.Parse(f, report.Config{Name: tc.name + ".txt"})
			if err != nil {
				t.Fatal(err)
			}
			used := make([]bool, len(gold))
			found, hit := 0, 0
			for _, c := range doc.Commitments {
				m := c.ZH
				if m == nil {
					m = c.EN
				}
				if m.Line < tc.first || m.Line > tc.last {
					continue
				}
				found++
				for i, g := range gold {
					line := g.ENLine
					if c.ZH != nil {
						line = g.ZHLine
					}
					if !used[i] && line != nil && *line == m.Line && sameValue(c.Value, g.Value) {
						used[i] = true
						hit++
						break
					}
				}
			}
			p := float64(hit) / math.Max(1, float64(found))
			r := float64(hit) / float64(len(gold))
			t.Logf("gold %s: %d found, %d gold, %d matched: precision %.3f recall %.3f", tc.name, found, len(gold), hit, p, r)
			if testing.Verbose() {
				for i, g := range gold {
					if !used[i] {
						t.Logf("  missed: line %v %s", *g.ZHLine, g.ZH)
					}
				}
			}
			if p < 0.95 || r < 0.95 {
				t.Errorf("precision %.3f recall %.3f, want both ≥ 0.95", p, r)
			}
		})
	}
}
