package report

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// classify sets Kind, Level and Label on every block, one language at a
// time and without looking at the other language, so that a Chinese block
// and its translation get the same kind (the aligner penalises a class
// mismatch).
//
// The kinds:
//
//   - title and meta: the title block at the start of each language, before
//     the first heading, salutation (各位代表： / Fellow Deputies,) or
//     body paragraph. Its first block is the title (letter-spaced titles
//     such as 政 府 工 作 报 告 included); the blocks that follow without
//     sentence-final punctuation (occasion and date, speaker), or in
//     brackets (an adoption note), are meta; six at most.
//   - heading: a numbered heading whose text after the number is short and
//     at most one sentence. Level 1: 一、, I. / II, 第一章 / Chapter I,
//     第一编, Part 1, and unnumbered section words (序言 / Preamble).
//     Level 2: （十） / (十), 第一节 / Section 1, and in English the
//     ordinal lead (Tenth, ...), 1. and (1). Level 3: Arabic 1. and （1） in
//     Chinese, (a) in English. Label is the number in Arabic digits ("2",
//     "10"); empty for section words.
//   - paragraph: everything else, Level 0. These keep their number as
//     Label: a numbered lead followed by body text in the same block
//     (（一）继续创新…。坚持… / 1. We will continue … . We …; also 第一章 or
//     Chapter 1 followed by sentences); a run-in enumeration (一是…, 一要…,
//     第一，…: never a heading in Chinese); a numbered English sentence with
//     a pronoun subject (1. We kept … .); a list item (ending in ；/; or :,
//     or next to an item of the same style numbered one less or one more);
//     an article of a law (第一条 / Article 1: a run-in heading followed by
//     its text, the same kind in both languages).
//   - note: a notes-section heading (注释: / 注： / Notes:).
//   - footnote: a footnote definition: [17]…, ①…, 注1…, a remark 注：… /
//     Note: … anywhere; 1. …, (1)…, 17 … inside a notes section (after a
//     note heading or a definition, until the next heading). Label is the
//     footnote id.
func classify(bs []block) {
	for _, lang := range []Lang{ZH, EN} {
		var idx []int
		for i := range bs {
			if bs[i].Lang == lang {
				idx = append(idx, i)
			}
		}
		classifyLang(bs, idx)
	}
}

// A numbering is the number or bullet a block starts with.
type numbering struct {
	style string // which pattern: "zh-dun" (一、), "zh-paren" (（一）), ...; "" if none
	label string // the number in Arabic digits
	level int    // heading level the style gives
	body  string // the text after the number
	kind  Kind   // KindHeading when the style is a heading whatever follows (第一章); KindFootnote; "" otherwise
	run   bool   // an article of a law (第一条 / Article 1): run-in heading with its text
	notes bool   // a footnote style inside a notes section
	only  bool   // numbering only inside a notes section (17 The …): plain text elsewhere
}

const (
	zhNum  = `[一二三四五六七八九十百千零〇两]+`
	anyNum = `(?:[一二三四五六七八九十百千零〇两]+|[0-9０-９]+)`
)

