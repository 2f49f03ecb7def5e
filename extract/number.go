package extract

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
)

// A Number is a numeral normalised by ParseNumber.
//
// Scales are folded into Value (1.5万 → 15000, 1.2 million → 1200000,
// 114万亿元 → 1.14e14 with Unit 元). Percentages keep their number
// (6.5% → 6.5, Unit "%"); percentage points are their own unit (3.5个百分点 →
// 3.5, Unit "pp"), never "%". A range (6%－6.5%, 3到5, between 3 and 5) has
// IsRange set, Value the lower and Upper the upper bound.
type Number struct {
	Value   float64 // the number, or the lower bound of a range
	Upper   float64 // the upper bound of a range; 0 unless IsRange
	IsRange bool    // the numeral is a range: Value–Upper
	Ordinal bool    // an ordinal: 第十六, sixteenth, 13th
	// Unit is "%" (percent, 百分之), "‰" (千分之), "pp" (个百分点,
	// percentage points), "fraction" (三分之二, two-thirds, a third, 一半:
	// Value is the fraction, 0.6667), a currency ("元", "美元", "yuan", "dollars"), a
	// Chinese classifier or measure word written after the number (3至5个 →
	// "个"), or "" for a plain number.
	Unit string
}

// ErrSyntax reports that a string is not a numeral ParseNumber understands.
var ErrSyntax = errors.New("invalid number syntax")

// ErrOverflow reports a numeral whose value does not fit a float64: it
// overflows, or it is an integer too large to be represented exactly.
var ErrOverflow = errors.New("number out of range")

// A NumberError records a failed ParseNumber: the input, the rune offset where
// parsing stopped and the reason, ErrSyntax or ErrOverflow (use errors.Is).
type NumberError struct {
	Input  string // the string given to ParseNumber
	Offset int    // rune offset of the first rune that could not be read
	Err    error  // ErrSyntax or ErrOverflow
}

// Error implements error.
func (e *NumberError) Error() string {
	return fmt.Sprintf("extract: parsing number %q: offset %d: %v", e.Input, e.Offset, e.Err)
}

// Unwrap returns ErrSyntax or ErrOverflow.
func (e *NumberError) Unwrap() error { return e.Err }

// ParseNumber normalises one numeral, Chinese or English, with its scale,
// percent or percentage-point marker and currency: 26万, ２６万, 1.5万, 一万二,
// 两千三, 壹仟贰佰, 114万亿元, 4万多亿元, 百分之三十, 3.5个百分点, 6%－6.5%,
// 3至5, 100万元至300万元, 第十六, 一半, 三分之一, 260,000, twenty-five,
// a dozen, RMB 10 billion, 1.2 million, the 150-million, 6.5 percent,
// 0.2 percentage points, between 3 and 5, Sixteenth, 13th, two-thirds,
// a third. Mixed digits and scales are one amount (5万4千6百 = 54600,
// 1亿3千多万 = 1.3e8); a decimal point marks the units place after a
// shortened numeral (两千三点一 = 2300.1, 一千六点五万 = 1600.5万); 百分之百
// is 100%, 万分之三 0.03%; traditional characters read as simplified
// (三點五, 0.4個百分點, 負3.9%); a minus is -, −, －, 负, minus or negative.
// Leading and trailing white space is ignored; anything else left over is a
// syntax error. Decimal fractions are rounded to the nearest float64 as
// strconv.ParseFloat does; an integral value must be exactly representable,
// otherwise the error wraps ErrOverflow.
func ParseNumber(s string) (Number, error) {
	rs := []rune(s)
	i, end := 0, len(rs)
	for i < end && unicode.IsSpace(rs[i]) {
		i++
	}
	for end > i && unicode.IsSpace(rs[end-1]) {
		end--
	}
	if i == end {
		return Number{}, &NumberError{Input: s, Offset: i, Err: ErrSyntax}
	}
	rs = rs[:end]
	neg := false
	if isMinusSign(rs[i]) {
		if i+1 < end && (isDigit(rs[i+1]) || zhFold(rs[i]) == '负') {
			neg = true
			i++
		}
	} else if w, k := wordAt(rs, i); (w == "minus" || w == "negative") && k < end && rs[k] == ' ' {
		// minus 5 percent, negative 0.3
		neg = true
		i = skipSpace(rs, k)
	}
	ordinal := false
	if rs[i] == '第' {
		ordinal = true
		i++
	}
	if i >= end {
		return Number{}, &NumberError{Input: s, Offset: i, Err: ErrSyntax}
	}
	var e expr
	var ok bool
	if isEnglishStart(rs, i) {
		e, ok = scanENExpr(rs, i, true)
	} else {
		e, ok = scanZHExpr(rs, i)
		if ok && e.err == nil && (e.unit == "" || e.unit == "元" && rs[e.end-1] != '元') {
			// A classifier or measure word: 第十六届, 3至5个, 100亿美元.
			if u, k := zhUnitAt(rs, e.end); u != "" {
				e.end = k
				if !ordinal {
					e.unit = u
				}
			}
		}
	}
	if !ok {
		return Number{}, &NumberError{Input: s, Offset: i, Err: ErrSyntax}
	}
	if e.err != nil {
		return Number{}, &NumberError{Input: s, Offset: e.errAt, Err: e.err}
	}
	j := e.end
	// Currency and other trailing words handled by the expression scanners;
	// anything left is a syntax error.
	for j < end && unicode.IsSpace(rs[j]) {
		j++
	}
	if j < end {
		return Number{}, &NumberError{Input: s, Offset: j, Err: ErrSyntax}
	}
	n, err := e.number()
	if err != nil {
		return Number{}, &NumberError{Input: s, Offset: i, Err: err}
	}
	n.Ordinal = n.Ordinal || ordinal
	if neg {
		n.Value = -n.Value
	}
	return n, nil
}

// isEnglishStart reports whether the numeral at rs[i] reads as English:
// a Latin letter, a currency sign, or digits not followed by Chinese.
func isEnglishStart(rs []rune, i int) bool {
	r := rs[i]
	if isLatin(r) || r == '$' {
		return true
	}
	if r == '¥' || r == '￥' {
		return false
	}
	for j := i; j < len(rs); j++ {
		if isHan(rs[j]) || rs[j] == '％' || rs[j] == '－' || rs[j] == '～' {
			return false
		}
		if isLatin(rs[j]) {
			return true
		}
	}
	return !isHan(r)
}

