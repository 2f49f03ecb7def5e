package align

import (
	"math"
	"math/bits"
	"slices"
	"unicode/utf8"
)

// Default model parameters. They are properties of translation in general,
// not of one document: the ratio and the spread are recalibrated on every
// input.
const (
	defaultMaxN   = 24
	defaultSpread = 6.8 // Gale and Church (1993), variance per character
	wordiness     = 0.1 // standard deviation of a paragraph's length ratio, relative
	defaultRatio  = 4.0 // English characters per Chinese character, only for inputs with no text to measure

	// Bead priors, as probabilities of a bead's shape: 1-1 is by far the
	// most common bead; the others follow Gale and Church's proportions,
	// 1-0 and 0-1 rarer (official translations seldom leave a paragraph
	// out). All but 1-0 and 0-1 are re-estimated on the input when it is
	// long enough (see estimatePriors). 1-n for n > 2 pays stepCost more for
	// each further line.
	p11      = 0.89
	p10      = 0.0009 // each of 1-0 and 0-1
	p1n      = 0.045  // each of 1-n and n-1, n ≥ 2
	p22      = 0.011
	stepCost = 0.7
	// gapStep is the cost of each further segment of a run left unpaired:
	// a stretch left untranslated is one event, not many.
	gapStep = 1.5

	// wrapCost is added to a 2-2 bead whose first lines both end a
	// sentence or a clause: 2-2 is for a line wrapped at different places
	// in the two languages, and neither of these was cut.
	wrapCost = 6.0

	// classPenalty is added to a bead that joins segments of different
	// non-empty classes: far more than leaving both segments unpaired.
	classPenalty = 40.0

	// maxDelta bounds the length deviation, in standard deviations, of the
	// beads considered at all. A bead this far off costs about 27 nats,
	// more than leaving its segments unpaired would: its posterior is
	// negligible.
	maxDelta = 7.0

	// Anchor weights: a shared anchor is worth between minAnchor and
	// maxAnchor nats, rarer anchors more (see anchorWeights).
	minAnchor = 0.5
	maxAnchor = 3.0
)

// absenceScale scales the log-likelihood ratio of missing anchors (see
// evidence): the anchors of a paragraph are not independent (a term and
// its number come together, a long paragraph is loosely translated
// throughout), so each counts for less than its odds say. On the corpus
// any value from 0.7 to 0.9 keeps every pair of the gold and finds every
// paragraph left untranslated; 0.5 lets a short untranslated paragraph be
// swallowed by its neighbour's bead again, 1 starts splitting true 1-2
// beads.
const absenceScale = 0.8

// defaultRecall is the probability that the translation of a paragraph
// holds a given anchor of it, before it is measured on the input (see
// estimateRecall): on the corpus, with numbers and the lexicon's terms,
// the median paragraph finds 0.86 of its anchors (by weight) in its
// translation; a little less leaves room for looser translations.
const defaultRecall = 0.8

// seg is a segment as the cost model sees it.
type seg struct {
	length float64   // characters, not counting white space
	keys   []int32   // distinct anchor ids, ascending
	counts []int32   // how many times the segment holds each
	raw    []int32   // the anchor ids in the order of the anchors, repeats kept
	class  int32     // 0 when unknown
	cuts   []float64 // clause boundaries (see cutsOf)
	kinds  []punct   // the punctuation at each boundary
	end    punct     // the punctuation that ends the segment
}

// model is the calibrated cost model of one alignment.
type model struct {
	ratio  float64 // English characters per Chinese character
	spread float64 // variance of the English length per English character
	maxN   int
	priors
	// recallZH is the probability that an anchor of a Chinese segment is
	// found in its translation; recallEN the same for an English segment.
	recallZH, recallEN float64
	// part is set when the input is a part of a calibrated document.
	part bool
}

// isSpace is unicode.IsSpace, quick on the Chinese characters that make up
// most of the input (Unicode's White_Space property: the Zs, Zl and Zp
// categories and the ASCII controls \t to \r, U+0085).
func isSpace(r rune) bool {
	switch {
	case r < 0x80:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r < 0x1680:
		return r == 0x85 || r == 0xA0
	}
	return r == 0x1680 || r >= 0x2000 && r <= 0x200A || r == 0x2028 || r == 0x2029 ||
		r == 0x202F || r == 0x205F || r == 0x3000
}

