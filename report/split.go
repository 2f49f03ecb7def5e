package report

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A srcLine is one non-blank input line, trimmed, with its language.
type srcLine struct {
	n     int    // 1-based line number
	text  string // trimmed
	width int    // display width of text
	lang  Lang
	mixed bool
	bare  bool // no letters at all: the language was borrowed from a neighbour
}

// splitBlocks cuts decoded text into blocks: one per non-blank line, with
// hard-wrapped lines (text extracted from PDF) joined to the next line of
// the same language when the cut is clear. Lines count from 1, blank lines
// included; a line of only whitespace (U+3000 too) is blank. Each block's
// text is its lines trimmed, joined without a separator for Chinese and
// with one space for English (none after a hyphen). Kind, Level and Label
// are left for classify.
//
// Joining is conservative: a wrong join of two paragraphs loses a pair,
// while a missed join only costs the aligner a 2-2 bead. See joinNext for
// the cases joined.
func splitBlocks(text string) []block {
	var lines []srcLine
	n := 0
	for rest := text; len(rest) > 0 || n == 0; {
		n++
		line, after, found := strings.Cut(rest, "\n")
		rest = after
		if t := trimLine(line); t != "" {
			lang, mixed, ok := scriptLang(t)
			lines = append(lines, srcLine{n: n, text: t, width: textWidth(t), lang: lang, mixed: mixed, bare: !ok})
		}
		if !found {
			break
		}
	}
	borrowLang(lines)
	wrapZH, wrapEN := wrapWidth(lines, ZH), wrapWidth(lines, EN)
	var out []block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		b := block{First: l.n, Last: l.n, Text: l.text, Lang: l.lang, Mixed: l.mixed}
		for i+1 < len(lines) && lines[i+1].n == b.Last+1 && !b.Mixed {
			sep, ok := joinNext(b.Text, lines[i+1], b.Lang)
			if !ok {
				w := wrapEN
				if b.Lang == ZH {
					w = wrapZH
				}
				sep, ok = joinFull(b.Text, lines[i], lines[i+1], w)
			}
			if !ok {
				break
			}
			i++
			b.Text += sep + lines[i].text
			b.Last = lines[i].n
		}
		out = append(out, b)
	}
	return out
}

// trimLine removes leading and trailing white space, including the
// ideographic space U+3000 and a stray byte-order mark.
func trimLine(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' })
}

// scriptLang tags s by script share: Han characters against Latin
// letters, a Han character weighing as much as three letters (a Chinese
// word is one or two characters, an English one five letters or so).
// Digits and punctuation are neutral. Mixed is set when both scripts are
// strong. ok is false when s has no letters at all.
func scriptLang(s string) (lang Lang, mixed, ok bool) {
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				latin++
			}
		case r >= 0x2E80 && unicode.Is(unicode.Han, r):
			han++
		case r < 0x250 && unicode.IsLetter(r) || unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if han == 0 && latin == 0 {
		return ZH, false, false
	}
	hw := 3 * han
	lang = EN
	if hw >= latin {
		lang = ZH
	}
	lo, hi := min(hw, latin), max(hw, latin)
	mixed = han >= 4 && latin >= 8 && lo*3 >= hi
	return lang, mixed, true
}

// borrowLang gives lines without letters the language of the previous
// line, or of the next one at the start, or Chinese if there is none.
func borrowLang(lines []srcLine) {
	next := -1 // index of the next line with letters
	for i := range lines {
		if !lines[i].bare {
			continue
		}
		if i > 0 {
			lines[i].lang = lines[i-1].lang
			continue
		}
		if next < i {
			next = i
			for next < len(lines) && lines[next].bare {
				next++
			}
		}
		if next < len(lines) {
			lines[i].lang = lines[next].lang
		} else {
			lines[i].lang = ZH
		}
	}
}