// expr is a numeral expression found at a position: one number or a range,
// with its scale and percent, percentage-point or currency marker. Offsets
// are rune offsets into the scanned slice.
type expr struct {
	start, end int
	lo, hi     dec
	isRange    bool
	ordinal    bool
	unit       string
	// approx is MoreThan for 多/余 inside a numeral (1100多万) or About for
	// an approximate pair (三四个).
	approx Qualifier
	// han is set when the first number is written in Chinese numerals,
	// words when it is written in English number words.
	han, words bool
	// lone is set for a single Chinese numeral character with no scale
	// (一, 三, 十): these need context to count as numbers.
	lone bool
	// digitString: a run of Chinese digits read digit by digit (二〇二四).
	digitString bool
	// partial: the Chinese numeral run did not parse to its end (十四五).
	partial bool
	// plain: Arabic digits only, no grouping, no decimals, no scale.
	plain bool
	// frac is set for a fraction or ratio: fracVal is its value, n/d for
	// 三分之一, one third, three quarters (unit "fraction"), or a/b for a
	// ratio a:b (unit "ratio").
	frac     bool
	fracVal  float64
	digits   int // number of Arabic digits in the first number
	scaleExp int // power of ten of the scale words or characters applied
	err      error
	errAt    int
}

// number converts an expression to a Number.
func (e expr) number() (Number, error) {
	if e.frac {
		return Number{Value: e.fracVal, Unit: e.unit}, nil
	}
	lo, err := e.lo.float()
	if err != nil {
		return Number{}, err
	}
	n := Number{Value: lo, Unit: e.unit, Ordinal: e.ordinal}
	if e.isRange {
		hi, err := e.hi.float()
		if err != nil {
			return Number{}, err
		}
		n.Upper, n.IsRange = hi, true
	}
	return n, nil
}

// dec is an exact decimal m × 10^e. Arithmetic reports overflow through ok.
type dec struct {
	m uint64
	e int
}

func decInt(v uint64) dec { return dec{m: v}.norm() }

func (d dec) norm() dec {
	if d.m == 0 {
		return dec{}
	}
	for d.m%10 == 0 {
		d.m /= 10
		d.e++
	}
	return d
}

func (d dec) isZero() bool { return d.m == 0 }

var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// scale multiplies by 10^k.
func (d dec) scale(k int) dec {
	if d.m == 0 {
		return d
	}
	d.e += k
	return d
}

// mulInt multiplies by a small integer.
func (d dec) mulInt(v uint64) (dec, bool) {
	hi, lo := bits.Mul64(d.m, v)
	if hi != 0 {
		return dec{}, false
	}
	return dec{m: lo, e: d.e}.norm(), true
}

// add adds two decimals exactly.
func (d dec) add(o dec) (dec, bool) {
	if d.m == 0 {
		return o, true
	}
	if o.m == 0 {
		return d, true
	}
	if d.e < o.e {
		d, o = o, d
	}
	// d has the larger exponent: bring it down to o.e.
	k := d.e - o.e
	if k >= len(pow10) {
		return dec{}, false
	}
	hi, lo := bits.Mul64(d.m, pow10[k])
	if hi != 0 {
		return dec{}, false
	}
	sum, carry := bits.Add64(lo, o.m, 0)
	if carry != 0 {
		return dec{}, false
	}
	return dec{m: sum, e: o.e}.norm(), true
}

// float converts to the nearest float64; integral values must be exact.
func (d dec) float() (float64, error) {
	if d.m == 0 {
		return 0, nil
	}
	if d.e > 400 || d.e < -400 {
		return 0, ErrOverflow
	}
	f, err := strconv.ParseFloat(strconv.FormatUint(d.m, 10)+"e"+strconv.Itoa(d.e), 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, ErrOverflow
	}
	if f == 0 {
		return 0, ErrOverflow
	}
	if d.e >= 0 && f >= 1<<53 {
		want := new(big.Int).SetUint64(d.m)
		want.Mul(want, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.e)), nil))
		got, _ := new(big.Float).SetFloat64(f).Int(nil)
		if got.Cmp(want) != 0 {
			return 0, ErrOverflow
		}
	}
	return f, nil
}

// isDigit reports an ASCII or full-width decimal digit.
func isDigit(r rune) bool { return r >= '0' && r <= '9' || isFullDigit(r) }

func isFullDigit(r rune) bool { return r >= '０' && r <= '９' }

