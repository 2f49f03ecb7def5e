package align

import (
	"math"
	"slices"
)

const (
	// defaultBand is the initial half-width of the band around the
	// length-proportional diagonal; pathBand the half-width around the
	// first pass's path. Both widen where the path touches the band's edge
	// (see adaptive).
	defaultBand = 16
	pathBand    = 4

	// firstRounds is how many times the first pass may run, widening its
	// band where the path touched the edge.
	firstRounds = 2

	// minCalibration is the number of paired beads needed to re-estimate
	// the ratio, minSpreadBeads the number of 1-1 beads needed to estimate
	// the spread: a variance needs more observations than a mean.
	minCalibration = 10
	minSpreadBeads = 30

	// maxMaxN bounds MaxN, whatever the configuration says.
	maxMaxN = 255
)

// Paragraphs aligns Chinese paragraphs with English paragraphs given as
// plain strings, with no classes and the anchors of cfg (by default the
// built-in number anchors). See Align.
func Paragraphs(zh, en []string, cfg Config) []Bead {
	return Align(segments(zh), segments(en), cfg)
}

func segments(texts []string) []Segment {
	out := make([]Segment, len(texts))
	for k, t := range texts {
		out[k].Text = t
	}
	return out
}

// Align pairs the Chinese segments zh with the English segments en. The
// beads it returns cover every index of both sides exactly once, in order:
// concatenating their ZH fields gives 0..len(zh)-1, and likewise EN. A bead
// with an empty side is a segment left unpaired.
//
// The cost of a bead is the negative log-likelihood of its length under a
// normal model of English length given Chinese length (mean Ratio times
// the Chinese length, variance Spread times the bead's length), plus a prior
// on its shape, minus the evidence of the anchors both sides share, plus
// that of the anchors each of its segments misses on the other side, plus a
// heavy penalty when it joins segments of different non-empty classes. The
// cheapest monotone path is found by dynamic programming over a band of the
// lattice (see the package documentation), and each bead's Score is its
// posterior probability under the same model, computed by the
// forward-backward algorithm.
//
// Align never fails: empty inputs give no beads, and when one side is empty
// every segment of the other is left unpaired.
func Align(zh, en []Segment, cfg Config) []Bead {
	n, m := len(zh), len(en)
	if n == 0 && m == 0 {
		return nil
	}
	if n == 0 || m == 0 {
		return unpaired(n, m)
	}
	return newLattice(zh, en, cfg).align(cfg)
}

// align aligns the lattice's segments, both sides non-empty.
func (l *lattice) align(cfg Config) []Bead {
	zs, es := l.zs, l.es
	n := len(zs)
	w := cfg.Band
	if w <= 0 {
		w = defaultBand
	}
	diag := diagonal(zs, es)
	var res result
	if min(n, len(es)) >= minCalibration && cfg.shapes == nil {
		// First pass: find a path with the initial model, re-estimate the
		// model on its beads (what cfg leaves unset, and the bead priors),
		// then search again around that path.
		l.coarse = true
		first := l.adaptive(diag, diag, w, false, firstRounds)
		l.coarse = false
		l.model = l.recalibrate(first.path, cfg)
		cmin, cmax := corridor(first.path, n)
		res = l.adaptive(cmin, cmax, pathBand, true, 0)
	} else {
		res = l.adaptive(diag, diag, w, true, 0)
	}
	return beads(res)
}

