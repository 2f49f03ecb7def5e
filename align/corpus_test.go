package align_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/bireport/bireport/align"
)

const corpusDir = "../testdata/corpus"

// span is a bead or a gold unit as index ranges: zh [z0,z1), en [e0,e1).
type span struct{ z0, z1, e0, e1 int }

func (s span) String() string { return fmt.Sprintf("zh[%d,%d) en[%d,%d)", s.z0, s.z1, s.e0, s.e1) }

// corpusDoc is one corpus document: its monolingual lines and gold units.
type corpusDoc struct {
	name   string
	zh, en []string
	gold   []span
}

func readLines(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			out = append(out, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// loadDoc reads NAME.zh.txt, NAME.en.txt and NAME.align.jsonl, mapping each
// gold unit to line ranges by consuming the lines in order.
func loadDoc(t testing.TB, name string) corpusDoc {
	t.Helper()
	d := corpusDoc{
		name: name,
		zh:   readLines(t, filepath.Join(corpusDir, name+".zh.txt")),
		en:   readLines(t, filepath.Join(corpusDir, name+".en.txt")),
	}
	z, e := 0, 0
	for k, line := range readLines(t, filepath.Join(corpusDir, name+".align.jsonl")) {
		var u struct{ ZH, EN []string }
		if err := json.Unmarshal([]byte(line), &u); err != nil {
			t.Fatalf("%s.align.jsonl:%d: %v", name, k+1, err)
		}
		s := span{z, z + len(u.ZH), e, e + len(u.EN)}
		if s.z1 > len(d.zh) || s.e1 > len(d.en) ||
			!slices.Equal(u.ZH, d.zh[s.z0:s.z1]) || !slices.Equal(u.EN, d.en[s.e0:s.e1]) {
			t.Fatalf("%s.align.jsonl:%d: unit does not match the monolingual files", name, k+1)
		}
		d.gold = append(d.gold, s)
		z, e = s.z1, s.e1
	}
	if z != len(d.zh) || e != len(d.en) {
		t.Fatalf("%s: gold covers %d/%d zh and %d/%d en lines", name, z, len(d.zh), e, len(d.en))
	}
	return d
}

func spanOf(b align.Bead) span {
	var s span
	if len(b.ZH) > 0 {
		s.z0, s.z1 = b.ZH[0], b.ZH[len(b.ZH)-1]+1
	}
	if len(b.EN) > 0 {
		s.e0, s.e1 = b.EN[0], b.EN[len(b.EN)-1]+1
	}
	return s
}

// checkPartition fails unless the beads cover 0..n-1 and 0..m-1 exactly
// once each, in order, with consecutive indices inside each bead and scores
// in [0,1].
func checkPartition(t testing.TB, beads []align.Bead, n, m int) {
	t.Helper()
	z, e := 0, 0
	for k, b := range beads {
		if len(b.ZH) == 0 && len(b.EN) == 0 {
			t.Fatalf("bead %d is empty", k)
		}
		for _, i := range b.ZH {
			if i != z {
				t.Fatalf("bead %d: zh index %d, want %d", k, i, z)
			}
			z++
		}
		for _, j := range b.EN {
			if j != e {
				t.Fatalf("bead %d: en index %d, want %d", k, j, e)
			}
			e++
		}
		if !(b.Score >= 0 && b.Score <= 1) {
			t.Fatalf("bead %d: score %v outside [0,1]", k, b.Score)
		}
	}
	if z != n || e != m {
		t.Fatalf("beads cover %d/%d zh and %d/%d en segments", z, n, e, m)
	}
}

// scored is a bead's score and whether it matches a gold unit.
type scored struct {
	score   float64
	correct bool
}

// pairF1 scores beads against gold units: a bead is correct when its ranges
// equal a unit's.
func pairF1(beads []span, gold []span) (p, r, f float64, marks []bool) {
	want := map[span]bool{}
	for _, g := range gold {
		want[g] = true
	}
	correct := 0
	marks = make([]bool, len(beads))
	for k, b := range beads {
		if want[b] {
			correct++
			marks[k] = true
		}
	}
	if len(beads) > 0 {
		p = float64(correct) / float64(len(beads))
	}
	if len(gold) > 0 {
		r = float64(correct) / float64(len(gold))
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f, marks
}

// spans returns the beads' index ranges; an empty side is placed where it
// falls (a 1-0 bead after en line 5 is en [5,5)). The beads must partition
// both sides in order.
func spans(beads []align.Bead) []span {
	out := make([]span, len(beads))
	z, e := 0, 0
	for k, b := range beads {
		out[k] = span{z, z + len(b.ZH), e, e + len(b.EN)}
		z, e = out[k].z1, out[k].e1
	}
	return out
}

// pairedDocs are the documents whose gold pairs paragraphs one unit at a
// time.
var pairedDocs = []string{
	"gwr-2016-national",
	"gwr-2019-national",
	"gwr-2020-national",
	"gwr-2021-national",
	"prc-constitution-2018",
}

const minF1 = 0.98

// TestCorpusTwoFile aligns each document's two monolingual files as wholes,
// with no classes and only the built-in anchors.
func TestCorpusTwoFile(t *testing.T) {
	for _, a := range anchorSets {
		t.Run(a.name, func(t *testing.T) { corpusTwoFile(t, a.anchors) })
	}
}

// anchorSets are the anchors the corpus is aligned with: the built-in
// numbers, and numbers with lexicon terms, as the report package gives.
var anchorSets = []struct {
	name    string
	anchors func(string) []string
}{
	{"numbers", nil},
	{"lexicon", reportAnchors},
}

func corpusTwoFile(t *testing.T, anchors func(string) []string) []scored {
	var all []scored
	for _, name := range pairedDocs {
		d := loadDoc(t, name)
		beads := align.Paragraphs(d.zh, d.en, align.Config{Anchors: anchors})
		checkPartition(t, beads, len(d.zh), len(d.en))
		got := spans(beads)
		p, r, f, marks := pairF1(got, d.gold)
		t.Logf("two-file %-22s beads %3d gold %3d  P %.3f R %.3f F1 %.3f", name, len(got), len(d.gold), p, r, f)
		if f < minF1 {
			t.Errorf("%s: pair F1 %.3f < %.2f", name, f, minF1)
		}
		if f < minF1 || testing.Verbose() && os.Getenv("ALIGN_ERRORS") != "" {
			logErrors(t, d, got, marks)
		}
		for k, b := range beads {
			all = append(all, scored{b.Score, marks[k]})
		}
	}
	logCalibration(t, "two-file", all)
	return all
}

// logErrors shows the beads that match no gold unit, each with the gold
// units it overlaps.
func logErrors(t *testing.T, d corpusDoc, got []span, marks []bool) {
	t.Helper()
	overlap := func(a0, a1, b0, b1 int) bool { return a0 < b1 && b0 < a1 }
	for k, s := range got {
		if marks[k] {
			continue
		}
		var near []string
		for _, g := range d.gold {
			if overlap(s.z0, s.z1, g.z0, g.z1) || overlap(s.e0, s.e1, g.e0, g.e1) {
				near = append(near, g.String())
			}
		}
		t.Logf("  wrong bead %v; gold %s", s, strings.Join(near, ", "))
	}
}

// logCalibration prints the fraction of correct beads per score bin, and
// checks that scores mean something: the beads scored 0.99 or more are
// nearly all right, and wrong beads score lower than right ones on average.
func logCalibration(t *testing.T, label string, all []scored) {
	t.Helper()
	var high, highOK, right, wrong int
	var sumRight, sumWrong float64
	for _, s := range all {
		if s.score >= 0.99 {
			high++
			if s.correct {
				highOK++
			}
		}
		if s.correct {
			right++
			sumRight += s.score
		} else {
			wrong++
			sumWrong += s.score
		}
	}
	if high > 0 && float64(highOK) < 0.98*float64(high) {
		t.Errorf("%s: %d of %d beads scored ≥ 0.99 are right, want ≥ 98%%", label, highOK, high)
	}
	if right > 0 && wrong > 0 && sumWrong/float64(wrong) >= sumRight/float64(right) {
		t.Errorf("%s: wrong beads score %.3f on average, right ones %.3f: scores say nothing",
			label, sumWrong/float64(wrong), sumRight/float64(right))
	}
	// Calibration: in each score bin, the share of right beads must be
	// the bin's mean score, within what chance allows (three standard
	// errors of a binomial share, plus 0.05 for the scores' spread inside
	// the bin); over all beads, the expected calibration error must stay
	// below maxECE.
	ece, nll := calibrationError(all)
	t.Logf("calibration %s: %d beads, ECE %.4f, log loss %.4f", label, len(all), ece, nll)
	if ece > maxECE {
		t.Errorf("%s: expected calibration error %.4f > %.3f", label, ece, maxECE)
	}
	bins := calibrationBins
	for k := 1; k < len(bins); k++ {
		n, ok, sum := binStats(all, bins[k-1], bins[k])
		if n == 0 {
			continue
		}
		acc, mean := float64(ok)/float64(n), sum/float64(n)
		t.Logf("calibration %s: score [%.2f,%.2f) beads %4d mean score %.3f correct %.3f", label, bins[k-1], min(1, bins[k]), n, mean, acc)
		if tol := 3*math.Sqrt(mean*(1-mean)/float64(n)) + 0.05; math.Abs(acc-mean) > tol {
			t.Errorf("%s: beads scored [%.2f,%.2f) score %.3f on average but %.3f are right (tolerance %.3f)", label, bins[k-1], min(1, bins[k]), mean, acc, tol)
		}
	}
}

// maxECE bounds the expected calibration error of the corpus beads. On
// the corpus it is 0.006 to 0.011 (two files and interleaved runs, with
// numbers or numbers and lexicon terms as anchors): twice the worst,
// rounded, leaves room for a few more mistakes without letting scores
// drift by more than two points on average.
const maxECE = 0.02

// hanShare reports whether a line is Chinese: more Han characters than
// Latin letters.
func isChinese(line string) (zh, known bool) {
	han, latin := 0, 0
	for _, r := range line {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	return han > latin, han+latin > 0
}

// runs splits an interleaved file into run pairs: a maximal run of Chinese
// lines followed by the run of English lines after it.
func runs(lines []string) (zh, en [][]string) {
	prevZH := true
	for _, line := range lines {
		isZH, known := isChinese(line)
		if !known {
			isZH = prevZH
		}
		if isZH && (len(zh) == 0 || len(en[len(en)-1]) > 0) {
			zh, en = append(zh, nil), append(en, nil)
		}
		if len(zh) == 0 {
			zh, en = append(zh, nil), append(en, nil)
		}
		k := len(zh) - 1
		if isZH {
			zh[k] = append(zh[k], line)
		} else {
			en[k] = append(en[k], line)
		}
		prevZH = isZH
	}
	return zh, en
}

// TestCorpusInterleaved aligns each run of an interleaved file on its own,
// with the ratio and spread calibrated on the whole document, as the
// report package does.
func TestCorpusInterleaved(t *testing.T) {
	for _, a := range anchorSets {
		t.Run(a.name, func(t *testing.T) { corpusInterleaved(t, a.anchors) })
	}
}

func corpusInterleaved(t *testing.T, anchors func(string) []string) []scored {
	var all []scored
	for _, name := range pairedDocs {
		d := loadDoc(t, name)
		zhRuns, enRuns := runs(readLines(t, filepath.Join(corpusDir, name+".txt")))
		var allZH, allEN []string
		for k := range zhRuns {
			allZH = append(allZH, zhRuns[k]...)
			allEN = append(allEN, enRuns[k]...)
		}
		if !slices.Equal(allZH, d.zh) || !slices.Equal(allEN, d.en) {
			t.Fatalf("%s.txt: language split does not give the monolingual files", name)
		}
		cfg := align.Calibrate(segs(allZH), segs(allEN), align.Config{Anchors: anchors})
		var got []span
		var scores []float64
		z, e := 0, 0
		for k := range zhRuns {
			beads := align.Paragraphs(zhRuns[k], enRuns[k], cfg)
			checkPartition(t, beads, len(zhRuns[k]), len(enRuns[k]))
			zl, el := z, e
			for _, b := range beads {
				s := span{zl, zl + len(b.ZH), el, el + len(b.EN)}
				zl, el = s.z1, s.e1
				got = append(got, s)
				scores = append(scores, b.Score)
			}
			z += len(zhRuns[k])
			e += len(enRuns[k])
		}
		p, r, f, marks := pairF1(got, d.gold)
		t.Logf("interleaved %-22s runs %3d ratio %.2f spread %.1f  P %.3f R %.3f F1 %.3f", name, len(zhRuns), cfg.Ratio, cfg.Spread, p, r, f)
		if f < minF1 {
			t.Errorf("%s: interleaved pair F1 %.3f < %.2f", name, f, minF1)
		}
		if f < minF1 || testing.Verbose() && os.Getenv("ALIGN_ERRORS") != "" {
			logErrors(t, d, got, marks)
		}
		for k := range got {
			if testing.Verbose() && os.Getenv("ALIGN_ERRORS") != "" && scores[k] < 0.99 && scores[k] > 0.3 {
				t.Logf("  score %.3f correct %v bead %v", scores[k], marks[k], got[k])
			}
			all = append(all, scored{scores[k], marks[k]})
		}
	}
	logCalibration(t, "interleaved", all)
	return all
}

func segs(texts []string) []align.Segment {
	out := make([]align.Segment, len(texts))
	for k, s := range texts {
		out[k].Text = s
	}
	return out
}

// TestCorpusBlocks aligns gwr-2022, whose gold is per block (a run of
// Chinese paragraphs, then a run of English), and counts the beads that
// cross a block boundary.
func TestCorpusBlocks(t *testing.T) {
	d := loadDoc(t, "gwr-2022-national")
	beads := align.Paragraphs(d.zh, d.en, align.Config{})
	checkPartition(t, beads, len(d.zh), len(d.en))
	blockZH := make([]int, len(d.zh))
	blockEN := make([]int, len(d.en))
	for k, g := range d.gold {
		for i := g.z0; i < g.z1; i++ {
			blockZH[i] = k
		}
		for j := g.e0; j < g.e1; j++ {
			blockEN[j] = k
		}
	}
	crossing := 0
	for _, b := range beads {
		blocks := map[int]bool{}
		for _, i := range b.ZH {
			blocks[blockZH[i]] = true
		}
		for _, j := range b.EN {
			blocks[blockEN[j]] = true
		}
		if len(blocks) > 1 {
			crossing++
			t.Logf("  bead %v crosses blocks", spanOf(b))
		}
	}
	t.Logf("blocks gwr-2022-national: beads %d, crossing a block boundary %d", len(beads), crossing)
	if crossing > 0 {
		t.Errorf("%d beads cross a block boundary", crossing)
	}
}

// calibrationBins are the score bins of the calibration error.
var calibrationBins = []float64{0, 0.5, 0.8, 0.9, 0.95, 0.99, 1.0000001}

// binStats counts the beads scored in [lo, hi), the right ones among them,
// and their summed score.
func binStats(all []scored, lo, hi float64) (n, ok int, sum float64) {
	for _, s := range all {
		if s.score >= lo && s.score < hi {
			n++
			sum += s.score
			if s.correct {
				ok++
			}
		}
	}
	return n, ok, sum
}

// calibrationError returns the expected calibration error of scored beads
// (the mean over beads of |accuracy − mean score| in their score bin) and
// their mean log loss.
func calibrationError(all []scored) (ece, nll float64) {
	bins := calibrationBins
	for k := 1; k < len(bins); k++ {
		n, ok, sum := binStats(all, bins[k-1], bins[k])
		if n > 0 {
			ece += math.Abs(float64(ok)-sum) / float64(len(all))
		}
	}
	for _, s := range all {
		p := min(1-1e-6, max(1e-6, s.score))
		if s.correct {
			nll -= math.Log(p)
		} else {
			nll -= math.Log(1 - p)
		}
	}
	return ece, nll / float64(max(1, len(all)))
}
