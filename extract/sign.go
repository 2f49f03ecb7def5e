package extract

import "strings"

// Direction is the way a verb or noun next to a number says it moved:
// 增长0.3% and "rose 0.3 percent" are up, 下降0.3% and "fell 0.3 percent"
// are down. A value written negative keeps its sign: 增长-0.3% is Value
// -0.3 with Direction up, a fall of 0.3; Link compares the effective
// change, the value times the direction, when both sides state one.
type Direction string

// The directions of a change.
const (
	Up   Direction = "up"   // 增长, 提高, 上升, rose, grew, increase
	Down Direction = "down" // 下降, 减少, 降低, fell, declined, drop
)

// signed returns the effective change of a value: negated when it went down.
func (d Direction) signed(v float64) float64 {
	if d == Down {
		return -v
	}
	return v
}

// isMinusSign reports a character written as a minus before a number:
// ASCII hyphen-minus, U+2212 MINUS SIGN, U+FF0D FULLWIDTH HYPHEN-MINUS, and
// 负 (負).
func isMinusSign(r rune) bool {
	return r == '-' || r == '−' || r == '－' || r == '负' || r == '負'
}

// minusBefore reports a minus sign just before the number at rs[i] that
// belongs to the number: not the hyphen of a range or a compound (6%－6.5%,
// 2016-2020, COVID-19), not 正负 (plus or minus), and not before floor.
func minusBefore(rs []rune, i, floor int) bool {
	s := i - 1
	if s < floor || s < 0 || !isMinusSign(rs[s]) {
		return false
	}
	if s == 0 {
		return true
	}
	p := rs[s-1]
	switch {
	case isDigit(p), isLatin(p), p == '%', p == '％', p == ')', p == '）', isMinusSign(p), p == '.':
		return false
	case zhFold(rs[s]) == '负' && endsFuWord(rs, s+1):
		return false // 减负2.5万亿元: 负 ends a word (burden), 正负5%: plus or minus
	}
	return true
}

// zhFuWords are words that end in 负 (burden, to bear, to win or lose, plus
// or minus): before a number their 负 is not a minus (为企业减负2.5万亿元).
var zhFuWords = []string{"减负", "担负", "肩负", "抱负", "胜负", "正负", "辜负", "欺负", "自负", "背负", "身负", "负负"}

// endsFuWord reports whether rs[:i] ends with a word of zhFuWords.
func endsFuWord(rs []rune, i int) bool {
	for _, w := range zhFuWords {
		if endsWithAt(rs, i, w) {
			return true
		}
	}
	return false
}

// enMinusWordBefore returns the start of "minus" or "negative" just before
// rs[i], or -1.
func enMinusWordBefore(rs []rune, i, floor int) int {
	var buf [wordBuf]byte
	w, s := asciiWordBefore(rs, i, &buf)
	if (string(w) == "minus" || string(w) == "negative") && s < i && s >= floor {
		return s
	}
	return -1
}

// applySign negates a quantity whose number is written with a minus sign
// just before it and extends its span over the sign. Only amounts are
// signed: a list marker or a name keeps its value.
func applySign(rs []rune, q Quantity, floor int, lang Lang) Quantity {
	if q.Role != RoleQuantity || q.End <= q.Start {
		return q
	}
	// A minus sign stands right before the number's first character, never
	// before a qualifier (减负超过2.5万亿元 is not negative).
	r := rs[q.Start]
	numberFirst := isDigit(r) || isHanNumeral(r) || r == '¥' || r == '￥' || r == '$'
	start := -1
	if numberFirst && minusBefore(rs, q.Start, floor) {
		start = q.Start - 1
	} else if lang == English {
		start = enMinusWordBefore(rs, q.Start, floor)
	}
	if start < 0 {
		return q
	}
	q.Value, q.Start = -q.Value, start
	return q
}

// zhDirectionWords are the Chinese verbs of a change, tried at the end of
// the text before a number (longest first where one ends another).
var zhDirectionWords = []struct {
	s string
	d Direction
}{
	{"增长", Up}, {"增加", Up}, {"提高", Up}, {"上升", Up}, {"上涨", Up}, {"提升", Up},
	{"回升", Up}, {"扩大", Up}, {"增", Up}, {"涨", Up}, {"升", Up},
	{"下降", Down}, {"减少", Down}, {"降低", Down}, {"下跌", Down}, {"回落", Down},
	{"下滑", Down}, {"缩小", Down}, {"收窄", Down}, {"减", Down}, {"降", Down}, {"跌", Down},
}

// zhDirection reads the direction of the verb just before a Chinese number
// at rs[i]: 下降0.3%, 增长了6.5%, 下降到3%.
func zhDirection(rs []rune, i int) Direction {
	j := i
	// 了, 为, 到, 至 and a minus may stand between the verb and the number.
	for k := 0; k < 2 && j > 0; k++ {
		switch rs[j-1] {
		case '了', '到', '至', '为', '-', '−', '－', '负', '負':
			j--
			continue
		}
		break
	}
	if j == 0 || !strings.ContainsRune("长加高升涨增降少低跌落滑小窄减大", rs[j-1]) {
		return "" // no verb of change ends here
	}
	for _, w := range zhDirectionWords {
		if endsWithAt(rs, j, w.s) {
			if w.d == Up && endsWithAt(rs, j-runeLen(w.s), "负") {
				return Down // 负增长0.3%: negative growth is a fall
			}
			return w.d
		}
	}
	return ""
}