// prepare turns the Chinese and English segments into the cost model's
// view: lengths, anchor ids with their weights, class ids.
func prepare(zh, en []Segment, cfg Config) (zs, es []seg, ids map[string]int32, df []int) {
	ids = map[string]int32{}
	classes := map[string]int32{}
	// df is the number of segments holding each anchor id.
	// The keys, counts, cuts and kinds of all segments are cut from shared
	// backing arrays, each segment's capped to its length.
	var (
		a                []int32 // a segment's anchor ids, sorted
		keyBuf, countBuf []int32
		rawBuf           []int32
		cutBuf           []float64
		kindBuf          []punct
		total            int
	)
	conv := func(in []Segment, chinese bool) []seg {
		out := make([]seg, len(in))
		for k, s := range in {
			keys := s.Anchors
			if keys == nil {
				if cfg.Anchors != nil {
					keys = cfg.Anchors(s.Text)
				} else {
					keys = NumberAnchors(s.Text)
				}
			}
			a = a[:0]
			for _, key := range keys {
				id, ok := ids[key]
				if !ok {
					id = int32(len(ids))
					ids[key] = id
					df = append(df, 0)
				}
				a = append(a, id)
			}
			if start := len(rawBuf); len(a) > 0 {
				rawBuf = append(rawBuf, a...)
				out[k].raw = rawBuf[start:len(rawBuf):len(rawBuf)]
			}
			slices.Sort(a)
			for x, id := range a {
				if x == 0 || a[x-1] != id {
					df[id]++
				}
			}
			if s.Class != "" {
				c, ok := classes[s.Class]
				if !ok {
					c = int32(len(classes) + 1)
					classes[s.Class] = c
				}
				out[k].class = c
			}
			start := len(keyBuf)
			for x, id := range a {
				if x > 0 && a[x-1] == id {
					countBuf[len(countBuf)-1]++
					continue
				}
				keyBuf = append(keyBuf, id)
				countBuf = append(countBuf, 1)
			}
			if end := len(keyBuf); end > start {
				out[k].keys, out[k].counts = keyBuf[start:end:end], countBuf[start:end:end]
			}
			start = len(cutBuf)
			cutBuf, kindBuf, total = cutsOf(s.Text, chinese, cutBuf, kindBuf)
			if end := len(cutBuf); end > start {
				out[k].cuts, out[k].kinds = cutBuf[start:end:end], kindBuf[start:end:end]
			}
			out[k].length = float64(total)
			out[k].end = endOf(s.Text)
		}
		return out
	}
	zs = conv(zh, true)
	es = conv(en, false)
	return zs, es, ids, df
}

// newEvidence returns the evidence model of segments whose anchors are
// held by df[id] of n segments, and the mean number of anchors of a
// segment of each language.
func newEvidence(df []float64, n, meanZH, meanEN float64) evidence {
	ev := evidence{chance: make([]float64, len(df)), meanZH: max(1, meanZH), meanEN: max(1, meanEN)}
	for id, d := range df {
		ev.chance[id] = d / max(1, n)
	}
	return ev
}

// meanKeys is the mean number of distinct anchors of the segments.
func meanKeys(ss []seg) float64 {
	k := 0
	for _, s := range ss {
		k += len(s.keys)
	}
	return float64(k) / float64(max(1, len(ss)))
}

// evidence scores the anchors of one segment of a paired bead as a
// likelihood ratio: how likely is the pattern of its anchors found and
// missed on the other side if the bead is right, against if the other
// side were an unrelated paragraph? A correct translation holds an anchor
// with probability recall (measured on the input, see estimateRecall); an
// unrelated paragraph holds it by chance, the more likely the more common
// the anchor and the more anchors that paragraph has. Each anchor found
// is worth log(recall/chance), each anchor missed log((1−recall)/(1−chance)):
// a paragraph whose rare anchors are all missing on the other side is
// probably not translated there, however well the lengths fit.
type evidence struct {
	chance []float64 // per anchor id: the share of segments holding it
	// recall[langZH] (recall[langEN]) holds, per anchor id, the recall of
	// that anchor in a Chinese (English) segment; nil until measured
	// (see estimateRecall), when the model's recall of the language
	// serves.
	recall [2][]float64
	// Mean number of distinct anchors of a segment, by language: a
	// paragraph with more anchors than the mean holds a given one by
	// chance more often.
	meanZH, meanEN float64
	// cache memoises the terms, by language.
	cache [2]termCache
}

