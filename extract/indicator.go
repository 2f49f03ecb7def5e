package extract

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// An Indicator is one entry of a Catalog: a statistic that reports name
// year after year (the GDP growth target, new urban jobs), with the words
// that name it in each language and the units a quantity stating it may
// have.
type Indicator struct {
	ID   string `json:"id"`   // stable id: gdp-growth, cpi, urban-jobs
	Name string `json:"name"` // a short English name for people: GDP growth
	Unit string `json:"unit"` // the unit its values are in, for people: %, people, yuan
	// Units are the Quantity.Unit values (either language) a quantity
	// stating the indicator may have: a rate is in %, never in pp (a
	// change of a rate is not the rate). Empty accepts any unit.
	Units []string `json:"units"`
	ZH    []string `json:"zh"` // Chinese wordings: 居民消费价格涨幅, 居民消费价格
	EN    []string `json:"en"` // English wordings, matched ignoring case: CPI increase, consumer prices
}

// A Catalog is a list of indicators, in a documented JSON form (the
// built-in one is catalog.json in this package):
//
//	{"replace": false,
//	 "indicators": [{"id": "cpi", "name": "CPI increase", "unit": "%", "units": ["%"],
//	                 "zh": ["居民消费价格涨幅"], "en": ["CPI increase", "consumer prices"]}]}
type Catalog struct {
	// Replace, in a user's catalogue, says that its indicators replace the
	// built-in ones instead of extending them (see Extend).
	Replace    bool        `json:"replace,omitempty"`
	Indicators []Indicator `json:"indicators"`
}

//go:embed catalog.json
var builtinCatalog []byte

// DefaultCatalog returns the built-in catalogue of the indicators that
// government work reports state every year: gdp-growth, cpi, urban-jobs,
// surveyed-unemployment, registered-unemployment, deficit-ratio,
// energy-intensity, grain-output and others. Each call returns a fresh
// copy.
func DefaultCatalog() Catalog {
	c, err := ReadCatalog(bytes.NewReader(builtinCatalog))
	if err != nil {
		panic("extract: built-in catalog.json: " + err.Error())
	}
	return c
}

// ErrCatalog is wrapped by the errors ReadCatalog returns.
var ErrCatalog = errors.New("invalid indicator catalogue")

// ReadCatalog reads a catalogue in its JSON form. Unknown fields, an empty
// or repeated id and an indicator with no wording are errors; a syntax
// error names its line and byte offset.
func ReadCatalog(r io.Reader) (Catalog, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Catalog{}, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c Catalog
	if err := dec.Decode(&c); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return Catalog{}, catalogErrorAt(data, se.Offset, err)
		case errors.As(err, &te):
			return Catalog{}, catalogErrorAt(data, te.Offset, err)
		}
		return Catalog{}, fmt.Errorf("%w: %v", ErrCatalog, err)
	}
	seen := map[string]bool{}
	for i, ind := range c.Indicators {
		switch {
		case strings.TrimSpace(ind.ID) == "":
			return Catalog{}, fmt.Errorf("%w: indicator %d has no id", ErrCatalog, i+1)
		case seen[ind.ID]:
			return Catalog{}, fmt.Errorf("%w: indicator %q is defined twice", ErrCatalog, ind.ID)
		case len(nonEmpty(ind.ZH))+len(nonEmpty(ind.EN)) == 0:
			return Catalog{}, fmt.Errorf("%w: indicator %q has no zh or en wording", ErrCatalog, ind.ID)
		}
		seen[ind.ID] = true
	}
	return c, nil
}

func catalogErrorAt(data []byte, off int64, err error) error {
	off = min(max(off, 0), int64(len(data)))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	return fmt.Errorf("%w: line %d (byte %d): %v", ErrCatalog, line, off, err)
}

func nonEmpty(ws []string) []string {
	var out []string
	for _, w := range ws {
		if strings.TrimSpace(w) != "" {
			out = append(out, w)
		}
	}
	return out
}