// enDirectionBefore are the English words of a change before a number:
// rose 0.3 percent, fell by 0.3 percent, down 0.3 percent.
var enDirectionBefore = map[string]Direction{
	"rose": Up, "rise": Up, "rises": Up, "risen": Up, "rising": Up, "grew": Up, "grow": Up,
	"grows": Up, "grown": Up, "growing": Up, "increased": Up, "increase": Up, "increases": Up,
	"increasing": Up, "up": Up, "gained": Up, "climbed": Up, "raised": Up, "raise": Up,
	"fell": Down, "fall": Down, "falls": Down, "fallen": Down, "falling": Down, "dropped": Down,
	"drop": Down, "drops": Down, "declined": Down, "decline": Down, "declines": Down,
	"declining": Down, "decreased": Down, "decrease": Down, "decreases": Down, "down": Down,
	"lowered": Down, "lower": Down, "reduced": Down, "reduce": Down, "shrank": Down,
	"contracted": Down, "cut": Down, "growth": Up,
}

// enDirectionAfter are the English nouns and adjectives of a change after
// a number: a 0.3 percent drop, 2 percent higher.
var enDirectionAfter = map[string]Direction{
	"increase": Up, "rise": Up, "growth": Up, "gain": Up, "higher": Up, "up": Up,
	"drop": Down, "decline": Down, "decrease": Down, "fall": Down, "reduction": Down,
	"lower": Down, "down": Down, "cut": Down, "contraction": Down,
}

// enDirection reads the direction of an English number rs[start:end] with
// its unit: from the word before it (skipping by, of, to, a qualifier or a
// minus) or the word after it. Up and down count only before a percentage
// (up 0.3 percent), not as a particle (set up 300 stations).
func enDirection(rs []rune, start, end int, unit string) Direction {
	var buf [wordBuf]byte
	j := start
	for k := 0; k < 3; k++ {
		w, s := asciiWordBefore(rs, j, &buf)
		if len(w) == 0 {
			break
		}
		if d, ok := enDirectionBefore[string(w)]; ok {
			if (d == Up && string(w) == "up" || d == Down && string(w) == "down") && unit != "%" && unit != "pp" {
				return ""
			}
			if d == Up {
				if w2, _ := asciiWordBefore(rs, s, &buf); string(w2) == "negative" {
					return Down // negative growth of 0.3 percent
				}
			}
			return d
		}
		if enDirectionSkip[string(w)] {
			j = s
			continue
		}
		break
	}
	if w := asciiWordAt(rs, skipSpace(rs, end), &buf); len(w) > 0 {
		if d, ok := enDirectionAfter[string(w)]; ok {
			return d
		}
	}
	return ""
}

// enDirectionSkip are the words skipped between a verb of change and its
// number: rose by 2 percent, fell to 3 percent, growth of minus 5 percent.
var enDirectionSkip = map[string]bool{
	"by": true, "of": true, "to": true, "a": true, "an": true, "minus": true, "negative": true,
}

// wordBuf bounds the ASCII words the allocation-free readers return:
// longer words are no number, qualifier or verb of change.
const wordBuf = 16

// asciiWordBefore returns the lower-cased ASCII word ending just before
// rs[i] (skipping blanks) in buf, and its start; nil when there is none or
// it is longer than buf. It does not allocate.
func asciiWordBefore(rs []rune, i int, buf *[wordBuf]byte) ([]byte, int) {
	j := i
	for j > 0 && (rs[j-1] == ' ' || rs[j-1] == '\t' || rs[j-1] == '\u00a0') {
		j--
	}
	k := j
	for k > 0 && j-k <= wordBuf && (rs[k-1] >= 'a' && rs[k-1] <= 'z' || rs[k-1] >= 'A' && rs[k-1] <= 'Z') {
		k--
	}
	if j-k > wordBuf || k == j {
		return nil, k
	}
	return lowerInto(rs[k:j], buf), k
}

// asciiWordAt returns the lower-cased ASCII word at rs[i] in buf, or nil.
func asciiWordAt(rs []rune, i int, buf *[wordBuf]byte) []byte {
	j := wordEnd(rs, i)
	if j == i || j-i > wordBuf {
		return nil
	}
	return lowerInto(rs[i:j], buf)
}

func lowerInto(rs []rune, buf *[wordBuf]byte) []byte {
	for n, r := range rs {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		buf[n] = byte(r)
	}
	return buf[:len(rs)]
}

// changeOf marks q as the baseline (由, 从, from) or the target (到, 至,
// to, after a baseline in the same sentence) of a from–to change. prev is
// the quantity found before q, if any.
func changeOf(rs []rune, q Quantity, prev *Quantity, lang Lang) Change {
	to := false
	if lang == English {
		var buf [wordBuf]byte
		w, _ := asciiWordBefore(rs, q.Start, &buf)
		if string(w) == "from" {
			return ChangeFrom
		}
		to = string(w) == "to"
	} else if q.Start > 0 {
		switch zhFold(rs[q.Start-1]) {
		case '由', '从', '從':
			return ChangeFrom
		case '到', '至':
			to = true
		}
	}
	if !to || prev == nil || prev.Change != ChangeFrom || prev.End > q.Start {
		return ""
	}
	for _, r := range rs[prev.End:q.Start] {
		switch r {
		case '。', '；', '！', '？', ';', '!', '?', '\n':
			return ""
		case '.':
			return ""
		}
	}
	return ChangeTo
}

// lastOf returns the last quantity of out, or nil.
func lastOf(out []Quantity) *Quantity {
	if len(out) == 0 {
		return nil
	}
	return &out[len(out)-1]
}