// term is the log-likelihood ratio of one anchor of id, held by a segment
// of language lang, found or missed on a side of k distinct anchors, with
// the anchor's recall in that language, else r; 0 when the anchor is
// common enough to be found by chance as often as in a translation.
//
// The dynamic programme scores the same anchors against the same numbers
// of anchors over and over: it looks the terms up in a termCache (see
// terms), which gives the same values.
func (ev *evidence) term(id int32, hit bool, k, mean, r float64, lang int) float64 {
	if rs := ev.recall[lang]; rs != nil {
		r = rs[id]
	}
	q := min(maxChance, ev.chance[id]*max(minSize, k/mean))
	if q >= r {
		return 0
	}
	if hit {
		return math.Log(r / q)
	}
	return math.Log((1 - r) / (1 - q))
}

// terms returns the memo of the terms of language lang with the mean and
// the recall r (see term), emptied when it held terms for other values or
// for other recalls by anchor (after a recalibration).
func (ev *evidence) terms(lang int, mean, r float64) *termCache {
	tc := &ev.cache[lang]
	rs := ev.recall[lang]
	if tc.slots == nil || tc.mean != mean || tc.r != r || !sameSlice(tc.recall, rs) || !sameSlice(tc.chance, ev.chance) {
		tc.init(mean, r, rs, ev.chance)
		tc.lang = lang
	}
	return tc
}

// A termCache memoises the terms of one language (see evidence.term): a
// direct-mapped table keyed by anchor id, hit and k, for one mean, one
// recall of the language and one slice of recalls by anchor. A slot holds
// the value term computes, so the cache changes no result.
type termCache struct {
	slots          []termSlot
	shift          uint // 64 − log2(len(slots))
	misses         int  // since the table was allocated
	lang           int
	mean, r        float64
	recall, chance []float64 // evidence.recall[lang] and evidence.chance
}

// A termSlot is one memoised term. Its key packs 2·id + 1 (plus 1 for a
// hit) in the high half and k in the low half; 0 marks an empty slot.
type termSlot struct {
	key uint64
	v   float64
}

// Bounds of the size of a termCache, in slots. The table starts small and
// doubles whenever it has missed more than termGrowth times its size, up to
// termSlotsPerID per anchor id: a short input (a run of an interleaved
// file) scores few terms, and a large table would cost more to allocate
// than it saves.
const (
	minTermSlots   = 64
	maxTermSlots   = 1 << 15
	termSlotsPerID = 64
	termGrowth     = 2
)

// init empties the cache (allocating it the first time) and fixes what its
// terms are valid for.
func (tc *termCache) init(mean, r float64, recall, chance []float64) {
	if tc.slots == nil {
		tc.resize(minTermSlots)
	} else {
		clear(tc.slots)
	}
	tc.mean, tc.r, tc.recall, tc.chance = mean, r, recall, chance
}

// resize replaces the table by an empty one of size slots, a power of two.
func (tc *termCache) resize(size int) {
	tc.slots = make([]termSlot, size)
	tc.shift = uint(64 - bits.TrailingZeros(uint(size)))
	tc.misses = 0
}

// term returns evidence.term of the anchor id, memoised. k is a count of
// anchors, a whole number; any other k is not memoised.
func (tc *termCache) term(ev *evidence, id int32, hit bool, k float64) float64 {
	if !(k >= 0 && k < 1<<32) || k != math.Trunc(k) {
		return ev.term(id, hit, k, tc.mean, tc.r, tc.lang)
	}
	key := uint64(id)<<1 + 1
	if hit {
		key++
	}
	key = key<<32 | uint64(k)
	e := &tc.slots[(key*0x9E3779B97F4A7C15)>>tc.shift]
	if e.key == key {
		return e.v
	}
	v := ev.term(id, hit, k, tc.mean, tc.r, tc.lang)
	if tc.misses++; tc.misses > termGrowth*len(tc.slots) &&
		len(tc.slots) < min(maxTermSlots, termSlotsPerID*len(tc.chance)) {
		tc.resize(2 * len(tc.slots))
		e = &tc.slots[(key*0x9E3779B97F4A7C15)>>tc.shift]
	}
	*e = termSlot{key: key, v: v}
	return v
}

// sameSlice reports whether a and b are the same slice (not merely equal).
func sameSlice(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0]
}

// Languages, as indices of evidence.recall.
const (
	langZH = 0
	langEN = 1
)

// Bounds of the chance that a paragraph holds an anchor, and of the size
// of a paragraph relative to the mean.
const (
	maxChance = 0.95
	minSize   = 0.25
)

