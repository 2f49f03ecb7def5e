package align

import "math"

// A band is the part of the (Chinese prefix, English prefix) lattice that
// the dynamic programme visits: for each row i (i Chinese segments
// consumed), the columns lo[i]..hi[i] (English segments consumed). Both
// bounds are non-decreasing, consecutive rows overlap, and the band holds
// (0,0) and (n,m), so a path of 1-0 and 0-1 beads always exists.
type band struct {
	lo, hi []int
	off    []int // offset of row i in the cell arrays
	size   int   // number of cells
	m      int
}

// newBand returns the band around a centre that occupies columns
// cmin[i]..cmax[i] in row i (both non-decreasing), w[i] columns wider on
// each side. Where the widths differ the band is widened further, never
// narrowed, to keep its bounds non-decreasing and its rows overlapping.
func newBand(cmin, cmax, w []int, m int) *band {
	n := len(cmin) - 1
	b := &band{lo: make([]int, n+1), hi: make([]int, n+1), off: make([]int, n+1), m: m}
	for i := range cmin {
		b.lo[i] = max(0, cmin[i]-w[i])
		b.hi[i] = min(m, cmax[i]+w[i])
	}
	b.lo[0], b.hi[n] = 0, m
	for i := n - 1; i >= 0; i-- {
		b.lo[i] = min(b.lo[i], b.lo[i+1])
	}
	for i := 1; i <= n; i++ {
		b.hi[i] = max(b.hi[i], b.hi[i-1])
		b.lo[i] = min(b.lo[i], b.hi[i-1]) // overlap the row above
	}
	for i := range b.lo {
		b.off[i] = b.size
		b.size += b.hi[i] - b.lo[i] + 1
	}
	return b
}

func (b *band) in(i, j int) bool { return j >= b.lo[i] && j <= b.hi[i] }

func (b *band) at(i, j int) int { return b.off[i] + j - b.lo[i] }

// touched returns the rows where a path lies on an edge of the band that is
// not an edge of the lattice: there the band may have cut off a better
// path. A bead that spans several rows (a run of unpaired Chinese segments,
// an n-1 bead) touches where it passes any of them at an edge.
func (b *band) touched(path []node) []int {
	var rows []int
	edge := func(r, j0, j1 int) {
		if (j0 <= b.lo[r] && b.lo[r] > 0) || (j1 >= b.hi[r] && b.hi[r] < b.m) {
			rows = append(rows, r)
		}
	}
	for k := 1; k < len(path); k++ {
		p, q := path[k-1], path[k]
		if p.i == q.i { // a run of unpaired English segments
			edge(p.i, p.j, q.j)
			continue
		}
		edge(p.i, p.j, p.j)
		edge(q.i, q.j, q.j)
		for r := p.i + 1; r < q.i; r++ { // rows the bead jumps over
			edge(r, p.j, q.j)
		}
	}
	return rows
}

// diagonal returns the length-proportional diagonal: for each row i, the
// column whose share of the English text is nearest the share of the
// Chinese text in the first i segments. Every segment counts one character
// more than its length, so that empty segments still advance.
func diagonal(zs, es []seg) []int {
	pz := make([]float64, len(zs)+1)
	for i, s := range zs {
		pz[i+1] = pz[i] + s.length + 1
	}
	pe := make([]float64, len(es)+1)
	for j, s := range es {
		pe[j+1] = pe[j] + s.length + 1
	}
	c := make([]int, len(zs)+1)
	j := 0
	for i := range c {
		t := pz[i] / pz[len(zs)] * pe[len(es)]
		for j < len(es) && pe[j+1] <= t {
			j++
		}
		if j < len(es) && pe[j+1]-t < t-pe[j] {
			c[i] = j + 1
		} else {
			c[i] = j
		}
	}
	c[len(zs)] = len(es)
	return c
}