var (
	reZhDun      = regexp.MustCompile(`^(` + zhNum + `)、\s*`)
	reZhParen    = regexp.MustCompile(`^[（(](` + zhNum + `)[)）]\s*`)
	reZhOrdinal  = regexp.MustCompile(`^(` + zhNum + `)(?:是|要)`)
	reZhDi       = regexp.MustCompile(`^第(` + zhNum + `)[，,、]\s*`)
	reZhArabic   = regexp.MustCompile(`^([0-9０-９]{1,3})(?:[.．、]|\s)\s*([^0-9０-９]|$)`)
	reZhArParen  = regexp.MustCompile(`^[（(]([0-9０-９]{1,3})[)）]\s*`)
	reZhPart     = regexp.MustCompile(`^第(` + anyNum + `)(章|编|部分|篇|节)[\s\x{3000}]*`)
	reZhArticle  = regexp.MustCompile(`^第(` + anyNum + `)条[\s\x{3000}]*`)
	reEnRoman    = regexp.MustCompile(`^([IVXLC]+)(?:[.．、]\s*|\s+)([A-Z0-9“"‘'])`)
	reEnChapter  = regexp.MustCompile(`^(Chapter|CHAPTER|Part|PART|Section|SECTION)\s+([0-9]+|[IVXLC]+|[A-Za-z]+)\b[.:]?\s*`)
	reEnArticle  = regexp.MustCompile(`^Article\s+([0-9]+)\b\s*`)
	reEnArabic   = regexp.MustCompile(`^([0-9]{1,2})[.．]\s*([^0-9\s])`)
	reEnParen    = regexp.MustCompile(`^\(([0-9]{1,2})\)\s*`)
	reEnLetter   = regexp.MustCompile(`^\(([a-z])\)\s+`)
	reEnOrdinal  = regexp.MustCompile(`^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth)\s*,\s*`)
	reFnBracket  = regexp.MustCompile(`^[\[［【]([0-9０-９]{1,3})[\]］】]\s*`)
	reFnCircled  = regexp.MustCompile(`^([\x{2460}-\x{2473}])\s*`)
	reFnZhu      = regexp.MustCompile(`^注\s*([0-9０-９]{1,3})\s*[:：.．、]?\s*`)
	reFnRemark   = regexp.MustCompile(`^(?:注|Note|NOTE)\s*[:：]\s*\S`)
	reFnNumber   = regexp.MustCompile(`^([0-9]{1,3})[\s\x{3000}]+\S`)
	reNote       = regexp.MustCompile(`^(?:注释|注解|附注|注|尾注|Notes?|NOTES?|Endnotes|ENDNOTES)\s*[:：]?$`)
	reSentenceZh = regexp.MustCompile(`[。！？；!?;]`)
	reSentenceEn = regexp.MustCompile(`[a-z0-9)”’"'][.!?;]\s+\S`)
)

var enOrdinals = map[string]int{
	"First": 1, "Second": 2, "Third": 3, "Fourth": 4, "Fifth": 5, "Sixth": 6, "Seventh": 7,
	"Eighth": 8, "Ninth": 9, "Tenth": 10, "Eleventh": 11, "Twelfth": 12, "Thirteenth": 13,
	"Fourteenth": 14, "Fifteenth": 15, "Sixteenth": 16, "Seventeenth": 17, "Eighteenth": 18,
	"Nineteenth": 19, "Twentieth": 20,
}

// sectionWords are unnumbered headings of whole sections, compared with
// spaces removed and case folded.
var sectionWords = map[string]bool{
	"序言": true, "前言": true, "引言": true, "导言": true, "总则": true, "附则": true, "结束语": true,
	"结语": true, "目录": true, "附录": true, "后记": true, "preamble": true, "preface": true,
	"foreword": true, "introduction": true, "conclusion": true, "contents": true,
	"generalprinciples": true, "generalprovisions": true, "supplementaryprovisions": true,
	"appendix": true, "afterword": true,
}

// numberStarts holds every rune a numbering can start with (besides the
// circled numbers): a quick filter before the regular expressions.
const numberStarts = "[［【注第（(一二三四五六七八九十百千零〇两0123456789０１２３４５６７８９IVXLCcPpSsAFTEN"

// withoutEmphasis returns s with its Markdown emphasis markers removed, as
// a key for recognising numbering and section words: **1. Title**,
// **（一）**Title and __二、…__ are the numberings they wrap. Strong
// emphasis (** and __) goes wherever it stands; a single * or _ only where
// it opens s, with the mark that closes it. The source text itself is kept as it is.
func withoutEmphasis(s string) string {
	if !strings.ContainsAny(s, "*_") {
		return s
	}
	s = strings.NewReplacer("**", "", "__", "").Replace(s)
	for _, m := range []string{"*", "_"} {
		if strings.HasPrefix(s, m) && len(s) > 1 && s[1] != ' ' {
			if k := strings.Index(s[1:], m); k >= 0 {
				s = s[1:k+1] + s[k+2:] // *Tenth*, …
			}
		}
	}
	return s
}

