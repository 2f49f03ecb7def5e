package align

import (
	"strings"
	"unicode"
)

// Lang is the language of a text to split into sentences.
type Lang string

// The languages SplitSentences knows.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// A Span is a piece of a text, as rune offsets: the runes [Start, End).
type Span struct {
	Start, End int
	// Clause marks a piece that ends at a semicolon (；, ;) rather than at
	// the end of a sentence: a candidate cut, which Sentences keeps only
	// where the other language is cut there too.
	Clause bool
}

// SplitSentences splits text into sentences, as rune offsets into text.
// The spans cover the text exactly, in order: each starts where the one
// before it ends, the first at 0 and the last at the text's length (an
// empty text has no span). White space after a sentence belongs to it, so
// every sentence but the first starts with a non-space. A newline always
// ends a piece: a sentence when the line ends with a full stop (. 。 ! ?),
// else a Clause (an item of a list set one a line).
//
// Chinese is cut after 。！？ (and their ASCII forms), and also after ；,
// marked Clause. English is cut after . ! ? followed by white space, and
// after ; marked Clause,
// except after a title or an abbreviation that precedes a name or a number
// (Dr., No.), after a period that the next word, in lower case, shows to be
// an abbreviation's (U.S. economy, a.m. and), and after an item number at
// the start of a sentence (1., II.). Closing quotes and brackets stay with
// their sentence, and so do the digits of a footnote marker flattened after
// the full stop (areas.17); a number is never cut (3.5, 1,000.5).
func SplitSentences(text string, lang Lang) []Span {
	if text == "" {
		return nil
	}
	return splitRunes([]rune(text), lang)
}

// splitRunes is SplitSentences on the runes of a text.
func splitRunes(rs []rune, lang Lang) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(rs); {
		end, clause, ok := cutAt(rs, i, start, lang)
		if !ok {
			i++
			continue
		}
		out = append(out, Span{Start: start, End: end, Clause: clause})
		start, i = end, end
	}
	if start < len(rs) {
		out = append(out, Span{Start: start, End: len(rs)})
	}
	return out
}

// cutAt reports whether a sentence that began at start ends with the rune
// at i, and if so where the next one begins (past the closing quotes, the
// footnote marker and the white space), and whether the piece is a
// Chinese clause.
func cutAt(rs []rune, i, start int, lang Lang) (next int, clause, ok bool) {
	r := rs[i]
	if r == '\n' {
		return i + 1, !endsSentence(rs[start:i]), true
	}
	if lang == Chinese {
		switch {
		case zhStop(r):
			// ！？ and the like may come in runs (？！, ……).
			j := skip(rs, i+1, zhStop)
			j = skip(rs, j, closing)
			return skip(rs, j, isBlank), false, true
		case r == '；' || r == ';':
			j := skip(rs, i+1, closing)
			return skip(rs, j, isBlank), true, true
		}
		return 0, false, false
	}
	if !enStop(r) {
		return 0, false, false
	}
	j := skip(rs, i+1, enStop)
	j = skip(rs, j, closing)
	if r == '.' || r == '!' || r == '?' {
		j = footnoteMarker(rs, j)
	}
	if j < len(rs) && !isBlank(rs[j]) {
		if r == '.' && j == i+1 && gluedSentence(rs, i) {
			return j, false, true // "easily.What we faced": a space lost
		}
		return 0, false, false // 3.5, U.S., a link
	}
	k := skip(rs, j, isBlank)
	if r == '.' && j == i+1 && !periodEnds(rs, i, k, start) {
		return 0, false, false
	}
	return k, r == ';', true
}

// gluedSentence reports whether the full stop at i ends a sentence whose
// space before the next was lost: a word of lower-case letters before it,
// a capitalised word after it ("easily.What"), which no abbreviation or
// domain name gives ("U.S.", "Ph.D.", "gov.cn").
func gluedSentence(rs []rune, i int) bool {
	if i < 2 || i+2 >= len(rs) {
		return false
	}
	return unicode.IsLower(rs[i-1]) && unicode.IsLower(rs[i-2]) && unicode.IsUpper(rs[i+1]) && unicode.IsLower(rs[i+2])
}

// endsSentence reports whether a line ends with a sentence's final
// punctuation (before closing quotes and white space): a line that ends
// with a semicolon, a colon, a comma or nothing is one item of a list or a
// clause.
func endsSentence(line []rune) bool {
	for k := len(line) - 1; k >= 0; k-- {
		r := line[k]
		if isSpace(r) || closing(r) {
			continue
		}
		return zhStop(r) || r == '.'
	}
	return false
}

// zhStop reports whether r ends a Chinese sentence.
func zhStop(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '…':
		return true
	}
	return false
}

// enStop reports whether r may end an English sentence or clause.
func enStop(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == ';' || r == '…'
}

// isBlank is white space other than a newline, which ends a sentence of
// its own.
func isBlank(r rune) bool { return r != '\n' && isSpace(r) }

// skip returns the first index from i whose rune is not in the class.
func skip(rs []rune, i int, class func(rune) bool) int {
	for i < len(rs) && class(rs[i]) {
		i++
	}
	return i
}