// AlignRuns aligns each run of a document on its own, as Align does, with
// cfg as CalibrateRuns returned it for the same runs: out[k] holds the
// beads of runs[k], with indices into its segments. The segments that
// CalibrateRuns prepared (lengths, boundaries, anchor ids) serve again,
// and the work space of one run is reused by the next. With any other cfg
// or other runs, it calls Align on each run; the beads are the same.
func AlignRuns(runs []Run, cfg Config) [][]Bead {
	out := make([][]Bead, len(runs))
	d := cfg.doc
	if d == nil || !d.prepared(runs) {
		for k, r := range runs {
			out[k] = Align(r.ZH, r.EN, cfg)
		}
		return out
	}
	pb := partBuf{local: make([]int32, len(d.df))}
	for i := range pb.local {
		pb.local[i] = -1
	}
	var cl cells
	z0, e0 := 0, 0
	for k, r := range runs {
		z1, e1 := z0+len(r.ZH), e0+len(r.EN)
		switch n, m := len(r.ZH), len(r.EN); {
		case n == 0 && m == 0:
		case n == 0 || m == 0:
			out[k] = unpaired(n, m)
		default:
			zs, es, df, docIDs := d.part(z0, z1, e0, e1, &pb)
			l := assemble(zs, es, df, d, docIDs, cfg)
			l.cells = cl
			out[k] = l.align(cfg)
			cl = l.cells
		}
		z0, e0 = z1, e1
	}
	return out
}

// prepared reports whether runs are the runs whose segments d holds: the
// same segments, run by run.
func (d *docStats) prepared(runs []Run) bool {
	if d.runs == nil || len(runs) != len(d.runs) {
		return false
	}
	same := func(a, b []Segment) bool {
		return slices.EqualFunc(a, b, func(x, y Segment) bool {
			return x.Text == y.Text && x.Class == y.Class && (x.Anchors == nil) == (y.Anchors == nil) &&
				slices.Equal(x.Anchors, y.Anchors)
		})
	}
	for k, r := range runs {
		if !same(r.ZH, d.runs[k].ZH) || !same(r.EN, d.runs[k].EN) {
			return false
		}
	}
	return true
}

// part returns the Chinese segments z0..z1 and the English segments
// e0..e1 of the document, prepared as prepare prepares them alone: anchor
// ids numbered in the order the part's anchors appear, with the number of
// the part's segments holding each, and each id's document id. What it
// returns lives in pb, and is overwritten by the next part.
func (d *docStats) part(z0, z1, e0, e1 int, pb *partBuf) (zs, es []seg, df []int, docIDs []int32) {
	pb.segs = append(append(pb.segs[:0], d.zs[z0:z1]...), d.es[e0:e1]...)
	zs, es = pb.segs[:z1-z0], pb.segs[z1-z0:]
	a, keys, counts := pb.a[:0], pb.keys[:0], pb.counts[:0]
	df, docIDs = pb.df[:0], pb.docIDs[:0]
	n := 0
	for k := range pb.segs {
		n += len(pb.segs[k].raw)
	}
	keys, counts = slices.Grow(keys, n), slices.Grow(counts, n) // never moved below
	for k := range pb.segs {
		s := &pb.segs[k]
		a = a[:0]
		for _, docID := range s.raw {
			id := pb.local[docID]
			if id < 0 {
				id = int32(len(docIDs))
				pb.local[docID] = id
				docIDs = append(docIDs, docID)
				df = append(df, 0)
			}
			a = append(a, id)
		}
		slices.Sort(a)
		start := len(keys)
		for x, id := range a {
			if x > 0 && a[x-1] == id {
				counts[len(counts)-1]++
				continue
			}
			df[id]++
			keys = append(keys, id)
			counts = append(counts, 1)
		}
		s.keys, s.counts, s.raw = nil, nil, nil
		if end := len(keys); end > start {
			s.keys, s.counts = keys[start:end:end], counts[start:end:end]
		}
	}
	for _, docID := range docIDs {
		pb.local[docID] = -1
	}
	pb.a, pb.keys, pb.counts, pb.df, pb.docIDs = a, keys, counts, df, docIDs
	return zs, es, df, docIDs
}

// partBuf holds the work space of docStats.part, reused from run to run:
// local maps the document's anchor ids to the part's, and is all -1
// between parts.
type partBuf struct {
	local, a, keys, counts, docIDs []int32
	df                             []int
	segs                           []seg
}

