package report_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/bireport/bireport/report"
)

// corpusDir holds copies of the shared corpus; the tests never read ../shared.
const corpusDir = "../testdata/corpus"

// A unit is one gold unit: the Chinese lines and the English lines the
// source groups together.
type unit struct {
	ZH []string `json:"zh"`
	EN []string `json:"en"`
}

func loadUnits(t testing.TB, name string) []unit {
	t.Helper()
	return loadUnitsFrom(t, corpusDir, name)
}

// loadUnitsFrom reads the gold units of document name in folder dir.
func loadUnitsFrom(t testing.TB, dir, name string) []unit {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, name+".align.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var us []unit
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var u unit
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatalf("%s.align.jsonl: %v", name, err)
		}
		us = append(us, u)
	}
	return us
}

// span is a 1-based inclusive line range; the zero span means "no side".
type span [2]int

// goldUnit is a unit placed in a layout: the line ranges of its sides.
type goldUnit struct{ zh, en span }

// interleave lays units out as one file, each unit's Chinese lines then its
// English lines, and returns the text and where each unit's sides landed.
func interleave(us []unit) (string, []goldUnit) {
	var b strings.Builder
	line := 0
	var gs []goldUnit
	for _, u := range us {
		var g goldUnit
		for _, side := range []struct {
			lines []string
			sp    *span
		}{{u.ZH, &g.zh}, {u.EN, &g.en}} {
			for i, l := range side.lines {
				line++
				if i == 0 {
					side.sp[0] = line
				}
				side.sp[1] = line
				b.WriteString(l)
				b.WriteByte('\n')
			}
		}
		gs = append(gs, g)
	}
	return b.String(), gs
}

// separate lays units out as two monolingual files.
func separate(us []unit) (zh, en string, gs []goldUnit) {
	var zb, eb strings.Builder
	zl, el := 0, 0
	for _, u := range us {
		var g goldUnit
		for i, l := range u.ZH {
			zl++
			if i == 0 {
				g.zh[0] = zl
			}
			g.zh[1] = zl
			zb.WriteString(l + "\n")
		}
		for i, l := range u.EN {
			el++
			if i == 0 {
				g.en[0] = el
			}
			g.en[1] = el
			eb.WriteString(l + "\n")
		}
		gs = append(gs, g)
	}
	return zb.String(), eb.String(), gs
}

func sideSpan(s *report.Side) span {
	if s == nil {
		return span{}
	}
	return span(s.Lines)
}