// enFunctionWords are words an English line cannot end with unless it was
// cut: articles, prepositions, conjunctions.
var enFunctionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "with": true, "by": true, "from": true, "and": true, "or": true, "but": true,
	"into": true, "than": true, "as": true, "its": true, "their": true, "our": true, "nor": true,
}

// zhNoEnd are characters a Chinese sentence or title cannot end with:
// structural particles, conjunctions, ordinal and session markers, the
// disposal and passive markers, and opening or listing punctuation.
const zhNoEnd = "的和与及或届第把被，、（《“‘【"

var (
	// enumLead matches a line that starts a numbered item or bullet: such a
	// line is never the continuation of the line before it.
	enumLead = regexp.MustCompile(`^(?:(?:Chapter|CHAPTER|Section|SECTION|Article|ARTICLE|Part|PART)\s+[0-9IVXLC]+\b|[（(][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百]+、|第[一二三四五六七八九十百零〇\d]+[章节条编部分]|[IVXLC]+[.．、\s]|\d+[.．、]|\[\d+\]|[①-⑳]|——|—|•|·)`)
	// enDateEnd matches a line ending in a date or a year.
	enDateEnd = regexp.MustCompile(`(?:\b(?:19|20)\d\d|\d{1,2}, (?:19|20)\d\d)\)?$`)
)

// joinNext reports whether next continues cur (the text of the block so
// far, of language lang) and the separator to join them with. It joins
// only clear cuts:
//
//   - English ending in a letter and a hyphen, next starting lowercase:
//     joined without a space ("tightly-" + "knit").
//   - English of 40 characters or more ending in a lowercase word or a
//     comma, next starting lowercase.
//   - English ending in an article, preposition or conjunction that does
//     not follow a comma or semicolon ("of", "the", "and"): in a line of
//     40 characters or more, or when both lines are in capitals (a title
//     "CONSTITUTION OF" / "THE PEOPLE'S REPUBLIC OF CHINA").
//   - An English title-block line without digits or end punctuation,
//     followed by one ending in a date ("Delivered at the ... Municipal" /
//     "People's Congress on January 21, 2024").
//   - Chinese ending in a character that cannot end a sentence (的, 和,
//     届, 第, an opening bracket, a comma: 12 characters or more for
//     punctuation), next starting with a Han character or a digit.
//
// A next line that starts a numbered item or bullet is never joined.
func joinNext(cur string, next srcLine, lang Lang) (string, bool) {
	if next.lang != lang || next.mixed || next.bare || enumLead.MatchString(next.text) {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(cur)
	first, _ := utf8.DecodeRuneInString(next.text)
	size := utf8.RuneCountInString(cur)
	if lang == ZH {
		if !strings.ContainsRune(zhNoEnd, last) || !(unicode.Is(unicode.Han, first) || unicode.IsDigit(first)) {
			return "", false
		}
		if unicode.Is(unicode.Han, last) || size >= 12 {
			return "", true
		}
		return "", false
	}
	lower := unicode.IsLower(first)
	if last == '-' && lower && len(cur) >= 2 {
		if p, _ := utf8.DecodeLastRuneInString(cur[:len(cur)-1]); unicode.IsLetter(p) {
			return "", true
		}
	}
	word, before := lastWord(cur)
	if word != "" && enFunctionWords[strings.ToLower(word)] && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ";") {
		if size >= 40 && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
			return " ", true
		}
		if isCaps(cur) && isCaps(next.text) {
			return " ", true
		}
	}
	if size >= 40 && lower && (last == ',' || unicode.IsLower(last)) {
		return " ", true
	}
	if size >= 30 && unicode.IsUpper(first) && unicode.IsLetter(last) && !strings.ContainsAny(cur, "0123456789.;:!?") &&
		!enumLead.MatchString(cur) && enDateEnd.MatchString(next.text) && utf8.RuneCountInString(next.text) < 80 {
		return " ", true
	}
	return "", false
}

