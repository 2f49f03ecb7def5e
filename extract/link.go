package extract

import (
	"math"
	"strings"
)

// A Pairing is one result of Link: a Chinese quantity with its English
// counterpart. ZH and EN are indices into the slices given to Link, -1 when
// that side has none. (The type cannot share the name of the function.)
type Pairing struct {
	ZH     int
	EN     int
	Status Status
	Diff   Difference // what a Mismatch differs in; "" otherwise
}

// A Difference says what the two sides of a Mismatch differ in, so that a
// reviewer can tell a changed number from a changed hedge.
type Difference string

// The differences of a mismatched pair; a pair that is not a Mismatch has
// none ("").
const (
	// DiffValue: another value, another kind of unit, a range against a
	// single value (6.5% ↔ 6 percent, 26万人 ↔ 2.6 million).
	DiffValue Difference = "value"
	// DiffQualifier: the same value and unit with a qualifier dropped or
	// changed within the commitment's class, or between a bound and an
	// estimate (约2.5万亿元 ↔ 2.5 trillion yuan, 14亿多 ↔ 1.4 billion).
	DiffQualifier Difference = "qualifier"
	// DiffBound: the same value and unit, but a floor against a ceiling,
	// which turns the commitment around (不少于26万 ↔ up to 260,000).
	DiffBound Difference = "bound"
)

// Link pairs the quantities of a Chinese text with those of its English
// translation. Only quantities with Role RoleQuantity (or an empty Role)
// take part; years, dates, ordinals, list markers, names and footnote
// references are left out of the result.
//
// Two quantities are the same when, after normalisation, they state the same
// value, the same class of unit and the same class of qualifier:
//
//   - value: 26万 = 260,000; a side that changes scale (万 → million) may
//     round to the precision it writes, so 1361万 = 13.6 million but
//     6.4% ≠ 6 percent. Known conversions are applied: 15 亩 = 1 hectare,
//     2000 斤 = 1 ton, 公里 = kilometres, a fraction is a percentage
//     (一半 = 50 percent, 三分之一 = 33 percent, rounded to the precision the
//     percentage is written in), 岁 = years.
//   - unit class: counts (人 个 项 jobs items …), %, percentage points (pp),
//     a currency, length, area, weight, time, times (倍).
//   - qualifier class: floor (at_least, more_than), ceiling (at_most,
//     less_than, up_to), about, exact, range.
//
// The pairing keeps the order of both texts and maximises the weight of the
// pairs (a full agreement weighs most, then the same value with another
// qualifier class, then % against pp), so a repeated value is paired by
// position rather than first come, first served. Such a pair is Consistent
// when everything agrees and Mismatch otherwise. Translators reorder the
// numbers of a sentence, so quantities left over that agree in full and
// whose value occurs once on each side are then paired across the order.
//
// A Chinese and an English quantity left over are also called a Mismatch
// (rather than ZHOnly and ENOnly) when they are the only leftovers between
// the same two neighbouring pairs (or text ends), and either their units
// are of the same class and one number could be the other mistranslated
// (within 25% of it: a changed digit, a bad rounding; or the same digits at
// another scale: 26万 as 2.6 million), or they state the same amount in two
// currencies (3亿欧元 ↔ 300 million dollars). They sit where the translation of one another
// should be. Everything else left over is ZHOnly or ENOnly.
//
// A quantity written without a unit (from 10 to 9 percent: the 10) takes
// the unit of the quantity it is compared with.
//
// Signs count: 增长-0.3% (Value -0.3) is not "rose 0.3 percent". When both
// sides state a Direction, the effective change is compared (the value,
// negated when it went down), so 下降0.3% and "fell 0.3 percent" agree, as
// do 增长-0.3% and "fell 0.3 percent"; when either side states none, the
// values are compared as written.
//
// The result lists every taking part quantity exactly once, in the order of
// the Chinese, each English-only item before the first pair whose English
// follows it.
func Link(zh, en []Quantity) []Pairing {
	zi := linkable(zh)
	ei := linkable(en)
	if len(zi)*len(ei) <= maxLinkCells {
		return linkIndexed(zh, en, zi, ei)
	}
	// Far more quantities than one paragraph holds (a whole document given
	// as one pair): link proportional slices so time and memory stay linear.
	k := (len(zi)*len(ei))/maxLinkCells + 1
	var out []Pairing
	for c := range k {
		out = append(out, linkIndexed(zh, en, zi[c*len(zi)/k:(c+1)*len(zi)/k], ei[c*len(ei)/k:(c+1)*len(ei)/k])...)
	}
	return out
}