// missing is the cost of the anchors of s (Chinese when zh) missed by the
// other side of its bead, the segments a and b (b may be nil): minus the
// log-likelihood ratio of its anchors, times absenceScale, when that is
// negative, else 0 (the anchors found are rewarded as shared anchors).
func (ev *evidence) missing(s *seg, zh bool, a, b *seg, m *model) float64 {
	if len(s.keys) == 0 {
		return 0
	}
	k := float64(len(a.keys))
	if b != nil {
		k += float64(len(b.keys))
	}
	lang, mean, r := langZH, ev.meanEN, m.recallZH
	if !zh {
		lang, mean, r = langEN, ev.meanZH, m.recallEN
	}
	tc := ev.terms(lang, mean, r)
	lr := 0.0
	x, y := 0, 0
	for _, id := range s.keys {
		for x < len(a.keys) && a.keys[x] < id {
			x++
		}
		hit := x < len(a.keys) && a.keys[x] == id
		if b != nil && !hit {
			for y < len(b.keys) && b.keys[y] < id {
				y++
			}
			hit = y < len(b.keys) && b.keys[y] == id
		}
		lr += tc.term(ev, id, hit, k)
	}
	return absenceScale * max(0, -lr)
}

// members scores the evidence of the anchors of the segments that share
// one side of a 1-n or n-1 bead (the members), against the single segment
// of the other side (the base), as the members are added one by one.
//
// Each member must show its own evidence: is it part of the translation of
// the base, or an unrelated paragraph set beside the base's true
// translation? An anchor that another member holds too cannot tell: if the
// member were unrelated, the base would still hold the anchor as often, by
// translating that other member. So only the anchors a member holds alone
// count, each for the same term as in missing, and a member costs
// memberCost of their log-likelihood ratio. A paragraph whose Chinese was
// deleted is then judged on its own terms, not on the common words it
// shares with its neighbour.
type members struct {
	ev   *evidence
	base *seg
	k    float64 // distinct anchors of the base
	// tc memoises the terms of the members' language, with the mean
	// distinct anchors of a segment of the base's language and the recall
	// of the members' anchors.
	tc *termCache
	// Per anchor id: how many members hold it (counted up to 2) and,
	// while only one does, which.
	count, owner []int32
	used         []int32   // ids with a count, to clear them
	lr           []float64 // per member: the log-likelihood ratio of its own anchors
	mc           []float64 // per member: its cost, memberCost(lr)
	total        float64   // the members' cost
	// costs memoises memberCost, direct-mapped by the bits of lr: the
	// same member is added to many beads. An empty slot has lr 0, whose
	// cost is never looked up. costShift is 64 − log2(len(costs)).
	costs     []memberSlot
	costShift uint
	segments  int // segments of the input, to size costs
}

// A memberSlot is one memoised memberCost.
type memberSlot struct{ lr, cost float64 }

// Bounds of the size of members.costs, in slots: per segment of the
// input, and in all.
const (
	memberSlotsPerSeg = 2
	minMemberSlots    = 16
	maxMemberSlots    = 1 << 10
)

// cost is memberCost(lr), memoised.
func (ms *members) cost(lr float64) float64 {
	if !(lr < 0) {
		return memberCost(lr)
	}
	if ms.costs == nil {
		size := minMemberSlots
		for size < memberSlotsPerSeg*ms.segments && size < maxMemberSlots {
			size *= 2
		}
		ms.costs = make([]memberSlot, size)
		ms.costShift = uint(64 - bits.TrailingZeros(uint(size)))
	}
	e := &ms.costs[(math.Float64bits(lr)*0x9E3779B97F4A7C15)>>ms.costShift]
	if e.lr != lr {
		*e = memberSlot{lr, memberCost(lr)}
	}
	return e.cost
}

// init sizes the per-anchor tables for ids anchor ids, in an input of
// the given number of segments.
func (ms *members) init(ev *evidence, ids, segments int) {
	ms.ev, ms.segments = ev, segments
	ms.count = make([]int32, ids)
	ms.owner = make([]int32, ids)
}

// reset fixes the base, a Chinese segment when membersZH is false.
func (ms *members) reset(base *seg, membersZH bool, m *model) {
	for _, id := range ms.used {
		ms.count[id] = 0
	}
	ms.used, ms.lr, ms.mc, ms.total = ms.used[:0], ms.lr[:0], ms.mc[:0], 0
	ms.base, ms.k = base, float64(len(base.keys))
	if membersZH {
		ms.tc = ms.ev.terms(langZH, ms.ev.meanEN, m.recallZH)
	} else {
		ms.tc = ms.ev.terms(langEN, ms.ev.meanZH, m.recallEN)
	}
}

