package report

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bireport/bireport/extract"
)

// The kinds of an indicator row.
const (
	IndicatorTarget = "target" // a target set for the year (a commitment)
	IndicatorResult = "result" // a result reported about the year (a figure)
)

// An IndicatorRow is one observation of an indicator in one report: the
// target the report sets for a year, or the result it reports for one.
// Multi-year figures (a five-year plan's average growth, five years' new
// jobs) cover FromYear to Year; a one-year figure has FromYear == Year.
type IndicatorRow struct {
	Indicator  string   `json:"indicator"`   // the catalogue id: gdp-growth
	File       string   `json:"file"`        // the report's Source
	ReportYear int      `json:"report_year"` // from the title block's date line
	Year       int      `json:"year"`        // the (last) year the figure is about
	Kind       string   `json:"kind"`        // IndicatorTarget or IndicatorResult
	Value      float64  `json:"value"`       // the lower bound of a range
	Upper      *float64 `json:"upper,omitempty"`
	Qualifier  string   `json:"qualifier"` // as Item.Qualifier: exact, at_least, about, range …
	Unit       string   `json:"unit"`      // the unit of Value: %, 人, 元
	Pair       int      `json:"pair"`
	Line       int      `json:"line"`
	ZH         string   `json:"zh"`        // the Chinese statement, wording to number, as in the source
	EN         string   `json:"en"`        // the English statement, or the English mention
	FromYear   int      `json:"from_year"` // the first year the figure is about
}

// Indicators returns the indicator rows of the documents, in document
// order and then text order: for each commitment and figure of a document
// whose Chinese statement (the English one when there is no Chinese) names
// an indicator of cat (see extract.Catalog.Match), one row. Commitments
// are targets, figures results.
//
// The year a row is about is read, first match wins, from:
//  1. the sentence before the number: a plan period (“十三五”时期 →
//     2016–2020), the next or past five years (今后五年, 过去五年), this
//     year or last (今年, 去年), a target year (到2020年);
//  2. the paragraph before the number, then the earlier paragraphs of the
//     section: a plan period, five years or a year (今年, 去年) as above,
//     from an earlier paragraph only when it opens a sentence (过去五年，…);
//  3. the headings above: a plan period (“十三五”时期主要目标任务), then a
//     year (2015年工作回顾 → results of 2015; 2019年政府工作任务 → targets
//     of 2019);
//  4. the report's year (from its date line): targets are for it,
//     results for the year before.
//
// A period is used only when it points the row's way: a target's period
// does not end before the report's year, a result's ends before it. A
// document with no report year and no year in its headings gives no row:
// a year is never guessed. An indicator, year and kind stated twice in one
// report (a target restated in its explanation) gives the first statement
// only.
func Indicators(docs []*Document, cat extract.Catalog) []IndicatorRow {
	var rows []IndicatorRow
	for _, d := range docs {
		if d != nil {
			rows = append(rows, docIndicators(d, cat)...)
		}
	}
	return rows
}

// A period is a span of years, both ends included.
type period struct{ from, to int }

func (p period) ok() bool { return p.from > 0 && p.to >= p.from }

// A sectionContext is what the headings above a pair say about years.
type sectionContext struct {
	tense   extract.Tense
	year    int      // a year the heading names, 0 when none
	periods []period // plan periods the heading names
}

func docIndicators(d *Document, cat extract.Catalog) []IndicatorRow {
	ry := reportYear(d.Pairs)
	byPair := map[int][]itemRef{}
	for i := range d.Commitments {
		byPair[d.Commitments[i].Pair] = append(byPair[d.Commitments[i].Pair], itemRef{&d.Commitments[i], IndicatorTarget})
	}
	for i := range d.Figures {
		byPair[d.Figures[i].Pair] = append(byPair[d.Figures[i].Pair], itemRef{&d.Figures[i], IndicatorResult})
	}
	var rows []IndicatorRow
	seen := map[string]bool{}
	sections := map[int]sectionContext{}
	var carried []periodCue // period cues of earlier paragraphs of the section
	for _, p := range d.Pairs {
		switch p.Kind {
		case KindHeading:
			for l := range sections {
				if l >= p.Level {
					delete(sections, l)
				}
			}
			sections[p.Level] = headingContext(p, ry)
			carried = nil
			continue
		case KindTitle, KindMeta, KindNote, KindFootnote:
			continue
		}
		refs := byPair[p.ID]
		side, lang := p.ZH, extract.Chinese
		if side == nil {
			side, lang = p.EN, extract.English
		}
		if side != nil && len(refs) > 0 {
			sc := sectionStack(sections)
			rows = append(rows, pairIndicators(d, p, refs, cat, ry, carried, sc)...)
		}
		if side != nil {
			for _, c := range periodCues(side.Text, lang, ry) {
				if c.topic {
					carried = append(carried, c)
				}
			}
		}
	}
	out := rows[:0]
	for _, r := range rows {
		key := r.Indicator + "\x00" + r.Kind + "\x00" + strconv.Itoa(r.FromYear) + "\x00" + strconv.Itoa(r.Year)
		if !seen[key] {
			seen[key] = true
			out = append(out, r)
		}
	}
	return out
}