// Calibrate returns cfg with Ratio and Spread estimated on a whole document
// (where they are zero in cfg), and with the document's anchor statistics
// (how many paragraphs hold each anchor, how often a translation holds a
// paragraph's anchors), for aligning its parts separately (the runs of an
// interleaved file): a short run of paragraphs has too little text to
// calibrate on, and in it every anchor looks rare. The anchor statistics
// are used for inputs no larger than the document. A whole document needs
// no Calibrate: Align calibrates on its input.
//
// Calibrate searches its first-pass alignment around the diagonal of the
// whole document. When the document's structure already says which parts
// pair up, CalibrateRuns searches only around them, which is faster.
func Calibrate(zh, en []Segment, cfg Config) Config {
	cfg, _ = calibrate(zh, en, cfg, func(l *lattice) result {
		w := cfg.Band
		if w <= 0 {
			w = defaultBand
		}
		diag := diagonal(l.zs, l.es)
		return l.adaptive(diag, diag, w, false, firstRounds)
	})
	return cfg
}

// A Run is a part of a document whose Chinese segments ZH are translated
// by its English segments EN: the run pair of an interleaved file, where a
// run of Chinese paragraphs is followed by the run of their English. Either
// side may be empty.
type Run struct {
	ZH, EN []Segment
}

// CalibrateRuns is Calibrate for a document whose structure already pairs
// its parts: the document is the concatenation of the runs, in order (its
// Chinese segments those of the runs' ZH, its English those of their EN).
//
// The first-pass alignment that the model is calibrated on is searched in
// the corridor of the runs, one segment wider on each side and wider still
// wherever the path touches the edge (so that a bead may cross the
// boundary of two runs, as in a search of the whole document), rather than
// around the diagonal of the whole document, which an interleaved file
// leaves far and often. The work grows with the sizes of the runs, not
// with the distance between the runs and the diagonal: on the corpus
// reports, about a fifteenth of Calibrate's cells, and the same pairs and
// scores. The anchor statistics are those of the whole document.
func CalibrateRuns(runs []Run, cfg Config) Config {
	var zh, en []Segment
	for _, r := range runs {
		zh = append(zh, r.ZH...)
		en = append(en, r.EN...)
	}
	cfg, l := calibrate(zh, en, cfg, func(l *lattice) result {
		cmin, cmax := runCorridor(runs)
		return l.adaptive(cmin, cmax, runBand, false, 0)
	})
	if l != nil {
		// AlignRuns aligns the runs with these segments.
		cfg.doc.zs, cfg.doc.es, cfg.doc.runs = l.zs, l.es, runs
	}
	return cfg
}

// calibrate calibrates the model on the path that first finds with the
// coarse model, and returns it in cfg, with the lattice it calibrated (nil
// when a side is empty).
func calibrate(zh, en []Segment, cfg Config, first func(*lattice) result) (Config, *lattice) {
	if len(zh) == 0 || len(en) == 0 {
		return cfg, nil
	}
	l := newLattice(zh, en, cfg)
	if min(len(zh), len(en)) >= minCalibration {
		l.coarse = true
		l.model = l.recalibrate(first(l).path, cfg)
	}
	cfg.Ratio, cfg.Spread = l.ratio, l.spread
	cfg.doc = l.stats()
	return cfg, l
}

// runBand is the initial half-width of the band of CalibrateRuns's first
// pass around the corridor of the runs. The band widens wherever the path
// touches its edge (see adaptive), so one segment is enough: a bead that
// crosses the boundary of two runs is found all the same.
const runBand = 1

// runCorridor returns, for each row of the lattice of the runs'
// concatenation, the columns of the runs it belongs to: the rows of a run
// span its English segments, and the row where two runs meet spans both.
func runCorridor(runs []Run) (cmin, cmax []int) {
	n := 0
	for _, r := range runs {
		n += len(r.ZH)
	}
	cmin, cmax = make([]int, n+1), make([]int, n+1)
	for i := range cmin {
		cmin[i] = math.MaxInt
	}
	z0, e0 := 0, 0
	for _, r := range runs {
		z1, e1 := z0+len(r.ZH), e0+len(r.EN)
		for i := z0; i <= z1; i++ {
			cmin[i], cmax[i] = min(cmin[i], e0), max(cmax[i], e1)
		}
		z0, e0 = z1, e1
	}
	return cmin, cmax
}