// add adds the member before the members added so far, and updates the
// members' cost.
func (ms *members) add(s *seg) {
	t := len(ms.lr)
	ms.lr = append(ms.lr, 0)
	ms.mc = append(ms.mc, 0)
	if len(s.keys) == 0 {
		return
	}
	x := 0
	changed := false
	for _, id := range s.keys {
		for x < len(ms.base.keys) && ms.base.keys[x] < id {
			x++
		}
		// The term of an anchor depends only on whether the base holds
		// it: it is the same for every member.
		hit := x < len(ms.base.keys) && ms.base.keys[x] == id
		switch {
		case ms.count[id] == 0:
			ms.used = append(ms.used, id)
			ms.owner[id] = int32(t)
			ms.lr[t] += ms.tc.term(ms.ev, id, hit, ms.k)
			ms.count[id] = 1
		case ms.count[id] == 1:
			tm := ms.tc.term(ms.ev, id, hit, ms.k)
			o := ms.owner[id]
			ms.lr[o] -= tm // no longer its own
			if tm != 0 {
				changed = true
				ms.mc[o] = ms.cost(ms.lr[o])
			}
			ms.count[id] = 2
		}
	}
	ms.mc[t] = ms.cost(ms.lr[t])
	if !changed {
		ms.total += ms.mc[t]
		return
	}
	// The members' costs are summed in order again, as they always were,
	// but only the changed ones are costed again.
	ms.total = 0
	for _, c := range ms.mc {
		ms.total += c
	}
}

// memberCost is the cost of a member whose own anchors have the
// log-likelihood ratio lr: absenceScale times −lr when the ratio is
// against the member, made robust by a chance looseMember that the
// member's anchors say nothing (a loose translation, an explanatory note
// the other language lacks), so that however many of its anchors are
// missed, a member costs at most about −log(looseMember).
func memberCost(lr float64) float64 {
	c := absenceScale * max(0, -lr)
	if c == 0 {
		return 0
	}
	return -math.Log(looseMember + (1-looseMember)*math.Exp(-c))
}

// looseMember is the probability that the anchors of a member of a 1-n or
// n-1 bead are unrelated to the other side even though it belongs there,
// e^−5. On the corpus, a line of the English that explains a Chinese term
// at length (the provinces meant by 三区三州) misses a dozen anchors and is
// split off its bead without it, and still at e^−6 in an interleaved run;
// e^−4 lets one more untranslated paragraph be absorbed by a neighbour.
const looseMember = 0.006737946999085467

// missingBase is missing for the base side of a matcher (one segment, s)
// against the k distinct anchors of the segments added to it.
func (ev *evidence) missingBase(s *seg, zh bool, mt *matcher, k float64, m *model) float64 {
	if len(s.keys) == 0 {
		return 0
	}
	lang, mean, r := langZH, ev.meanEN, m.recallZH
	if !zh {
		lang, mean, r = langEN, ev.meanZH, m.recallEN
	}
	tc := ev.terms(lang, mean, r)
	lr := 0.0
	for x, id := range mt.keys {
		lr += tc.term(ev, id, mt.have[x] > 0, k)
	}
	return absenceScale * max(0, -lr)
}

// anchorWeights gives each anchor id the evidence, in nats, that sharing it
// brings to a bead: log(N/df), the rarer the stronger, clamped to
// [minAnchor, maxAnchor]. A number found in every paragraph (the report's
// year) says little about where a paragraph belongs.
func anchorWeights(df []float64, segments float64) []float64 {
	w := make([]float64, len(df))
	for id, d := range df {
		w[id] = min(maxAnchor, max(minAnchor, math.Log(segments/max(d, 1))))
	}
	return w
}

// tailCost is −log of the two-sided tail probability of a standard normal
// deviate: Gale and Church's length cost.
// Below tableMax it interpolates in a table; the function is smooth
// enough that the error is below 1e-4 nats.
func tailCost(d float64) float64 {
	d = math.Abs(d)
	if d < tableMax {
		x := d * tableStep
		k := int(x)
		f := x - float64(k)
		return tailTable[k]*(1-f) + tailTable[k+1]*f
	}
	return exactTail(d)
}

// exactTail is tailCost computed directly.
func exactTail(d float64) float64 {
	if d < 8 {
		return -math.Log(math.Erfc(d / math.Sqrt2))
	}
	// Asymptotic form, where Erfc underflows.
	return d*d/2 + math.Log(d*math.Sqrt(math.Pi/2))
}

const (
	tableMax  = 10  // tailCost's table covers [0, tableMax)
	tableStep = 100 // entries per unit
)

