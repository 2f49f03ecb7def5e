package report

import (
	"bytes"
	"io"
	"math"

	"github.com/bireport/bireport/align"
	"github.com/bireport/bireport/extract"
)

// MaxInputBytes is the largest input Parse and ParsePair read: 256 MiB. A
// larger input fails with ErrTooLarge rather than exhausting memory.
const MaxInputBytes = 256 << 20

// Config holds the options of Parse and ParsePair. The zero value is the
// default.
type Config struct {
	// Name names the input in positions and in Document.Source; with
	// ParsePair it is the Chinese file. Empty means "-" (standard input).
	Name string
	// ENName names the English file of ParsePair. Empty means "-".
	ENName string
	// Align tunes the aligner; the zero value calibrates on the input.
	Align align.Config
	// Format is the format of the input(s): text, html, markdown or docx.
	// Empty detects it from the content, with the name as a hint (see
	// DetectFormat).
	Format Format
	// Workers bounds the goroutines that work on one document at once
	// (anchors, sentence beads, commitments). Zero or less means GOMAXPROCS; 1 does everything on the
	// calling goroutine. The document is the same whatever the value.
	Workers int
}

func (c Config) name() string {
	if c.Name == "" {
		return "-"
	}
	return c.Name
}

func (c Config) enName() string {
	if c.ENName == "" {
		return "-"
	}
	return c.ENName
}

// Parse reads one interleaved bilingual file and returns the aligned,
// extracted and checked document. Chinese and English paragraphs alternate
// in runs: each run of one language is aligned with the run of the other
// language that follows it (or precedes it, for files that put the English
// first), so a unit's boundaries in the file are respected, and inside a run
// the aligner forms 1-1, 1-n, n-1, 2-2, 1-0 and 0-1 beads.
//
// Parse fails only on input it cannot read as text (see Error); odd content
// becomes findings.
func Parse(r io.Reader, cfg Config) (*Document, error) {
	name := cfg.name()
	bs, format, err := readBlocks(r, name, cfg.Format, cfg.Workers)
	if err != nil {
		return nil, err
	}
	doc := &Document{Schema: Schema, Source: name, Format: format}
	beads := alignInterleaved(bs, cfg.Align)
	doc.Pairs = makePairs(beads, "", "")
	finish(doc, preparedSides(beads), cfg.Workers)
	return doc, nil
}

// alignInterleaved aligns the blocks of an interleaved file unit by unit
// (see units), with one model calibrated on the whole document, so that a
// run of two lines is judged by the same ratio as the rest. The
// calibration searches each unit alone: the file already says which runs
// pair up. The blocks of a paired table row form one bead as the
// publisher paired them, score 1.
//
// Which runs pair up depends on the ratio (see runPairs): they are first
// paired with the ratio of the document's total lengths, and paired again
// with the calibrated ratio; should that change the pairing, the
// calibration is redone on the new one.
func alignInterleaved(bs []block, cfg align.Config) []bead {
	ss := stretches(bs)
	us := units(ss, lengthRatio(ss, cfg.Ratio))
	ars, acfg := calibrateUnits(us, cfg)
	if again := units(ss, acfg.Ratio); !sameUnits(again, us) {
		us = again
		ars, acfg = calibrateUnits(us, cfg)
	}
	var beads []bead
	for k, bds := range align.AlignRuns(ars, acfg) {
		u := us[k]
		if u.row {
			beads = append(beads, bead{zh: u.zh, en: u.en, score: 1})
			continue
		}
		beads = append(beads, keepRunTogether(blockBeads(u.zh, u.en, bds))...)
	}
	return beads
}

// A stretch is a paired table row (all its blocks share bs[i].Row > 0),
// or a maximal stretch of blocks between rows, cut into runs.
type stretch struct {
	runs []run
	row  bool
}

// stretches cuts an interleaved input into stretches.
func stretches(bs []block) []stretch {
	var out []stretch
	for i := 0; i < len(bs); {
		j := i + 1
		for j < len(bs) && bs[j].Row == bs[i].Row {
			j++
		}
		out = append(out, stretch{runs: cutRuns(bs[i:j]), row: bs[i].Row > 0})
		i = j
	}
	return out
}

// A unit is a part of an interleaved input that is aligned on its own: a
// run pair, or a paired table row.
type unit struct {
	runPair
	row bool
}

