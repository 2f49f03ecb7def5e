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

// TestBlankLineSeparated puts a blank line after every line, as many files
// separate paragraphs; line numbers move, pairs must not.
func TestBlankLineSeparated(t *testing.T) {
	for _, name := range goldDocs {
		t.Run(name, func(t *testing.T) {
			text, placed := interleave(loadUnits(t, name))
			text = strings.ReplaceAll(text, "\n", "\n\n")
			moved := func(s span) span {
				if s == (span{}) {
					return s
				}
				return span{2*s[0] - 1, 2*s[1] - 1}
			}
			gold := make([]goldUnit, len(placed))
			for i, g := range placed {
				gold[i] = goldUnit{zh: moved(g.zh), en: moved(g.en)}
			}
			doc, err := report.Parse(strings.NewReader(text), report.Config{Name: "blank.txt"})
			if err != nil {
				t.Fatal(err)
			}
			p, r, f := pairF1(doc.Pairs, gold)
			t.Logf("P %.3f R %.3f F1 %.3f", p, r, f)
			if f < 0.98 {
				t.Errorf("pair F1 %.3f < 0.98 with blank lines between paragraphs", f)
			}
			checkNothingLost(t, doc, map[string]string{"blank.txt": text})
		})
	}
}

// TestChineseDeleted drops the Chinese of three paragraphs: each English
// paragraph left alone must come out as an en-only pair in its place.
func TestChineseDeleted(t *testing.T) {
	for _, name := range goldDocs {
		us := clone(loadUnits(t, name))
		ks := sites(us)
		for _, k := range ks {
			us[k].ZH = nil
		}
		check := func(t *testing.T, doc *report.Document, gold []goldUnit) {
			p, r, f := pairF1(doc.Pairs, gold)
			t.Logf("P %.3f R %.3f F1 %.3f", p, r, f)
			if f < 0.95 {
				t.Errorf("pair F1 %.3f < 0.95", f)
			}
			for _, k := range ks {
				found := false
				for _, pr := range doc.Pairs {
					found = found || (pr.ZH == nil && sideSpan(pr.EN) == gold[k].en)
				}
				if !found {
					t.Errorf("no en-only pair for the lines %v left without Chinese", gold[k].en)
				}
			}
		}
		t.Run(name+"/interleaved", func(t *testing.T) {
			text, gold := interleave(us)
			doc, err := report.Parse(strings.NewReader(text), report.Config{})
			if err != nil {
				t.Fatal(err)
			}
			check(t, doc, gold)
		})
		t.Run(name+"/two-files", func(t *testing.T) {
			zh, en, gold := separate(us)
			doc, err := report.ParsePair(strings.NewReader(zh), strings.NewReader(en), report.Config{})
			if err != nil {
				t.Fatal(err)
			}
			check(t, doc, gold)
		})
	}
}

// TestVerboseRunKeptTogether lays out each document with the English of one
// 1:n unit written twice as long (a verbose translation, as other
// translators write it), one unit at a time. In an interleaved file the
// English run between two Chinese paragraphs translates the Chinese before
// it: the length model alone left its first lines unpaired while the rest
// joined the Chinese. The whole run must now pair with its Chinese, unless
// the anchors say a line is a missing translation (TestChineseDeleted).
func TestVerboseRunKeptTogether(t *testing.T) {
	kept, total := 0, 0
	for _, name := range goldDocs {
		us := loadUnits(t, name)
		for k, u := range us {
			if len(u.ZH) != 1 || len(u.EN) < 2 {
				continue
			}
			mod := clone(us)
			for i, l := range mod[k].EN {
				mod[k].EN[i] = l + " " + l
			}
			text, gold := interleave(mod)
			doc, err := report.Parse(strings.NewReader(text), report.Config{Name: "verbose.txt"})
			if err != nil {
				t.Fatal(err)
			}
			checkNothingLost(t, doc, map[string]string{"verbose.txt": text})
			total++
			found := false
			for _, p := range doc.Pairs {
				found = found || sideSpan(p.ZH) == gold[k].zh && sideSpan(p.EN) == gold[k].en
			}
			if found {
				kept++
			} else {
				t.Logf("%s unit %d (1:%d): its English run is not one pair", name, k+1, len(u.EN))
			}
		}
	}
	t.Logf("%d of %d verbose 1:n runs kept whole", kept, total)
	if total < 70 || float64(kept) < 0.8*float64(total) {
		t.Errorf("%d of %d verbose 1:n runs kept whole, want at least 80%%", kept, total)
	}
}
