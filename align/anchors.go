package align

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NumberAnchors returns the built-in anchors of text: every number written
// in Arabic digits (ASCII or full-width), normalised so that the Chinese and
// the English way of writing the same quantity give the same key. Thousands
// separators are dropped ("260,000" → "260000"), a decimal point is kept
// ("6.5%" and "6.5 percent" → "6.5"), and a following magnitude is applied:
// 万, 亿 and 万亿 in Chinese, thousand, million, billion and trillion in
// English ("26万" → "260000", "1.2 million" and "120万" → "1200000").
// Years and dates come out as plain numbers ("2024年1月21日" → "2024", "1",
// "21"). Keys are returned in text order, repeated numbers repeated.
//
// Chinese numerals are recognised from ten upwards ("十三五" → "13",
// "第十九届" → "19", "二十国集团" → "20"), where English writes digits ("13th
// Five-Year Plan", "G20"), and below ten when they number something
// ("第二", "二是", "三、", "（三）" → "2", "3"); other single numerals (一些,
// 三农) are parts of words. English number words, ordinals written in words and
// heading numbers (二 = II) are not recognised here: pass a richer
// Config.Anchors for them.
func NumberAnchors(text string) []string {
	var out []string
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case digitValue(r) >= 0:
			key, next := scanNumber(text, i)
			if key != "" {
				out = append(out, key)
			}
			i = next
		case hanDigit(r) >= 0 || hanUnit(r) > 0:
			v, next := scanHan(text, i)
			if v >= 10 || v > 0 && ordinal(text, i, next) {
				out = append(out, strconv.Itoa(v))
			}
			i = next
		default:
			i += size
		}
	}
	return out
}

// ordinal reports whether the Chinese numeral at text[i:next] counts
// something: preceded by 第 (第二次), followed by 是 or 、 (二是, 三、) or in
// brackets (（三）), the way enumerations and headings are numbered.
func ordinal(text string, i, next int) bool {
	before, after := text[:i], text[next:]
	if strings.HasSuffix(before, "第") || strings.HasPrefix(after, "是") || strings.HasPrefix(after, "、") {
		return true
	}
	// A bracketed heading number: （三）, (十).
	return (strings.HasSuffix(before, "（") || strings.HasSuffix(before, "(")) &&
		(strings.HasPrefix(after, "）") || strings.HasPrefix(after, ")"))
}

// hanDigit returns the value of a Chinese digit (〇 to 九, 两), or -1.
func hanDigit(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// hanUnit returns the value of 十, 百 or 千, or 0.
func hanUnit(r rune) int {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	}
	return 0
}

// scanHan reads a Chinese numeral below ten thousand starting at byte
// offset i ("十三", "二十", "一百零五") and returns its value and the offset
// past it. It stops where the numeral stops being well formed: "十三五"
// reads as 13, then 五.
func scanHan(text string, i int) (int, int) {
	total, digit := 0, -1
	lastUnit := 10000
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if d := hanDigit(r); d >= 0 {
			if d == 0 && digit < 0 && total > 0 {
				j += size // 零 holds an empty place: 一百零五
				continue
			}
			if digit >= 0 {
				break // two digits in a row: a new numeral (十三五)
			}
			digit = d
			j += size
			continue
		}
		u := hanUnit(r)
		if u == 0 || u >= lastUnit {
			break
		}
		if digit < 0 {
			digit = 1 // 十三 is 一十三
		}
		total += digit * u
		digit, lastUnit = -1, u
		j += size
	}
	if digit > 0 {
		total += digit
	}
	return total, j
}

// digitValue returns the value of an ASCII or full-width decimal digit, or
// -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// scanNumber reads the number starting at byte offset i of text and returns
// its normalised key and the offset just past it (and past its magnitude
// word, if any).
func scanNumber(text string, i int) (string, int) {
	var digits []byte // integer and fraction digits, without the point
	point := -1       // number of integer digits when a point was seen
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if d := digitValue(r); d >= 0 {
			digits = append(digits, byte('0'+d))
			j += size
			continue
		}
		if r == ',' && point < 0 && groupOfThree(text, j+size) {
			j += size
			continue
		}
		if (r == '.' || r == '．') && point < 0 {
			if r2, _ := utf8.DecodeRuneInString(text[j+size:]); digitValue(r2) >= 0 {
				point = len(digits)
				j += size
				continue
			}
		}
		break
	}
	if point < 0 {
		point = len(digits)
	}
	exp, next := magnitude(text, j)
	return decimalKey(digits, point+exp), next
}

// groupOfThree reports whether text at byte offset i holds exactly three
// digits followed by something other than a digit: the group after a
// thousands separator.
func groupOfThree(text string, i int) bool {
	n := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if digitValue(r) < 0 {
			break
		}
		n++
		i += size
	}
	return n == 3
}

// magnitude recognises a magnitude word at byte offset i of text (after
// optional spaces for English words) and returns its power of ten and the
// offset past it; 0 and i when there is none.
func magnitude(text string, i int) (int, int) {
	rest := text[i:]
	switch {
	case strings.HasPrefix(rest, "万亿"):
		return 12, i + len("万亿")
	case strings.HasPrefix(rest, "亿"):
		return 8, i + len("亿")
	case strings.HasPrefix(rest, "万"):
		return 4, i + len("万")
	}
	trimmed := strings.TrimLeft(rest, " ")
	if len(trimmed) == len(rest) {
		return 0, i
	}
	skip := len(rest) - len(trimmed)
	for _, w := range [...]struct {
		word string
		exp  int
	}{{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}} {
		if !strings.HasPrefix(trimmed, w.word) {
			continue
		}
		end := i + skip + len(w.word)
		if r, _ := utf8.DecodeRuneInString(text[end:]); !unicode.IsLetter(r) {
			return w.exp, end
		}
	}
	return 0, i
}

// decimalKey writes the number whose digits are given, with the decimal
// point after the first point digits (point may exceed len(digits)), in
// canonical form: no leading zeros, no trailing fractional zeros.
func decimalKey(digits []byte, point int) string {
	for point > len(digits) {
		digits = append(digits, '0')
	}
	intPart := strings.TrimLeft(string(digits[:point]), "0")
	frac := strings.TrimRight(string(digits[point:]), "0")
	if intPart == "" {
		intPart = "0"
	}
	if frac == "" {
		return intPart
	}
	return intPart + "." + frac
}