// tailTable holds exactTail at every 1/tableStep. It is computed once and
// never written again.
var tailTable = func() [tableMax*tableStep + 1]float64 {
	var t [tableMax*tableStep + 1]float64
	for k := range t {
		t[k] = exactTail(float64(k) / tableStep)
	}
	return t
}()

// delta is the length deviation of a bead with lz Chinese and le English
// characters, in standard deviations. The variance grows with the bead's
// length, measured as the mean of both sides in English characters.
func (m *model) delta(lz, le float64) float64 {
	expect := m.ratio * lz
	v := (expect+le)/2 + 1
	return (le - expect) / math.Sqrt(m.variance(v))
}

// priors are the costs, in nats, of the bead shapes.
type priors struct {
	c11, c10, c1n, cn1, c22 float64
	step                    float64 // each further line of a 1-n bead; 0 means stepCost
}

func defaultPriors() priors {
	return priors{
		c11: -math.Log(p11),
		c10: -math.Log(p10),
		c1n: -math.Log(p1n),
		cn1: -math.Log(p1n),
		c22: -math.Log(p22),
	}
}

// variance is the variance of an English length of about v characters
// around its expected value: Gale and Church's spread per character, plus
// a part that grows with the square of the length, for a translator's
// wordiness varies from paragraph to paragraph by about wordiness (a
// fraction of the length), however long the paragraph.
func (m *model) variance(v float64) float64 {
	return m.spread*v + (wordiness*v)*(wordiness*v)
}

// prior is the cost of a bead's shape: dz Chinese and de English segments.
func (pr *priors) prior(dz, de int) float64 {
	switch {
	case dz == 1 && de == 1:
		return pr.c11
	case dz == 0 || de == 0:
		return pr.c10
	case dz == 2 && de == 2:
		return pr.c22
	}
	step := stepCost
	if pr.step > 0 {
		step = pr.step
	}
	if dz == 1 {
		return pr.c1n + step*float64(de-2)
	}
	return pr.cn1 + step*float64(dz-2)
}

// matcher counts the anchors shared by the two sides of a bead. The base
// side is loaded once; segments of the other side are added one by one, so
// that the 1-n beads ending at one cell are costed incrementally.
type matcher struct {
	keys    []int32 // distinct anchor ids of the base side, ascending
	need    []int32 // how many times each occurs on the base side
	have    []int32 // how many times the other side has it so far
	weights []float64
	shared  float64 // weight of the anchors matched so far
	// Scratch for a base side of two segments.
	keyBuf, needBuf []int32
}

// reset loads the base side: one segment.
func (mt *matcher) reset(s *seg) {
	mt.keys, mt.need = s.keys, s.counts
	mt.shared = 0
	mt.have = mt.have[:0]
	for range mt.keys {
		mt.have = append(mt.have, 0)
	}
}

// reset2 loads a base side of two segments.
func (mt *matcher) reset2(a, b *seg) {
	mt.keyBuf, mt.needBuf = mt.keyBuf[:0], mt.needBuf[:0]
	x, y := 0, 0
	for x < len(a.keys) || y < len(b.keys) {
		switch {
		case y == len(b.keys) || x < len(a.keys) && a.keys[x] < b.keys[y]:
			mt.keyBuf, mt.needBuf = append(mt.keyBuf, a.keys[x]), append(mt.needBuf, a.counts[x])
			x++
		case x == len(a.keys) || b.keys[y] < a.keys[x]:
			mt.keyBuf, mt.needBuf = append(mt.keyBuf, b.keys[y]), append(mt.needBuf, b.counts[y])
			y++
		default:
			mt.keyBuf, mt.needBuf = append(mt.keyBuf, a.keys[x]), append(mt.needBuf, a.counts[x]+b.counts[y])
			x++
			y++
		}
	}
	mt.keys, mt.need = mt.keyBuf, mt.needBuf
	mt.shared = 0
	mt.have = mt.have[:0]
	for range mt.keys {
		mt.have = append(mt.have, 0)
	}
}

// add adds one segment of the other side.
func (mt *matcher) add(s *seg) {
	if len(mt.keys) == 0 || len(s.keys) == 0 {
		return
	}
	x := 0
	for k, id := range s.keys {
		for x < len(mt.keys) && mt.keys[x] < id {
			x++
		}
		if x == len(mt.keys) {
			return
		}
		if mt.keys[x] != id {
			continue
		}
		before := min(mt.have[x], mt.need[x])
		mt.have[x] += s.counts[k]
		if gain := min(mt.have[x], mt.need[x]) - before; gain > 0 {
			mt.shared += float64(gain) * mt.weights[id]
		}
	}
}