// newLattice prepares the segments and the initial model.
func newLattice(zh, en []Segment, cfg Config) *lattice {
	zs, es, ids, df := prepare(zh, en, cfg)
	var docIDs []int32
	d := cfg.doc
	if d != nil && d.segments < len(zs)+len(es) {
		d = nil
	}
	if d != nil {
		docIDs = make([]int32, len(df))
		for key, id := range ids {
			docID, ok := d.ids[key]
			if !ok {
				docID = -1
			}
			docIDs[id] = docID
		}
	}
	l := assemble(zs, es, df, d, docIDs, cfg)
	l.ids = ids
	return l
}

// assemble returns the lattice of prepared segments whose anchor ids are
// held by df[id] of them. When the input is a part of the calibrated
// document d (nil otherwise), docIDs gives each anchor id its id in the
// document (-1 when the document lacks it).
func assemble(zs, es []seg, df []int, d *docStats, docIDs []int32, cfg Config) *lattice {
	l := &lattice{zs: zs, es: es, model: initialModel(zs, es, cfg)}
	// Anchor statistics: the input's own, or the whole document's when
	// the input is a part of a calibrated document (a short run has too
	// few paragraphs to tell a rare anchor from a common one).
	n := float64(len(zs) + len(es))
	dfs := make([]float64, len(df))
	for id, d := range df {
		dfs[id] = float64(d)
	}
	meanZH, meanEN := meanKeys(zs), meanKeys(es)
	if d != nil {
		n = float64(d.segments)
		for id, docID := range docIDs {
			if docID >= 0 {
				dfs[id] = max(dfs[id], d.df[docID])
			}
		}
		meanZH, meanEN = d.meanZH, d.meanEN
		l.recallZH, l.recallEN = d.recallZH, d.recallEN
		l.part = d.segments > len(zs)+len(es)
	}
	l.df = dfs
	l.mt.weights = anchorWeights(dfs, n)
	l.ev = newEvidence(dfs, n, meanZH, meanEN)
	if d != nil {
		for lang, byID := range d.recall {
			if byID == nil {
				continue
			}
			rs := make([]float64, len(dfs))
			for id, docID := range docIDs {
				if docID >= 0 {
					rs[id] = byID[docID]
				} else {
					rs[id] = [2]float64{d.recallZH, d.recallEN}[lang]
				}
			}
			l.ev.recall[lang] = rs
		}
	}
	l.ms.init(&l.ev, len(dfs), len(zs)+len(es))
	l.sp.m = &l.model
	return l
}

// docStats are the anchor statistics of a whole document, which Calibrate
// passes to the alignment of its parts.
type docStats struct {
	ids                map[string]int32 // the document's anchor ids
	df                 []float64        // segments holding each anchor id
	segments           int
	meanZH, meanEN     float64
	recallZH, recallEN float64
	// Per language, the recall of each anchor id (see estimateRecall);
	// nil when it was not measured.
	recall [2][]float64
	// The document's prepared segments, for the alignment of its runs
	// (see AlignRuns); nil after Calibrate.
	zs, es []seg
	runs   []Run
}

// stats returns the anchor statistics of the lattice's input.
func (l *lattice) stats() *docStats {
	return &docStats{ids: l.ids, df: l.df, segments: len(l.zs) + len(l.es),
		meanZH: l.ev.meanZH, meanEN: l.ev.meanEN, recallZH: l.recallZH, recallEN: l.recallEN,
		recall: l.ev.recall}
}

