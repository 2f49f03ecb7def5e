package extract

import (
	"math"
	"strings"
	"unicode"
)

// A Pairing is one result of Link: a Chinese quantity with its English
// counterpart. ZH and EN are indices into the slices given to Link, -1 when
// that side has none. (The type cannot share the name of the function.)
type Pairing struct {
	ZH     int
	EN     int
	Status Status
}

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
// the same two neighbouring pairs (or text ends), their units are of the
// same class, and one number could be the other mistranslated: within 25%
// of it (a changed digit, a bad rounding) or the same digits at another
// scale (26万 as 2.6 million). They sit where the translation of one another
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
			if a.class == b.class && likelySameNumber(a.value, b.value) {
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
		st := Mismatch
		if agree(zn[i], en2[e]) {
			st = Consistent
		}
		out = append(out, Pairing{ZH: zi[i], EN: ei[e], Status: st})
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

func percentLike(c unitClass) bool { return c == classPercent || c == classPP }

// A unitClass is a kind of unit whose members convert into one another.
type unitClass string

// The unit classes.
const (
	classCount   unitClass = "count"
	classPercent unitClass = "%"
	classPP      unitClass = "pp"
	classYuan    unitClass = "yuan"
	classDollar  unitClass = "usd"
	classEuro    unitClass = "eur"
	classLength  unitClass = "length" // metres
	classArea    unitClass = "area"   // square metres
	classWeight  unitClass = "weight" // kilograms
	classVolume  unitClass = "volume" // cubic metres
	classTime    unitClass = "time"   // months
	classPower   unitClass = "power"  // kilowatts
	classGrade   unitClass = "grade"  // 二级, Grade II, 5A: a rank, not an amount
	classAge     unitClass = "age"    // 岁: years of age; a time or a bare count on the other side
	classUnknown unitClass = ""       // no unit written: takes the other side's
)

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
	return linkKey{
		class:      c,
		value:      v * f,
		upper:      u * f,
		tol:        prec * f / 2,
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
	if !sameScale(a.scaled, b.scaled) || a.unitFactor != b.unitFactor {
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

// classifyUnit returns the class of a unit and the factor that converts it to
// the base unit of that class. Units it does not know are counts.
func classifyUnit(unit string) (unitClass, float64) {
	u := strings.ToLower(strings.TrimSpace(unit))
	u = strings.TrimRightFunc(u, func(r rune) bool { return r == '\'' || r == '’' || r == '.' })
	u = strings.TrimSuffix(u, "'s")
	u = strings.TrimSuffix(u, "’s")
	if u == "" {
		return classUnknown, 1
	}
	if e, ok := unitTable[u]; ok {
		return e.class, e.factor
	}
	if strings.HasSuffix(u, "s") {
		if e, ok := unitTable[strings.TrimSuffix(u, "s")]; ok {
			return e.class, e.factor
		}
	}
	// The first word (or two) of an English unit phrase: "percent of",
	// "square meters of floor space", "tons of grain".
	f := strings.FieldsFunc(u, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	for n := min(3, len(f)); n >= 1; n-- {
		w := strings.Join(f[:n], " ")
		if e, ok := unitTable[w]; ok {
			return e.class, e.factor
		}
		if e, ok := unitTable[strings.TrimSuffix(w, "s")]; ok {
			return e.class, e.factor
		}
	}
	return classCount, 1
}

func isHalfUnit(unit string) bool {
	switch strings.ToLower(strings.TrimSpace(unit)) {
	case "半", "一半", "half", "halves":
		return true
	}
	return false
}

type unitEntry struct {
	class  unitClass
	factor float64
}

// unitTable maps a lower-case unit (English singular) to its class and its
// factor to the class's base unit. It is read only.
var unitTable = map[string]unitEntry{
	"%": {classPercent, 1}, "％": {classPercent, 1}, "percent": {classPercent, 1},
	"per cent": {classPercent, 1}, "pct": {classPercent, 1}, "成": {classPercent, 10},
	"半": {classPercent, 100}, "一半": {classPercent, 100}, "half": {classPercent, 100},
	"halve": {classPercent, 100}, "fraction": {classPercent, 100},

	"pp": {classPP, 1}, "个百分点": {classPP, 1}, "百分点": {classPP, 1},
	"percentage point": {classPP, 1}, "percentage": {classPP, 1},

	"元": {classYuan, 1}, "yuan": {classYuan, 1}, "rmb": {classYuan, 1}, "rmb yuan": {classYuan, 1},
	"人民币": {classYuan, 1}, "块": {classYuan, 1},
	"美元": {classDollar, 1}, "dollar": {classDollar, 1}, "us dollar": {classDollar, 1},
	"usd": {classDollar, 1}, "$": {classDollar, 1}, "u.s. dollar": {classDollar, 1},
	"欧元": {classEuro, 1}, "euro": {classEuro, 1}, "eur": {classEuro, 1},

	"公里": {classLength, 1000}, "千米": {classLength, 1000}, "km": {classLength, 1000},
	"kilometer": {classLength, 1000}, "kilometre": {classLength, 1000},
	"米": {classLength, 1}, "meter": {classLength, 1}, "metre": {classLength, 1}, "m": {classLength, 1},
	"里": {classLength, 500}, "li": {classLength, 500},
	"mile": {classLength, 1609.344},

	"亩": {classArea, 10000.0 / 15}, "mu": {classArea, 10000.0 / 15},
	"公顷": {classArea, 10000}, "hectare": {classArea, 10000}, "ha": {classArea, 10000},
	"平方米": {classArea, 1}, "square meter": {classArea, 1}, "square metre": {classArea, 1},
	"㎡": {classArea, 1}, "m2": {classArea, 1}, "sq m": {classArea, 1},
	"平方公里": {classArea, 1e6}, "square kilometer": {classArea, 1e6},
	"square kilometre": {classArea, 1e6}, "km2": {classArea, 1e6}, "sq km": {classArea, 1e6},

	"斤": {classWeight, 0.5}, "jin": {classWeight, 0.5},
	"公斤": {classWeight, 1}, "千克": {classWeight, 1}, "kilogram": {classWeight, 1}, "kg": {classWeight, 1},
	"吨": {classWeight, 1000}, "ton": {classWeight, 1000}, "tonne": {classWeight, 1000},
	"metric ton": {classWeight, 1000}, "t": {classWeight, 1000},
	"克": {classWeight, 0.001}, "gram": {classWeight, 0.001},

	"立方米": {classVolume, 1}, "cubic meter": {classVolume, 1}, "cubic metre": {classVolume, 1},
	"m3": {classVolume, 1}, "升": {classVolume, 0.001}, "liter": {classVolume, 0.001},
	"litre": {classVolume, 0.001},

	"千瓦": {classPower, 1}, "kilowatt": {classPower, 1}, "kw": {classPower, 1},
	"万千瓦": {classPower, 1e4}, "兆瓦": {classPower, 1000}, "megawatt": {classPower, 1000},
	"mw": {classPower, 1000}, "gigawatt": {classPower, 1e6}, "gw": {classPower, 1e6},

	"年": {classTime, 12}, "year": {classTime, 12}, "岁": {classAge, 1}, "周岁": {classAge, 1},
	"个月": {classTime, 1}, "月": {classTime, 1}, "month": {classTime, 1},
	"周": {classTime, 7.0 / 30}, "星期": {classTime, 7.0 / 30}, "week": {classTime, 7.0 / 30},
	"天": {classTime, 1.0 / 30}, "日": {classTime, 1.0 / 30}, "day": {classTime, 1.0 / 30},
	"个工作日": {classTime, 1.0 / 30}, "工作日": {classTime, 1.0 / 30}, "working day": {classTime, 1.0 / 30},
	"business day": {classTime, 1.0 / 30},
	"小时":           {classTime, 1.0 / 720}, "hour": {classTime, 1.0 / 720},

	"倍": {classCount, 1}, "times": {classCount, 1}, "time": {classCount, 1}, "fold": {classCount, 1},
	"次": {classCount, 1},

	"级": {classGrade, 1}, "grade": {classGrade, 1}, "星": {classGrade, 1}, "星级": {classGrade, 1},
	"a级": {classGrade, 1}, "level": {classGrade, 1}, "class": {classGrade, 1}, "等": {classGrade, 1},
	"周年": {classGrade, 1}, "anniversary": {classGrade, 1}, "th anniversary": {classGrade, 1},
}