// classMix tracks whether the segments of a bead have different non-empty
// classes.
type classMix struct {
	class int32
	mixed bool
}

func (c *classMix) add(class int32) {
	switch {
	case class == 0:
	case c.class == 0:
		c.class = class
	case c.class != class:
		c.mixed = true
	}
}

// Sub-alignment of 1-n and n-1 beads. When one paragraph is translated by
// several lines (or the reverse), the boundaries between the lines should
// fall at the paragraph's punctuation, where the lengths say they should:
// the bead is judged on its total length and on each boundary. This is what
// tells a lead sentence set on a line of its own ("Stabilize employment.")
// from the end of the previous paragraph.

// punct is the kind of punctuation that ends a clause or a line.
type punct int8

const (
	noPunct  punct = iota // a heading, a title, a line cut mid-sentence
	space                 // a space between Chinese words: a speaker's title and name
	comma                 // ，、,
	clause                // ；：;:
	sentence              // 。！？.!?
)

// punctOf classifies a rune as punctuation.
func punctOf(r rune) punct {
	switch r {
	case '。', '！', '？', '.', '!', '?':
		return sentence
	case '；', '：', ';', ':':
		return clause
	case '，', '、', ',':
		return comma
	}
	return noPunct
}

// closing reports whether r closes a quotation or a bracket: punctuation
// before it still ends the clause.
func closing(r rune) bool {
	switch r {
	case '”', '’', '"', '\'', ')', '）', '」', '』', '》', ']', '】':
		return true
	}
	return false
}

// endOf returns the punctuation that ends text.
func endOf(text string) punct {
	for len(text) > 0 {
		r, size := utf8.DecodeLastRuneInString(text)
		if !isSpace(r) && !closing(r) {
			return punctOf(r)
		}
		text = text[:len(text)-size]
	}
	return noPunct
}

// cutsOf returns the clause boundaries inside a text, as lengths (in
// characters, white space excluded) up to and including the punctuation
// and any closing quotes, with the kind of each. In English a boundary must
// be followed by a space, so that decimal points and abbreviations inside
// words are not taken for one; the end of the text is not a boundary. The
// boundaries are appended to pos and kinds. total is the text's length in
// characters, white space (ASCII and ideographic) excluded: a segment's
// length.
func cutsOf(text string, chinese bool, pos []float64, kinds []punct) (_ []float64, _ []punct, total int) {
	start := len(pos)
	n := 0
	for k := 0; k < len(text); {
		r, size := rune(text[k]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[k:])
		}
		k += size
		if isSpace(r) {
			continue
		}
		n++
		p := punctOf(r)
		c, csize := runeAt(text, k) // the next rune
		if chinese && p == noPunct && c >= 0 && isSpace(c) {
			pos = append(pos, float64(n))
			kinds = append(kinds, space)
			continue
		}
		if p == noPunct {
			continue
		}
		for c >= 0 && closing(c) {
			k += csize
			n++
			c, csize = runeAt(text, k)
		}
		if !chinese && (c < 0 || !isSpace(c)) {
			continue
		}
		if chinese && r == '.' {
			continue // a decimal point or an abbreviation
		}
		pos = append(pos, float64(n))
		kinds = append(kinds, p)
	}
	// The end of the text is not a boundary: drop the boundaries that
	// only white space follows.
	end := len(pos)
	for end > start && pos[end-1] >= float64(n) {
		end--
	}
	return pos[:end], kinds[:end], n
}

// runeAt returns the rune at byte offset k of text and its size, or -1 at
// the end of text.
func runeAt(text string, k int) (rune, int) {
	if k >= len(text) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(text[k:])
}

// cutCost is the cost of ending a line whose last punctuation is line at a
// boundary of the paragraph whose punctuation is cut. Like meets like for
// free; an enumeration's items (";" lines against "，" clauses) nearly so; a
// whole sentence ending at a comma is unlikely. A line with no final
// punctuation (a name, a title) fits a space best.
func cutCost(cut, line punct) float64 {
	switch {
	case cut == space && line == noPunct:
		return 0
	case line == noPunct || cut == space:
		return 1.0
	}
	return agreeCost(cut, line)
}

// agreeCost is the cost of a bead whose two sides end with punctuation of
// kinds a and b: a sentence is translated by a sentence, a heading by a
// heading.
func agreeCost(a, b punct) float64 {
	switch {
	case a == b:
		return 0
	case a == noPunct || b == noPunct || a == space || b == space:
		return 1.0
	case a == comma && b == sentence || a == sentence && b == comma:
		return 2.5
	}
	return 0.5
}