// adaptive runs the dynamic programme in the band of half-width w around
// the centre. Where the best path touches the band's edge, the band doubles
// its width over a stretch of rows around the place, and the programme runs
// again, until the path touches no edge: the band grows only where the
// alignment strays from the centre. With rounds > 0 it stops after that
// many runs: a first pass only needs a path near the right one. The
// posteriors, when asked for, are computed once, on the final band (the
// forward sums are computed in every run, with the best path, so that the
// final band is not searched twice).
func (l *lattice) adaptive(cmin, cmax []int, w int, posteriors bool, rounds int) result {
	n := len(cmin) - 1
	ws := make([]int, n+1)
	for i := range ws {
		ws[i] = w
	}
	prev := make([]int, n+1)
	for round := 1; ; round++ {
		b := newBand(cmin, cmax, ws, len(l.es))
		copy(prev, ws)
		grown := false
		// The band grows before the posteriors are computed: they are
		// only wanted on the final band.
		grow := func(path []node) bool {
			if round == rounds {
				return false
			}
			for _, r := range b.touched(path) {
				nw := 2 * prev[r]
				reach := nw + l.maxN
				for k := max(0, r-reach); k <= min(n, r+reach); k++ {
					if ws[k] < nw {
						ws[k], grown = nw, true
					}
				}
			}
			return grown
		}
		res := l.run(b, posteriors, grow)
		if !grown {
			return res
		}
	}
}

// initialModel returns the model before calibration: the configured values,
// else the ratio of the input's total lengths and the default spread.
func initialModel(zs, es []seg, cfg Config) model {
	md := model{ratio: cfg.Ratio, spread: cfg.Spread, maxN: cfg.MaxN, priors: defaultPriors(),
		recallZH: defaultRecall, recallEN: defaultRecall}
	if !(md.ratio > 0) || math.IsInf(md.ratio, 0) {
		var tz, te float64
		for _, s := range zs {
			tz += s.length
		}
		for _, s := range es {
			te += s.length
		}
		md.ratio = defaultRatio
		if tz > 0 && te > 0 {
			md.ratio = te / tz
		}
	}
	if !(md.spread > 0) || math.IsInf(md.spread, 0) {
		md.spread = defaultSpread
	}
	if cfg.shapes != nil {
		md.priors = *cfg.shapes
	}
	if md.maxN <= 0 {
		md.maxN = defaultMaxN
	}
	md.maxN = min(md.maxN, maxMaxN, max(len(zs), len(es)))
	return md
}

// recalibrate re-estimates the parts of the model that cfg leaves at zero
// from the beads of a first-pass path: the ratio as the total English
// length over the total Chinese length of the paired beads (so that
// untranslated material does not bias it), the spread as a robust estimate
// (median of the squared deviations over 0.455, the median of a χ² with one
// degree of freedom) on the 1-1 beads.
func (l *lattice) recalibrate(path []node, cfg Config) model {
	md := l.model
	if !(cfg.Ratio > 0) || math.IsInf(cfg.Ratio, 0) {
		var tz, te float64
		paired := 0
		for k := 1; k < len(path); k++ {
			p, q := path[k-1], path[k]
			if p.i == q.i || p.j == q.j {
				continue
			}
			paired++
			for i := p.i; i < q.i; i++ {
				tz += l.zs[i].length
			}
			for j := p.j; j < q.j; j++ {
				te += l.es[j].length
			}
		}
		if paired >= minCalibration && tz > 0 && te > 0 {
			md.ratio = te / tz
		}
	}
	md.priors = estimatePriors(path)
	md.recallZH, md.recallEN = l.estimateRecall(path)
	if !(cfg.Spread > 0) || math.IsInf(cfg.Spread, 0) {
		md.spread = l.estimateSpread(path, md)
	}
	return md
}