// units cuts the stretches into units: a row is one, and the runs between
// rows are paired with the ratio (see runPairs).
func units(ss []stretch, ratio float64) []unit {
	var out []unit
	for _, st := range ss {
		if st.row {
			var bs []block
			for _, r := range st.runs {
				bs = append(bs, r.bs...)
			}
			out = append(out, unit{runPair: split(bs, nil), row: true})
			continue
		}
		for _, rp := range runPairs(st.runs, ratio) {
			out = append(out, unit{runPair: rp})
		}
	}
	return out
}

// calibrateUnits calibrates the aligner on the units of a document, and
// returns them as the aligner's runs.
func calibrateUnits(us []unit, cfg align.Config) ([]align.Run, align.Config) {
	runs := make([]align.Run, len(us))
	for k, u := range us {
		runs[k] = align.Run{ZH: segments(u.zh), EN: segments(u.en)}
	}
	return runs, align.CalibrateRuns(runs, cfg)
}

// lengthRatio is the ratio to pair runs with before calibration: the
// configured one, else English characters per Chinese character over the
// whole document.
func lengthRatio(ss []stretch, ratio float64) float64 {
	if ratio > 0 {
		return ratio
	}
	var z, e int
	for _, st := range ss {
		for _, r := range st.runs {
			z, e = z+r.z, e+r.e
		}
	}
	if z == 0 || e == 0 {
		return 0
	}
	return float64(e) / float64(z)
}

// sameUnits reports whether two cuts of the same blocks into units group
// them alike.
func sameUnits(a, b []unit) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k].row != b[k].row || len(a[k].zh) != len(b[k].zh) || len(a[k].en) != len(b[k].en) {
			return false
		}
	}
	return true
}

// ParsePair reads a Chinese file and its English translation, one paragraph
// a line (hard-wrapped lines are joined), and returns the aligned, extracted
// and checked document. Line numbers count in each file; the English sides
// name their file.
func ParsePair(zh, en io.Reader, cfg Config) (*Document, error) {
	zbs, format, err := readBlocks(zh, cfg.name(), cfg.Format, cfg.Workers)
	if err != nil {
		return nil, err
	}
	ebs, _, err := readBlocks(en, cfg.enName(), cfg.Format, cfg.Workers)
	if err != nil {
		return nil, err
	}
	doc := &Document{Schema: Schema, Source: cfg.name(), Format: format}
	beads := alignBlocks(zbs, ebs, cfg.Align)
	doc.Pairs = makePairs(beads, cfg.name(), cfg.enName())
	finish(doc, preparedSides(beads), cfg.Workers)
	return doc, nil
}

// readBlocks reads one input in format f (detected when empty), turns it
// into lines of text, splits and classifies them, and prepares each block's
// text and anchors on up to workers goroutines.
func readBlocks(r io.Reader, name string, f Format, workers int) ([]block, Format, error) {
	bs, format, err := scanBlocks(r, name, f)
	if err != nil {
		return nil, "", err
	}
	prepareBlocks(bs, workers)
	return bs, format, nil
}

// scanBlocks reads one input in format f (detected when empty), turns it
// into lines of text, splits and classifies them.
func scanBlocks(r io.Reader, name string, f Format) ([]block, Format, error) {
	pg, err := readPage(r, name, f)
	if err != nil {
		return nil, "", err
	}
	bs := splitBlocks(pg.text)
	if len(bs) == 0 {
		return nil, "", &Error{File: name, Offset: -1, Err: ErrEmpty,
			Detail: "the input has no non-blank line"}
	}
	markRows(bs, pg.rows)
	classify(bs)
	return bs, pg.format, nil
}

// prepareBlocks prepares each block's text for extraction and computes its
// anchors, on up to workers goroutines.
func prepareBlocks(bs []block, workers int) {
	forEach(len(bs), workers, func(i int) {
		bs[i].Ext = extract.NewText(bs[i].Text, extractLang(bs[i].Lang))
		bs[i].Anchors = anchors(bs[i].Ext)
	})
}

// textLen counts the characters that carry content: not spaces.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\u3000' {
			n++
		}
	}
	return n
}

type runPair struct{ zh, en []block }

// A run is a maximal run of blocks of one language, with the characters
// of its Chinese and English text (see textLen).
type run struct {
	bs   []block
	z, e int
}