// Extend returns c with the indicators of user added: one with an id c
// already has replaces it in place, new ones come after. When user.Replace
// is set the result is user's indicators alone.
func (c Catalog) Extend(user Catalog) Catalog {
	if user.Replace {
		return Catalog{Indicators: append([]Indicator(nil), user.Indicators...)}
	}
	out := Catalog{Indicators: append([]Indicator(nil), c.Indicators...)}
	at := map[string]int{}
	for i, ind := range out.Indicators {
		at[ind.ID] = i
	}
	for _, ind := range user.Indicators {
		if i, ok := at[ind.ID]; ok {
			out.Indicators[i] = ind
			continue
		}
		at[ind.ID] = len(out.Indicators)
		out.Indicators = append(out.Indicators, ind)
	}
	return out
}

// Lookup returns the indicator with the given id.
func (c Catalog) Lookup(id string) (Indicator, bool) {
	for _, ind := range c.Indicators {
		if ind.ID == id {
			return ind, true
		}
	}
	return Indicator{}, false
}

// accepts reports whether a quantity in unit u can state the indicator.
func (ind Indicator) accepts(u string) bool {
	if len(ind.Units) == 0 {
		return true
	}
	for _, v := range ind.Units {
		if strings.EqualFold(v, u) {
			return true
		}
	}
	return false
}

// An IndicatorMatch says which indicator a quantity states, and where the
// statement is in the text.
type IndicatorMatch struct {
	ID    string // the indicator's id
	Start int    // rune offset of the statement: the wording, or the quantity when the wording follows it
	End   int    // rune offset just past the statement
}

// Match says which indicator of c the quantity qs[i] of text states: a
// wording of the indicator stands in the same sentence before the quantity
// with nothing but link words between (国内生产总值增长6.6%, 城镇调查失业率全年控制在
// 5.5%以内, the deficit-to-GDP ratio for the year at around 3.2 percent),
// or right after it (11 million new urban jobs), and the indicator accepts
// the quantity's unit. qs are the quantities Quantities found in text. To
// ask about many quantities of one text, use MatchAll: Match reads the
// whole text each time.
//
// The rules are tried in order, and the first that matches wins:
//
//  1. wordingBefore: the nearest wording before the quantity whose gap is
//     link words only, or link words, one other quantity, a comma and a
//     verb (国内生产总值达到99.1万亿元，增长6.1%);
//  2. respectively: the k-th of a list of names before 分别 for the k-th of
//     the numbers after it (单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%);
//  3. wordingAfter: a wording right after the quantity, spaces between.
//
// A wording found inside a longer wording of the catalogue does not count
// (国内生产总值 inside 单位国内生产总值能耗, 财政赤字 inside 中央财政赤字), and a
// word that is not a link word between wording and number (服务业在国内生产总值
// 中的比重上升到50.5%) means the number is about something else: no match.
// A wording more than MaxIndicatorReach runes before the number is too far.
func (c Catalog) Match(text string, qs []Quantity, i int, lang Lang) (IndicatorMatch, bool) {
	if i < 0 || i >= len(qs) {
		return IndicatorMatch{}, false
	}
	m := c.newMatcher(text, qs, lang)
	return m.match(i)
}

// MatchAll returns, for each quantity of qs (found in text by Quantities),
// what Match returns for it: the indicator it states, or an IndicatorMatch
// with an empty ID. It reads the text once.
func (c Catalog) MatchAll(text string, qs []Quantity, lang Lang) []IndicatorMatch {
	m := c.newMatcher(text, qs, lang)
	out := make([]IndicatorMatch, len(qs))
	for i := range qs {
		out[i], _ = m.match(i)
	}
	return out
}

// MaxIndicatorReach is how far before its number, in runes, a wording may
// stand: room for a long name, link words and one other quantity.
const MaxIndicatorReach = 120