// sectionStack returns the heading contexts above a pair, nearest first.
func sectionStack(sections map[int]sectionContext) []sectionContext {
	maxLevel := 0
	for l := range sections {
		maxLevel = max(maxLevel, l)
	}
	var out []sectionContext
	for l := maxLevel; l >= 0; l-- {
		if s, ok := sections[l]; ok {
			out = append(out, s)
		}
	}
	return out
}

type itemRef struct {
	item *Item
	kind string
}

// A sideMatches is what one side of a pair says: the indicator matches of
// its quantities, by their start offset, and its period cues.
type sideMatches struct {
	rs      []rune
	byStart map[int]extract.IndicatorMatch
	ends    map[int]int // quantity end by start offset
	cues    []periodCue
}

func readSide(s *Side, cat extract.Catalog, lang extract.Lang, ry int) *sideMatches {
	if s == nil {
		return nil
	}
	qs := extract.Quantities(s.Text, lang)
	sm := &sideMatches{rs: []rune(s.Text), byStart: map[int]extract.IndicatorMatch{}, ends: map[int]int{},
		cues: periodCues(s.Text, lang, ry)}
	for i, m := range cat.MatchAll(s.Text, qs, lang) {
		if m.ID != "" {
			sm.byStart[qs[i].Start] = m
			sm.ends[qs[i].Start] = qs[i].End
		}
	}
	return sm
}

// match returns the indicator a mention of the side states.
func (sm *sideMatches) match(m *Mention) (extract.IndicatorMatch, bool) {
	if sm == nil || m == nil {
		return extract.IndicatorMatch{}, false
	}
	im, ok := sm.byStart[m.Start]
	return im, ok && sm.ends[m.Start] == m.End
}

// pairIndicators gives the rows of one pair's items.
func pairIndicators(d *Document, p Pair, refs []itemRef, cat extract.Catalog, ry int, carried []periodCue, sc []sectionContext) []IndicatorRow {
	zh := readSide(p.ZH, cat, extract.Chinese, ry)
	en := readSide(p.EN, cat, extract.English, ry)
	var rows []IndicatorRow
	for _, ref := range refs {
		it := ref.item
		side, m, lang := zh, it.ZH, extract.Chinese
		if m == nil || side == nil {
			side, m, lang = en, it.EN, extract.English
		}
		match, ok := side.match(m)
		if !ok {
			continue
		}
		from, to, ok := rowYears(side, m.Start, ref.kind, ry, carried, sc)
		if !ok {
			continue
		}
		r := IndicatorRow{
			Indicator: match.ID, File: d.Source, ReportYear: ry, Year: to, FromYear: from, Kind: ref.kind,
			Value: it.Value, Upper: it.Upper, Qualifier: it.Qualifier, Unit: m.Unit,
			Pair: p.ID, Line: m.Line,
		}
		span := string(side.rs[match.Start:match.End])
		if lang == extract.Chinese {
			r.ZH = span
			r.EN = englishEvidence(en, it.EN, match.ID)
		} else {
			r.EN = span
		}
		rows = append(rows, r)
	}
	return rows
}

// englishEvidence quotes the English statement of the same indicator when
// the English names it too, else the English mention alone.
func englishEvidence(en *sideMatches, m *Mention, id string) string {
	if m == nil {
		return ""
	}
	if match, ok := en.match(m); ok && match.ID == id {
		return string(en.rs[match.Start:match.End])
	}
	return m.Text
}