// cutRuns cuts an interleaved input into maximal runs of one language.
func cutRuns(bs []block) []run {
	var runs []run
	for i := 0; i < len(bs); {
		j := i + 1
		for j < len(bs) && bs[j].Lang == bs[i].Lang {
			j++
		}
		r := run{bs: bs[i:j]}
		for _, x := range r.bs {
			if x.Lang == EN {
				r.e += textLen(x.Text)
			} else {
				r.z += textLen(x.Text)
			}
		}
		runs = append(runs, r)
		i = j
	}
	return runs
}

// runPairs pairs each run with its neighbour of the other language.
// Whether the English follows or precedes its Chinese is decided by which
// orientation fits the length model better, so a stray line at the top
// cannot shift every pair by one.
func runPairs(runs []run, ratio float64) []runPair {
	if ratio == 0 {
		ratio = 1
	}
	// cost of pairing runs[k] with runs[k+1]
	cost := func(a, b run) float64 {
		z, e := a.z+b.z, a.e+b.e
		return math.Abs(math.Log((float64(e) + 1) / (ratio*float64(z) + 1)))
	}
	pairFrom := func(start int) ([]runPair, float64) {
		var out []runPair
		total := 0.0
		i := 0
		if start == 1 {
			out = append(out, split(runs[0].bs, nil))
			i = 1
		}
		for ; i < len(runs); i += 2 {
			if i+1 < len(runs) {
				out = append(out, split(runs[i].bs, runs[i+1].bs))
				total += cost(runs[i], runs[i+1])
			} else {
				out = append(out, split(runs[i].bs, nil))
				total += 3 // an unpaired run
			}
		}
		if start == 1 {
			total += 3
		}
		return out, total
	}
	a, ca := pairFrom(0)
	if len(runs) < 2 {
		return a
	}
	b, cb := pairFrom(1)
	if cb < ca {
		return b
	}
	return a
}

// split sorts the blocks of two adjacent runs into Chinese and English.
func split(a, b []block) runPair {
	var rp runPair
	for _, x := range [][]block{a, b} {
		for _, bl := range x {
			if bl.Lang == EN {
				rp.en = append(rp.en, bl)
			} else {
				rp.zh = append(rp.zh, bl)
			}
		}
	}
	return rp
}

// segments gives the aligner the blocks' text, anchors and structural
// class.
func segments(bs []block) []align.Segment {
	out := make([]align.Segment, len(bs))
	for i, b := range bs {
		out[i] = align.Segment{Text: b.Text, Anchors: b.Anchors, Class: alignClass(b.Kind)}
	}
	return out
}

// alignClass groups the kinds into the classes the aligner must never mix:
// the title block, the body, a notes heading and footnotes. Headings and
// paragraphs share the body class because their boundary is drawn
// differently in the two languages (a numbered lead run into its paragraph
// in Chinese can stand on a line of its own in English); heading numbers
// still pair headings through the anchors.
func alignClass(k Kind) string {
	switch k {
	case KindTitle, KindMeta:
		return "front"
	case KindNote, KindFootnote:
		return string(k)
	}
	return "body"
}

// A bead is an aligned unit of blocks.
type bead struct {
	zh, en []block
	score  float64
}

// alignBlocks aligns two block lists with the align package, giving it the
// blocks' classes and the extract package's number anchors.
func alignBlocks(zh, en []block, cfg align.Config) []bead {
	if len(zh) == 0 || len(en) == 0 {
		var out []bead
		for _, b := range zh {
			out = append(out, bead{zh: []block{b}, score: 1})
		}
		for _, b := range en {
			out = append(out, bead{en: []block{b}, score: 1})
		}
		return out
	}
	return blockBeads(zh, en, align.Align(segments(zh), segments(en), cfg))
}

// blockBeads turns the aligner's beads over zh and en into beads of blocks.
func blockBeads(zh, en []block, bds []align.Bead) []bead {
	var out []bead
	for _, bd := range bds {
		x := bead{score: bd.Score}
		for _, i := range bd.ZH {
			x.zh = append(x.zh, zh[i])
		}
		for _, i := range bd.EN {
			x.en = append(x.en, en[i])
		}
		out = append(out, x)
	}
	return out
}