// maxLinkCells bounds the table of one pairing run of Link.
const maxLinkCells = 1 << 18

// linkIndexed is Link on the quantities zh[zi] and en[ei].
func linkIndexed(zh, en []Quantity, zi, ei []int) []Pairing {
	zn := make([]linkKey, len(zi))
	for k, i := range zi {
		zn[k] = linkKeyOf(zh[i])
	}
	en2 := make([]linkKey, len(ei))
	for k, j := range ei {
		en2[k] = linkKeyOf(en[j])
	}
	n, m := len(zi), len(ei)
	// best[i][j]: the best weight aligning zn[i:] with en2[j:].
	best := make([][]int, n+1)
	for i := range best {
		best[i] = make([]int, m+1)
	}
	w := make([][]int, n)
	for i := range w {
		w[i] = make([]int, m)
		for j := range w[i] {
			w[i][j] = pairWeight(zn[i], en2[j])
		}
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			b := max(best[i+1][j], best[i][j+1])
			if w[i][j] > 0 {
				b = max(b, w[i][j]+best[i+1][j+1])
			}
			best[i][j] = b
		}
	}
	pairOf := make([]int, n) // zh k → en k, or -1
	for i := range pairOf {
		pairOf[i] = -1
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case w[i][j] > 0 && best[i][j] == w[i][j]+best[i+1][j+1]:
			pairOf[i] = j
			i++
			j++
		case best[i][j] == best[i+1][j]:
			i++
		default:
			j++
		}
	}
	// A translator may reorder the numbers of a sentence. Leftovers that
	// agree in full and whose value occurs once on each side pair across
	// the order.
	enUsed := make([]bool, m)
	for _, j := range pairOf {
		if j >= 0 {
			enUsed[j] = true
		}
	}
	crossed := make([]bool, n)
	for i := range n {
		if pairOf[i] >= 0 || !uniqueValue(zn, i) {
			continue
		}
		for j := range m {
			if !enUsed[j] && w[i][j] >= weightAgree && uniqueValue(en2, j) {
				pairOf[i], enUsed[j], crossed[i] = j, true, true
				break
			}
		}
	}
	// Leftovers alone between the same two pairs, of one unit class, are
	// a mismatch.
	var zs, es []int
	j := 0
	for i := 0; i <= n; i++ {
		if i < n && (pairOf[i] < 0 || crossed[i]) {
			if pairOf[i] < 0 {
				zs = append(zs, i)
			}
			continue
		}
		end := m
		if i < n {
			end = pairOf[i]
		}
		es = es[:0]
		for ; j < end; j++ {
			if !enUsed[j] {
				es = append(es, j)
			}
		}
		if len(zs) == 1 && len(es) == 1 {
			a, b := commonUnit(zn[zs[0]], en2[es[0]])
			if a.class == b.class && likelySameNumber(a.value, b.value) || currencySwap(a, b) {
				pairOf[zs[0]] = es[0]
				enUsed[es[0]] = true
			}
		}
		zs = zs[:0]
		j = end + 1
	}

	// Out in Chinese order, each English leftover before the first pair
	// whose English follows it.
	var out []Pairing
	emitted := make([]bool, m)
	j = 0
	emitENOnly := func(upto int) {
		for ; j < upto; j++ {
			if !enUsed[j] && !emitted[j] {
				emitted[j] = true
				out = append(out, Pairing{ZH: -1, EN: ei[j], Status: ENOnly})
			}
		}
	}
	for i := range n {
		e := pairOf[i]
		if e < 0 {
			out = append(out, Pairing{ZH: zi[i], EN: -1, Status: ZHOnly})
			continue
		}
		if !crossed[i] {
			emitENOnly(e)
		}
		p := Pairing{ZH: zi[i], EN: ei[e], Status: Consistent}
		if !agree(zn[i], en2[e]) {
			p.Status, p.Diff = Mismatch, difference(zn[i], en2[e])
		}
		out = append(out, p)
	}
	emitENOnly(m)
	return out
}