// corridor returns, for each row, the columns a path occupies; rows that a
// n-1 bead jumps over get the columns it spans.
func corridor(path []node, n int) (cmin, cmax []int) {
	cmin = make([]int, n+1)
	cmax = make([]int, n+1)
	for i := range cmin {
		cmin[i] = math.MaxInt
		cmax[i] = -1
	}
	for k, p := range path {
		cmin[p.i] = min(cmin[p.i], p.j)
		cmax[p.i] = max(cmax[p.i], p.j)
		if k > 0 {
			q := path[k-1]
			for i := q.i + 1; i < p.i; i++ {
				cmin[i] = min(cmin[i], q.j)
				cmax[i] = max(cmax[i], p.j)
			}
		}
	}
	return cmin, cmax
}

// A node is a lattice point on a path: i Chinese and j English segments
// consumed.
type node struct{ i, j int }

// An edge is a bead ending at the cell being computed.
type edge struct {
	i0, j0 int // where the bead starts
	cost   float64
}

// lattice computes bead costs over prepared segments.
type lattice struct {
	zs, es []seg
	model
	mt    matcher
	sp    splitter
	ms    members
	ev    evidence
	ids   map[string]int32 // anchor ids
	df    []float64        // segments holding each anchor id
	edges []edge
	cells cells
	// coarse skips the sub-alignment of 1-n beads: the first pass only
	// needs a path close to the right one, to calibrate on and to search
	// around.
	coarse bool
}

// incoming lists the beads that end at cell (i,j) and start inside b, with
// their costs, in a fixed order.
func (l *lattice) incoming(i, j int, b *band) []edge {
	l.edges = l.edges[:0]
	// 1-k beads, k = 1..maxN: one Chinese segment, English segments
	// added backwards from j-1.
	if i >= 1 {
		z := &l.zs[i-1]
		l.mt.reset(z)
		l.sp.reset(z, true)
		l.ms.reset(z, false, &l.model)
		cm := classMix{}
		cm.add(z.class)
		le, keys := 0.0, 0.0
		// The base's missing anchors change only when a line with
		// anchors joins the bead.
		missing, stale := 0.0, true
		for k := 1; k <= l.maxN && j-k >= 0; k++ {
			j0 := j - k
			if j0 < b.lo[i-1] {
				break
			}
			e := &l.es[j0]
			le += e.length
			l.mt.add(e)
			cm.add(e.class)
			l.ms.add(e)
			keys += float64(len(e.keys))
			stale = stale || len(e.keys) > 0
			d := l.delta(z.length, le)
			if d > maxDelta {
				break // only grows from here
			}
			l.sp.push(e)
			if j0 > b.hi[i-1] || d < -maxDelta {
				continue
			}
			c := l.prior(1, k) + l.lengthCost(d, k) - l.mt.shared + agreeCost(z.end, l.es[j-1].end)
			if stale {
				missing, stale = l.ev.missingBase(z, true, &l.mt, keys, &l.model), false
			}
			c += l.ms.total + missing
			if cm.mixed {
				c += classPenalty
			}
			l.edges = append(l.edges, edge{i - 1, j0, c})
		}
	}
	// k-1 beads, k = 2..maxN: one English segment, Chinese segments added
	// backwards from i-1.
	if j >= 1 && i >= 2 {
		e := &l.es[j-1]
		l.mt.reset(e)
		l.sp.reset(e, false)
		l.ms.reset(e, true, &l.model)
		cm := classMix{}
		cm.add(e.class)
		lz, keys := 0.0, 0.0
		missing, stale := 0.0, true
		for k := 1; k <= l.maxN && i-k >= 0; k++ {
			i0 := i - k
			if j-1 > b.hi[i0] {
				break
			}
			z := &l.zs[i0]
			lz += z.length
			l.mt.add(z)
			cm.add(z.class)
			l.ms.add(z)
			keys += float64(len(z.keys))
			stale = stale || len(z.keys) > 0
			d := l.delta(lz, e.length)
			if d < -maxDelta {
				break // only shrinks from here
			}
			l.sp.push(z)
			if k == 1 || j-1 < b.lo[i0] || d > maxDelta {
				continue
			}
			if stale {
				missing, stale = l.ev.missingBase(e, false, &l.mt, keys, &l.model), false
			}
			c := l.prior(k, 1) + l.lengthCost(d, k) - l.mt.shared + agreeCost(l.zs[i-1].end, e.end) + l.ms.total + missing
			if cm.mixed {
				c += classPenalty
			}
			l.edges = append(l.edges, edge{i0, j - 1, c})
		}
	}
	// 2-2 beads.
	if i >= 2 && j >= 2 && b.in(i-2, j-2) {
		z1, z2, e1, e2 := &l.zs[i-2], &l.zs[i-1], &l.es[j-2], &l.es[j-1]
		d := l.delta(z1.length+z2.length, e1.length+e2.length)
		if math.Abs(d) <= maxDelta {
			l.mt.reset2(z1, z2)
			l.mt.add(e1)
			l.mt.add(e2)
			cm := classMix{}
			cm.add(z1.class)
			cm.add(z2.class)
			cm.add(e1.class)
			cm.add(e2.class)
			c := l.c22 + tailCost(d) - l.mt.shared + agreeCost(z2.end, e2.end)
			c += l.ev.missing(z1, true, e1, e2, &l.model) + l.ev.missing(z2, true, e1, e2, &l.model) +
				l.ev.missing(e1, false, z1, z2, &l.model) + l.ev.missing(e2, false, z1, z2, &l.model)
			if z1.end >= clause && e1.end >= clause {
				c += wrapCost
			}
			if cm.mixed {
				c += classPenalty
			}
			l.edges = append(l.edges, edge{i - 2, j - 2, c})
		}
	}
	return l.edges
}