// numberOf returns the numbering s starts with, looking through Markdown
// emphasis.
func numberOf(s string) numbering {
	s = withoutEmphasis(s)
	if r, _ := utf8.DecodeRuneInString(s); !strings.ContainsRune(numberStarts, r) && !(r >= 0x2460 && r <= 0x2473) {
		return numbering{}
	}
	// Match on a prefix: numbers are short, and the regexp engine's cost
	// grows with the length of its input.
	head := s
	if len(head) > 96 {
		cut := 96
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	m := func(re *regexp.Regexp) []string { return re.FindStringSubmatch(head) }
	rest := func(sm []string) string { return s[len(sm[0]):] }
	if sm := m(reFnBracket); sm != nil {
		return numbering{style: "fn-bracket", label: arabic(sm[1]), body: rest(sm), kind: KindFootnote}
	}
	if sm := m(reFnCircled); sm != nil {
		r, _ := utf8.DecodeRuneInString(sm[1])
		return numbering{style: "fn-circled", label: strconv.Itoa(int(r-0x2460) + 1), body: rest(sm), kind: KindFootnote}
	}
	if sm := m(reFnZhu); sm != nil {
		return numbering{style: "fn-zhu", label: arabic(sm[1]), body: rest(sm), kind: KindFootnote}
	}
	if sm := m(reZhPart); sm != nil {
		level := 1
		if sm[2] == "节" {
			level = 2
		}
		return numbering{style: "zh-" + sm[2], label: arabic(sm[1]), level: level, body: rest(sm), kind: KindHeading}
	}
	if sm := m(reZhArticle); sm != nil {
		return numbering{style: "zh-article", label: arabic(sm[1]), body: rest(sm), run: true}
	}
	if sm := m(reEnChapter); sm != nil {
		n := arabic(sm[2])
		if n == "" {
			return numbering{}
		}
		level := 1
		if strings.EqualFold(sm[1], "section") {
			level = 2
		}
		return numbering{style: "en-" + strings.ToLower(sm[1]), label: n, level: level, body: rest(sm), kind: KindHeading}
	}
	if sm := m(reEnArticle); sm != nil {
		return numbering{style: "en-article", label: sm[1], body: rest(sm), run: true}
	}
	if sm := m(reZhDun); sm != nil {
		return numbering{style: "zh-dun", label: arabic(sm[1]), level: 1, body: rest(sm)}
	}
	if sm := m(reZhParen); sm != nil {
		return numbering{style: "zh-paren", label: arabic(sm[1]), level: 2, body: rest(sm)}
	}
	if sm := m(reZhOrdinal); sm != nil && utf8.RuneCountInString(s) > len([]rune(sm[0]))+4 {
		return numbering{style: "zh-ordinal", label: arabic(sm[1]), level: 2, body: rest(sm)}
	}
	if sm := m(reZhDi); sm != nil {
		return numbering{style: "zh-ordinal", label: arabic(sm[1]), level: 2, body: rest(sm)}
	}
	if sm := m(reZhArParen); sm != nil {
		return numbering{style: "paren-arabic", label: arabic(sm[1]), level: 3, body: rest(sm), notes: true}
	}
	if sm := m(reEnRoman); sm != nil {
		// At most XXXIX: "LI KEQIANG" is a name, not part 51.
		if v, _ := strconv.Atoi(arabic(sm[1])); v > 0 && v < 40 {
			return numbering{style: "en-roman", label: strconv.Itoa(v), level: 1, body: s[len(sm[0])-len(sm[2]):]}
		}
	}
	if sm := m(reEnOrdinal); sm != nil {
		return numbering{style: "en-ordinal", label: strconv.Itoa(enOrdinals[sm[1]]), level: 2, body: rest(sm)}
	}
	if sm := m(reEnArabic); sm != nil {
		return numbering{style: "arabic", label: sm[1], level: 2, body: s[len(sm[0])-len(sm[2]):], notes: true}
	}
	if sm := m(reZhArabic); sm != nil {
		return numbering{style: "arabic", label: arabic(sm[1]), level: 3, body: s[len(sm[0])-len(sm[2]):], notes: true}
	}
	if sm := m(reEnParen); sm != nil {
		return numbering{style: "paren-arabic", label: sm[1], level: 2, body: rest(sm), notes: true}
	}
	if sm := m(reEnLetter); sm != nil {
		return numbering{style: "en-letter", label: strconv.Itoa(int(sm[1][0]-'a') + 1), level: 3, body: rest(sm)}
	}
	if m(reFnRemark) != nil {
		return numbering{style: "fn-remark", body: s, kind: KindFootnote}
	}
	if sm := m(reFnNumber); sm != nil {
		return numbering{style: "fn-number", label: sm[1], body: s[len(sm[1]):], notes: true, only: true}
	}
	return numbering{}
}

// classifyLang classifies the blocks bs[idx[0]], bs[idx[1]], ... of one
// language, in order.
func classifyLang(bs []block, idx []int) {
	nums := make([]numbering, len(idx))
	for k, i := range idx {
		nums[k] = numberOf(bs[i].Text)
	}
	k := titleBlock(bs, idx, nums)
	inNotes := false
	for ; k < len(idx); k++ {
		b := &bs[idx[k]]
		n := nums[k]
		b.Kind, b.Level, b.Label = KindParagraph, 0, n.label
		key := withoutEmphasis(b.Text)
		switch {
		case reNote.MatchString(key):
			b.Kind, b.Label = KindNote, ""
			inNotes = true
		case n.kind == KindFootnote || inNotes && n.notes && n.body != "":
			b.Kind = KindFootnote
			inNotes = true // definitions follow one another
		case n.style == "" && sectionWords[sectionKey(key)]:
			b.Kind, b.Level = KindHeading, 1
			inNotes = false
		case n.style == "" || n.run:
			// paragraph; an article keeps its number as Label
		case n.only && !inNotes:
			b.Label = "" // a number starting a sentence ("2024 was …")
		case n.kind == KindHeading && (strings.TrimSpace(n.body) == "" || headingLike(n.body)):
			b.Kind, b.Level = KindHeading, n.level
			inNotes = false
		case n.kind == KindHeading:
			// 第一章 or Chapter 1 followed by body text: a run-in heading
		case n.style == "zh-ordinal" || isListItem(nums, k) || !headingLike(n.body) ||
			n.style == "arabic" && startsWithSubject(n.body) && endsSentencePunct(n.body):
			// run-in enumeration (一是…), a list item, a numbered lead with
			// body text after it, or a numbered sentence (1. We kept …).
		default:
			b.Kind, b.Level = KindHeading, n.level
			inNotes = false
		}
	}
}

// startsWithSubject reports whether English text starts with a personal
// pronoun subject ("We kept ...", "It is ..."): a sentence, not a heading.
func startsWithSubject(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch w {
	case "We", "I", "Our", "They", "It", "This", "These", "There":
		return true
	}
	return false
}

// titleBlock classifies the title block at the start of one language's
// blocks and returns how many blocks it has.
func titleBlock(bs []block, idx []int, nums []numbering) int {
	if len(idx) == 0 || !titleLike(bs[idx[0]].Text, nums[0]) {
		return 0
	}
	b := &bs[idx[0]]
	b.Kind, b.Level, b.Label = KindTitle, 0, ""
	k := 1
	for ; k < len(idx) && k <= 6; k++ {
		if !metaLike(bs[idx[k]].Text, nums[k]) {
			break
		}
		b := &bs[idx[k]]
		b.Kind, b.Level, b.Label = KindMeta, 0, ""
	}
	return k
}

// titleLike reports whether s can be a document title: short, no
// numbering, no sentence-final punctuation, not a salutation.
func titleLike(s string, n numbering) bool {
	if n.style != "" || isSalutation(s) || endsSentencePunct(s) || sectionWords[sectionKey(s)] || reNote.MatchString(s) {
		return false
	}
	han, letters := scriptCounts(s)
	return han > 0 && han <= 60 || han == 0 && letters > 0 && utf8.RuneCountInString(s) <= 160
}

// metaLike reports whether s can be a line of the title block after the
// title: occasion and date, speaker, an adoption note in brackets.
func metaLike(s string, n numbering) bool {
	if n.style != "" && n.style != "paren-arabic" || isSalutation(s) || sectionWords[sectionKey(s)] || reNote.MatchString(s) {
		return false
	}
	size := utf8.RuneCountInString(s)
	if (strings.HasPrefix(s, "(") || strings.HasPrefix(s, "（")) && size <= 2000 {
		return true // an adoption or amendment note, however long
	}
	return size <= 600 && !endsSentencePunct(s) && !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, "，")
}