// footnoteMarker returns the index past the digits of a footnote marker
// flattened just after a full stop ("in five areas.17 We"), or j when there
// is none: one to three digits followed by white space or the end, after a
// stop that follows a letter (a decimal point follows a digit).
func footnoteMarker(rs []rune, j int) int {
	k := j
	for k < len(rs) && k-j < 4 && rs[k] >= '0' && rs[k] <= '9' {
		k++
	}
	if k == j || k-j > 3 || k < len(rs) && !isSpace(rs[k]) {
		return j
	}
	if j < 2 || !unicode.IsLetter(rs[j-2]) && !closing(rs[j-2]) {
		return j
	}
	return k
}

// periodEnds reports whether the full stop at i, followed by white space up
// to k, ends a sentence that began at start. The rules are tried in order;
// the first that decides wins.
func periodEnds(rs []rune, i, k, start int) bool {
	word := wordBefore(rs, i)
	for _, rule := range periodRules {
		if v, ok := rule(rs, word, k, start, i); ok {
			return v
		}
	}
	return true
}

// A periodRule decides whether a full stop ends a sentence, given the text,
// the word before the stop, the index of the next non-blank rune, and the
// start of the sentence; ok is false when the rule does not apply.
type periodRule func(rs []rune, word string, next, start, i int) (ends, ok bool)

// periodRules are tried in order at each full stop; the first that applies
// decides. A full stop no rule decides ends a sentence.
var periodRules = []periodRule{
	endOfText,      // "... growth." at the end: a sentence
	lowerAfter,     // "U.S. economy", "etc. and": an abbreviation inside a sentence
	itemNumber,     // "1. Promote", "II. Major Tasks": a list or heading number
	titleBefore,    // "Dr. Li", "No. 1": an abbreviation that precedes a name or number
	initialsBefore, // "the U.S. Government": initials before a capitalised name
}

// endOfText: a full stop at the end of the text ends a sentence.
func endOfText(rs []rune, _ string, next, _, _ int) (bool, bool) {
	return true, next >= len(rs)
}

// lowerAfter: a full stop followed by a word in lower case or by a comma
// is an abbreviation's ("U.S. economy", "etc., and").
func lowerAfter(rs []rune, _ string, next, _, _ int) (bool, bool) {
	r := rs[next]
	return false, unicode.IsLower(r) || r == ',' || r == '，'
}

// itemNumber: the first word of a sentence, a number in digits, a Roman
// numeral or a single letter, followed by a full stop, numbers an item or
// a heading ("1. Promote", "II. Major Tasks").
func itemNumber(rs []rune, word string, _, start, i int) (bool, bool) {
	if word == "" || i-len([]rune(word)) != skip(rs, start, isBlank) {
		return false, false
	}
	if allDigits(word) && len(word) <= 3 || romanNumeral(word) || len([]rune(word)) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return false, true
	}
	return false, false
}

// titles are abbreviations that precede a name or a number, never end a
// sentence: "Dr. Li", "No. 1 Central Document", "Art. 5".
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "no": true, "nos": true,
	"art": true, "arts": true, "fig": true, "vol": true, "p": true, "pp": true, "para": true, "sec": true,
	"gen": true, "gov": true, "sen": true, "rep": true, "rev": true, "hon": true, "vs": true, "cf": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true,
}

// titleBefore: a title ("Dr.", "No.", "Art.") never ends a sentence.
func titleBefore(_ []rune, word string, _, _, _ int) (bool, bool) {
	return false, titles[strings.ToLower(word)]
}

// initialsBefore: dotted initials ("U.S.", "a.m.", "e.g.") end a sentence
// only before a word that starts one; before a capitalised word they are
// taken as part of a name ("the U.S. Government"), unless that word is a
// pronoun or an article that opens sentences ("We", "The", "It").
func initialsBefore(rs []rune, word string, next, _, _ int) (bool, bool) {
	if !strings.Contains(word, ".") {
		return false, false
	}
	return sentenceOpener(rs, next), true
}

// openers are words that open a sentence far more often than they continue
// a name.
var openers = map[string]bool{
	"We": true, "The": true, "This": true, "These": true, "It": true, "In": true, "Our": true,
	"They": true, "There": true, "A": true, "An": true, "By": true, "As": true, "At": true,
	"All": true, "To": true, "For": true, "With": true, "Efforts": true,
}

// sentenceOpener reports whether the word at i opens sentences.
func sentenceOpener(rs []rune, i int) bool {
	j := i
	for j < len(rs) && unicode.IsLetter(rs[j]) {
		j++
	}
	return openers[string(rs[i:j])]
}

// wordBefore returns the word that ends at the full stop at i: letters,
// digits and inner full stops ("U.S", "No", "12").
func wordBefore(rs []rune, i int) string {
	j := i
	for j > 0 && (unicode.IsLetter(rs[j-1]) || unicode.IsDigit(rs[j-1]) || rs[j-1] == '.' && j-1 > 0 && unicode.IsLetter(rs[j-2])) {
		j--
	}
	return string(rs[j:i])
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// romanNumeral reports whether s is an upper-case Roman numeral of up to
// eight letters (I to XXXVIII and the like).
func romanNumeral(s string) bool {
	if s == "" || len(s) > 8 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return true
}