// uniqueValue reports whether no other quantity of ks has the value of
// ks[i].
func uniqueValue(ks []linkKey, i int) bool {
	for k := range ks {
		if k != i && ks[k].raw == ks[i].raw {
			return false
		}
	}
	return true
}

// linkable returns the indices of the quantities that take part in Link.
func linkable(qs []Quantity) []int {
	var idx []int
	for i, q := range qs {
		if q.Role == RoleQuantity || q.Role == "" {
			idx = append(idx, i)
		}
	}
	return idx
}

// currencySwap reports whether two amounts state the same number in two
// currencies (100亿元 ↔ 10 billion dollars): currencies do not convert, so
// this is a translation error, not two unrelated numbers.
func currencySwap(a, b linkKey) bool {
	return a.class != b.class && isCurrency(a.class) && isCurrency(b.class) && a.raw == b.raw
}

// likelySameNumber reports whether b could be a's number mistranslated:
// within a quarter of it (a changed digit, a bad rounding) or the same digits
// at another scale (26万 read as 2.6 million). Two unrelated numbers (8 and
// five, ten years and five) are not.
func likelySameNumber(a, b float64) bool {
	a, b = math.Abs(a), math.Abs(b)
	if a == 0 || b == 0 {
		return a == b
	}
	if math.Abs(a-b) <= 0.25*math.Max(a, b) {
		return true
	}
	ma := a / math.Pow10(int(math.Floor(math.Log10(a))))
	mb := b / math.Pow10(int(math.Floor(math.Log10(b))))
	return math.Abs(ma-mb) < 1e-6
}

// The weights of a pairing in Link.
const (
	weightAgree     = 100 // same value, unit class and qualifier class
	weightQualifier = 60  // same value and unit class, other qualifier class
	weightPercentPP = 40  // same value, % against pp
)

func pairWeight(a, b linkKey) int {
	a, b = commonUnit(a, b)
	w := 0
	switch {
	case a.class == b.class && sameValue(a, b):
		w = weightQualifier
		if a.qclass == b.qclass {
			w = weightAgree
		}
	case percentLike(a.class) && percentLike(b.class) && a.value == b.value:
		w = weightPercentPP
	default:
		return 0
	}
	// Between equal candidates, prefer the one written alike: translators
	// keep digits (50% → 50 percent; 一半 → half).
	switch {
	case a.digits != "" && a.digits == b.digits:
		w += 2
	case (a.digits == "") == (b.digits == ""):
		w++
	}
	return w
}

func agree(a, b linkKey) bool {
	a, b = commonUnit(a, b)
	return a.class == b.class && a.qclass == b.qclass && sameValue(a, b)
}

// difference says what two keys that do not agree differ in: the value
// (or unit, or range) first; with those equal, a floor against a ceiling is
// a bound and any other change of qualifier class a qualifier.
func difference(a, b linkKey) Difference {
	a, b = commonUnit(a, b)
	switch {
	case a.class != b.class || !sameValue(a, b) || (a.qclass == "range") != (b.qclass == "range"):
		return DiffValue
	case a.qclass == "floor" && b.qclass == "ceiling" || a.qclass == "ceiling" && b.qclass == "floor":
		return DiffBound
	}
	return DiffQualifier
}

func percentLike(c unitClass) bool { return c == classPercent || c == classPP }