// isSalutation reports whether s addresses the audience: 各位代表：,
// 各位代表！, Fellow Deputies, Esteemed Deputies, Ladies and gentlemen:.
func isSalutation(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	han, _ := scriptCounts(s)
	if han > 0 {
		return strings.ContainsRune("：:！!", last) && utf8.RuneCountInString(s) <= 12
	}
	if !strings.ContainsRune(",:!", last) {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(first)
}

// endsSentencePunct reports whether s ends with sentence-final
// punctuation, closing quotes and brackets looked through.
func endsSentencePunct(s string) bool {
	s = strings.TrimRight(s, " \t\u3000”’\"')）]】」』")
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？.!?；;：:…", last)
}

// headingLike reports whether the text after a number reads as a heading:
// one sentence at most, short, not ending like a list item.
func headingLike(body string) bool {
	body = strings.TrimSpace(body)
	if body == "" {
		return false
	}
	last, size := utf8.DecodeLastRuneInString(body)
	if strings.ContainsRune("；;：:，,", last) {
		return false
	}
	han, _ := scriptCounts(body)
	if han > 0 {
		if strings.ContainsRune("。！？!?", last) {
			body = body[:len(body)-size]
		}
		return utf8.RuneCountInString(body) <= 80 && !reSentenceZh.MatchString(body)
	}
	if strings.ContainsRune(".!?", last) {
		body = body[:len(body)-size]
	}
	return len(body) <= 300 && !reSentenceEn.MatchString(body)
}

// isListItem reports whether the k-th numbered block is an item of a list:
// it ends like one (；/; or ：/:), or the block before or after it has the
// same numbering style with the number one less or one more.
func isListItem(nums []numbering, k int) bool {
	n := nums[k]
	v, err := strconv.Atoi(n.label)
	if err != nil {
		return false
	}
	near := func(j, d int) bool {
		if j < 0 || j >= len(nums) || nums[j].style != n.style {
			return false
		}
		w, err := strconv.Atoi(nums[j].label)
		return err == nil && w == v+d
	}
	return near(k-1, -1) || near(k+1, +1)
}

// sectionKey folds s for the sectionWords lookup: spaces (U+3000 too)
// and a trailing colon removed, lower case.
func sectionKey(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		return ""
	}
	s = strings.TrimRight(s, ":：")
	return strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s))
}

