package report

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// A srcLine is one non-blank input line, trimmed, with its language.
type srcLine struct {
	n     int    // 1-based line number
	text  string // trimmed
	width int    // display width of text
	lang  Lang
	mixed bool
	bare  bool // no letters at all: the language was borrowed from a neighbour
	lead  int  // display width of the white space trimmed from the start
	// indent is set when the line is indented past the margin of its
	// language in a text that indents first lines: it starts a paragraph.
	indent bool
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
// while a missed join only costs the aligner a 2-1 bead. See joinPunct,
// joinNext and joinFull for the cases joined, and markIndent for a line
// indented past the margin, never joined to the line before. Widths are
// display widths (a Han character counts two columns, indentation
// included), as a PDF extractor cuts lines.
func splitBlocks(text string) []block {
	var lines []srcLine
	n := 0
	for rest := text; len(rest) > 0 || n == 0; {
		n++
		line, after, found := strings.Cut(rest, "\n")
		rest = after
		if t := trimLine(line); t != "" {
			lang, mixed, ok := scriptLang(t)
			lines = append(lines, srcLine{n: n, text: t, lang: lang, mixed: mixed, bare: !ok, lead: leadWidth(line)})
		}
		if !found {
			break
		}
	}
	borrowLang(lines)
	for i := range lines {
		lines[i].width = lines[i].lead + textWidth(lines[i].text, lines[i].lang)
	}
	wrapZH, wrapEN := wrapWidth(lines, ZH), wrapWidth(lines, EN)
	runsZH, runsEN := oneParaRuns(lines, ZH, wrapZH), oneParaRuns(lines, EN, wrapEN)
	runsZH = markIndent(lines, ZH, wrapZH) || runsZH
	runsEN = markIndent(lines, EN, wrapEN) || runsEN
	var out []block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		b := block{First: l.n, Last: l.n, Text: l.text, Lang: l.lang, Mixed: l.mixed}
		for i+1 < len(lines) && lines[i+1].n == b.Last+1 && !b.Mixed && !lines[i+1].indent {
			sep, ok := joinPunct(lines[i], lines[i+1])
			if !ok {
				sep, ok = joinNext(b.Text, lines[i+1], b.Lang)
			}
			if !ok {
				w, runs := wrapEN, runsEN
				if b.Lang == ZH {
					w, runs = wrapZH, runsZH
				}
				sep, ok = joinFull(b.Text, lines[i], lines[i+1], w, runs)
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

// leadWidth is the display width of the white space line starts with: a
// tab counts four columns, an ideographic space two.
func leadWidth(line string) int {
	w := 0
	for _, r := range line {
		switch {
		case r == '\t':
			w += 4
		case r == '\u3000':
			w += 2
		case r == '\uFEFF' || r == '\u200B':
		case unicode.IsSpace(r):
			w++
		default:
			return w
		}
	}
	return w
}

// markIndent sets indent on the lines of lang indented two columns or
// more past the least indented (the margin), when at least four are and
// four are not: such a line starts a paragraph or is a centred heading,
// never the rest of a cut line. Text indented all alike, or not at all,
// marks nothing. It reports whether the indented lines are paragraph
// starts of hard-wrapped text (full is the full width, 0 when not
// wrapped): at least half of them full lines, not centred headings.
func markIndent(lines []srcLine, lang Lang, full int) bool {
	margin := -1
	for _, l := range lines {
		if l.lang == lang && !l.mixed && (margin < 0 || l.lead < margin) {
			margin = l.lead
		}
	}
	in, out := 0, 0
	for _, l := range lines {
		if l.lang == lang && !l.mixed {
			if l.lead >= margin+2 {
				in++
			} else {
				out++
			}
		}
	}
	if in < 4 || out < 4 {
		return false
	}
	wide := 0
	for i := range lines {
		if lines[i].lang == lang && lines[i].lead >= margin+2 {
			lines[i].indent = true
			if full > 0 && lines[i].width >= full-fullSlack(full, lang) {
				wide++
			}
		}
	}
	return wide*2 >= in
}

// contPunct holds the characters a paragraph cannot start with: closing
// brackets and quotes, sentence and clause punctuation, a percent sign. A
// line starting with one continues the line before it.
const contPunct = "。，、；：？！）」』”’》】〕％%．.,;:?!)]"

// joinPunct reports whether next continues line, the line before it, by
// starting with a character no paragraph starts with (see contPunct), and
// the separator: none, punctuation follows the word it closes.
func joinPunct(line, next srcLine) (string, bool) {
	if next.mixed || !next.bare && next.lang != line.lang || line.mixed {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(next.text)
	if !strings.ContainsRune(contPunct, first) {
		return "", false
	}
	if first == '.' && strings.HasPrefix(next.text, "...") {
		return "", false // an ellipsis may open a quotation
	}
	return "", true
}

// enFunctionWords are words an English line cannot end with unless it was
// cut: articles, prepositions, conjunctions.
var enFunctionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "with": true, "by": true, "from": true, "and": true, "or": true, "but": true,
	"into": true, "than": true, "as": true, "its": true, "their": true, "our": true, "nor": true,
}

// enNoEnd are more words a sentence seldom ends with: auxiliaries,
// relative words, determiners and prepositions that take a name after
// them ("at a time when" / "China's ...").
var enNoEnd = map[string]bool{
	"when": true, "that": true, "which": true, "who": true, "whose": true, "where": true, "while": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true,
	"must": true, "be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "has": true,
	"have": true, "had": true, "not": true, "this": true, "these": true, "those": true, "such": true,
	"both": true, "each": true, "every": true, "per": true, "via": true, "between": true, "among": true,
	"through": true, "about": true, "against": true, "across": true, "toward": true, "towards": true,
	"including": true, "within": true, "without": true, "under": true, "during": true, "if": true,
	"his": true, "her": true, "my": true, "your": true, "whether": true, "because": true, "since": true,
}

// zhNoEnd are characters a Chinese sentence or title cannot end with:
// structural particles, conjunctions, ordinal and session markers, the
// disposal and passive markers, and opening or listing punctuation.
const zhNoEnd = "的和与及或届第把被，、（《“‘【"

var (
	// enumLead matches a line that starts a numbered item or bullet: such a
	// line is never the continuation of the line before it.
	enumLead = regexp.MustCompile(`^(?:(?:Chapter|CHAPTER|Section|SECTION|Article|ARTICLE|Part|PART)\s+[0-9IVXLC]+\b|[（(][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百]+、|第[一二三四五六七八九十百零〇\d]+[章节条编部分]|[IVXLC]+[.．、\s]|\d{1,3}(?:[.．](?:[^\d]|$)|、)|\[\d+\]|[①-⑳]|——|—|•|·)`)
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
// the lines 20 columns or wider, within a few columns of the full width.
// The full width is taken below the widest few lines (one in fifty), so
// that a stray line left unwrapped does not hide the cut. Text of one
// paragraph a line has no such cluster.
func wrapWidth(lines []srcLine, lang Lang) int {
	var ws []int
	for _, l := range lines {
		if l.lang == lang && !l.mixed && l.width >= 20 {
			ws = append(ws, l.width)
		}
	}
	if len(ws) < 4 {
		return 0
	}
	slices.Sort(ws)
	full := ws[len(ws)-1-len(ws)/50]
	n := len(ws) - sort.SearchInts(ws, full-fullSlack(full, lang))
	if n >= 4 && n*3 >= len(ws) {
		return full
	}
	return 0
}

// fullSlack is how much narrower than the full width a line may be and
// still count as full: a wide character that did not fit (Chinese), the
// longest word that did not fit (English).
func fullSlack(full int, lang Lang) int {
	if lang == ZH {
		return max(3, full/25)
	}
	return max(6, full/6)
}

// textWidth is the display width of s in a text of language lang: see
// runeWidth.
func textWidth(s string, lang Lang) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r, lang)
	}
	return w
}

// joinFull reports whether line, the last line of the block cur, is a full
// line of hard-wrapped text (full is the full width, 0 when the text is
// not hard-wrapped) cut before next, and the separator. The cut is taken
// when line ends without sentence-final punctuation, or (English) with a
// full stop before a lowercase word (an abbreviation); never before a
// numbered item or a section word, never after a Title Case block (a
// heading or a title-block line as wide as the text) or a numbered heading
// (a bullet "——" followed by more than one sentence is a paragraph).
//
// A full line ending a sentence is not joined to a capital or Han (a
// paragraph's last line is full as often as a sentence ends at a cut),
// unless runs is set: the text marks paragraph starts by indentation (and
// next is not indented), or it interleaves the languages a paragraph at a
// time, so the next line, in the same run, is most likely in the same
// paragraph.
func joinFull(cur string, line, next srcLine, full int, runs bool) (string, bool) {
	if full == 0 || next.mixed || !next.bare && next.lang != line.lang || enumLead.MatchString(next.text) ||
		sectionWords[sectionKey(next.text)] || line.width < full-fullSlack(full, line.lang) {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(next.text)
	lower := unicode.IsLower(first)
	if endsSentencePunct(line.text) {
		last, _ := utf8.DecodeLastRuneInString(line.text)
		if !runs && !(line.lang == EN && lower && strings.ContainsRune(".;", last)) {
			return "", false
		}
	}
	// A block of more than one line is a paragraph, not a heading or list
	// item that happens to be as wide as the text.
	para := len(cur) > len(line.text)
	if last, _ := utf8.DecodeLastRuneInString(line.text); !para && strings.ContainsRune(")）]】", last) {
		return "", false // a closing bracket: the end of a note as likely as a cut
	}
	if enumLead.MatchString(cur) && !(strings.HasPrefix(cur, "—") && innerSentenceEnd(cur)) {
		// A numbered block continues only when it is an article or already
		// has body text after its lead: a heading as wide as the text
		// must not swallow the paragraph after it.
		n := numberOf(cur)
		item := line.lang == ZH && strings.ContainsAny(n.body, "，、；")
		if !n.run && !item && (n.style == "" || n.kind == KindHeading || headingLike(n.body)) {
			return "", false
		}
	}
	if line.lang == ZH {
		return "", true
	}
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) && !strings.ContainsRune("“‘\"'(（《$€£", first) {
		return "", false
	}
	if strings.HasSuffix(line.text, "-") && lower {
		return "", true
	}
	// Title Case (a heading or title-block line) before a capital.
	// A title line cut at a comma ("... of China," / "March 2019") goes on.
	if unicode.IsUpper(first) && titleCase(cur) && lowerWords(cur) < 2 && !strings.HasSuffix(line.text, ",") {
		return "", false
	}
	// A lowercase word, then a capital: a sentence that lost its full
	// stop as likely as a cut ("... metric tons" / "As a general target").
	word, before := lastWord(line.text)
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsLower(r) && unicode.IsUpper(first) &&
		!enFunctionWords[word] && !enNoEnd[word] && !strings.HasSuffix(before, ",") {
		return "", false
	}
	return " ", true
}

// oneParaRuns reports whether lang comes in runs of one paragraph in a
// hard-wrapped interleaved text (full is the full width; 0, not wrapped):
// at least four runs of lang between lines of the other language, and at
// most one run in ten broken by a clear paragraph end (a line ending a
// sentence short of the full width, not the run's last). In such a text a
// full line ending a sentence is more likely cut than a paragraph's end.
func oneParaRuns(lines []srcLine, lang Lang, full int) bool {
	if full == 0 {
		return false
	}
	runs, broken := 0, 0
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].lang == lines[i].lang {
			j++
		}
		if lines[i].lang == lang && i > 0 && j < len(lines) {
			runs++
			for k := i; k < j-1; k++ {
				if !lines[k].mixed && endsSentencePunct(lines[k].text) && lines[k].width < full-fullSlack(full, lang) {
					broken++
					break
				}
			}
		}
		i = j
	}
	return runs >= 4 && broken*10 <= runs
}

// lowerWords counts the words of four letters or more in s that start
// with a lowercase letter and are not function words: a sentence has
// some, a title hardly any.
func lowerWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) >= 4 && unicode.IsLower(r) && !enFunctionWords[w] {
			n++
		}
	}
	return n
}

// innerSentenceEnd reports whether s has sentence punctuation before its
// last character: a bullet ("——") with body text, not a heading.
func innerSentenceEnd(s string) bool {
	_, size := utf8.DecodeLastRuneInString(s)
	return strings.ContainsAny(s[:len(s)-size], "。！？；.!?;")
}

// lastWord returns the trailing run of letters of s and what precedes it,
// right-trimmed.
func lastWord(s string) (word, before string) {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:], strings.TrimRightFunc(s[:i+1], unicode.IsSpace)
}

// runeWidth is the display width of r: 2 for East Asian wide and
// full-width characters (Han, CJK punctuation, U+3000), 1 otherwise. In
// Chinese, a character of ambiguous width (“ ” — … ·) counts 2 as well: a
// Chinese font draws it wide.
func runeWidth(r rune, lang Lang) int {
	if r < 0x80 {
		return 1
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	case width.EastAsianAmbiguous:
		if lang == ZH {
			return 2
		}
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