// estimateSpread estimates the spread on the 1-1 beads of a path, robustly:
// the median of the squared deviations over 0.455, the median of a χ² with
// one degree of freedom. The wordiness part of the variance is taken out by
// a few fixed-point steps. It returns md.spread when there are too few 1-1
// beads.
func (l *lattice) estimateSpread(path []node, md model) float64 {
	type obs struct{ dev2, v float64 }
	var o []obs
	for k := 1; k < len(path); k++ {
		p, q := path[k-1], path[k]
		if q.i-p.i != 1 || q.j-p.j != 1 {
			continue
		}
		lz, le := l.zs[p.i].length, l.es[p.j].length
		expect := md.ratio * lz
		o = append(o, obs{(le - expect) * (le - expect), (expect+le)/2 + 1})
	}
	if len(o) < minSpreadBeads {
		return md.spread
	}
	s := md.spread
	r := make([]float64, len(o))
	for range 5 {
		for k, x := range o {
			// What the spread would be if this bead deviated by the median.
			r[k] = (x.dev2/0.455 - (wordiness*x.v)*(wordiness*x.v)) / x.v
		}
		slices.Sort(r)
		s = min(maxSpread, max(minSpread, r[len(r)/2]))
	}
	return s
}

// minPriorBeads is the number of first-pass beads needed to re-estimate the
// bead priors: a short input's shapes say little about the translator.
const minPriorBeads = 50

// priorWeight is the weight of the default priors, in beads, against the
// bead shapes counted on a first-pass path.
const priorWeight = 20

// estimatePriors re-estimates the bead priors on a first-pass path: the
// share of each shape, smoothed towards the defaults. A report whose
// English splits half its paragraphs in two makes 1-2 beads cheap; one that
// never does makes them dearer.
func estimatePriors(path []node) priors {
	var n11, n1n, nn1, n22 float64
	for k := 1; k < len(path); k++ {
		dz, de := path[k].i-path[k-1].i, path[k].j-path[k-1].j
		switch {
		case dz == 1 && de == 1:
			n11++
		case dz == 0 || de == 0:
		case dz == 2 && de == 2:
			n22++
		case dz == 1:
			n1n++
		default:
			nn1++
		}
	}
	total := float64(len(path)-1) + priorWeight
	est := func(count, p float64) float64 {
		return -math.Log((count + priorWeight*p) / total)
	}
	if len(path)-1 < minPriorBeads {
		return defaultPriors()
	}
	return priors{
		c11: est(n11, p11),
		c10: -math.Log(p10), // too rare to estimate
		c1n: est(n1n, p1n),
		cn1: est(nn1, p1n),
		c22: est(n22, p22),
	}
}

// Bounds of a calibrated spread: a handful of odd paragraphs must not make
// the length model useless, nor a very literal translation make it brittle.
const (
	minSpread = 1.0
	maxSpread = 50.0
)

// unpaired returns the beads of an alignment where one side is empty.
func unpaired(n, m int) []Bead {
	out := make([]Bead, 0, n+m)
	for i := range n {
		out = append(out, Bead{ZH: []int{i}, Score: 1})
	}
	for j := range m {
		out = append(out, Bead{EN: []int{j}, Score: 1})
	}
	return out
}

// beads converts a path and its posteriors into beads. A run of segments
// left unpaired becomes one bead per segment, the Chinese ones first (the
// order of adjacent gaps is arbitrary, and this one reads naturally), each
// scored with the probability that its segment is unpaired.
func beads(res result) []Bead {
	last := res.path[len(res.path)-1]
	idx := make([]int, last.i+last.j) // one backing array for all indices
	for i := range last.i {
		idx[i] = i
	}
	for j := range last.j {
		idx[last.i+j] = j
	}
	zhSpan := func(a, b int) []int { return idx[a:b:b] }
	enSpan := func(a, b int) []int { return idx[last.i+a : last.i+b : last.i+b] }
	out := make([]Bead, 0, len(res.path)-1)
	var gapEN []int // English segments of the current run of gaps
	flush := func() {
		for _, j := range gapEN {
			out = append(out, Bead{EN: enSpan(j, j+1), Score: res.aloneEN[j]})
		}
		gapEN = gapEN[:0]
	}
	for k := 1; k < len(res.path); k++ {
		p, q := res.path[k-1], res.path[k]
		switch {
		case p.j == q.j:
			for i := p.i; i < q.i; i++ {
				out = append(out, Bead{ZH: zhSpan(i, i+1), Score: res.aloneZH[i]})
			}
		case p.i == q.i:
			for j := p.j; j < q.j; j++ {
				gapEN = append(gapEN, j)
			}
		default:
			flush()
			out = append(out, Bead{ZH: zhSpan(p.i, q.i), EN: enSpan(p.j, q.j), Score: res.scores[k-1]})
		}
	}
	flush()
	return out
}