// lengthCost is the length cost of a bead of one paragraph against k lines
// whose total deviation is d: the total's cost, plus that of the
// boundaries between the lines (see splitter).
//
// In a coarse pass the boundaries are not examined: each costs coarseCut,
// about what a boundary that fits costs on average.
func (l *lattice) lengthCost(d float64, k int) float64 {
	if l.coarse {
		return tailCost(d) + coarseCut*float64(k-1)
	}
	return tailCost(d) + l.sp.cost()
}

// coarseCut is the cost of a boundary between the lines of a 1-n bead in a
// coarse pass.
const coarseCut = 0.5

// softmin returns −log(exp(−a) + exp(−b)).
func softmin(a, b float64) float64 {
	if math.IsInf(a, 1) {
		return b
	}
	if math.IsInf(b, 1) {
		return a
	}
	lo, hi := min(a, b), max(a, b)
	if hi-lo > 36 {
		return lo // exp(-36) is below the precision of lo
	}
	return lo - math.Log1p(math.Exp(lo-hi))
}

// result is the outcome of one dynamic programme over a band.
type result struct {
	path   []node    // (0,0) … (n,m)
	scores []float64 // posterior of each bead of path; nil unless asked
	// Posterior probability that each Chinese (English) segment is left
	// unpaired, whatever the order of the gaps around it; nil unless asked.
	aloneZH, aloneEN []float64
}