// scriptCounts counts Han characters and letters of other scripts in s.
func scriptCounts(s string) (han, letters int) {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			han++
		} else if unicode.IsLetter(r) {
			letters++
		}
	}
	return han, letters
}

// arabic converts a Chinese numeral (一 … 九千九百九十九, 〇/零, 两), a
// Roman numeral or a run of ASCII or full-width digits to Arabic digits.
// It returns "" when s is none of these.
func arabic(s string) string {
	if s == "" {
		return ""
	}
	digits := true
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			sb.WriteRune(r)
		case r >= '０' && r <= '９':
			sb.WriteRune('0' + r - '０')
		default:
			digits = false
		}
	}
	if digits {
		v, err := strconv.Atoi(sb.String())
		if err != nil {
			return ""
		}
		return strconv.Itoa(v)
	}
	if v := romanValue(s); v > 0 {
		return strconv.Itoa(v)
	}
	if v := chineseValue(s); v >= 0 {
		return strconv.Itoa(v)
	}
	return ""
}

// chineseValue is the value of a Chinese numeral below 10000, or -1:
// with units (一百四十三, 十五) or digit by digit (二〇二四).
func chineseValue(s string) int {
	vals := map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	units := map[rune]int{'十': 10, '百': 100, '千': 1000}
	if s == "" {
		return -1
	}
	if !strings.ContainsAny(s, "十百千") {
		v := 0
		for _, r := range s {
			d, ok := vals[r]
			if !ok || v > 1e6 {
				return -1
			}
			v = v*10 + d
		}
		return v
	}
	total, cur := 0, -1
	for _, r := range s {
		if v, ok := vals[r]; ok {
			cur = v
			continue
		}
		u, ok := units[r]
		if !ok {
			return -1
		}
		if cur < 0 {
			cur = 1 // 十 = 10
		}
		total += cur * u
		cur = -1
	}
	if cur > 0 {
		total += cur
	}
	return total
}

// romanValue is the value of a well-formed Roman numeral up to 399, or 0.
func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total >= 400 || toRoman(total) != s {
		return 0
	}
	return total
}

// toRoman writes v (1–399) as a Roman numeral.
func toRoman(v int) string {
	var sb strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for v >= p.v {
			sb.WriteString(p.s)
			v -= p.v
		}
	}
	return sb.String()
}