func digitVal(r rune) uint64 {
	if r >= '０' && r <= '９' {
		return uint64(r - '０')
	}
	return uint64(r - '0')
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isLatin(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

// scanArabic reads digits with optional comma grouping (exactly three
// digits after each comma) and a decimal fraction at rs[i]. It returns the
// value, the end, the count of integer digits, whether grouping or a fraction
// was seen, and ok=false on overflow (end is then where it happened).
func scanArabic(rs []rune, i int) (v dec, end, digits int, fancy, ok bool) {
	j := i
	var m uint64
	e := 0
	fullGrouped := false
	push := func(r rune) bool {
		hi, lo := bits.Mul64(m, 10)
		if hi != 0 {
			return false
		}
		s, c := bits.Add64(lo, digitVal(r), 0)
		if c != 0 {
			return false
		}
		m = s
		return true
	}
	for j < len(rs) {
		r := rs[j]
		switch {
		case isDigit(r):
			if !push(r) {
				return dec{}, j, digits, fancy, false
			}
			digits++
			j++
			continue
		case r == ',' && digits > 0 && digits <= 3+4*digits && j+3 < len(rs)+0 && groupAt(rs, j+1):
			fancy = true
			j++
			continue
		case r == '，' && digits > 0 && j+1 < len(rs) && isDigit(rs[j+1]) &&
			(fullGrouped || digits <= 3 && !(i >= 2 && rs[i-1] == '，' && isDigit(rs[i-2])) && fullGroupsAt(rs, j)):
			// １，２００万元: digits grouped by full-width commas, only
			// when every group is three digits (the width of the digits
			// does not matter).
			fancy, fullGrouped = true, true
			j++
			continue
		}
		break
	}
	if j+1 < len(rs) && (rs[j] == '.' || rs[j] == '．') && isDigit(rs[j+1]) {
		fancy = true
		j++
		for j < len(rs) && isDigit(rs[j]) {
			if !push(rs[j]) {
				return dec{}, j, digits, fancy, false
			}
			e--
			j++
		}
	}
	return dec{m: m, e: e}.norm(), j, digits, fancy, true
}

// fullGroupsAt reports whether the full-width comma at rs[j] starts a chain
// of groups of exactly three digits each (，２００, ，２００，０００). A chain
// with any other group (１，２０, １，２００，５) is a list of numbers, not
// one amount, and none of its commas groups.
func fullGroupsAt(rs []rune, j int) bool {
	for j < len(rs) && rs[j] == '，' && j+1 < len(rs) && isDigit(rs[j+1]) {
		for k := j + 1; k < j+4; k++ {
			if k >= len(rs) || !isDigit(rs[k]) {
				return false
			}
		}
		if j+4 < len(rs) && isDigit(rs[j+4]) {
			return false
		}
		j += 4
	}
	return true
}

// groupAt reports exactly three digits at rs[i:] not followed by a digit.
func groupAt(rs []rune, i int) bool {
	if i+3 > len(rs) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isDigit(rs[k]) {
			return false
		}
	}
	return i+3 == len(rs) || !isDigit(rs[i+3])
}

// hanDigit returns the value of a Chinese digit (everyday and financial forms).
func hanDigit(r rune) (uint64, bool) {
	switch r {
	case '〇', '零', '○':
		return 0, true
	case '一', '壹', '弌':
		return 1, true
	case '二', '两', '贰', '貳', '兩', '弍':
		return 2, true
	case '三', '叁', '參', '叄', '弎':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆', '陸':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// hanUnit returns the power of ten of 十, 百, 千 (and financial forms).
func hanUnit(r rune) int {
	switch r {
	case '十', '拾':
		return 1
	case '百', '佰':
		return 2
	case '千', '仟':
		return 3
	}
	return 0
}

// hanScale returns the power of ten of 万 and 亿.
func hanScale(r rune) int {
	switch r {
	case '万', '萬':
		return 4
	case '亿', '億':
		return 8
	}
	return 0
}

// isHanNumeral reports a rune that can be part of a Chinese numeral.
func isHanNumeral(r rune) bool {
	_, ok := hanDigit(r)
	return ok || hanUnit(r) > 0 || hanScale(r) > 0
}

// hanNum is a Chinese numeral read by scanHan.
type hanNum struct {
	v           dec
	end         int
	lone        bool // one digit or 十 alone
	digitString bool // 二〇二四: read digit by digit
	approx      bool // 三四: an approximate pair, v and hi
	hi          dec
	partial     bool // stopped before the end of the numeral run
	overflow    bool
}

// scanHan reads a Chinese numeral at rs[i]: 一万二, 两千三, 三亿五千万,
// 十四, 一千零五, 三点五, 二〇二四, 三四. ok is false when rs[i] does not
// start a numeral (百, 千, 万, 亿 need a digit before them).
func scanHan(rs []rune, i int) (h hanNum, ok bool) {
	var total, high, section dec // ≥亿, 万 group, below 万
	var num dec
	haveNum := false // a digit is pending in num
	numAfterUnit := false
	lastUnit := 0 // power of ten of the last unit or scale
	units := 0
	j := i
	fail := func() (hanNum, bool) { h.overflow = true; h.end = j; return h, true }
	for ; j < len(rs); j++ {
		r := rs[j]
		if d, isD := hanDigit(r); isD {
			if haveNum || (d == 0 && j == i && j+1 < len(rs) && isHanDigitOnly(rs[j+1])) {
				if units == 0 {
					return scanHanDigits(rs, i)
				}
				h.partial = true
				break
			}
			if d == 0 {
				// 零 inside a numeral: a place holder; no elision after it.
				if units == 0 {
					if j+1 < len(rs) && isHanDigitOnly(rs[j+1]) {
						return scanHanDigits(rs, i)
					}
					// 零 alone.
					num, haveNum = dec{}, true
					continue
				}
				numAfterUnit = false
				lastUnit = 0
				continue
			}
			num, haveNum = decInt(d), true
			numAfterUnit = lastUnit >= 2 && j > i && !isZeroRune(rs[j-1])
			continue
		}
		if u := hanUnit(r); u > 0 {
			n := num
			if !haveNum {
				if u != 1 {
					// 百, 千 need a digit: 千方百计, 百姓.
					if j == i {
						return hanNum{}, false
					}
					break
				}
				n = decInt(1) // 十五, 一百一十
			}
			var okA bool
			section, okA = section.add(n.scale(u))
			if !okA {
				return fail()
			}
			num, haveNum, numAfterUnit = dec{}, false, false
			lastUnit = u
			units++
			continue
		}
		if s := hanScale(r); s > 0 {
			if j == i {
				return hanNum{}, false
			}
			grp, okA := section.add(num)
			if !okA {
				return fail()
			}
			if grp.isZero() {
				if s == 8 && !high.isZero() {
					// 十四万亿: the 万 group scales by 亿.
					total, okA = total.add(high.scale(8))
					if !okA {
						return fail()
					}
					high = dec{}
					lastUnit, units = 8, units+1
					continue
				}
				break
			}
			if s == 4 {
				high, okA = high.add(grp.scale(4))
			} else {
				var t dec
				t, okA = total.add(high)
				if okA {
					t, okA = t.add(grp)
				}
				total, high = t.scale(8), dec{}
			}
			if !okA {
				return fail()
			}
			section, num, haveNum, numAfterUnit = dec{}, dec{}, false, false
			lastUnit = s
			units++
			continue
		}
		if zhFold(r) == '点' && j+1 < len(rs) && isFractionDigit(rs[j+1]) && (haveNum || lastUnit >= 1 && lastUnit <= 3) {
			// 三点五, 十点二三三, 一百二十点五, 两千三点一: a decimal
			// fraction. The point marks the units place, so a digit elided
			// after a unit keeps its place (两千三点一 = 2300.1) and the
			// fraction follows a bare 十, 百 or 千 (十点二 = 10.2).
			frac := dec{}
			if haveNum {
				frac = num
				if numAfterUnit {
					frac = num.scale(lastUnit - 1)
				}
			}
			k := j + 1
			e := 0
			for ; k < len(rs) && isFractionDigit(rs[k]); k++ {
				d, _ := hanDigit(rs[k])
				e--
				var okA bool
				frac, okA = frac.add(decInt(d).scale(e))
				if !okA {
					j = k
					return fail()
				}
			}
			if k < len(rs) && hanUnit(rs[k]) > 0 {
				// 十点二十分: a clock time, or digits that go on after the
				// fraction; the numeral ends before the point.
				break
			}
			num, haveNum = frac, true
			numAfterUnit = false
			j = k - 1
			units++
			continue
		}
		break
	}
	if j == i {
		return hanNum{}, false
	}
	if numAfterUnit && haveNum {
		num = num.scale(lastUnit - 1) // 一万二 = 12000, 两千三 = 2300
	}
	v, okA := total.add(high)
	if okA {
		v, okA = v.add(section)
	}
	if okA {
		v, okA = v.add(num)
	}
	if !okA {
		return fail()
	}
	h.v, h.end = v, j
	h.lone = j-i == 1 && hanScale(rs[i]) == 0
	return h, true
}

func isZeroRune(r rune) bool { return r == '零' || r == '〇' || r == '○' }

// isFractionDigit reports a Chinese digit that can follow the decimal
// point: 两 counts things and is never a decimal digit (两百点两 is 200 and
// then 2, not 200.2; the decimal is 点二).
func isFractionDigit(r rune) bool {
	return isHanDigitOnly(r) && zhFold(r) != '两'
}

// isHanDigitOnly reports a Chinese digit (not a unit or scale).
func isHanDigitOnly(r rune) bool { _, ok := hanDigit(r); return ok }

// scanHanDigits reads a run of Chinese digits without units: 二〇二四 is 2024,
// 三四 (two consecutive digits) is the approximate pair 3–4, anything else
// (五四, 九二) is read digit by digit and marked digitString.
func scanHanDigits(rs []rune, i int) (hanNum, bool) {
	j := i
	var m uint64
	zero := false
	for ; j < len(rs); j++ {
		d, ok := hanDigit(rs[j])
		if !ok {
			break
		}
		if d == 0 {
			zero = true
		}
		hi, lo := bits.Mul64(m, 10)
		if hi != 0 || lo+d < lo {
			return hanNum{end: j, overflow: true}, true
		}
		m = lo + d
	}
	h := hanNum{end: j}
	if j-i == 2 && !zero {
		a, _ := hanDigit(rs[i])
		b, _ := hanDigit(rs[i+1])
		if b == a+1 {
			h.v, h.hi, h.approx = decInt(a), decInt(b), true
			if j < len(rs) && hanUnit(rs[j]) > 0 {
				// 二三十, 三四百: the place scales both bounds (20–30).
				u := hanUnit(rs[j])
				h.v, h.hi, h.end = h.v.scale(u), h.hi.scale(u), j+1
			}
			return h, true
		}
	}
	h.v, h.digitString = decInt(m), true
	return h, true
}

// scanZHNumber reads one number at rs[i], Arabic (with 多/余 and Chinese
// scales) or Chinese, into e (start, lo, end and flags).
func scanZHNumber(rs []rune, i int) (e expr, ok bool) {
	e.start = i
	if isDigit(rs[i]) {
		v, j, digits, fancy, okA := scanArabic(rs, i)
		e.lo, e.end, e.digits = v, j, digits
		if !okA {
			e.err, e.errAt = ErrOverflow, j
			return e, true
		}
		e.plain = !fancy
	} else {
		h, okH := scanHan(rs, i)
		if !okH {
			return e, false
		}
		e.han = true
		e.lo, e.end, e.lone, e.digitString, e.partial = h.v, h.end, h.lone, h.digitString, h.partial
		if h.overflow {
			e.err, e.errAt = ErrOverflow, h.end
			return e, true
		}
		if h.approx {
			e.hi, e.isRange, e.approx = h.hi, true, About
		}
	}
	j := e.end
	leadPlain := e.plain
	if j < len(rs) && isDuo(rs[j]) && j+1 < len(rs) &&
		(hanScale(rs[j+1]) > 0 || hanUnit(rs[j+1]) > 0 && j+2 < len(rs) && hanScale(rs[j+2]) > 0) {
		// 1100多万, 一千多亿: 多 before the scale.
		e.approx = MoreThan
		j++
		if e.han && hanScale(rs[j]) == 4 && hasScaleIn(rs[i:e.end], 8) {
			// 一亿三千多万: the 万 scales only the part below 亿.
			e.lo = scaleBelow(e.lo, 8, 4)
			j++
			e.lone, e.plain, e.end = false, false, j
			return e, true
		}
	}
	// Scales after the number: 26万, 114万亿, 5千万, 3百亿, 5千.
	scaled := false
	for j < len(rs) {
		k := hanScale(rs[j])
		if k == 0 && !e.han && !e.digitString {
			if u := hanUnit(rs[j]); u > 1 && (j+1 < len(rs) && hanScale(rs[j+1]) > 0 || e.scaleExp == 0 && placeAt(rs, j)) {
				k = u
			}
		}
		if k == 0 {
			break
		}
		e.lo = e.lo.scale(k)
		e.scaleExp += k
		if e.isRange {
			e.hi = e.hi.scale(k)
		}
		scaled = true
		j++
		if j+1 < len(rs) && (rs[j] == '多' || rs[j] == '余' || rs[j] == '餘') && hanScale(rs[j+1]) > 0 {
			// 4万多亿: 多 between two scales.
			e.approx = MoreThan
			j++
		}
	}
	if scaled && !e.han && !e.isRange && leadPlain {
		j = zhPlaceTails(rs, &e, j)
	}
	if scaled && j < len(rs) && (rs[j] == '多' || rs[j] == '余' || rs[j] == '餘') && !zhDuoWordAt(rs, j) {
		// 1亿多, 1万多人, 9亿多劳动力: 多 after the scale.
		e.approx = MoreThan
		j++
	}
	if scaled {
		e.lone, e.plain = false, false
	}
	e.end = j
	return e, true
}

// isDuo reports 多 or 余 (餘): "more than" inside a numeral.
func isDuo(r rune) bool { return r == '多' || zhFold(r) == '余' }

// hasScaleIn reports a scale character of the given power of ten in rs.
func hasScaleIn(rs []rune, exp int) bool {
	for _, r := range rs {
		if hanScale(r) == exp {
			return true
		}
	}
	return false
}

// scaleBelow multiplies the part of d below 10^at by 10^by: 一亿三千多万
// reads 一亿三千 then scales the 三千 by 万. Values too large to split
// exactly are left as they are.
func scaleBelow(d dec, at, by int) dec {
	f, err := d.float()
	if err != nil || f >= 1<<53 || f != math.Trunc(f) {
		return d
	}
	p := math.Pow10(at)
	high := math.Floor(f/p) * p
	low := (f - high) * math.Pow10(by)
	if high+low >= 1<<53 {
		return d
	}
	return decInt(uint64(high + low))
}

// placeAt reports 百 or 千 at rs[j] used as a place after Arabic digits
// (5千多户, 3百亿), not the start of a unit word (5千克, 3千米, 2千瓦时) or
// of a percent (百分点, 千分之).
func placeAt(rs []rune, j int) bool {
	if hasAt(rs, j, "百分") || hasAt(rs, j, "千分") {
		return false
	}
	u, _ := zhUnitAt(rs, j)
	return u == ""
}

// zhPlaceTails reads the lower places written after a scaled Arabic number
// and adds them to e: 1万6千, 5万4千6百, 25万6千, 1亿3千多万 (3千多万 below
// the 亿), 3万4000, 100万三千. Each term must stand below the place before
// it; it returns where the number ends.
func zhPlaceTails(rs []rune, e *expr, j int) int {
	last := e.scaleExp
	for j < len(rs) && last > 1 {
		v, exp, k, approx, ok := zhPlaceTerm(rs, j, last)
		if !ok {
			break
		}
		sum, okA := e.lo.add(v)
		if !okA {
			break
		}
		e.lo, last, j = sum, exp, k
		if approx {
			e.approx = MoreThan
		}
	}
	return j
}

// zhPlaceTerm reads one lower place at rs[j] below 10^last: digits with
// 千 or 百 (4千), with 万 under 亿 (3000万, 3千多万), a bare run of two to
// last digits (3万4000), or a Chinese numeral (三千). It returns the value,
// the power of ten of its place (0 when it ends the numeral) and the end.
func zhPlaceTerm(rs []rune, j, last int) (v dec, exp, end int, approx, ok bool) {
	if !isDigit(rs[j]) {
		if !isHanNumeral(rs[j]) || hanScale(rs[j]) > 0 {
			return
		}
		h, okH := scanHan(rs, j)
		if !okH || h.lone || h.digitString || h.partial || h.approx || h.overflow {
			return
		}
		if f, okF := floatOf(h.v); !okF || f >= math.Pow10(last) || f < 10 {
			return
		}
		return h.v, 0, h.end, false, true
	}
	n, k, digits, fancy, okA := scanArabic(rs, j)
	if !okA || fancy || n.isZero() {
		return
	}
	if k < len(rs) {
		if u := hanUnit(rs[k]); u > 1 && u < last && placeAt(rs, k) {
			exp, k = u, k+1
			switch {
			case k+1 < len(rs) && isDuo(rs[k]) && hanScale(rs[k+1]) > 0 && exp+hanScale(rs[k+1]) < last:
				exp, k, approx = exp+hanScale(rs[k+1]), k+2, true
			case k < len(rs) && hanScale(rs[k]) > 0 && exp+hanScale(rs[k]) < last:
				exp, k = exp+hanScale(rs[k]), k+1
			}
			return n.scale(exp), exp, k, approx, true
		}
		if s := hanScale(rs[k]); s > 0 && s < last {
			return n.scale(s), s, k + 1, false, true
		}
	}
	if digits >= 2 && digits <= last && (k == len(rs) || !bareTailBlocked(rs, k)) {
		return n, 0, k, false, true
	}
	return
}

// bareTailBlocked reports what may not follow a bare digit tail (3万4000):
// a percent, a decimal or grouping mark, a letter, or 年, 月, 日 (a year or
// a date starts there instead).
func bareTailBlocked(rs []rune, k int) bool {
	r := rs[k]
	switch r {
	case '%', '％', '‰', '.', '．', '年', '月', '日', '-', '－', '~', '～', '至', '到':
		return true
	}
	return isLatin(r) || hanUnit(r) > 0
}

// zhDuoWordAt reports a word that starts with 多 at rs[j] (多元化, 多样,
// 多媒体, 多边, 多方面, 多渠道, 多层次): after a number it is not "more
// than". 1万多元 is more than 10,000 yuan.
func zhDuoWordAt(rs []rune, j int) bool {
	for _, w := range []string{"多元化", "多样", "多媒体", "多边", "多方", "多渠道", "多层次"} {
		if hasAt(rs, j, w) {
			return true
		}
	}
	return false
}

// zhPercentAt reads a percent or percentage-point marker at rs[j]: %, ％,
// 个百分点, 百分点. It returns the unit and the end.
func zhPercentAt(rs []rune, j int) (string, int) {
	if j < len(rs) && (rs[j] == '%' || rs[j] == '％') {
		return "%", j + 1
	}
	if j < len(rs) && rs[j] == '‰' {
		return "‰", j + 1
	}
	if hasAt(rs, j, "个百分点") {
		return "pp", j + 4
	}
	if hasAt(rs, j, "百分点") {
		return "pp", j + 3
	}
	return "", j
}

// hasAt reports whether rs[j:] starts with s, reading traditional numeral
// and unit characters as simplified (個百分點 matches 个百分点).
func hasAt(rs []rune, j int, s string) bool {
	for _, r := range s {
		if j >= len(rs) || zhFold(rs[j]) != r {
			return false
		}
		j++
	}
	return true
}

// runeLen is the number of runes of s.
func runeLen(s string) int { return len([]rune(s)) }

// ratioAt reads ":1" after a number (2.45:1, 2.45∶1): it returns the
// divisor and the end, or ok=false.
func ratioAt(rs []rune, j int) (dec, int, bool) {
	if j+1 >= len(rs) || !(rs[j] == ':' || rs[j] == '∶' || rs[j] == '：') || !isDigit(rs[j+1]) {
		return dec{}, j, false
	}
	v, k, _, _, ok := scanArabic(rs, j+1)
	if !ok || v.isZero() || k < len(rs) && (isDigit(rs[k]) || rs[k] == ':') {
		return dec{}, j, false
	}
	return v, k, true
}

// applyRatio turns a number followed by ":b" into the ratio a/b with unit
// "ratio" (城乡居民收入比2.45∶1, 2.45:1).
func applyRatio(rs []rune, e expr) expr {
	if e.isRange || e.unit != "" || e.han || e.words || e.ordinal {
		return e
	}
	b, k, ok := ratioAt(rs, e.end)
	if !ok {
		return e
	}
	a, okA := floatOf(e.lo)
	d, okB := floatOf(b)
	if !okA || !okB {
		return e
	}
	e.frac, e.fracVal, e.unit, e.end, e.plain = true, a/d, "ratio", k, false
	return e
}

// zhUnitRange extends the number e to a range when its classifier or
// measure word is written after both bounds: 100万元至300万元, 3年到5年.
// The end stays before the second classifier, which the caller reads.
func zhUnitRange(rs []rune, e expr) expr {
	u, k := "", e.end
	if hasAt(rs, k, "元") {
		u, k = "元", k+1
	} else {
		u, k = zhUnitAt(rs, k)
	}
	if u == "" {
		return e
	}
	for _, sep := range zhRangeSeps {
		if !hasAt(rs, k, sep) {
			continue
		}
		m := k + runeLen(sep)
		if m >= len(rs) || !(isDigit(rs[m]) || isHanNumeral(rs[m])) || isDigit(rs[m]) == e.han {
			return e
		}
		f, ok := scanZHNumber(rs, m)
		if !ok || f.err != nil || f.isRange || f.digitString || f.partial || !hasAt(rs, f.end, u) {
			return e
		}
		if _, pk := zhPercentAt(rs, f.end); pk != f.end {
			return e
		}
		e.hi, e.isRange, e.end, e.lone = f.lo, true, f.end, false
		return e
	}
	return e
}

// rangeBounds reports whether lo and hi, the second written at rs[k], can
// bound a range: hi above lo, and hi not written with a leading zero.
// 1995-01 (a month), 2222-2222 and 10-5 are not ranges.
func rangeBounds(rs []rune, k int, lo, hi dec) bool {
	if k+1 < len(rs) && digitVal(rs[k]) == 0 && isDigit(rs[k]) && isDigit(rs[k+1]) {
		return false
	}
	a, okA := floatOf(lo)
	b, okB := floatOf(hi)
	return okA && okB && b > a
}

// zhRangeSeps are the separators of a Chinese range: 6%－6.5%, 3至5, 3到5.
var zhRangeSeps = []string{"-", "－", "—", "–", "~", "～", "〜", "至", "到", "——"}

// scanZHExpr reads a Chinese numeral expression at rs[i]: 百分之三十,
// 1.5万, 6%－6.5%, 3至5, 3.5个百分点, ¥10亿元.
func scanZHExpr(rs []rune, i int) (e expr, ok bool) {
	j := i
	currency := false
	if j < len(rs) && (rs[j] == '¥' || rs[j] == '￥') {
		currency = true
		j++
	}
	if hasAt(rs, j, "百分之") || hasAt(rs, j, "千分之") || hasAt(rs, j, "万分之") {
		unit := "%"
		if rs[j] == '千' {
			unit = "‰"
		}
		if j+3 >= len(rs) {
			return e, false
		}
		if rs[j+3] == '百' && (j+4 == len(rs) || !isHanNumeral(rs[j+4]) && zhFold(rs[j+4]) != '点') && rs[j] == '百' {
			// 百分之百: a hundred percent.
			e.start, e.end, e.han, e.lo, e.unit = i, j+4, true, decInt(100), unit
			return e, true
		}
		e, ok = scanZHNumber(rs, j+3)
		if !ok {
			return e, false
		}
		if zhFold(rs[j]) == '万' {
			// 万分之三: per ten thousand, written as percent (0.03%) as
			// translators write it; the contract has no per-myriad unit.
			e.lo = e.lo.scale(-2)
		}
		e.start, e.unit = i, unit
		if e.err == nil {
			// 百分之三十至百分之四十
			for _, sep := range zhRangeSeps {
				k := e.end
				if hasAt(rs, k, sep) && (hasAt(rs, k+runeLen(sep), "百分之") || hasAt(rs, k+runeLen(sep), "千分之")) {
					k += runeLen(sep) + 3
					if k < len(rs) {
						if f, okF := scanZHNumber(rs, k); okF && f.err == nil && !f.isRange {
							e.hi, e.isRange, e.end = f.lo, true, f.end
						}
					}
					break
				}
			}
		}
		e.lone = false
		return e, true
	}
	if j >= len(rs) {
		return e, false
	}
	if hasAt(rs, j, "一半") && !currency {
		// 一半: half, the fraction 0.5.
		e.start, e.end, e.han, e.lo = i, j+2, true, decInt(1)
		e.frac, e.fracVal, e.unit = true, 0.5, "fraction"
		return e, true
	}
	e, ok = scanZHNumber(rs, j)
	if !ok {
		return e, false
	}
	e.start = i
	if e.err != nil {
		return e, true
	}
	// Fractions: 三分之一, 2/3 is not handled.
	if hasAt(rs, e.end, "分之") && !e.isRange && e.end+2 < len(rs) {
		if f, okF := scanZHNumber(rs, e.end+2); okF && f.err == nil && !f.isRange && !f.digitString && !f.partial {
			d, okD := floatOf(e.lo)
			n, okN := floatOf(f.lo)
			if okD && okN && d > 0 {
				e.frac, e.fracVal, e.unit, e.end, e.lone = true, n/d, "fraction", f.end, false
				return e, true
			}
		}
	}
	unit, k := zhPercentAt(rs, e.end)
	if unit != "" {
		e.unit, e.end, e.lone = unit, k, false
	}
	// A range with the classifier on both ends: 100万元至300万元, 3年到5年.
	if !e.isRange && !e.digitString && !e.partial && e.unit == "" && !currency {
		e = zhUnitRange(rs, e)
	}
	// A range: number [%] sep number [%].
	if !e.isRange && !e.digitString && !e.partial {
		for _, sep := range zhRangeSeps {
			k := e.end
			if !hasAt(rs, k, sep) {
				continue
			}
			k += runeLen(sep)
			if k >= len(rs) || !(isDigit(rs[k]) || isHanNumeral(rs[k])) || isDigit(rs[k]) == e.han {
				break
			}
			f, okF := scanZHNumber(rs, k)
			if !okF || f.err != nil || f.isRange || f.digitString || f.partial {
				break
			}
			u2, k2 := zhPercentAt(rs, f.end)
			if e.unit != "" && u2 != e.unit {
				break
			}
			unit, lo := e.unit, e.lo
			if unit == "" && u2 != "" {
				unit = u2
			}
			// A scale written only after the second number applies to both:
			// 3至5万 reads 30000–50000.
			if e.scaleExp == 0 && f.scaleExp > 0 && unit == "" {
				lo = lo.scale(f.scaleExp)
			}
			if !rangeBounds(rs, k, lo, f.lo) {
				break
			}
			e.unit, e.lo = unit, lo
			e.hi, e.isRange, e.end = f.lo, true, k2
			e.lone = false
			break
		}
	}
	if currency || hasAt(rs, e.end, "元") {
		if hasAt(rs, e.end, "元") {
			e.end++
		}
		e.unit = "元"
	}
	return applyRatio(rs, e), true
}

// enSmall holds English number words below twenty, the tens and dozen.
var enSmall = map[string]uint64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// enOrdinal holds English ordinal words.
var enOrdinal = map[string]uint64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000,
}

// enScale holds the English scale words as powers of ten.
var enScale = map[string]int{
	"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
}

// wordEnd returns the end of the ASCII-letter word at rs[i].
func wordEnd(rs []rune, i int) int {
	for i < len(rs) && (rs[i] >= 'a' && rs[i] <= 'z' || rs[i] >= 'A' && rs[i] <= 'Z') {
		i++
	}
	return i
}

// wordAt returns the ASCII-letter word at rs[i] (letters only), lower-cased,
// and its end.
func wordAt(rs []rune, i int) (string, int) {
	j := wordEnd(rs, i)
	if j == i {
		return "", j
	}
	return strings.ToLower(string(rs[i:j])), j
}

// skipSpace returns the index of the first non-blank rune at or after j
// (spaces and tabs only, not line breaks).
func skipSpace(rs []rune, j int) int {
	for j < len(rs) && (rs[j] == ' ' || rs[j] == '\t' || rs[j] == '\u00a0') {
		j++
	}
	return j
}

// scanENNumber reads one English number at rs[i]: digits with grouping and
// decimals, number words (twenty-five, a hundred, a dozen, one hundred and
// twenty), either followed by scale words (1.2 million, 114 trillion), or an
// ordinal (13th, sixteenth, twenty-first).
func scanENNumber(rs []rune, i int) (e expr, ok bool) {
	e.start = i
	if isDigit(rs[i]) {
		v, j, digits, fancy, okA := scanArabic(rs, i)
		e.lo, e.end, e.digits, e.plain = v, j, digits, !fancy
		if !okA {
			e.err, e.errAt = ErrOverflow, j
			return e, true
		}
		// 13th, 21st, 2nd, 3rd
		if w, k := wordAt(rs, j); (w == "th" || w == "st" || w == "nd" || w == "rd") && !fancy {
			e.end, e.ordinal = k, true
			return e, true
		}
		return scanENScale(rs, e)
	}
	// Number words.
	var total, cur dec
	j := i
	any := false
	last := 0 // 1 small/tens, 2 hundred, 3 scale, 4 "and"
	lastTens := false
	lastScale := 99 // the power of ten of the last scale word applied
	end := i
	for j < len(rs) {
		w, k := wordAt(rs, j)
		if w == "" {
			break
		}
		if w == "a" || w == "an" {
			// "a hundred", "a dozen", "a million"
			n := skipSpace(rs, k)
			w2, _ := wordAt(rs, n)
			if any || (enScale[w2] == 0 && w2 != "dozen") {
				break
			}
			cur, any, last = decInt(1), true, 1
			j = n
			continue
		}
		if w == "and" && any && (last == 2 || last == 3) {
			n := skipSpace(rs, k)
			w2, k2 := wordAt(rs, n)
			if _, ok := enSmall[w2]; ok {
				// one hundred and twenty; three hundred and fifty million
				// and two thousand and two hundred go on below the last
				// scale; one million and three million are two numbers.
				after := k2
				if after+1 < len(rs) && rs[after] == '-' {
					_, after = wordAt(rs, after+1)
				}
				w3, _ := wordAt(rs, skipSpace(rs, after))
				if s3, scale := enScale[w3]; scale && (s3 >= lastScale || s3 == 2 && last == 2) || w3 == "dozen" {
					break
				}
				j, last = n, 4
				continue
			}
			if _, ok := enOrdinal[w2]; ok {
				j, last = n, 4
				continue
			}
			break
		}
		if v, ok := enSmall[w]; ok && w != "zero" || ok && !any {
			if any && last == 1 && !(v < 10 && v > 0 && lastTens && k > j) {
				break
			}
			var okA bool
			cur, okA = cur.add(decInt(v))
			if !okA {
				e.err, e.errAt = ErrOverflow, j
				return e, true
			}
			// thirty one, three hundred and thirty one: a unit word may
			// follow a tens word (not twenty twenty, not five two).
			lastTens = v >= 20 && v%10 == 0 && !lastTens
			any, last, end = true, 1, k
			// twenty-five
			if k+1 < len(rs) && rs[k] == '-' {
				w2, k2 := wordAt(rs, k+1)
				if v2, ok := enSmall[w2]; ok && v2 < 10 && v >= 20 && v%10 == 0 {
					cur, _ = cur.add(decInt(v2))
					end, lastTens = k2, false
				} else if v2, ok := enOrdinal[w2]; ok && v2 < 10 && v >= 20 && v%10 == 0 {
					cur, _ = cur.add(decInt(v2))
					e.ordinal = true
					end = k2
					j = k2
					break
				}
			}
			j = skipSpace(rs, end)
			continue
		}
		if w == "dozen" && any && last == 1 {
			var okA bool
			cur, okA = cur.mulInt(12)
			if !okA {
				e.err, e.errAt = ErrOverflow, j
				return e, true
			}
			last, end = 1, k
			j = skipSpace(rs, k)
			continue
		}
		if w == "hundred" && any && last == 1 {
			cur = cur.scale(2)
			last, end = 2, k
			j = skipSpace(rs, k)
			continue
		}
		if s, ok := enScale[w]; ok && s > 2 && any && (last == 1 || last == 2) {
			var okA bool
			total, okA = total.add(cur.scale(s))
			if !okA {
				e.err, e.errAt = ErrOverflow, j
				return e, true
			}
			cur, lastScale = dec{}, s
			last, end = 3, k
			j = skipSpace(rs, k)
			continue
		}
		if v, ok := enOrdinal[w]; ok && (!any || last >= 2 || w == "hundredth" || w == "thousandth") {
			var okA bool
			if w == "hundredth" || w == "thousandth" {
				if !any {
					break
				}
				cur = cur.scale(2)
				if w == "thousandth" {
					cur = cur.scale(1)
				}
			} else {
				cur, okA = cur.add(decInt(v))
				if !okA {
					e.err, e.errAt = ErrOverflow, j
					return e, true
				}
			}
			any, end, e.ordinal = true, k, true
			break
		}
		break
	}
	if !any || end == i {
		return e, false
	}
	v, okA := total.add(cur)
	if !okA {
		e.err, e.errAt = ErrOverflow, i
		return e, true
	}
	e.lo, e.end, e.words = v, end, true
	return e, true
}

// scanENScale applies scale words after a digit number: 1.2 million, 114
// trillion, 3 hundred million.
func scanENScale(rs []rune, e expr) (expr, bool) {
	j := skipSpace(rs, e.end)
	for {
		w, k := wordAt(rs, j)
		s, ok := enScale[w]
		if !ok && j == e.end && j+1 < len(rs) && rs[j] == '-' && !e.words {
			// the 150-million mark, a 1.5-trillion-yuan fund
			w, k = wordAt(rs, j+1)
			s, ok = enScale[w]
		}
		if !ok || k < len(rs) && rs[k] == '-' {
			break
		}
		e.lo = e.lo.scale(s)
		e.scaleExp += s
		e.end, e.plain = k, false
		j = skipSpace(rs, k)
	}
	if w, k := wordAt(rs, e.end); (w == "mn" || w == "bn") && !e.words {
		s := 6
		if w == "bn" {
			s = 9
		}
		e.lo = e.lo.scale(s)
		e.scaleExp += s
		e.end, e.plain = k, false
	}
	return e, true
}

// enPercentAt reads a percent or percentage-point marker after an English
// number: %, percent, per cent, percentage point(s).
func enPercentAt(rs []rune, j int) (string, int) {
	if j < len(rs) && (rs[j] == '%' || rs[j] == '％') {
		return "%", j + 1
	}
	// A hyphen joins the marker in compound adjectives: a 2-percent drop,
	// a 0.2-percentage-point increase.
	next := func(k int) int {
		if k+1 < len(rs) && rs[k] == '-' {
			return k + 1
		}
		return skipSpace(rs, k)
	}
	n := next(j)
	w, k := wordAt(rs, n)
	switch w {
	case "percent":
		return "%", k
	case "per":
		m := skipSpace(rs, k)
		if w2, k2 := wordAt(rs, m); w2 == "cent" {
			return "%", k2
		}
	case "percentage":
		m := next(k)
		if w2, k2 := wordAt(rs, m); w2 == "point" || w2 == "points" {
			return "pp", k2
		}
	}
	return "", j
}

// enCurrencyPrefix reads a currency before an English number: RMB, ¥, US$,
// $. It returns the unit and where the number starts.
func enCurrencyPrefix(rs []rune, i int) (string, int) {
	if i < len(rs) && (rs[i] == '¥' || rs[i] == '￥') {
		return "yuan", skipSpace(rs, i+1)
	}
	if i < len(rs) && rs[i] == '$' {
		return "dollars", i + 1
	}
	if hasAt(rs, i, "US$") {
		return "dollars", i + 3
	}
	if u, k := enGluedCurrency(rs, i); u != "" {
		return u, k // RMB45 billion, HK$3 million
	}
	w, k := wordAt(rs, i)
	if w == "rmb" || w == "cny" {
		return "yuan", skipSpace(rs, k)
	}
	return "", i
}

// enCurrencySuffix reads a currency word after an English number: yuan,
// dollars, US dollars.
func enCurrencySuffix(rs []rune, j int) (string, int) {
	n := skipSpace(rs, j)
	w, k := wordAt(rs, n)
	switch w {
	case "yuan", "rmb":
		return "yuan", k
	case "dollars", "dollar":
		return "dollars", k
	case "us":
		m := skipSpace(rs, k)
		if w2, k2 := wordAt(rs, m); w2 == "dollars" || w2 == "dollar" {
			return "dollars", k2
		}
	}
	return "", j
}

// enFractionWord reads the denominator word of an English fraction at
// rs[n] (half, third(s), quarter(s), fifth(s) … tenth(s)): it returns the
// denominator and the end, or 0.
func enFractionWord(rs []rune, n int) (float64, int) {
	w, k := wordAt(rs, n)
	switch w = strings.TrimSuffix(w, "s"); w {
	case "half", "halve":
		return 2, k
	case "quarter":
		return 4, k
	}
	if v, ok := enOrdinal[w]; ok && v >= 3 && v <= 10 {
		return float64(v), k
	}
	return 0, n
}

// enStyleRange reports the mixed range of news style, which spells the
// numbers below ten and writes the rest in digits: "seven to 24", "five to
// 10 percent". The lower bound is a number word below ten, the upper bound
// (at rs[k]) digits.
func enStyleRange(rs []rune, k int, e expr, firstDigit bool) bool {
	if firstDigit || !e.words || !isDigit(rs[k]) {
		return false
	}
	lo, ok := floatOf(e.lo)
	return ok && lo >= 1 && lo < 10 && lo == math.Trunc(lo)
}

// scanENExpr reads an English numeral expression at rs[i]: a number with
// its currency, scale and percent marker, or a range (6-6.5 percent, 3 to 5,
// between 3 and 5).
// A range written "X to Y" is read only when allowTo is set.
func scanENExpr(rs []rune, i int, allowTo bool) (e expr, ok bool) {
	cur, j := enCurrencyPrefix(rs, i)
	between := false
	if w, k := wordAt(rs, j); w == "between" {
		between = true
		j = skipSpace(rs, k)
		if c, j2 := enCurrencyPrefix(rs, j); c != "" {
			cur, j = c, j2
		}
	}
	if j >= len(rs) {
		return e, false
	}
	if w, k := wordAt(rs, j); (w == "a" || w == "an") && !between && cur == "" {
		// a third, a quarter: the fraction 1/d (a half is left to the
		// caller: one and a half).
		if d, k2 := enFractionWord(rs, skipSpace(rs, k)); d > 2 && k2 > k && !strings.HasSuffix(strings.ToLower(string(rs[k:k2])), "s") {
			e.start, e.end, e.words, e.lo = i, k2, true, decInt(1)
			e.frac, e.fracVal, e.unit = true, 1/d, "fraction"
			return e, true
		}
	}
	e, ok = scanENNumber(rs, j)
	if !ok || e.err != nil {
		return e, ok
	}
	firstDigit := isDigit(rs[j])
	e.start = i
	// Fractions: one third, two thirds, three quarters, a half.
	if e.words && !e.isRange && !e.ordinal {
		n := skipSpace(rs, e.end)
		if e.end+1 < len(rs) && rs[e.end] == '-' {
			n = e.end + 1 // two-thirds, one-fifth
		}
		if d, k := enFractionWord(rs, n); n > e.end && d > 0 {
			if num, ok := floatOf(e.lo); ok && num > 0 && num < d {
				e.frac, e.fracVal, e.unit, e.end = true, num/d, "fraction", k
				return e, true
			}
		}
	}
	unit, k := enPercentAt(rs, e.end)
	if unit != "" {
		e.unit, e.end = unit, k
	}
	// Range.
	if !e.ordinal {
		k := e.end
		sepOK := false
		if between {
			n := skipSpace(rs, k)
			if w, k2 := wordAt(rs, n); w == "and" {
				k, sepOK = skipSpace(rs, k2), true
			}
		} else if k+1 < len(rs) && (rs[k] == '-' || rs[k] == '–' || rs[k] == '—' || rs[k] == '－') && (isDigit(rs[k+1]) || isLatin(rs[k+1]) && e.words) {
			k, sepOK = k+1, true
		} else {
			n := skipSpace(rs, k)
			if w, k2 := wordAt(rs, n); w == "to" && n > k && allowTo {
				k, sepOK = skipSpace(rs, k2), true
			}
		}
		if sepOK && k < len(rs) {
			if c, k2 := enCurrencyPrefix(rs, k); c != "" && (cur == "" || c == cur) {
				cur, k = c, k2
			}
			if k < len(rs) && (isDigit(rs[k]) == firstDigit || isDigit(rs[k]) && cur != "" || enStyleRange(rs, k, e, firstDigit)) {
				if f, okF := scanENNumber(rs, k); okF && f.err == nil && !f.ordinal {
					u2, k3 := enPercentAt(rs, f.end)
					if e.unit == "" || u2 == e.unit {
						unit, lo := e.unit, e.lo
						if unit == "" {
							unit = u2
						}
						// A scale written only after the second number
						// applies to both: 3 to 5 million.
						if e.scaleExp == 0 && f.scaleExp > 0 && unit == "" {
							lo = lo.scale(f.scaleExp)
						}
						if rangeBounds(rs, k, lo, f.lo) {
							e.unit, e.lo = unit, lo
							e.hi, e.isRange, e.end = f.lo, true, k3
						}
					}
				}
			}
		}
	}
	if cur == "" {
		if c, k := enCurrencySuffix(rs, e.end); c != "" {
			cur, e.end = c, k
		}
	} else if c, k := enCurrencySuffix(rs, e.end); c == cur {
		e.end = k
	}
	if cur != "" && e.unit == "" {
		e.unit = cur
	}
	return applyRatio(rs, e), true
}