// run computes the cheapest path through b and, when posteriors is set, the
// posterior probability of each of its beads by the forward-backward
// algorithm over the same band.
//
// Runs of unpaired segments (gaps) cost c10 + gapStep·(k-1) for k
// segments, whatever k: as in Gotoh's affine gaps, each cell keeps the best
// (and the summed) cost of a gap ending there, one per language, so that a
// gap costs the same work as a bead however long it is.
//
// When stop is not nil and returns true for the best path, run returns the
// path without its posteriors.
func (l *lattice) run(b *band, posteriors bool, stop func([]node) bool) result {
	n, m := len(l.zs), len(l.es)
	inf := math.Inf(1)
	// The posteriors are those of the model with its costs divided by a
	// temperature (see temperature): cool multiplies every cost.
	cool := 1 / l.temperature()
	// The cell arrays are reused from run to run (see cells); every cell
	// of the band is written before it is read.
	cl := &l.cells
	best := grow(&cl.best, b.size)
	from := grow(&cl.from, b.size) // index of the start cell of the best bead
	// Best cost of a Chinese (English) gap ending at the cell without its
	// opening cost, and where it starts.
	gz, ge := grow(&cl.gz, b.size), grow(&cl.ge, b.size)
	gzFrom, geFrom := grow(&cl.gzFrom, b.size), grow(&cl.geFrom, b.size)
	var fwd, fz, fe []float64 // the same, summed over paths
	// With the posteriors, the beads ending at each cell are kept for the
	// backward pass: those of cell x are kept[start[x]:start[x+1]].
	var start []int
	kept := cl.beads[:0]
	if posteriors {
		fwd, fz, fe = grow(&cl.fwd, b.size), grow(&cl.fz, b.size), grow(&cl.fe, b.size)
		start = grow(&cl.start, b.size+1)
	}
	for i := 0; i <= n; i++ {
		for j := b.lo[i]; j <= b.hi[i]; j++ {
			x := b.at(i, j)
			best[x], from[x], gz[x], ge[x] = inf, -1, inf, inf
			if posteriors {
				fwd[x], fz[x], fe[x] = inf, inf, inf
				start[x] = len(kept)
			}
			if i == 0 && j == 0 {
				best[x] = 0
				if posteriors {
					fwd[x] = 0
				}
				continue
			}
			if i >= 1 && b.in(i-1, j) {
				y := b.at(i-1, j)
				gz[x], gzFrom[x] = best[y], int32(y)
				if gz[y]+gapStep < gz[x] {
					gz[x], gzFrom[x] = gz[y]+gapStep, gzFrom[y]
				}
				best[x], from[x] = gz[x]+l.c10, gzFrom[x]
				if posteriors {
					fz[x] = softmin(fwd[y], fz[y]+gapStep*cool)
					fwd[x] = fz[x] + l.c10*cool
				}
			}
			if j >= 1 && b.in(i, j-1) {
				y := b.at(i, j-1)
				ge[x], geFrom[x] = best[y], int32(y)
				if ge[y]+gapStep < ge[x] {
					ge[x], geFrom[x] = ge[y]+gapStep, geFrom[y]
				}
				if c := ge[x] + l.c10; c < best[x] {
					best[x], from[x] = c, geFrom[x]
				}
				if posteriors {
					fe[x] = softmin(fwd[y], fe[y]+gapStep*cool)
					fwd[x] = softmin(fwd[x], fe[x]+l.c10*cool)
				}
			}
			for _, e := range l.incoming(i, j, b) {
				y := b.at(e.i0, e.j0)
				if c := best[y] + e.cost; c < best[x] {
					best[x], from[x] = c, int32(y)
				}
				if posteriors {
					fwd[x] = softmin(fwd[x], fwd[y]+e.cost*cool)
					kept = append(kept, cellBead{int32(y), e.cost})
				}
			}
		}
	}
	if posteriors {
		start[b.size] = len(kept)
		cl.beads = kept
	}
	// Trace the best path back from (n,m); cells are recovered from their
	// index by walking the rows.
	var rev []node
	i, j := n, m
	for {
		rev = append(rev, node{i, j})
		y := from[b.at(i, j)]
		if y < 0 {
			break
		}
		for int(y) < b.off[i] {
			i--
		}
		j = int(y) - b.off[i] + b.lo[i]
	}
	path := make([]node, len(rev))
	for k, p := range rev {
		path[len(rev)-1-k] = p
	}
	res := result{path: path}
	stopped := stop != nil && stop(path)
	if !posteriors || stopped {
		return res
	}
	// The backward pass reuses the Viterbi arrays: bz (be) holds the summed
	// cost of a Chinese (English) gap starting at the cell, without its
	// opening cost.
	bwd, bz, be := best, gz, ge
	for x := range bwd {
		bwd[x], bz[x], be[x] = inf, inf, inf
	}
	bwd[b.at(n, m)] = 0
	z := fwd[b.at(n, m)]
	for i := n; i >= 0; i-- {
		for j := b.hi[i]; j >= b.lo[i]; j-- {
			x := b.at(i, j)
			if i < n && b.in(i+1, j) {
				y := b.at(i+1, j)
				bz[x] = softmin(bwd[y], bz[y]+gapStep*cool)
				bwd[x] = softmin(bwd[x], bz[x]+l.c10*cool)
			}
			if j < m && b.in(i, j+1) {
				y := b.at(i, j+1)
				be[x] = softmin(bwd[y], be[y]+gapStep*cool)
				bwd[x] = softmin(bwd[x], be[x]+l.c10*cool)
			}
			if math.IsInf(bwd[x], 1) {
				continue
			}
			for _, e := range kept[start[x]:start[x+1]] {
				bwd[e.from] = softmin(bwd[e.from], e.cost*cool+bwd[x])
			}
		}
	}
	// A Chinese segment i is unpaired when a gap crosses from row i to row
	// i+1 in some column j: a gap reaching (i+1, j) from above (fz) that
	// goes on from (i, j) downwards (bz). Likewise across columns.
	res.aloneZH = make([]float64, n)
	for i := range n {
		p := 0.0
		for j := max(b.lo[i], b.lo[i+1]); j <= min(b.hi[i], b.hi[i+1]); j++ {
			p += posterior(fz[b.at(i+1, j)] + l.c10*cool + bz[b.at(i, j)] - z)
		}
		res.aloneZH[i] = min(1, p)
	}
	res.aloneEN = make([]float64, m)
	for i := 0; i <= n; i++ {
		for j := b.lo[i]; j < b.hi[i]; j++ {
			res.aloneEN[j] += posterior(fe[b.at(i, j+1)] + l.c10*cool + be[b.at(i, j)] - z)
		}
	}
	for j := range res.aloneEN {
		res.aloneEN[j] = min(1, res.aloneEN[j])
	}
	res.scores = make([]float64, len(path)-1)
	for k := 1; k < len(path); k++ {
		p, q := path[k-1], path[k]
		if p.i == q.i || p.j == q.j {
			continue // gaps are scored segment by segment
		}
		c := math.Inf(1) // the cost of the bead from p to q
		x, y := b.at(q.i, q.j), int32(b.at(p.i, p.j))
		for _, e := range kept[start[x]:start[x+1]] {
			if e.from == y {
				c = e.cost
				break
			}
		}
		res.scores[k-1] = posterior(fwd[b.at(p.i, p.j)] + c*cool + bwd[b.at(q.i, q.j)] - z)
	}
	return res
}

// cells holds the cell arrays of run, kept by the lattice so that the
// runs of one alignment share them.
type cells struct {
	best, gz, ge, fwd, fz, fe []float64
	from, gzFrom, geFrom      []int32
	start                     []int
	beads                     []cellBead
}

// A cellBead is a bead ending at a cell, as the forward pass keeps it for
// the backward pass: the index of its start cell, and its cost.
type cellBead struct {
	from int32
	cost float64
}

// grow returns (*buf)[:n], reallocating *buf when it is too short. The
// contents are not cleared.
func grow[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n)
	}
	*buf = (*buf)[:n]
	return *buf
}

// posterior turns a cost relative to the total into a probability in
// [0,1].
func posterior(c float64) float64 {
	if math.IsNaN(c) || c > 700 {
		return 0
	}
	return min(1, max(0, math.Exp(-c)))
}