// makePairs turns beads into numbered pairs. zhFile and enFile name the
// sides' files when the input came as two files.
func makePairs(beads []bead, zhFile, enFile string) []Pair {
	pairs := make([]Pair, 0, len(beads))
	for _, bd := range beads {
		p := Pair{ID: len(pairs) + 1, Score: round3(bd.score)}
		if len(bd.zh) > 0 {
			p.ZH = side(bd.zh, ZH, zhFile)
		}
		if len(bd.en) > 0 {
			p.EN = side(bd.en, EN, enFile)
		}
		p.Kind, p.Level = pairKind(bd)
		pairs = append(pairs, p)
	}
	return pairs
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// side joins the blocks of one language in a bead. Blocks that end a
// sentence are kept apart by a newline (an enumeration split into lines);
// a block cut mid-sentence continues on the next (a wrapped line the front
// end left alone), without a separator in Chinese and with a space in
// English.
func side(bs []block, lang Lang, file string) *Side {
	var buf bytes.Buffer
	for i, b := range bs {
		if i > 0 {
			switch {
			case endsSentence(bs[i-1].Text):
				buf.WriteByte('\n')
			case lang == EN:
				buf.WriteByte(' ')
			}
		}
		buf.WriteString(b.Text)
	}
	return &Side{Text: buf.String(), Lines: [2]int{bs[0].First, bs[len(bs)-1].Last}, File: file}
}

// keepRunTogether repairs the beads of one run pair of an interleaved file.
// The file already says which English translates which Chinese: a run of
// English lines between two Chinese runs translates the run before it (or
// after it, English first). When the length model is surprised (a
// translation much longer than the document's ratio), the aligner may
// leave some of those lines unpaired while the rest join the Chinese. Each
// English-only bead joins the neighbouring bead with Chinese whose anchors
// it shares most (the one before it on a tie), unless the anchors say the
// English is a missing translation (it has anchors, and fewer than half of
// them occur in that Chinese) or the structure does (English body text
// beside a Chinese heading).
func keepRunTogether(bs []bead) []bead {
	hasZH := false
	for _, b := range bs {
		hasZH = hasZH || len(b.zh) > 0
	}
	if len(bs) < 2 || !hasZH {
		return bs
	}
	target := make([]int, len(bs)) // the bead an English-only bead joins, or -1
	for i, b := range bs {
		target[i] = -1
		if len(b.zh) > 0 {
			continue
		}
		prev, next := i-1, i+1
		for prev >= 0 && len(bs[prev].zh) == 0 {
			prev--
		}
		for next < len(bs) && len(bs[next].zh) == 0 {
			next++
		}
		best, bestShare := -1, -1.0
		for _, j := range []int{prev, next} {
			if j < 0 || j >= len(bs) {
				continue
			}
			if headingOnly(bs[j].zh) && !headingOnly(b.en) {
				continue // a heading is not translated as a heading and a paragraph
			}
			sh := anchorShare(b.en, bs[j].zh)
			if sh >= 0.5 && sh > bestShare {
				best, bestShare = j, sh
			}
		}
		target[i] = best
	}
	out := make([]bead, 0, len(bs))
	var pending []block // English-only lines waiting for the next bead with Chinese
	for i, b := range bs {
		switch {
		case len(b.zh) > 0:
			b.en = append(pending, b.en...)
			pending = nil
			out = append(out, b)
		case target[i] >= 0 && target[i] < i && len(out) > 0 && len(pending) == 0:
			last := &out[len(out)-1]
			last.en = append(last.en, b.en...)
			last.score = min(last.score, b.score)
		case target[i] > i && contiguousTo(target, i):
			pending = append(pending, b.en...)
		default:
			out = append(out, b)
		}
	}
	return out
}

// headingOnly reports whether every block is a heading.
func headingOnly(bs []block) bool {
	for _, b := range bs {
		if b.Kind != KindHeading {
			return false
		}
	}
	return len(bs) > 0
}

// contiguousTo reports whether every English-only bead from i up to the
// bead i's target joins that same target, so that joining keeps the
// English in order.
func contiguousTo(target []int, i int) bool {
	for k := i + 1; k < target[i]; k++ {
		if target[k] != target[i] {
			return false
		}
	}
	return true
}

// anchorShare returns the smallest share, over the English blocks, of a
// block's anchors that occur among the Chinese blocks' anchors; a block
// without anchors says nothing and counts as 1.
func anchorShare(en, zh []block) float64 {
	have := map[string]bool{}
	for _, b := range zh {
		for _, a := range b.Anchors {
			have[a] = true
		}
	}
	share := 1.0
	for _, b := range en {
		if len(b.Anchors) == 0 {
			continue
		}
		found := 0
		for _, a := range b.Anchors {
			if have[a] {
				found++
			}
		}
		share = min(share, float64(found)/float64(len(b.Anchors)))
	}
	return share
}