// commonUnit gives a quantity written without a unit (from 10 to 9
// percent: the 10) the unit of the other side. An age (岁) is a time in
// years against a time (提高1岁 ↔ by one year) and a plain number against a
// count (3岁以下 ↔ children under three). An increase by N fold (提高1倍)
// is N+1 times against the verb double (doubled).
func commonUnit(a, b linkKey) (linkKey, linkKey) {
	a, b = a.asAge(b), b.asAge(a)
	switch {
	case a.fold && b.doubling && a.raw+1 == b.raw:
		a.value, a.raw = b.value, b.raw
	case b.fold && a.doubling && b.raw+1 == a.raw:
		b.value, b.raw = a.value, a.raw
	}
	switch {
	case a.class == classUnknown && b.class != classUnknown:
		a = a.withUnit(b.class, b.unitFactor)
	case b.class == classUnknown && a.class != classUnknown:
		b = b.withUnit(a.class, a.unitFactor)
	}
	if a.dir != "" && b.dir != "" {
		// Both sides say which way it moved: compare the effective change
		// (下降0.3% = fell 0.3 percent; 增长-0.3% ≠ rose 0.3 percent).
		a.value, b.value = a.dir.signed(a.value), b.dir.signed(b.value)
	}
	return a, b
}

// asAge converts an age to the class of the other side: a time in months
// (12 a year) or a count.
func (k linkKey) asAge(o linkKey) linkKey {
	if k.class != classAge {
		return k
	}
	switch o.class {
	case classTime:
		return k.withUnit(classTime, 12)
	case classCount:
		return k.withUnit(classCount, 1)
	}
	return k
}

func (k linkKey) withUnit(c unitClass, f float64) linkKey {
	k.class = c
	k.value = k.raw * f
	k.upper = k.rawUpper * f
	k.tol = k.rawTol * f
	k.unitFactor = f
	return k
}

// A linkKey is a quantity reduced to what Link compares.
type linkKey struct {
	class      unitClass
	value      float64 // in the base unit of class
	upper      float64 // for ranges, in the base unit
	tol        float64 // half the precision written, in the base unit
	roundTol   float64 // half the precision of a whole number's trailing zeros (667,000 → 1000), in the base unit
	scaled     float64 // the scale multiplier written (万 = 1e4, million = 1e6)
	qclass     string
	unitFactor float64
	digits     string  // the first number's digits as written, without separators: 2.76, 50; "" for words
	raw        float64 // value, upper and tol in the unit written
	rawUpper   float64
	rawTol     float64
	fold       bool // unit 倍: an increase by N fold (提高1倍) may be N+1 times
	doubling   bool // the verb double: 2 times
	dir        Direction
}

func linkKeyOf(q Quantity) linkKey {
	c, f := classifyUnit(q.Unit)
	v, u := q.Value, q.Upper
	if c == classPercent && isHalfUnit(q.Unit) {
		// 一半, half: the value read is one (half) or 0.5.
		if v > 0.5 {
			f = 50
		} else {
			f = 100
		}
	}
	prec, scale := writtenPrecision(q)
	round := prec * roundingOf(writtenDigits(q.Text))
	return linkKey{
		class:      c,
		value:      v * f,
		upper:      u * f,
		tol:        prec * f / 2,
		roundTol:   round * f / 2,
		scaled:     scale,
		qclass:     qualifierClass(q.Qualifier),
		unitFactor: f,
		digits:     writtenDigits(q.Text),
		raw:        v,
		rawUpper:   u,
		rawTol:     prec / 2,
		fold:       strings.TrimSpace(q.Unit) == "倍",
		doubling:   strings.HasPrefix(strings.ToLower(strings.TrimSpace(q.Text)), "doubl") || strings.HasSuffix(strings.ToLower(q.Text), " doubled"),
		dir:        q.Direction,
	}
}

// sameValue compares two normalised values. Rounding to the precision a side
// writes is allowed only when the sides write the value differently (another
// scale word or another unit): a translator converting 1361万 may write 13.6
// million, but one writing 6 percent for 6.4% changed the number.
func sameValue(a, b linkKey) bool {
	tol := 1e-9 * math.Max(math.Abs(a.value), math.Abs(b.value))
	switch {
	case a.unitFactor != b.unitFactor:
		// The translator converted (亩 → hectares) and rounded at the
		// precision they wrote, which trailing zeros may show: 1000万亩 =
		// 666,667 hectares, written 667,000. The source's round figure
		// (5万亩) is no licence to round the conversion further.
		tol = math.Max(tol, math.Max(b.tol, b.roundTol))
	case !sameScale(a.scaled, b.scaled):
		tol = math.Max(tol, math.Max(a.tol, b.tol))
	}
	if math.Abs(a.value-b.value) > tol+1e-12 {
		return false
	}
	if a.qclass == "range" && b.qclass == "range" {
		return math.Abs(a.upper-b.upper) <= tol+1e-12
	}
	return true
}