const (
	// missCut caps the cost of one boundary between the lines of a 1-n
	// bead: a boundary that fits no punctuation of the paragraph (a
	// translator may split a sentence) costs this much.
	missCut = 3.0
	// nearCuts is how many candidate boundaries of the paragraph are tried
	// on each side of where a line boundary is expected.
	nearCuts = 2
)

// splitter costs the boundaries of the 1-n (or n-1) beads ending at one
// cell. The paragraph of the single side is fixed; the lines of the other
// side are pushed from the last to the first.
type splitter struct {
	m       *model
	fixed   *seg
	fixedZH bool   // the fixed paragraph is Chinese
	lines   []*seg // pushed lines, last first
}

// reset fixes the paragraph.
func (s *splitter) reset(p *seg, fixedZH bool) {
	s.fixed, s.fixedZH = p, fixedZH
	s.lines = s.lines[:0]
}

// push adds the line before the lines pushed so far.
func (s *splitter) push(line *seg) { s.lines = append(s.lines, line) }

// cost returns the cost of the boundaries between the lines pushed so far.
// Given the bead's totals, a boundary is expected where the lines before it
// hold the same share of the bead as the clauses before the paragraph's cut
// (the bead's own ratio, so that a translation wordier than usual
// throughout still fits its punctuation); its deviation is that of a
// Brownian bridge, the variance of the prefix and the suffix tied by their
// fixed sum. Each boundary takes the best of the nearest cuts, with the
// cost of their punctuation, and costs at most missCut.
func (s *splitter) cost() float64 {
	k := len(s.lines)
	if k < 2 {
		return 0
	}
	var lineTotal float64
	for _, l := range s.lines {
		lineTotal += l.length
	}
	fixedTotal := s.fixed.length
	if lineTotal <= 0 || fixedTotal <= 0 {
		return missCut * float64(k-1)
	}
	// In English characters: the English side's total and the Chinese
	// side's, scaled by the ratio.
	enTotal, zhTotal := lineTotal, fixedTotal*s.m.ratio
	if !s.fixedZH {
		enTotal, zhTotal = fixedTotal, lineTotal*s.m.ratio
	}
	r := enTotal / zhTotal
	total := 0.0
	x := 0.0                      // line length before the boundary
	for q := k - 1; q >= 1; q-- { // lines are stored last first
		line := s.lines[q]
		x += line.length
		best := missCut
		p, _ := slices.BinarySearch(s.fixed.cuts, x/lineTotal*fixedTotal)
		for u := max(0, p-nearCuts); u < min(len(s.fixed.cuts), p+nearCuts); u++ {
			pc := cutCost(s.fixed.kinds[u], line.end)
			if pc >= best {
				continue
			}
			f := s.fixed.cuts[u]
			en, zh := x, f*s.m.ratio // the prefixes
			if !s.fixedZH {
				en, zh = f, x*s.m.ratio
			}
			pre := s.m.variance((en+r*zh)/2 + 1)
			suf := s.m.variance((enTotal-en+r*(zhTotal-zh))/2 + 1)
			d := (en - r*zh) / math.Sqrt(pre*suf/(pre+suf))
			if pc+d*d/2 >= best {
				continue // tailCost(d) > d²/2: no better
			}
			best = min(best, pc+tailCost(d))
		}
		total += best
	}
	return total
}

// temperature is the temperature of the posteriors (see run): the costs
// are divided by it before the forward-backward pass, so that the scores
// are calibrated (a bead scored 0.8 is right about 80% of the time). It is
// fitted on the corpus by log loss, over numbers and numbers with lexicon
// terms as anchors: a whole input is best left at 1 (log loss 0.049 and
// 0.041 at 1, 0.056 and 0.043 at 1.3, 0.051 and 0.047 at 0.7); a part of
// a calibrated document (a run of an interleaved file) is aligned with
// parameters measured elsewhere and has few alternatives to weigh, and
// its scores are over-confident at 1: 1.4 is best (log loss 0.0190 and
// 0.0115, against 0.0205 and 0.0122 at 1 and 0.0196 and 0.0118 at 1.6).
func (m *model) temperature() float64 {
	if m.part {
		return partTemperature
	}
	return 1
}

// partTemperature is the temperature of the posteriors of a part of a
// calibrated document (see temperature).
const partTemperature = 1.4