// A matcher holds what Match reads from a text once: its runes and the
// occurrences of the catalogue's wordings, ordered by their end.
type matcher struct {
	cat     Catalog
	rs      []rune
	qs      []Quantity
	lang    Lang
	occ     []occurrence
	byStart map[int]int // quantity index by start offset, amounts only
	longest int         // runes of the longest wording
}

func (c Catalog) newMatcher(text string, qs []Quantity, lang Lang) *matcher {
	rs := []rune(text)
	occ := dropContained(c.occurrences(rs, lang))
	sort.SliceStable(occ, func(a, b int) bool { return occ[a].end < occ[b].end })
	byStart := map[int]int{}
	for j, q := range qs {
		if _, dup := byStart[q.Start]; !dup && q.Role == RoleQuantity {
			byStart[q.Start] = j
		}
	}
	return &matcher{cat: c, rs: rs, qs: qs, lang: lang, occ: occ, byStart: byStart, longest: maxWordingRunes(c)}
}

func (m *matcher) match(i int) (IndicatorMatch, bool) {
	q := m.qs[i]
	if q.Role != RoleQuantity || q.Start < 0 || q.End > len(m.rs) || q.Start > q.End {
		return IndicatorMatch{}, false
	}
	for _, rule := range indicatorRules {
		if r, ok := rule(m, i); ok {
			return r, true
		}
	}
	return IndicatorMatch{}, false
}

// An indicatorRule tries to name the indicator of qs[i] from the wording
// occurrences of the text.
type indicatorRule func(m *matcher, i int) (IndicatorMatch, bool)

// indicatorRules are tried in order; the first that matches wins.
var indicatorRules = []indicatorRule{
	wordingBefore, // 城镇新增就业1100万人以上; 国内生产总值达到99.1万亿元，增长6.1%
	respectively,  // 单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%
	wordingAfter,  // 11 million new urban jobs
}

// An occurrence is a wording of indicator ind at runes [start, end).
type occurrence struct {
	ind        int
	start, end int
}

// occurrences finds every wording of every indicator in rs, in lang's
// wordings, ignoring case (GDP, gdp; M2); English ones must stand as whole
// words.
func (c Catalog) occurrences(rs []rune, lang Lang) []occurrence {
	low := []rune(strings.ToLower(string(rs)))
	if len(low) != len(rs) {
		low = rs
	}
	var out []occurrence
	for k, ind := range c.Indicators {
		words := ind.ZH
		if lang == English {
			words = ind.EN
		}
		for _, w := range nonEmpty(words) {
			wr := []rune(strings.ToLower(w))
			for _, s := range indexAll(low, wr) {
				e := s + len(wr)
				if lang == English && !wordBounded(rs, s, e) {
					continue
				}
				out = append(out, occurrence{ind: k, start: s, end: e})
			}
		}
	}
	return out
}

// wordBounded reports whether rs[s:e] does not begin or end inside a
// Latin word.
func wordBounded(rs []rune, s, e int) bool {
	letter := func(r rune) bool { return unicode.IsLetter(r) && !isHan(r) }
	if s > 0 && letter(rs[s-1]) && letter(rs[s]) {
		return false
	}
	return e >= len(rs) || !letter(rs[e]) || !letter(rs[e-1])
}

// dropContained removes the occurrences that lie inside a longer one.
// Sorted by start, and at one start longest first, an occurrence lies
// inside a longer one exactly when an earlier one reaches as far, unless
// that one has the same span.
func dropContained(occ []occurrence) []occurrence {
	sort.SliceStable(occ, func(a, b int) bool {
		if occ[a].start != occ[b].start {
			return occ[a].start < occ[b].start
		}
		return occ[a].end > occ[b].end
	})
	var out []occurrence
	reach, rs, re := -1, -1, -1 // the furthest end so far, and the span that reaches it
	for _, o := range occ {
		if o.end <= reach && !(o.start == rs && o.end == re) {
			continue
		}
		out = append(out, o)
		if o.end > reach {
			reach, rs, re = o.end, o.start, o.end
		}
	}
	return out
}