// pairF1 scores pairs against gold units: a pair counts when both its line
// ranges equal a gold unit's.
func pairF1(pairs []report.Pair, gold []goldUnit) (p, r, f float64) {
	want := map[goldUnit]bool{}
	for _, g := range gold {
		want[g] = true
	}
	hit := 0
	for _, pr := range pairs {
		if want[goldUnit{sideSpan(pr.ZH), sideSpan(pr.EN)}] {
			hit++
		}
	}
	if len(pairs) == 0 || len(gold) == 0 {
		return 0, 0, 0
	}
	p = float64(hit) / float64(len(pairs))
	r = float64(hit) / float64(len(gold))
	if hit == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

// crossings counts pairs whose sides reach into more than one gold unit
// (for gold given per block).
func crossings(pairs []report.Pair, gold []goldUnit) int {
	unitOf := func(lang int, line int) int {
		for i, g := range gold {
			sp := g.zh
			if lang == 1 {
				sp = g.en
			}
			if sp[0] <= line && line <= sp[1] {
				return i
			}
		}
		return -1
	}
	n := 0
	for _, pr := range pairs {
		units := map[int]bool{}
		for lang, s := range []*report.Side{pr.ZH, pr.EN} {
			if s == nil {
				continue
			}
			units[unitOf(lang, s.Lines[0])] = true
			units[unitOf(lang, s.Lines[1])] = true
		}
		if len(units) > 1 {
			n++
		}
	}
	return n
}

var goldDocs = []string{
	"gwr-2016-national",
	"gwr-2019-national",
	"gwr-2020-national",
	"gwr-2021-national",
	"prc-constitution-2018",
}

// TestCorpusF1 aligns every corpus document with a gold pairing, both as the
// interleaved file and as two monolingual files, and requires pair F1 of at
// least 0.98.
func TestCorpusF1(t *testing.T) {
	testF1(t, corpusDir, goldDocs)
}

// testF1 measures pair F1 on every named document of folder dir in both
// layouts and requires at least 0.98 in each. NAME.txt must be the
// interleaving of NAME.align.jsonl.
func testF1(t *testing.T, dir string, names []string) {
	testF1Short(t, dir, names, nil)
}

// testF1Short is testF1 for a held-out set on which the aligner is known to
// fall short of 0.98: short maps "NAME/LAYOUT" to the F1 measured when the
// shortfall was recorded, which that document must keep (a floor against
// regression, not a target: the target stays 0.98 and the test logs the gap).
func testF1Short(t *testing.T, dir string, names []string, short map[string]float64) {
	want := func(t *testing.T, name, layout string, f float64) {
		min := 0.98
		if m, ok := short[name+"/"+layout]; ok {
			t.Logf("known shortfall: %s %s F1 %.3f, target 0.98, floor %.3f", name, layout, f, m)
			min = m
		}
		if f < min {
			t.Errorf("pair F1 %.3f < %.3f", f, min)
		}
	}
	for _, name := range names {
		us := loadUnitsFrom(t, dir, name)
		t.Run(name+"/interleaved", func(t *testing.T) {
			text, gold := interleave(us)
			file, err := os.ReadFile(filepath.Join(dir, name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			if string(file) != text {
				t.Fatalf("%s.txt is not the interleaving of its gold units", name)
			}
			doc, err := report.Parse(strings.NewReader(text), report.Config{Name: name + ".txt"})
			if err != nil {
				t.Fatal(err)
			}
			p, r, f := pairF1(doc.Pairs, gold)
			t.Logf("F1 %s interleaved: P %.3f R %.3f F1 %.3f (%d pairs, %d gold)", name, p, r, f, len(doc.Pairs), len(gold))
			want(t, name, "interleaved", f)
		})
		t.Run(name+"/two-files", func(t *testing.T) {
			zh, en, gold := separate(us)
			doc, err := report.ParsePair(strings.NewReader(zh), strings.NewReader(en), report.Config{Name: name + ".zh.txt", ENName: name + ".en.txt"})
			if err != nil {
				t.Fatal(err)
			}
			p, r, f := pairF1(doc.Pairs, gold)
			t.Logf("F1 %s two-files: P %.3f R %.3f F1 %.3f (%d pairs, %d gold)", name, p, r, f, len(doc.Pairs), len(gold))
			want(t, name, "two-files", f)
		})
	}
}

// TestCorpusBlocks checks gwr-2022, whose gold is per block (a run of
// Chinese paragraphs, then a run of English): no pair may cross a block.
func TestCorpusBlocks(t *testing.T) {
	us := loadUnits(t, "gwr-2022-national")
	text, gold := interleave(us)
	doc, err := report.Parse(strings.NewReader(text), report.Config{Name: "gwr-2022-national.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if n := crossings(doc.Pairs, gold); n != 0 {
		t.Errorf("interleaved: %d pairs cross a block boundary", n)
	}
	zh, en, gold2 := separate(us)
	doc2, err := report.ParsePair(strings.NewReader(zh), strings.NewReader(en), report.Config{})
	if err != nil {
		t.Fatal(err)
	}
	n := crossings(doc2.Pairs, gold2)
	t.Logf("gwr-2022 two-files: %d of %d pairs cross a block boundary", n, len(doc2.Pairs))
	if n != 0 {
		t.Errorf("two files: %d pairs cross a block boundary", n)
	}
}

// checkNothingLost asserts the invariant: every non-blank input line lands
// in exactly one pair side, in order, and its text is in that side's text.
// inputs maps each input's name (Document.Source, or Side.File) to its text.
func checkNothingLost(t testing.TB, doc *report.Document, inputs map[string]string) {
	t.Helper()
	lines := map[string][]string{}
	for file, text := range inputs {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		lines[file] = strings.Split(text, "\n")
	}
	// Blank as the splitter sees it: white space (U+3000 included), a
	// byte-order mark or a zero-width space.
	nonBlank := func(l string) bool {
		return strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' }) != ""
	}
	seen := map[string]map[int]int{}
	last := map[string]int{}
	for _, p := range doc.Pairs {
		for lang, s := range []*report.Side{p.ZH, p.EN} {
			if s == nil {
				continue
			}
			file := s.File
			if file == "" {
				file = doc.Source
			}
			ls, ok := lines[file]
			if !ok {
				t.Fatalf("pair %d names file %q, not an input", p.ID, file)
			}
			key := fmt.Sprint(file, lang)
			if s.Lines[0] <= last[key] || s.Lines[1] < s.Lines[0] || s.Lines[1] > len(ls) {
				t.Fatalf("pair %d: lines %v out of order or range (last %d, %d lines)", p.ID, s.Lines, last[key], len(ls))
			}
			last[key] = s.Lines[1]
			if seen[file] == nil {
				seen[file] = map[int]int{}
			}
			flat := strings.ReplaceAll(s.Text, "\n", "")
			for l := s.Lines[0]; l <= s.Lines[1]; l++ {
				if nonBlank(ls[l-1]) {
					seen[file][l]++
					line := strings.TrimFunc(ls[l-1], func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' })
					if !strings.Contains(flat, line) && !strings.Contains(s.Text, line) {
						t.Errorf("pair %d: line %d's text is not in the side's text", p.ID, l)
					}
				}
			}
		}
	}
	for file, ls := range lines {
		for i, l := range ls {
			if nonBlank(l) && seen[file][i+1] != 1 {
				t.Errorf("%s:%d is in %d pair sides, want exactly 1", file, i+1, seen[file][i+1])
			}
		}
	}
	checkSentencesCover(t, doc)
}