// minRecallBeads is the number of 1-1 beads whose anchors are needed to
// measure the recall of the anchors.
const minRecallBeads = 30

// Bounds of a measured recall: anchors found only by chance carry no
// evidence, and no extraction is perfect.
const (
	minRecall = 0.3
	maxRecall = 0.95
)

// estimateRecall measures, on the 1-1 beads of a first-pass path, the
// share of the anchors of a Chinese segment found in its English, and the
// reverse. The anchors need not be symmetric: numbers written as words in
// English and as digits in Chinese are found one way only. It returns the
// defaults when the path has too few 1-1 beads with anchors.
//
// It also measures the recall of each anchor in each language, smoothed
// towards the language's (see anchorRecall), and stores it in l.ev: the
// asymmetry is a property of each term as much as of the language (an
// English "policy" is found by itself, the Chinese 政策 inside a longer
// term such as 财政政策, which takes its place).
func (l *lattice) estimateRecall(path []node) (zh, en float64) {
	var nz, hz, ne, he float64
	ids := len(l.df)
	seen := [2][]int32{make([]int32, ids), make([]int32, ids)}
	found := [2][]int32{make([]int32, ids), make([]int32, ids)}
	beads := 0
	for k := 1; k < len(path); k++ {
		p, q := path[k-1], path[k]
		if q.i-p.i != 1 || q.j-p.j != 1 {
			continue
		}
		z, e := &l.zs[p.i], &l.es[p.j]
		if len(z.keys) == 0 && len(e.keys) == 0 {
			continue
		}
		beads++
		common := float64(commonKeys(z.keys, e.keys))
		nz += float64(len(z.keys))
		ne += float64(len(e.keys))
		hz += common
		he += common
		count(seen[langZH], found[langZH], z.keys, e.keys)
		count(seen[langEN], found[langEN], e.keys, z.keys)
	}
	if beads < minRecallBeads {
		return l.recallZH, l.recallEN
	}
	clamp := func(hit, n float64) float64 {
		if n == 0 {
			return defaultRecall
		}
		return min(maxRecall, max(minRecall, hit/n))
	}
	zh, en = clamp(hz, nz), clamp(he, ne)
	for lang, r := range [2]float64{zh, en} {
		rs := make([]float64, ids)
		for id := range rs {
			rs[id] = anchorRecall(float64(found[lang][id]), float64(seen[lang][id]), r)
		}
		l.ev.recall[lang] = rs
	}
	return zh, en
}

// count adds, for each anchor id of a, one to seen and, when b holds it
// too, one to found. Both lists are ascending.
func count(seen, found []int32, a, b []int32) {
	x := 0
	for _, id := range a {
		seen[id]++
		for x < len(b) && b[x] < id {
			x++
		}
		if x < len(b) && b[x] == id {
			found[id]++
		}
	}
}

// recallWeight is the weight, in observations, of a language's recall in
// the recall of one anchor: an anchor seen in a handful of beads keeps
// close to its language's.
const recallWeight = 3

// anchorRecall is the recall of an anchor whose translation held it hit
// times out of n, smoothed towards the recall r of its language.
func anchorRecall(hit, n, r float64) float64 {
	return min(maxRecall, max(minRecall, (hit+recallWeight*r)/(n+recallWeight)))
}

// commonKeys counts the ids two ascending lists share.
func commonKeys(a, b []int32) int {
	n, x := 0, 0
	for _, id := range a {
		for x < len(b) && b[x] < id {
			x++
		}
		if x < len(b) && b[x] == id {
			n++
		}
	}
	return n
}