// wordingBefore matches the nearest wording before the quantity, in its
// sentence, whose gap to the quantity is link words only (城镇调查失业率全年控制在
// 5.5%以内), or link words, one other quantity, a comma and link words
// beginning with a verb (国内生产总值达到99.1万亿元，增长6.1%: the growth rate
// shares the subject of the level). Nearer wordings are tried first; at
// equal distance, the longer.
func wordingBefore(m *matcher, i int) (IndicatorMatch, bool) {
	q := m.qs[i]
	from := sentenceStart(m.rs, q.Start, m.lang)
	// The occurrences ending at or before the quantity, nearest first.
	k := sort.Search(len(m.occ), func(k int) bool { return m.occ[k].end > q.Start })
	var cands []occurrence
	for k--; k >= 0 && m.occ[k].end >= q.Start-MaxIndicatorReach; k-- {
		if o := m.occ[k]; o.start >= from {
			cands = append(cands, o)
		}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].end != cands[b].end {
			return cands[a].end > cands[b].end
		}
		return cands[a].end-cands[a].start > cands[b].end-cands[b].start
	})
	for _, o := range cands {
		ind := m.cat.Indicators[o.ind]
		if ind.accepts(q.Unit) && m.linkGap(i, o.end) {
			return IndicatorMatch{ID: ind.ID, Start: fullName(m.rs, cands, o), End: q.End}, true
		}
	}
	return IndicatorMatch{}, false
}

// respectively matches the k-th number of a list after 分别 (respectively)
// with the k-th of the names listed before it, in the same clause, when
// that name ends with a wording: 单位国内生产总值能耗和二氧化碳排放分别降低13.5%、
// 18% gives 13.5% to energy-intensity. Lists of different lengths, and a
// name that is no wording (用水量、能耗、…: 能耗 alone), give nothing.
func respectively(m *matcher, i int) (IndicatorMatch, bool) {
	if m.lang != Chinese {
		return IndicatorMatch{}, false
	}
	rs, qs := m.rs, m.qs
	// The run of numbers holding qs[i], joined by 、 or 和.
	first, k := i, 0
	for first > 0 && m.joined(first-1, first) {
		first, k = first-1, k+1
	}
	last := i
	for last+1 < len(qs) && m.joined(last, last+1) {
		last++
	}
	if first == last {
		return IndicatorMatch{}, false
	}
	// 分别 and link words before the run.
	start := qs[first].Start
	at := -1
	for p := start - 2; p >= 0 && p >= start-MaxIndicatorReach; p-- {
		if rs[p] == '分' && rs[p+1] == '别' {
			at = p
			break
		}
	}
	if at < 0 || skipLinks(rs, at+2, start, m.lang) != start {
		return IndicatorMatch{}, false
	}
	// The names: the clause before 分别, split at list marks.
	from := at
	for from > 0 && !strings.ContainsRune("，。；！？,;\n", rs[from-1]) && from > at-MaxIndicatorReach {
		from--
	}
	names := splitNames(rs, from, at)
	if len(names) != last-first+1 {
		return IndicatorMatch{}, false
	}
	name := names[k]
	for _, o := range m.occ {
		if o.end == name[1] && o.start >= name[0] && m.cat.Indicators[o.ind].accepts(qs[i].Unit) {
			return IndicatorMatch{ID: m.cat.Indicators[o.ind].ID, Start: o.start, End: qs[i].End}, true
		}
	}
	return IndicatorMatch{}, false
}