// rowYears decides the years a row is about (see Indicators); ok is false
// when they cannot be known.
func rowYears(side *sideMatches, pos int, kind string, ry int, carried []periodCue, sc []sectionContext) (from, to int, ok bool) {
	fits := func(p period) bool {
		if kind == IndicatorTarget {
			return ry == 0 || p.to >= ry
		}
		return ry == 0 || p.to < ry
	}
	sent := sentenceStartOf(side.rs, pos)
	// The cues before the number (side.cues are in text order).
	cues := side.cues[:sort.Search(len(side.cues), func(k int) bool { return side.cues[k].at >= pos })]
	// 1. the sentence, 2. the paragraph, then earlier paragraphs.
	for k := len(cues) - 1; k >= 0; k-- {
		c := cues[k]
		if c.at < sent {
			break
		}
		if c.targetYear > 0 && kind == IndicatorTarget {
			return c.targetYear, c.targetYear, true
		}
		if c.p.ok() && fits(c.p) {
			return c.p.from, c.p.to, true
		}
	}
	for _, list := range [][]periodCue{cues, carried} {
		for k := len(list) - 1; k >= 0; k-- {
			if c := list[k]; c.p.ok() && fits(c.p) {
				return c.p.from, c.p.to, true
			}
		}
	}
	// 3. the headings: periods, then years.
	for _, s := range sc {
		for _, p := range s.periods {
			if fits(p) {
				return p.from, p.to, true
			}
		}
	}
	for _, s := range sc {
		if s.year == 0 {
			continue
		}
		if kind == IndicatorResult && s.tense != extract.Future || kind == IndicatorTarget && s.tense != extract.Past {
			return s.year, s.year, true
		}
	}
	// 4. the report's year.
	if ry == 0 {
		return 0, 0, false
	}
	if kind == IndicatorResult {
		return ry - 1, ry - 1, true
	}
	return ry, ry, true
}

// sentenceStartOf returns the rune offset of the start of the sentence
// holding pos.
func sentenceStartOf(rs []rune, pos int) int {
	const reach = 2000 // a longer "sentence" is no sentence: cues that far do not count
	for k := min(pos, len(rs)) - 1; k >= 0 && k >= pos-reach; k-- {
		switch rs[k] {
		case '。', '；', '！', '？', ';', '!', '?', '\n':
			return k + 1
		case '.':
			if k+1 < len(rs) && rs[k+1] == ' ' {
				return k + 1
			}
		}
	}
	return max(0, pos-reach)
}

// A periodCue is a phrase that says which years the text around it is
// about: a period (p) or, for targets, one year (targetYear).
type periodCue struct {
	at         int // rune offset
	p          period
	targetYear int
	// topic is set when the cue opens a sentence (过去五年，…; “十四五”时期是…):
	// it then sets the years of the paragraphs after it too.
	topic bool
}

// Period phrases, tried in order at each position (see periodCues).
var (
	zhPlanPeriod  = regexp.MustCompile(`“?十([一二三四五六七八九])五”?(?:规划)?(?:时期|期间)`)
	zhPastFive    = regexp.MustCompile(`过去五年|五年来`)
	zhNextFive    = regexp.MustCompile(`今后五年|未来五年`)
	zhByYear      = regexp.MustCompile(`到((?:19|20)\d\d)年`)
	zhThisYear    = regexp.MustCompile(`今年|本年度`)
	zhLastYear    = regexp.MustCompile(`去年|上年`)
	enThisYear    = regexp.MustCompile(`(?i)\bthis year\b`)
	enLastYear    = regexp.MustCompile(`(?i)\blast year\b`)
	enPlanPeriod  = regexp.MustCompile(`(?i)(1[0-9])th Five-Year Plan period`)
	enPastFive    = regexp.MustCompile(`(?i)(?:the )?past five years`)
	enNextFive    = regexp.MustCompile(`(?i)(?:the )?(?:next|coming) five years`)
	enByYear      = regexp.MustCompile(`\bby ((?:19|20)\d\d)\b`)
	zhPlanNumbers = map[string]int{"一": 11, "二": 12, "三": 13, "四": 14, "五": 15, "六": 16, "七": 17, "八": 18, "九": 19}
)

// planPeriod returns the years of the nth five-year plan: the third began
// in 1966 and each since has followed the last (the 13th: 2016–2020).
func planPeriod(n int) period {
	if n < 3 {
		return period{}
	}
	from := 1966 + 5*(n-3)
	return period{from, from + 4}
}