// wrapWidth returns the display width of a full line when the lines of
// lang look hard-wrapped, 0 otherwise. Hard-wrapped text has many lines of
// nearly the same width, the widest: at least four, and at least a third of
// the lines 20 columns or wider, within a few columns of the widest line.
// Text of one paragraph a line has no such cluster.
func wrapWidth(lines []srcLine, lang Lang) int {
	widest, n := 0, 0
	for _, l := range lines {
		if l.lang == lang && !l.mixed {
			if w := l.width; w >= 20 {
				widest = max(widest, w)
				n++
			}
		}
	}
	full := 0
	for _, l := range lines {
		if l.lang == lang && !l.mixed && l.width >= widest-fullSlack(widest, lang) {
			full++
		}
	}
	if full >= 4 && full*3 >= n {
		return widest
	}
	return 0
}

// fullSlack is how much narrower than the widest line a line may be and
// still count as full: a wide character that did not fit (Chinese), the
// longest word that did not fit (English).
func fullSlack(width int, lang Lang) int {
	if lang == ZH {
		return max(3, width/25)
	}
	return max(6, width/6)
}

// textWidth is the display width of s.
func textWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

// joinFull reports whether line, the last line of the block cur, is a full
// line of hard-wrapped text (width is the full width, 0 when the text is
// not hard-wrapped) cut before next: it ends without sentence-final
// punctuation, and the block is not a numbered heading (one that happens
// to be as wide as the text).
func joinFull(cur string, line, next srcLine, width int) (string, bool) {
	if width == 0 || next.lang != line.lang || next.mixed || next.bare || enumLead.MatchString(next.text) ||
		endsSentencePunct(line.text) || sectionWords[sectionKey(next.text)] {
		return "", false
	}
	if last, _ := utf8.DecodeLastRuneInString(line.text); strings.ContainsRune(")）]】", last) {
		return "", false // a closing bracket: the end of a note as likely as a cut
	}
	if enumLead.MatchString(cur) {
		// A numbered block continues only when it is an article or already
		// has body text after its lead: a heading as wide as the text
		// must not swallow the paragraph after it.
		n := numberOf(cur)
		if !n.run && (n.style == "" || n.kind == KindHeading || headingLike(n.body)) {
			return "", false
		}
	}
	if line.width < width-fullSlack(width, line.lang) {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(next.text)
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) && !strings.ContainsRune("“‘\"'(（《", first) {
		return "", false
	}
	if line.lang == ZH {
		return "", true
	}
	if strings.HasSuffix(line.text, "-") && unicode.IsLower(first) {
		return "", true
	}
	// Title Case (a heading or title-block line) before a capital.
	if unicode.IsUpper(first) && titleCase(line.text) {
		return "", false
	}
	// A lowercase word, then a capital: a sentence that lost its full
	// stop as likely as a cut ("... metric tons" / "As a general target").
	word, before := lastWord(line.text)
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsLower(r) && unicode.IsUpper(first) &&
		!enFunctionWords[word] && !strings.HasSuffix(before, ",") {
		return "", false
	}
	return " ", true
}

// lastWord returns the trailing run of letters of s and what precedes it,
// right-trimmed.
func lastWord(s string) (word, before string) {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:], strings.TrimRightFunc(s[:i+1], unicode.IsSpace)
}

// runeWidth is the display width of r: 2 for East Asian wide and
// full-width characters (Han, CJK punctuation, U+3000), 1 otherwise.
func runeWidth(r rune) int {
	switch {
	case r < 0x1100:
		return 1
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000 && r <= 0x3FFFD:
		return 2
	}
	return 1
}

// titleCase reports whether most words of four letters or more in s start
// with a capital, as in headings and title-block lines.
func titleCase(s string) bool {
	long, caps := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return long >= 3 && caps*5 >= long*3
}

// isCaps reports whether s has letters and all of them are capitals.
func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}