// joined reports whether quantities a and b follow each other with only a
// list mark between (13.5%、18%; 23%和18%).
func (m *matcher) joined(a, b int) bool {
	qa, qb := m.qs[a], m.qs[b]
	if qa.Role != RoleQuantity || qb.Role != RoleQuantity || qa.End > qb.Start {
		return false
	}
	gap := strings.TrimSpace(string(m.rs[qa.End:qb.Start]))
	return gap == "、" || gap == "和" || gap == "及" || gap == "，" || gap == ","
}

// listMarks separate the names of a list.
var listMarks = []string{"以及", "、", "和", "及", "与"}

// splitNames splits rs[from:to] at list marks into [start, end) spans,
// spaces trimmed.
func splitNames(rs []rune, from, to int) [][2]int {
	var out [][2]int
	s := from
	for p := from; p <= to; p++ {
		n := 0
		if p < to {
			for _, w := range listMarks {
				if hasRunes(rs, p, to, w) {
					n = len([]rune(w))
					break
				}
			}
		}
		if p == to || n > 0 {
			a, b := s, p
			for a < b && unicode.IsSpace(rs[a]) {
				a++
			}
			for b > a && unicode.IsSpace(rs[b-1]) {
				b--
			}
			out = append(out, [2]int{a, b})
			s = p + n
			p += max(n-1, 0)
		}
	}
	return out
}

// hasRunes reports whether w stands in rs at p, before end.
func hasRunes(rs []rune, p, end int, w string) bool {
	wr := []rune(w)
	return p+len(wr) <= end && string(rs[p:p+len(wr)]) == w
}

// fullName returns where the statement of occurrence o begins: at o, or,
// when o is an abbreviation in brackets right after a wording of the same
// indicator (Gross domestic product (GDP), 居民消费价格（CPI）), at that wording.
func fullName(rs []rune, occ []occurrence, o occurrence) int {
	if o.start == 0 || (rs[o.start-1] != '(' && rs[o.start-1] != '（') {
		return o.start
	}
	for _, p := range occ {
		if p.ind == o.ind && p.end <= o.start-1 && skipSpaces(rs, p.end) == o.start-1 {
			return p.start
		}
	}
	return o.start
}

// wordingAfter matches a wording that follows the quantity with only
// spaces between (Over 11 million new urban jobs).
func wordingAfter(m *matcher, i int) (IndicatorMatch, bool) {
	q := m.qs[i]
	p := skipSpaces(m.rs, q.End)
	best := -1
	// Occurrences starting at p end within the longest wording after it.
	k := sort.Search(len(m.occ), func(k int) bool { return m.occ[k].end > p })
	for ; k < len(m.occ) && m.occ[k].end <= p+m.longest; k++ {
		o := m.occ[k]
		if o.start == p && m.cat.Indicators[o.ind].accepts(q.Unit) && (best < 0 || o.end > m.occ[best].end) {
			best = k
		}
	}
	if best < 0 {
		return IndicatorMatch{}, false
	}
	return IndicatorMatch{ID: m.cat.Indicators[m.occ[best].ind].ID, Start: q.Start, End: m.occ[best].end}, true
}

// maxWordingRunes is the length of the catalogue's longest wording.
func maxWordingRunes(c Catalog) int {
	n := 0
	for _, ind := range c.Indicators {
		for _, w := range append(append([]string(nil), ind.ZH...), ind.EN...) {
			n = max(n, len([]rune(w)))
		}
	}
	return n
}

// sentenceStart returns the rune offset where the sentence holding pos
// begins: after the last full stop, semicolon, question or exclamation
// mark or line break before it. An English full stop ends a sentence only
// before a space, so that 6.5 stays whole.
func sentenceStart(rs []rune, pos int, lang Lang) int {
	for k := pos - 1; k >= 0 && k >= pos-MaxIndicatorReach; k-- {
		switch rs[k] {
		case '。', '；', '！', '？', ';', '!', '?', '\n':
			return k + 1
		case '.':
			if lang == English && k+1 < len(rs) && unicode.IsSpace(rs[k+1]) {
				return k + 1
			}
		}
	}
	return max(0, pos-MaxIndicatorReach)
}