func sameScale(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// qualifierClass returns the class of a qualifier: floor, ceiling, about,
// range or exact.
func qualifierClass(q Qualifier) string {
	switch q {
	case AtLeast, MoreThan:
		return "floor"
	case AtMost, LessThan, UpTo:
		return "ceiling"
	case About:
		return "about"
	case Range:
		return "range"
	}
	return "exact"
}

// precision returns the unit of the last digit written in q.Text, in the
// unit of q.Value (1.2万 → 1000; 13.61 million → 10000; 260,000 → 1), and the
// scale multiplier written (1e4 for 万, 1e6 for million, 1 for none). A value
// written without digits (nine, 三) is exact unless it has a scale word
// (two million → 1e6).
func writtenPrecision(q Quantity) (prec, scale float64) {
	rs := []rune(q.Text)
	i := 0
	for i < len(rs) && !isDigitRune(rs[i]) {
		i++
	}
	if i == len(rs) {
		s := wordScale(q.Text)
		if s == 1 {
			return 0, 1
		}
		return s, s
	}
	digits, decimals, seenPoint := 0.0, 0, false
	for ; i < len(rs); i++ {
		r := rs[i]
		switch {
		case isDigitRune(r):
			digits = digits*10 + float64(digitValue(r))
			if seenPoint {
				decimals++
			}
		case (r == '.' || r == '．') && !seenPoint && i+1 < len(rs) && isDigitRune(rs[i+1]):
			seenPoint = true
		case (r == ',' || r == '，') && i+1 < len(rs) && isDigitRune(rs[i+1]) && !seenPoint:
		default:
			i = len(rs)
		}
	}
	written := digits / math.Pow10(decimals)
	scale = 1
	if written > 0 && q.Value > 0 {
		ratio := q.Value / written
		if ratio > 1.5 {
			scale = math.Pow10(int(math.Round(math.Log10(ratio))))
		}
	}
	return scale / math.Pow10(decimals), scale
}

// roundingOf returns the power of a thousand a whole number's trailing
// groups of zeros show it was rounded to (667000 → 1000; 2000000 → 1e6;
// 30, 3300, 2.5 and 667 → 1). A zero inside the last group is no evidence:
// 30 percent is not a rounded third.
func roundingOf(digits string) float64 {
	if digits == "" || strings.Contains(digits, ".") {
		return 1
	}
	r := 1.0
	for n := len(digits); n > 3 && digits[n-3:n] == "000"; n -= 3 {
		r *= 1000
	}
	return r
}

// writtenDigits returns the digits of the first number in s as written,
// without group separators and with a full-width digit folded: "2.76" for
// 2.76万亿元, "260000" for 260,000, "" when s has no digit.
func writtenDigits(s string) string {
	var b strings.Builder
	rs := []rune(s)
	i := 0
	for i < len(rs) && !isDigitRune(rs[i]) {
		i++
	}
	for ; i < len(rs); i++ {
		r := rs[i]
		switch {
		case isDigitRune(r):
			b.WriteByte(byte('0' + digitValue(r)))
		case (r == '.' || r == '．') && i+1 < len(rs) && isDigitRune(rs[i+1]):
			b.WriteByte('.')
		case (r == ',' || r == '，') && i+1 < len(rs) && isDigitRune(rs[i+1]):
		default:
			return b.String()
		}
	}
	return b.String()
}

// wordScale returns the scale word in a number written without digits.
func wordScale(s string) float64 {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "trillion") || strings.Contains(s, "万亿"):
		return 1e12
	case strings.Contains(l, "billion"):
		return 1e9
	case strings.Contains(s, "亿"):
		return 1e8
	case strings.Contains(l, "million"):
		return 1e6
	case strings.Contains(s, "万"):
		return 1e4
	}
	return 1
}