// periodCues finds the period phrases of a text, in text order: a plan
// period (“十三五”时期, the 13th Five-Year Plan period), the past or next
// five years counted from the report year ry, and target years (到2020年,
// by 2020).
func periodCues(text string, lang extract.Lang, ry int) []periodCue {
	type rule struct {
		re  *regexp.Regexp
		cue func(m []string) periodCue
	}
	five := func(from int) func([]string) periodCue {
		return func([]string) periodCue {
			if ry == 0 {
				return periodCue{}
			}
			return periodCue{p: period{from, from + 4}}
		}
	}
	one := func(y int) func([]string) periodCue {
		return func([]string) periodCue {
			if ry == 0 {
				return periodCue{}
			}
			return periodCue{p: period{y, y}}
		}
	}
	byYear := func(m []string) periodCue { y, _ := strconv.Atoi(m[1]); return periodCue{targetYear: y} }
	rules := []rule{
		{zhPlanPeriod, func(m []string) periodCue { return periodCue{p: planPeriod(zhPlanNumbers[m[1]])} }},
		{zhPastFive, five(ry - 5)},
		{zhNextFive, five(ry)},
		{zhByYear, byYear},
		{zhThisYear, one(ry)},
		{zhLastYear, one(ry - 1)},
	}
	if lang == extract.English {
		rules = []rule{
			{enPlanPeriod, func(m []string) periodCue { n, _ := strconv.Atoi(m[1]); return periodCue{p: planPeriod(n)} }},
			{enPastFive, five(ry - 5)},
			{enNextFive, five(ry)},
			{enByYear, byYear},
			{enThisYear, one(ry)},
			{enLastYear, one(ry - 1)},
		}
	}
	type found struct {
		byteAt int
		cue    periodCue
	}
	var fs []found
	for _, r := range rules {
		for _, loc := range r.re.FindAllStringSubmatchIndex(text, -1) {
			var m []string
			for k := 0; k+1 < len(loc); k += 2 {
				if loc[k] < 0 {
					m = append(m, "")
					continue
				}
				m = append(m, text[loc[k]:loc[k+1]])
			}
			c := r.cue(m)
			if !c.p.ok() && c.targetYear == 0 {
				continue
			}
			c.topic = opensSentence(text[:loc[0]])
			fs = append(fs, found{loc[0], c})
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].byteAt < fs[j].byteAt })
	// Rune offsets, counted once along the text.
	out := make([]periodCue, len(fs))
	bytePos, runePos := 0, 0
	for i, f := range fs {
		runePos += utf8.RuneCountInString(text[bytePos:f.byteAt])
		bytePos = f.byteAt
		out[i] = f.cue
		out[i].at = runePos
	}
	return out
}

// opensSentence reports whether text (what comes before a cue) ends where a
// sentence begins: at the start, or after a full stop, semicolon, colon or
// line break, opening quotes and spaces aside.
func opensSentence(before string) bool {
	t := strings.TrimRight(before, " \u3000“\"‘'")
	if t == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("。；！？：;!?:\n", r) || r == '.'
}

// headingContext reads a heading's tense, year and plan periods.
func headingContext(p Pair, ry int) sectionContext {
	var sc sectionContext
	for _, s := range []*Side{p.ZH, p.EN} {
		if s == nil {
			continue
		}
		lang := extract.Chinese
		if s == p.EN {
			lang = extract.English
		}
		if sc.tense == extract.TenseUnknown {
			sc.tense = extract.HeadingTense(s.Text)
		}
		if sc.year == 0 {
			sc.year = firstYear(s.Text)
		}
		if len(sc.periods) == 0 {
			for _, c := range periodCues(s.Text, lang, ry) {
				if c.p.ok() {
					sc.periods = append(sc.periods, c.p)
				}
			}
		}
	}
	return sc
}

var (
	zhYear = regexp.MustCompile(`((?:19|20)\d\d)年`)
	enYear = regexp.MustCompile(`\b((?:19|20)\d\d)\b`)
)

// firstYear returns the first year written in a text (2015年, or a
// four-digit year in English), or 0.
func firstYear(text string) int {
	for _, re := range []*regexp.Regexp{zhYear, enYear} {
		if m := re.FindStringSubmatch(text); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y
		}
	}
	return 0
}

// reportYear reads the year of a report from its title block: the first
// year in the date line (——2019年3月5日在…, on March 5, 2016), or 0.
func reportYear(pairs []Pair) int {
	for _, p := range pairs {
		if p.Kind != KindTitle && p.Kind != KindMeta {
			break
		}
		for _, s := range []*Side{p.ZH, p.EN} {
			if s == nil {
				continue
			}
			if y := firstYear(strings.TrimSpace(s.Text)); y > 0 {
				return y
			}
		}
	}
	return 0
}