// linkGap reports whether the runes from p to the quantity qs[i] are link
// words (see skipLinks), or link words, one other quantity, a comma, and
// link words again (not none).
func (m *matcher) linkGap(i, p int) bool {
	rs, qs, lang := m.rs, m.qs, m.lang
	end := qs[i].Start
	p = skipLinks(rs, p, end, lang)
	if p == end {
		return true
	}
	j, ok := m.byStart[p]
	if !ok || j == i || qs[j].End > end {
		return false
	}
	p = skipLinks(rs, qs[j].End, end, lang)
	if p >= end || (rs[p] != '，' && rs[p] != ',') {
		return false
	}
	p = skipSpaces(rs, p+1)
	after := skipLinks(rs, p, end, lang)
	return after > p && after == end
}

func skipSpaces(rs []rune, p int) int {
	for p < len(rs) && (rs[p] == ' ' || rs[p] == '\u3000' || rs[p] == '\t') {
		p++
	}
	return p
}

// Link words: what may stand between an indicator's name and its number
// without making the number about something else. Verbs of level and
// change, time words, the words of a target.
var (
	zhLinkWords = []string{
		"增长", "增速", "增幅", "上涨", "涨幅", "下降", "降低", "减少", "提高到", "提高", "上升到", "上升",
		"降到", "降至", "达到", "达", "为", "是", "在", "稳定在", "保持在", "控制在", "稳定", "保持", "控制",
		"拟按", "按", "设定为", "年均", "平均", "全年", "年末", "年底", "继续", "实际", "名义", "预期目标",
		"目标", "预期", "实现", "人数", "规模", "总量", "要", "将", "力争", "今年", "去年", "同比", "比上年",
	}
	enLinkWords = map[string]bool{
		"of": true, "by": true, "at": true, "to": true, "was": true, "were": true, "is": true, "be": true,
		"been": true, "will": true, "grew": true, "growing": true, "grow": true, "rose": true, "rise": true,
		"rising": true, "increased": true, "increase": true, "reached": true, "reach": true, "stood": true,
		"remained": true, "remain": true, "kept": true, "keep": true, "held": true, "stable": true,
		"stabilized": true, "steady": true, "set": true, "for": true, "the": true, "year": true,
		"annual": true, "average": true, "averaged": true, "an": true, "a": true, "rate": true,
		"growth": true, "fell": true, "dropped": true, "declined": true, "down": true, "up": true,
		"target": true, "targeted": true, "projected": true, "this": true, "last": true, "in": true,
	}
)

// skipLinks moves p past link words and spaces, never beyond end. Chinese
// link words are matched longest first; English ones are whole words, and
// brackets and hyphens between them are skipped (GDP) grew by).
func skipLinks(rs []rune, p, end int, lang Lang) int {
	for p < end {
		switch {
		case rs[p] == ' ' || rs[p] == '\u3000' || rs[p] == '\t':
			p++
		case lang == English && (rs[p] == '(' || rs[p] == ')' || rs[p] == '-'):
			p++
		case lang == English && unicode.IsLetter(rs[p]):
			k := p
			for k < end && (unicode.IsLetter(rs[k]) || rs[k] == '\'') {
				k++
			}
			if !enLinkWords[strings.ToLower(string(rs[p:k]))] {
				return p
			}
			p = k
		default:
			n := zhLinkAt(rs, p, end)
			if n == 0 {
				return p
			}
			p += n
		}
	}
	return p
}

// zhLinkAt returns the length of the longest Chinese link word at p.
func zhLinkAt(rs []rune, p, end int) int {
	best := 0
	for _, w := range zhLinkWords {
		wr := []rune(w)
		if len(wr) > best && p+len(wr) <= end && string(rs[p:p+len(wr)]) == w {
			best = len(wr)
		}
	}
	return best
}
