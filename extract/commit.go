package extract

import (
	"strings"
	"unicode"
)

// Tense says whether a text speaks of the future (targets, promises) or of
// the past (results).
type Tense uint8

// The tenses. The zero value is TenseUnknown.
const (
	TenseUnknown Tense = iota // no cue: decide from the section or the verb
	Future                    // targets and promises: will, 要, 将, 今年, 目标
	Past                      // results: grew, were created, 比上年增长, 已, 过去一年
)

// String returns "unknown", "future" or "past".
func (t Tense) String() string {
	switch t {
	case Future:
		return "future"
	case Past:
		return "past"
	}
	return "unknown"
}

// MarshalText encodes t as its String.
func (t Tense) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// CommitConfig holds the options of Commitments. The zero value decides from
// the text alone.
type CommitConfig struct {
	// Tense is the tense of the section the pair comes from, when the
	// caller knows it: Past for a review of last year's work, Future for
	// this year's tasks or a plan's goals. It applies to sentences that
	// carry no tense cue of their own; cues in the text win over it.
	Tense Tense
	// FootnoteIDs are the ids of the footnotes the document defines.
	// Markers with these ids (five areas17, [17], ①, ¹⁷) are never
	// quantities. When nil, only the forms that are markers whatever the
	// document defines are removed (see FootnoteRefs).
	FootnoteIDs map[string]bool
}

// Heading words that give a section's tense.
var (
	headingPast   = []string{"回顾", "成就", "成绩", "进展", "review", "achievement", "progress", "retrospect", "accomplishment"}
	headingFuture = []string{"任务", "目标", "重点工作", "总体要求", "政策取向", "部署", "安排", "计划", "展望",
		"task", "target", "goal", "plan", "priorit", "requirement", "policy direction", "outlook", "agenda"}
)

// HeadingTense returns the tense of a section from its heading, for
// CommitConfig.Tense: Past for a review (2018年工作回顾, 2018 in Review,
// 发展成就), Future for tasks and targets (2019年政府工作任务, Major Tasks
// for 2024, 主要目标), TenseUnknown when the heading says neither or both
// (“十三五”时期发展成就和“十四五”主要目标任务).
func HeadingTense(heading string) Tense {
	h := strings.ToLower(heading)
	past, future := false, false
	for _, w := range headingPast {
		past = past || strings.Contains(h, w)
	}
	for _, w := range headingFuture {
		future = future || strings.Contains(h, w)
	}
	switch {
	case past && !future:
		return Past
	case future && !past:
		return Future
	}
	return TenseUnknown
}

// A Commitment is a quantity of one pair, linked across the two languages,
// that is either a commitment (a target or promise for the future) or, when
// Past is set, a figure reported about the past.
type Commitment struct {
	ZH *Quantity // the Chinese mention, nil when the Chinese has none
	EN *Quantity // the English mention, nil when the English has none
	// Value, Upper and Qualifier are those of the Chinese mention, or of
	// the English one when there is no Chinese mention.
	Value     float64
	Upper     float64
	Qualifier Qualifier
	ObjectZH  string     // what the quantity counts: 城镇新增就业, 养老家庭照护床位
	ObjectEN  string     // urban jobs, beds
	Status    Status     // see Link
	Diff      Difference // what a Mismatch differs in; "" otherwise
	// Past marks a figure, not a commitment: a result reported about the
	// past, or the context of a commitment (the baseline of a change, a
	// fact about the situation such as the population).
	Past bool
}

// Commitments extracts the numeric commitments and reported figures of one
// pair: a Chinese text and its English translation (either may be empty).
// It finds the quantities of each side with Quantities, removes footnote
// markers, grades (二级, Grade II) and the numbers that translate a name on
// the other side (七有 ↔ seven aspects), links the rest with Link and
// decides for each item whether it looks forward or back.
//
// Some numbers are no amounts and are left out: time frames and durations
// (两年内, 今明两年, for three years; but 放宽至3个月 and 提高到10.8年 set a
// length), counts of abstract things or of the speech's own list items
// (八个方面工作, 两个积极性, three measures), numerals inside idioms
// (三百六十行), and English number words with no Chinese number behind them
// (three critical battles), unless they are the target of a change (from
// three to two). Others are context, reported as figures (Past true)
// whatever their tense: the baseline of a change (从16%降至13%, from 380 to
// 420 yuan: the first number) and facts about the situation (近14亿中国人,
// 高校毕业生将高达765万人, 我国有2.9亿在校学生, 用好1800亿元引导基金). For a
// linked pair the Chinese mention decides.
//
// An item is a commitment (Past false) when the sentence around it speaks
// of the future (will, aim to, target, projected, an imperative lead such
// as "Promote ..."; 要, 将, 拟, 力争, 确保, 今年, 目标) and a figure (Past
// true) when it reports the past (was, were, grew, has risen, last year;
// 过去, 去年, 比上年, 已, 累计, 了). The cue nearest the quantity decides; the
// English is read first, as its tense is marked, then the Chinese. With no
// cue on either side the section's tense (cfg.Tense) decides; with none
// known, a quantity governed by a target verb (新增, 新建, 建设, 实现, 提高到,
// 控制在 …; create, add, build, provide, raise, cut …) is a commitment and
// any other a figure.
//
// The items come in text order. Callers split them on Past into the
// commitments and figures of a document.
//
// Commitments is CommitmentsOf on texts prepared for the call; a caller that
// also needs the quantities of the texts prepares them once with NewText.
func Commitments(zh, en string, cfg CommitConfig) []Commitment {
	return CommitmentsOf(NewText(zh, Chinese), NewText(en, English), cfg)
}

// CommitmentsOf is Commitments on texts prepared with NewText: the Chinese
// text zh and its English translation en (either may be nil, for an empty
// side). It finds no quantity again, so the quantities a caller used for
// other work are the ones linked.
func CommitmentsOf(zh, en *Text, cfg CommitConfig) []Commitment {
	if zh == nil {
		zh = &Text{}
	}
	if en == nil {
		en = &Text{}
	}
	zrs, ers := []rune(zh.text), []rune(en.text)
	zq := DropFootnoteRefs(zh.quantities, footnoteRefsIn(zrs, cfg.FootnoteIDs))
	eq := DropFootnoteRefs(en.quantities, footnoteRefsIn(ers, cfg.FootnoteIDs))
	zq, eq = dropYearsNamedOpposite(zq, eq), dropYearsNamedOpposite(eq, zq)
	eq = dropAnniversaryYears(eq, zq)
	zq = dropGrades(zq)
	eq = dropGrades(eq)
	zq = dropPeriods(zrs, zq, Chinese)
	eq = dropPeriods(ers, eq, English)
	zq, eq = dropNameTranslations(zq, eq)

	links := dropDurationLabels(Link(zq, eq), zq, eq)
	links, context := sortOut(links, eq, verdicts(zrs, zq, Chinese), verdicts(ers, eq, English), enChangeTargets(ers, eq))
	out := make([]Commitment, len(links))
	zcues, ecues := newSentenceCues(zrs, Chinese), newSentenceCues(ers, English)
	cueTense := make([]Tense, len(links))
	verb := make([]bool, len(links))
	zsent := make([]int, len(links)) // start of the sentence, -1 when no side
	esent := make([]int, len(links))
	for k, l := range links {
		c := &out[k]
		c.Status, c.Diff = l.Status, l.Diff
		zt, et := TenseUnknown, TenseUnknown
		zs, es := false, false
		zsent[k], esent[k] = -1, -1
		if l.ZH >= 0 {
			q := zq[l.ZH]
			c.ZH = &q
			zsent[k], zt, zs = zcues.at(q.Start)
			verb[k] = governedByTargetVerb(zrs, q, Chinese)
			c.ObjectZH = objectZH(zrs, q)
		}
		if l.EN >= 0 {
			q := eq[l.EN]
			c.EN = &q
			esent[k], et, es = ecues.at(q.Start)
			verb[k] = verb[k] || governedByTargetVerb(ers, q, English)
			c.ObjectEN = objectEN(ers, q)
		}
		main := c.ZH
		if main == nil {
			main = c.EN
		}
		c.Value, c.Upper, c.Qualifier = main.Value, main.Upper, main.Qualifier
		if c.Qualifier == "" {
			c.Qualifier = Exact
		}
		// The English marks tense in its verbs, the Chinese often not: a
		// strong English cue first, then a strong Chinese one, then weak ones.
		switch {
		case et != TenseUnknown && es:
			cueTense[k] = et
		case zt != TenseUnknown && zs:
			cueTense[k] = zt
		case et != TenseUnknown:
			cueTense[k] = et
		default:
			cueTense[k] = zt
		}
	}
	for k := range out {
		t := cueTense[k]
		if t == TenseUnknown {
			t = neighbourTense(k, cueTense, zsent, esent)
		}
		if t == TenseUnknown {
			t = cfg.Tense
		}
		if t == TenseUnknown {
			t = Past
			if verb[k] {
				t = Future
			}
		}
		out[k].Past = t == Past || context[k]
	}
	return out
}

// dropDurationLabels removes the items whose English is a duration used as
// a modifier (a three-year action plan, a five-year program, 三年行动方案):
// the length names the plan, it is not an amount promised. An age on the
// Chinese side (提高1岁 ↔ a one-year increase) is an amount.
func dropDurationLabels(links []Pairing, zq, eq []Quantity) []Pairing {
	out := links[:0:0]
	for _, l := range links {
		if l.EN >= 0 && !(l.ZH >= 0 && isAge(zq[l.ZH].Unit)) {
			t := strings.ToLower(eq[l.EN].Text)
			if c, _ := classifyUnit(eq[l.EN].Unit); c == classTime &&
				(strings.HasSuffix(t, "-year") || strings.HasSuffix(t, "-month") || strings.HasSuffix(t, "-day") || strings.HasSuffix(t, "-week")) {
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// A verdict says what a quantity is before its tense is asked.
type verdict uint8

const (
	// isAmount: a candidate commitment or figure; its tense decides.
	isAmount verdict = iota
	// notAmount: no amount at all: a time frame or duration (两年内, for
	// three years), a count of a speech's own list items or of abstract
	// things (八个方面工作, three measures), a number inside an idiom
	// (三百六十行). Left out.
	notAmount
	// isContext: an amount that gives the context of a commitment rather
	// than promising one: the baseline of a change (从16%降至13%: the 16%),
	// the situation (近14亿中国人, 高校毕业生将高达765万人), funds that
	// exist already (用好1800亿元引导基金). A figure, whatever its tense.
	isContext
)

// sortOut removes the links that are no amounts and says which of the rest
// are context. The Chinese mention decides for a pair, as the Chinese is
// the source. An English-only item is judged on its own, and one whose
// number is spelt out and counts things (three critical battles, two
// systems, at least six months) is no amount unless it is the target of a
// change (cutting the number of brackets from three to two: target[i]):
// with no Chinese number behind it, it translates a name or a list.
func sortOut(links []Pairing, eq []Quantity, zv, ev []verdict, target []bool) ([]Pairing, []bool) {
	out := links[:0:0]
	var context []bool
	for _, l := range links {
		v := isAmount
		switch {
		case l.ZH >= 0:
			v = zv[l.ZH]
		case l.EN >= 0:
			v = ev[l.EN]
			if v == isAmount && spelledCount(eq[l.EN]) && !target[l.EN] {
				v = notAmount
			}
		}
		if v == notAmount {
			continue
		}
		out = append(out, l)
		context = append(context, v == isContext)
	}
	return out, context
}

// spelledCount reports whether q is written in words alone (three, at least
// six, one hundred million, half) and counts things or time, or is a bare
// fraction, rather than money, a percentage or a measure.
func spelledCount(q Quantity) bool {
	if strings.ContainsFunc(q.Text, isDigitRune) {
		return false
	}
	switch c, _ := classifyUnit(q.Unit); c {
	case classCount, classUnknown, classTime:
		return true
	case classPercent:
		return !strings.Contains(strings.ToLower(q.Text), "percent") // stopped half way
	}
	return false
}

// verdicts judges each quantity of one side.
func verdicts(rs []rune, qs []Quantity, lang Lang) []verdict {
	v := make([]verdict, len(qs))
	for i, q := range qs {
		if q.Role != RoleQuantity && q.Role != "" {
			continue
		}
		if lang == Chinese {
			v[i] = zhVerdict(rs, qs, i)
		} else {
			v[i] = enVerdict(rs, qs, i)
		}
	}
	return v
}

// zhVerdict judges the Chinese quantity qs[i] of the text rs.
func zhVerdict(rs []rune, qs []Quantity, i int) verdict {
	q := qs[i]
	switch {
	case zhBaseline(rs, qs, i):
		return isContext
	case isDuration(q.Unit) && !zhSetsLength(rs, q):
		return notAmount
	case zhAbstractCount(rs, q), zhBareNumeral(q):
		return notAmount
	case zhDescribes(rs, q):
		return isContext
	}
	return isAmount
}

// enVerdict judges the English quantity qs[i] of the text rs.
func enVerdict(rs []rune, qs []Quantity, i int) verdict {
	q := qs[i]
	switch {
	case enBaseline(rs, qs, i):
		return isContext
	case isDuration(q.Unit) && enTimeFrame(rs, q):
		return notAmount
	case enAbstractCount(rs, q):
		return notAmount
	case enDescribes(rs, q):
		return isContext
	}
	return isAmount
}

// isAge reports whether unit is an age in years (岁, 周岁).
func isAge(unit string) bool {
	switch strings.TrimSpace(unit) {
	case "岁", "周岁":
		return true
	}
	return false
}

// isDuration reports whether unit measures time or age (年, 个月, 天, 岁;
// years, months).
func isDuration(unit string) bool {
	if c, _ := classifyUnit(unit); c == classTime {
		return true
	}
	switch strings.TrimSpace(unit) {
	case "岁", "周岁":
		return true
	}
	return false
}

// mentionPrefix returns the words of a mention before its first digit or
// numeral: the qualifier or verb Quantities took in (放宽至3个月, 不足1年,
// within two).
func mentionPrefix(q Quantity) string {
	rs := []rune(q.Text)
	for k, r := range rs {
		if isDigitRune(r) || strings.ContainsRune(zhNumerals, r) {
			return string(rs[:k])
		}
	}
	return ""
}

// zhNumerals are the Chinese digits a number in words starts with.
const zhNumerals = "零〇一二两三四五六七八九十百千万亿半"

// zhBefore returns up to n runes before rune offset pos, stopping at a
// clause end.
func zhBefore(rs []rune, pos, n int) string {
	pos = min(max(pos, 0), len(rs))
	i := pos
	for i > 0 && pos-i < n && !isClauseEnd(rs[i-1]) && rs[i-1] != '、' {
		i--
	}
	return string(rs[i:pos])
}

// zhAfter returns up to n runes after rune offset pos, stopping at a clause
// end, an enumeration comma, 的, a space or a digit.
func zhAfter(rs []rune, pos, n int) string {
	pos = min(max(pos, 0), len(rs))
	j := pos
	for j < len(rs) && j-pos < n && !isClauseEnd(rs[j]) && rs[j] != '、' && rs[j] != '的' &&
		!unicode.IsSpace(rs[j]) && !isDigitRune(rs[j]) {
		j++
	}
	return string(rs[pos:j])
}

// Qualifier words that may stand between a verb and its number.
var zhQualWords = []string{"不少于", "不低于", "不超过", "不足", "不到", "至少", "超过", "最多", "最高", "约", "近", "逾", "再", "分别"}

// trimQualWords strips qualifier words from the end of s.
func trimQualWords(s string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range zhQualWords {
			if strings.HasSuffix(s, w) {
				s, changed = strings.TrimSuffix(s, w), true
			}
		}
	}
	return s
}

// Words right before a length of time that make it an amount being set
// (放宽至3个月, 从10.23年提高到10.8年, 人均预期寿命提高1岁, 压缩至4个工作日以内,
// 受教育年限11.3年) rather than a time frame or a duration.
var zhLengthSetters = []string{"提高", "提升", "延长", "缩短", "压缩", "压减", "减少", "降低", "降", "放宽", "增加",
	"增", "达到", "控制在", "稳定在", "保持在", "到", "至", "为", "年限", "寿命", "期限", "时限", "时间", "时长",
	"工期", "周期", "天数", "年龄"}

// zhSetsLength reports whether a Chinese length of time or age q is an
// amount being set. Any other is a time frame (两年内基本取消, 今明两年,
// 三年内给予), a duration (改革开放30多年) or a condition (参保不足1年的,
// 3岁以下婴幼儿).
func zhSetsLength(rs []rune, q Quantity) bool {
	before := trimQualWords(zhBefore(rs, q.Start, 6) + mentionPrefix(q))
	for _, w := range zhLengthSetters {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// Verbs of a change from a baseline to a target level.
var zhToVerbs = []string{"提高到", "提高至", "提高为", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至",
	"增至", "升至", "上升到", "上升至", "上调到", "上调至", "降至", "降到", "降低到", "降低至", "下降到", "下降至",
	"减少到", "减少至", "减至", "下调到", "下调至", "压减到", "压减至", "压缩到", "压缩至", "调整为", "调整到",
	"调整至", "扩大到", "扩大至", "放宽到", "放宽至", "缩短到", "缩短至", "延长到", "延长至", "变为", "改为",
	"合并为", "并为"}

// Words before a number that mark it as the starting level of a change.
var zhFromWords = []string{"从", "由", "现行", "现有", "目前", "当前", "原来", "原"}

// zhBaseline reports whether qs[i] is the starting level of a change to a
// later quantity of the same clause: 从月销售额3万元提高到10万元,
// 由每人每年380元提高到420元, 现行16%的税率降至13%, 税率三档并两档.
// Only the target level is a commitment.
func zhBaseline(rs []rune, qs []Quantity, i int) bool {
	q := qs[i]
	for j := i + 1; j < len(qs); j++ {
		y := qs[j]
		if y.Role != RoleQuantity && y.Role != "" {
			continue
		}
		if y.Start < q.End || y.Start-q.End > 30 || !comparableUnits(q.Unit, y.Unit) {
			return false
		}
		gap := []rune(string(rs[q.End:y.Start]) + mentionPrefix(y))
		if strings.ContainsFunc(string(gap), isClauseEnd) {
			return false
		}
		g := string(gap)
		if g == "并" || g == "并为" {
			return true // 三档并两档
		}
		at := -1
		for _, v := range zhToVerbs {
			if k := strings.Index(g, v); k >= 0 && (at < 0 || k < at) {
				at = k
			}
		}
		if at < 0 {
			return false
		}
		if len([]rune(g[:at])) <= 4 {
			return true // 16%降至13%, 10.23年提高到10.8年
		}
		before := zhBefore(rs, q.Start, 12)
		for _, w := range zhFromWords {
			if strings.Contains(before, w) {
				return true
			}
		}
		return false
	}
	return false
}

// comparableUnits reports whether two units are of one class, or one is
// missing (from 10 to 9 percent).
func comparableUnits(a, b string) bool {
	ca, _ := classifyUnit(a)
	cb, _ := classifyUnit(b)
	return ca == cb || ca == classUnknown || cb == classUnknown
}

// Nouns that a count of things to create never heads: a count of them
// counts a speech's own points, or abstract things (八个方面工作, 三项举措,
// 两个积极性, 八个字, 56个民族, 二十世纪).
var zhAbstractHeads = []string{"方面", "积极性", "举措", "字", "民族", "原则", "基本点", "意识", "自信", "维护",
	"世纪", "大局", "统筹", "关系", "思路", "理念", "战役", "攻坚战", "硬仗", "底线", "着力点", "抓手"}

// Nouns that are abstract when they stand alone (三项工作, 两种资源, 两个市场)
// but may begin a concrete one (工作站, 重点项目, 市场主体): they count only
// after a number in words and with nothing of a longer noun after them.
var zhAbstractWeakHeads = []string{"工作", "任务", "措施", "重点", "资源", "市场", "问题", "目标", "领域", "环节",
	"战略", "要求", "机制", "作用", "方向", "途径", "体系", "制度", "政策", "文明", "点", "条"}

// zhAbstractCount reports whether q counts abstract things: its noun is an
// abstract head (zhAbstractHeads) or, for a number in words, a weak one
// standing alone.
func zhAbstractCount(rs []rune, q Quantity) bool {
	if c, _ := classifyUnit(q.Unit); c != classCount && c != classUnknown {
		return false
	}
	after := zhAfter(rs, q.End, 8)
	for _, h := range zhAbstractHeads {
		if strings.HasPrefix(after, h) {
			return true
		}
	}
	if strings.ContainsFunc(q.Text, isDigitRune) {
		return false
	}
	for _, h := range zhAbstractWeakHeads {
		if rest, ok := strings.CutPrefix(after, h); ok && zhNounEnds(rest) {
			return true
		}
	}
	return false
}

// zhNounEnds reports whether a noun ends before rest: rest is empty or
// begins with a conjunction, a postposition, a verb of the kind that
// follows a subject, or another number.
func zhNounEnds(rest string) bool {
	if rest == "" {
		return true
	}
	r := []rune(rest)[0]
	return strings.ContainsRune("和与及同上中要是也都并等"+zhNumerals, r)
}

// zhBareNumeral reports whether q is a small number in words with no
// classifier or unit: in Chinese an amount takes a classifier, so a bare
// numeral is part of an idiom or a name (三百六十行, 二十世纪).
func zhBareNumeral(q Quantity) bool {
	return strings.TrimSpace(q.Unit) == "" && q.Value < 1e4 && !strings.ContainsFunc(q.Text, isDigitRune)
}

// Words that introduce a count of people as a fact about the situation:
// 今年高校毕业生将高达765万人, 我国有2.9亿在校学生.
var (
	zhMagnitudeWords = []string{"高达", "多达"}
	zhCopulaWords    = []string{"有", "达", "超过", "逾", "将达"}
	zhWholeWords     = []string{"全国", "我国", "中国", "全球", "世界"}
	zhPeopleNouns    = []string{"人", "中国人", "多中国人", "人民", "中国人民", "居民", "群众", "人口", "多人"}
	zhUseWellWords   = []string{"用好", "管好", "用足", "用活", "盘活", "发挥好"}
)

// zhDescribes reports whether q describes the situation rather than
// promises an amount: the population (近14亿中国人, 14亿人的饭碗), what the
// country has (我国有2.9亿在校学生), a count
// of people stated as a fact (今年高校毕业生将高达765万人, 我国有2.9亿在校学生,
// 全国近3亿人领取养老金), a magnitude (高达, 多达), or funds that exist and are
// only to be used well (用好1800亿元引导基金).
func zhDescribes(rs []rune, q Quantity) bool {
	before := zhBefore(rs, q.Start, 6) + mentionPrefix(q)
	for _, w := range zhMagnitudeWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	for _, w := range zhUseWellWords {
		if strings.HasSuffix(trimQualWords(strings.TrimSuffix(before, "现有")), w) {
			return true
		}
	}
	for _, w := range zhWholeWords {
		if strings.HasSuffix(before, w+"有") || strings.HasSuffix(before, w+"拥有") {
			return true // 我国有2.9亿在校学生: what the country has
		}
	}
	after := zhAfter(rs, q.End, 4)
	people := q.Unit == "人"
	for _, w := range zhPeopleNouns {
		people = people || (q.Unit == "" && strings.HasPrefix(after, w))
	}
	if !people {
		return false
	}
	if q.Value >= 1e9 {
		return true // the population: no one promises a billion people
	}
	if governedByTargetVerb(rs, q, Chinese) {
		return false
	}
	bare := trimQualWords(before)
	for _, w := range zhCopulaWords {
		if strings.HasSuffix(before, w) || strings.HasSuffix(bare, w) {
			return true
		}
	}
	for _, w := range zhWholeWords {
		if strings.HasSuffix(bare, w) {
			return true
		}
	}
	return false
}

// enBaseline reports whether qs[i] is the starting level of a change to a
// later quantity of the same clause: from 87,000 yuan to over 120,000
// yuan, from 10 to 9 percent, the current rate of 16 percent in
// manufacturing ... to 13 percent.
func enBaseline(rs []rune, qs []Quantity, i int) bool {
	return enChangeTarget(rs, qs, i) >= 0
}

// enChangeTargets marks the quantities that are the target level of a
// change from a baseline (the 13 percent of from 16 percent to 13 percent).
func enChangeTargets(rs []rune, qs []Quantity) []bool {
	t := make([]bool, len(qs))
	for i, q := range qs {
		if q.Role != RoleQuantity && q.Role != "" {
			continue
		}
		if j := enChangeTarget(rs, qs, i); j >= 0 {
			t[j] = true
		}
	}
	return t
}

// enChangeTarget returns the index of the target level of the change whose
// baseline is qs[i], or -1 when qs[i] is no baseline.
func enChangeTarget(rs []rune, qs []Quantity, i int) int {
	q := qs[i]
	ws := lwords(rs, max(0, q.Start-60), q.Start)
	from := false
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-5; k-- {
		w := strings.ToLower(ws[k].text)
		if (w == "from" && k == len(ws)-1) || w == "current" || w == "present" || w == "existing" {
			from = true
		}
	}
	if !from {
		return -1
	}
	for j := i + 1; j < len(qs); j++ {
		y := qs[j]
		if y.Role != RoleQuantity && y.Role != "" {
			continue
		}
		if y.Start < q.End || y.Start-q.End > maxObject*3 || strings.ContainsFunc(string(rs[q.End:y.Start]), isClauseEnd) ||
			!comparableUnits(q.Unit, y.Unit) {
			return -1
		}
		if t := strings.ToLower(y.Text); strings.HasPrefix(t, "to ") {
			return j
		}
		if yw := lwords(rs, max(0, y.Start-4), y.Start); len(yw) > 0 && strings.ToLower(yw[len(yw)-1].text) == "to" {
			return j
		}
	}
	return -1
}

// English words before a length of time that make it a time frame or a
// duration (within two years, for three years, in five years).
var enFrameWords = map[string]bool{"within": true, "for": true, "in": true, "during": true, "after": true, "over": true}

// enTimeFrame reports whether an English length of time is a time frame or
// a duration rather than an amount being set (to 10.8 years, up to three
// months' supply, to within five working days).
func enTimeFrame(rs []rune, q Quantity) bool {
	if q.Qualifier == UpTo {
		return false
	}
	ws := lwords(rs, max(0, q.Start-40), q.Start)
	prev := ""
	if len(ws) > 0 {
		prev = strings.ToLower(ws[len(ws)-1].text)
	}
	if strings.HasPrefix(strings.ToLower(q.Text), "within") {
		return prev != "to" && prev != "at"
	}
	return enFrameWords[prev]
}

// English nouns counted in a speech's own lists or names: three measures,
// eight tasks, six areas, two systems.
var enAbstractHeads = map[string]bool{"aspect": true, "area": true, "front": true, "measure": true, "task": true,
	"priority": true, "priorities": true, "principle": true, "battle": true, "step": true, "point": true,
	"respect": true, "thing": true, "field": true, "guideline": true, "pillar": true, "system": true,
	"region": true, "way": true, "initiative": true, "stage": true, "phase": true, "goal": true, "objective": true}

// enAbstractCount reports whether q is a small count in words of abstract
// things (three measures, eight major tasks, six areas).
func enAbstractCount(rs []rune, q Quantity) bool {
	if strings.ContainsFunc(q.Text, isDigitRune) || q.Value > 20 {
		return false
	}
	if c, _ := classifyUnit(q.Unit); c != classCount && c != classUnknown {
		return false
	}
	ws := lwords(rs, min(max(q.End, 0), len(rs)), clauseEnd(rs, min(max(q.End, 0), len(rs))))
	for k := 0; k < len(ws) && k < 3; k++ {
		w := strings.ToLower(ws[k].text)
		if enAbstractHeads[w] || enAbstractHeads[strings.TrimSuffix(w, "s")] {
			return true
		}
		if enObjectStop[w] {
			break
		}
	}
	return false
}

// enDescribes reports whether q is the population (almost 1.4 billion
// Chinese people): no one promises a billion people.
func enDescribes(rs []rune, q Quantity) bool {
	if q.Value < 1e9 {
		return false
	}
	ws := lwords(rs, min(max(q.End, 0), len(rs)), clauseEnd(rs, min(max(q.End, 0), len(rs))))
	for k := 0; k < len(ws) && k < 2; k++ {
		switch strings.ToLower(ws[k].text) {
		case "people", "chinese", "citizens", "residents", "population", "persons":
			return true
		}
	}
	return false
}

// neighbourTense returns the cue tense of the nearest item that shares a
// sentence with item k on either side (a Chinese-only 50% in 报销比例由50%提高
// 到60% takes the tense of the 60% the English translates), or TenseUnknown.
func neighbourTense(k int, cueTense []Tense, zsent, esent []int) Tense {
	for d := 1; d < len(cueTense); d++ {
		for _, j := range []int{k - d, k + d} {
			if j < 0 || j >= len(cueTense) || cueTense[j] == TenseUnknown {
				continue
			}
			if (zsent[k] >= 0 && zsent[j] == zsent[k]) || (esent[k] >= 0 && esent[j] == esent[k]) {
				return cueTense[j]
			}
		}
	}
	return TenseUnknown
}

// dropYearsNamedOpposite drops from qs the year-like amounts (a whole
// number 1000–2200, written exactly) that the other text states as a year
// and never as an amount: "the 2020 election results" ↔ 2020年总统选举, where
// the English reader took the year for a count of results.
func dropYearsNamedOpposite(qs, other []Quantity) []Quantity {
	years, amounts := map[float64]bool{}, map[float64]bool{}
	for _, q := range other {
		switch {
		case q.Role == RoleYear:
			years[q.Value] = true
			if q.Upper != 0 {
				years[q.Upper] = true
			}
		case q.Role == RoleQuantity || q.Role == "":
			amounts[q.Value] = true
		}
	}
	out := qs[:0:0]
	for _, q := range qs {
		if (q.Role == RoleQuantity || q.Role == "") && yearLike(q) && years[q.Value] && !amounts[q.Value] {
			continue
		}
		out = append(out, q)
	}
	return out
}

// yearLike reports a quantity that could be a year: a whole number from
// 1000 to 2200 written without a qualifier (a range of two such).
func yearLike(q Quantity) bool {
	year := func(f float64) bool { return integral(f, 1000, 2200) }
	switch q.Qualifier {
	case "", Exact:
		return year(q.Value) && q.Upper == 0
	case Range:
		return year(q.Value) && year(q.Upper)
	}
	return false
}

// dropAnniversaryYears removes from eq the counts of years that the
// Chinese names as an anniversary and never states as an amount: "30 years
// of the opening-up of Pudong" ↔ 浦东开发开放30周年 (an ordinal, left out like
// "the 40th anniversary").
func dropAnniversaryYears(eq, zq []Quantity) []Quantity {
	anniversary, amount := map[float64]bool{}, map[float64]bool{}
	for _, q := range zq {
		switch {
		case q.Unit == "周年":
			anniversary[q.Value] = true
		case q.Role == RoleQuantity || q.Role == "":
			amount[q.Value] = true
		}
	}
	out := eq[:0:0]
	for _, q := range eq {
		if (q.Unit == "years" || q.Unit == "year") && q.Qualifier != Range && anniversary[q.Value] && !amount[q.Value] {
			continue
		}
		out = append(out, q)
	}
	return out
}

// dropGrades removes ranks (二级以上, Grade II, 5A级): they are not amounts.
func dropGrades(qs []Quantity) []Quantity {
	out := qs[:0:0]
	for _, q := range qs {
		if c, _ := classifyUnit(q.Unit); c == classGrade {
			continue
		}
		out = append(out, q)
	}
	return out
}

// Words around a duration that make it a period of reference rather than an
// amount: 过去一年, 近三年, 五年来, 新的一年; the past five years, the next
// two years.
var (
	zhPeriodBefore = []string{"过去", "近", "这", "前", "未来", "今后", "最近", "新的", "头"}
	zhPeriodAfter  = []string{"来", "以来", "多来", "中", "里", "间", "之中", "当中", "以前", "前"}
	enPeriodBefore = map[string]bool{"past": true, "next": true, "coming": true, "last": true,
		"previous": true, "recent": true, "first": true, "following": true, "preceding": true}
)

// dropPeriods removes durations that name a period of reference (the past
// five years): they say when, not how much.
func dropPeriods(rs []rune, qs []Quantity, lang Lang) []Quantity {
	out := qs[:0:0]
	for _, q := range qs {
		if c, _ := classifyUnit(q.Unit); c == classTime && isPeriod(rs, q, lang) {
			continue
		}
		out = append(out, q)
	}
	return out
}

func isPeriod(rs []rune, q Quantity, lang Lang) bool {
	start, end := min(max(q.Start, 0), len(rs)), min(max(q.End, 0), len(rs))
	if lang == Chinese {
		before, after := string(rs[max(0, start-2):start]), string(rs[end:min(len(rs), end+2)])
		for _, w := range zhPeriodBefore {
			if strings.HasSuffix(before, w) {
				return true
			}
		}
		for _, w := range zhPeriodAfter {
			if strings.HasPrefix(after, w) {
				return true
			}
		}
		return false
	}
	ws := lwords(rs, max(0, start-30), start)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		if enPeriodBefore[strings.ToLower(ws[k].text)] {
			return true
		}
	}
	return false
}

// dropNameTranslations removes, for each number inside a name on one side
// (七有, 五性, 三大攻坚战), the first count of the same value on the other
// side, and any later count with the same value and unit (the name said
// again), unless the name's own side also has that value as an amount:
// seven aspects, five areas and three critical battles translate a name,
// not an amount.
func dropNameTranslations(zq, eq []Quantity) ([]Quantity, []Quantity) {
	drop := func(names, qs []Quantity) []Quantity {
		removed := make([]bool, len(qs))
		for _, n := range names {
			if n.Role != RoleName {
				continue
			}
			for i, q := range qs {
				if removed[i] || (q.Role != RoleQuantity && q.Role != "") || q.Value != n.Value {
					continue
				}
				if c, _ := classifyUnit(q.Unit); c != classCount {
					continue
				}
				if countValue(names, n.Value, RoleQuantity) > 0 {
					break // the value is also a real amount on the name's side
				}
				removed[i] = true
				for k := i + 1; k < len(qs); k++ {
					if qs[k].Value == q.Value && qs[k].Unit == q.Unit && q.Unit != "" {
						removed[k] = true
					}
				}
				break
			}
		}
		out := qs[:0:0]
		for i, q := range qs {
			if !removed[i] {
				out = append(out, q)
			}
		}
		return out
	}
	return drop(eq, zq), drop(zq, eq)
}

func countValue(qs []Quantity, v float64, role Role) int {
	n := 0
	for _, q := range qs {
		if (q.Role == role || (role == RoleQuantity && q.Role == "")) && q.Value == v {
			n++
		}
	}
	return n
}

// A tenseCue is a word that marks tense, at a rune offset.
type tenseCue struct {
	pos    int
	tense  Tense
	strong bool
}

// tenseAt returns the tense of the sentence around rune offset pos: the
// strong cue nearest pos, else the weak cue nearest pos, else TenseUnknown.
func tenseAt(rs []rune, pos int, lang Lang) Tense {
	t, _ := tenseCueAt(rs, pos, lang)
	return t
}

// tenseCueAt is tenseAt that also says whether the deciding cue is strong.
func tenseCueAt(rs []rune, pos int, lang Lang) (Tense, bool) {
	start, end := sentenceBounds(rs, pos, lang)
	return nearestCue(cuesIn(rs, start, end, lang), pos)
}

// cuesIn returns the tense cues of the text rs[start:end].
func cuesIn(rs []rune, start, end int, lang Lang) []tenseCue {
	if lang == Chinese {
		return zhCues(rs, start, end)
	}
	return enCues(rs, start, end)
}

// sentenceCues finds the tense cues of each sentence of a text once,
// however many quantities the sentence holds.
type sentenceCues struct {
	rs   []rune
	lang Lang
	seen map[[2]int][]tenseCue // by the sentence's rune range
}

func newSentenceCues(rs []rune, lang Lang) *sentenceCues {
	return &sentenceCues{rs: rs, lang: lang}
}

// at returns the start of the sentence around rune offset pos and what
// tenseCueAt returns for pos.
func (s *sentenceCues) at(pos int) (start int, t Tense, strong bool) {
	start, end := sentenceBounds(s.rs, pos, s.lang)
	key := [2]int{start, end}
	cues, ok := s.seen[key]
	if !ok {
		if s.seen == nil {
			s.seen = map[[2]int][]tenseCue{}
		}
		cues = cuesIn(s.rs, start, end, s.lang)
		s.seen[key] = cues
	}
	t, strong = nearestCue(cues, pos)
	return start, t, strong
}

// nearestCue returns the tense of the strong cue nearest pos, else of the
// weak cue nearest pos, and whether it is strong.
func nearestCue(cues []tenseCue, pos int) (Tense, bool) {
	for _, strong := range []bool{true, false} {
		best, bestD := TenseUnknown, -1
		for _, c := range cues {
			if c.strong != strong {
				continue
			}
			d := c.pos - pos
			if d < 0 {
				d = -d - 1 // prefer a cue before the number on a tie
			}
			if bestD < 0 || d < bestD {
				best, bestD = c.tense, d
			}
		}
		if best != TenseUnknown {
			return best, strong
		}
	}
	return TenseUnknown, false
}

// Bounds on the text read around a quantity, so that a text without
// punctuation costs linear time: a sentence or clause is read at most
// maxScan runes either way, a Chinese object at most maxObject runes.
const (
	maxScan   = 600
	maxObject = 40
)

// sentenceBounds returns the rune range of the sentence holding pos.
func sentenceBounds(rs []rune, pos int, lang Lang) (start, end int) {
	pos = min(max(pos, 0), len(rs))
	isEnd := func(i int) bool {
		switch rs[i] {
		case '。', '！', '？', '\n', '!', '?':
			return true
		case '.':
			if lang == Chinese {
				return false
			}
			// a full stop, not a decimal point or an abbreviation like U.S.
			return (i+1 == len(rs) || rs[i+1] == ' ' || unicode.IsUpper(rs[i+1])) && i > 0 && unicode.IsLower(rs[i-1])
		}
		return false
	}
	start = pos
	for start > 0 && pos-start < maxScan && !isEnd(start-1) {
		start--
	}
	end = pos
	for end < len(rs) && end-pos < maxScan && !isEnd(end) {
		end++
	}
	return start, end
}

// Chinese cue words. 要 is checked separately: it is part of many words
// that say nothing about tense (主要, 重要, 需要).
var (
	zhFuture = []string{"将", "拟", "力争", "确保", "争取", "今年", "明年", "预期", "目标", "计划", "务必", "必须", "努力"}
	zhPast   = []string{"过去", "去年", "上年", "已经", "已", "累计", "以来", "五年来", "曾", "提前完成", "超额完成"}
	// comparisons with last year: a report in a review, a baseline in a
	// target (比去年预算高0.2个百分点), so only weak cues
	zhCompare = []string{"比上年", "比去年", "较上年", "较去年", "同比", "比上年末", "比去年末"}
	// words with 要 or 了 or 将 that are not cues
	zhNotCue = []string{"主要", "重要", "需要", "要求", "必要", "首要", "纲要", "摘要", "只要", "要素", "要点", "要害", "紧要", "要件",
		"为了", "了解", "除了", "不了", "了不起", "罢了", "明了", "将军", "即将", "将来", "已有", "已知", "今年以来", "目标任务", "计划经济",
		"比上年", "比去年", "较上年", "较去年", "同比"}
)

func zhCues(rs []rune, start, end int) []tenseCue {
	var cues []tenseCue
	masked := maskWords(rs[start:end], zhNotCue)
	add := func(words []string, t Tense) {
		for _, w := range words {
			for _, i := range indexAll(masked, []rune(w)) {
				strong := !(w == "将" && zhDisposal(rs, start+i))
				cues = append(cues, tenseCue{pos: start + i, tense: t, strong: strong})
			}
		}
	}
	add(zhFuture, Future)
	add([]string{"要"}, Future)
	add(zhPast, Past)
	for _, w := range zhCompare {
		for _, i := range indexAll(rs[start:end], []rune(w)) {
			cues = append(cues, tenseCue{pos: start + i, tense: Past, strong: false})
		}
	}
	// 了 after a verb: 完成了, 增长了
	for _, i := range indexAll(masked, []rune("了")) {
		cues = append(cues, tenseCue{pos: start + i, tense: Past, strong: false})
	}
	// 今年以来 speaks of this year so far: a report, not a target.
	for _, i := range indexAll(rs[start:end], []rune("今年以来")) {
		cues = append(cues, tenseCue{pos: start + i, tense: Past, strong: true})
	}
	return cues
}

// Verbs with a result complement that close a disposal construction
// (将税率降至13%, 将2.8万亿元资金纳入直达范围).
var zhDisposalVerbs = []string{"到", "至", "入", "为", "成", "给"}

// zhDisposal reports whether the 将 at rune offset i marks the object of a
// verb, like 把 (将比例提高到100%), rather than the future (将召开, 将高达):
// an object stands between it and a verb with a result complement later in
// the clause. A weak cue only: the same words report a result in a review
// and set a target in a plan.
func zhDisposal(rs []rune, i int) bool {
	if i+1 >= len(rs) || rs[i+1] == '把' {
		return false
	}
	for j := i + 3; j < len(rs) && j-i < maxObject && !isClauseEnd(rs[j]); j++ {
		for _, v := range zhDisposalVerbs {
			if string(rs[j]) == v && j > 0 && unicode.Is(unicode.Han, rs[j-1]) && !strings.ContainsRune(zhNumerals, rs[j-1]) {
				return true
			}
		}
	}
	return false
}

// maskWords returns a copy of rs with the runes of every occurrence of the
// given words replaced by a space, so that cue words inside them do not
// match.
func maskWords(rs []rune, words []string) []rune {
	out := append([]rune(nil), rs...)
	for _, w := range words {
		wr := []rune(w)
		for _, i := range indexAll(rs, wr) {
			for k := range wr {
				out[i+k] = ' '
			}
		}
	}
	return out
}

// indexAll returns the offsets of the non-overlapping occurrences of w in rs.
func indexAll(rs, w []rune) []int {
	var idx []int
	if len(w) == 0 {
		return nil
	}
	for i := 0; i+len(w) <= len(rs); i++ {
		match := true
		for k := range w {
			if rs[i+k] != w[k] {
				match = false
				break
			}
		}
		if match {
			idx = append(idx, i)
			i += len(w) - 1
		}
	}
	return idx
}

// English cue words, lower case.
var (
	enFutureWords = map[string]bool{"will": true, "shall": true, "ll": true, "target": true, "targets": true,
		"targeted": true, "projected": true, "aim": true, "aims": true, "plan": true, "plans": true,
		"strive": true, "must": true, "should": true, "intend": true, "seek": true, "expected": true,
		"tomorrow": true, "upcoming": true, "envisaged": true}
	// words before "last year" that make it a baseline (an increase over
	// last year), not the time of the sentence
	enCompareBefore = map[string]bool{"over": true, "than": true, "from": true, "on": true, "with": true,
		"of": true, "to": true, "since": true}
	// participles that, after has/have (been), set a target
	enTargetSet = map[string]bool{"set": true, "targeted": true, "projected": true, "planned": true,
		"budgeted": true, "earmarked": true, "proposed": true, "decided": true, "pledged": true}
	// irregular past forms: a past verb wherever they stand
	enPastWords = map[string]bool{"was": true, "were": true, "had": true, "did": true, "ago": true,
		"grew": true, "rose": true, "fell": true, "made": true, "took": true, "saw": true, "went": true,
		"came": true, "became": true, "began": true, "brought": true, "won": true, "met": true,
		"stood": true, "gave": true, "drew": true, "sought": true, "underwent": true, "overtook": true}
	// words before an -ed word that make it a participle or an adjective
	enNotPastBefore = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true,
		"to": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
		"should": true, "must": true, "get": true, "gets": true, "become": true, "becomes": true,
		"a": true, "an": true, "the": true, "this": true, "these": true, "those": true, "our": true,
		"their": true, "its": true, "more": true, "most": true, "well": true, "newly": true, "all": true,
		"every": true, "each": true, "of": true, "and": true, "or": true, "for": true, "with": true,
		"by": true, "in": true, "on": true, "at": true, "from": true, "into": true, "as": true,
		"further": true, "fully": true, "better": true, "highly": true, "not": true, "remain": true,
		"remains": true, "keep": true, "kept": true, "make": true, "have": true, "has": true}
	// -ed words that are adjectives or nouns, not past verbs
	enNotPastEd = map[string]bool{"need": true, "speed": true, "seed": true, "feed": true, "based": true,
		"advanced": true, "related": true, "coordinated": true, "sustained": true, "integrated": true,
		"balanced": true, "targeted": true, "projected": true, "expected": true, "concerned": true,
		"skilled": true, "detailed": true, "specialized": true, "specialised": true, "required": true,
		"limited": true, "united": true, "interested": true, "proposed": true, "planned": true,
		"indeed": true, "hundred": true, "shared": true, "varied": true, "unified": true,
		"qualified": true, "experienced": true, "dedicated": true, "aged": true, "registered": true,
		"surveyed": true, "embed": true, "bed": true, "shed": true, "red": true}
	// leading words of an imperative: a run-in lead or target line
	enImperative = map[string]bool{"promote": true, "improve": true, "build": true, "advance": true,
		"create": true, "add": true, "provide": true, "complete": true, "raise": true, "cut": true,
		"keep": true, "deliver": true, "reduce": true, "increase": true, "expand": true, "ensure": true,
		"achieve": true, "strengthen": true, "deepen": true, "develop": true, "accelerate": true,
		"boost": true, "enhance": true, "pursue": true, "continue": true, "implement": true,
		"maintain": true, "step": true, "foster": true, "support": true, "make": true, "lower": true,
		"stabilize": true, "stabilise": true, "upgrade": true, "establish": true, "speed": true,
		"work": true, "let": true, "strive": true, "take": true, "ease": true, "extend": true}
)

func enCues(rs []rune, start, end int) []tenseCue {
	words := lwords(rs, start, end)
	var cues []tenseCue
	for k, w := range words {
		lw := strings.ToLower(w.text)
		prev := ""
		if k > 0 {
			prev = strings.ToLower(words[k-1].text)
		}
		next := ""
		if k+1 < len(words) {
			next = strings.ToLower(words[k+1].text)
		}
		switch {
		case k == 0 && enImperative[lw] && w.text != lw:
			cues = append(cues, tenseCue{w.pos, Future, true})
		case lw == "going" && next == "to", lw == "set" && next == "to" && (prev == "is" || prev == "are"):
			cues = append(cues, tenseCue{w.pos, Future, true})
		case enFutureWords[lw]:
			if (lw == "plan" || lw == "plans" || lw == "aim" || lw == "aims" || lw == "target" || lw == "targets") && prev == "the" {
				cues = append(cues, tenseCue{w.pos, Future, false})
			} else {
				cues = append(cues, tenseCue{w.pos, Future, true})
			}
		case (lw == "has" || lw == "have") && (prev == "will" || prev == "shall" || prev == "would"):
			cues = append(cues, tenseCue{w.pos, Future, true}) // will have risen
		case (lw == "has" || lw == "have") && (enTargetSet[next] || next == "been" && k+2 < len(words) && enTargetSet[strings.ToLower(words[k+2].text)]):
			cues = append(cues, tenseCue{w.pos, Future, true}) // has been set at 6 percent: a target
		case (lw == "has" || lw == "have") && next != "to" && next != "":
			// present perfect: a result, but also "we have made plans"
			cues = append(cues, tenseCue{w.pos, Past, false})
		case lw == "last" && (next == "year" || next == "years") && !enCompareBefore[prev], lw == "past" && k+1 < len(words):
			cues = append(cues, tenseCue{w.pos, Past, true})
		case enPastWords[lw] && !enNotPastBefore[prev]:
			cues = append(cues, tenseCue{w.pos, Past, true})
		case (lw == "need" || lw == "needs") && next == "to":
			cues = append(cues, tenseCue{w.pos, Future, true}) // we need to create 50 million jobs
		case strings.HasSuffix(lw, "ed") && len(lw) >= 5 && !enNotPastEd[lw] && !strings.Contains(lw, "-") &&
			prev != "" && !enNotPastBefore[prev] && !(k >= 2 && enAuxWords[strings.ToLower(words[k-2].text)] && enAdverb(prev)):
			// increased by 6.5 percent, reached 30 trillion: a verb with its
			// complement is a past verb; otherwise it may be an adjective or
			// a participle (are both reduced by 2%, covered by efficient
			// irrigation, received by the population)
			strong := next == "from" || next == "to" || next == "over" || next == "more" ||
				next == "nearly" || next == "about" || next == "around" || next == "some" || enNumberStart(rs, w)
			if next == "by" && k+1 < len(words) {
				strong = enNumberStart(rs, words[k+1]) || (k+2 < len(words) && enAmountStart[strings.ToLower(words[k+2].text)])
			}
			cues = append(cues, tenseCue{w.pos, Past, strong})
		case strings.HasSuffix(lw, "ed") && len(lw) >= 5 && !enNotPastEd[lw] && (prev == "and" || prev == "or") &&
			(enNumberStart(rs, w) || enDeterminers[next]):
			// and placed 2.8 trillion yuan, and increased this deduction: a
			// verb with its object, not an adjective (coordinated and balanced)
			cues = append(cues, tenseCue{w.pos, Past, enNumberStart(rs, w)})
		}
	}
	return cues
}

// Determiners that begin the object of a verb.
var enDeterminers = map[string]bool{"a": true, "an": true, "the": true, "this": true, "these": true, "that": true,
	"those": true, "its": true, "their": true, "our": true, "his": true, "her": true, "some": true, "all": true,
	"more": true, "over": true, "nearly": true, "about": true, "around": true}

// Auxiliaries before an adverb and a participle: are both reduced, will be
// further cut.
var enAuxWords = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "to": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "should": true,
	"must": true, "get": true, "gets": true, "shall": true}

// enAdverb reports whether w is an adverb that may stand between an
// auxiliary and a participle.
func enAdverb(w string) bool {
	switch w {
	case "both", "all", "also", "further", "then", "still", "each", "not", "again", "now", "well", "much", "even":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

// Words after "by" that begin an amount (increased by about 6 percent): a
// past verb with its complement, not a passive with its agent.
var enAmountStart = map[string]bool{"about": true, "around": true, "nearly": true, "some": true, "more": true,
	"over": true, "roughly": true, "approximately": true, "almost": true, "less": true, "at": true, "up": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "half": true, "another": true, "close": true}

// enNumberStart reports whether a digit follows the word w after a space.
func enNumberStart(rs []rune, w lword) bool {
	e := w.pos + len([]rune(w.text))
	return e+1 < len(rs) && rs[e] == ' ' && isDigitRune(rs[e+1])
}

// An lword is a run of letters (with inner apostrophes and hyphens) at a rune
// offset.
type lword struct {
	text string
	pos  int
}

func lwords(rs []rune, start, end int) []lword {
	var ws []lword
	for i := start; i < end; {
		if !unicode.IsLetter(rs[i]) {
			i++
			continue
		}
		j := i
		for j < end && (unicode.IsLetter(rs[j]) || ((rs[j] == '-' || rs[j] == '\'' || rs[j] == '’') && j+1 < end && unicode.IsLetter(rs[j+1]))) {
			j++
		}
		t := string(rs[i:j])
		if k := strings.IndexAny(t, "'’"); k > 0 {
			// we'll → we, ll
			ws = append(ws, lword{t[:k], i})
			rest := []rune(t[k:])
			ws = append(ws, lword{string(rest[1:]), i + len([]rune(t[:k])) + 1})
		} else {
			ws = append(ws, lword{t, i})
		}
		i = j
	}
	return ws
}

// Target verbs: a quantity they govern states a target when nothing else
// gives the tense.
var (
	zhTargetVerbs = []string{"新增", "新建", "建设", "筹集", "实现", "开展", "完成", "提高到", "提高", "提升", "降低", "降至",
		"下降", "减少", "控制在", "办好", "促进", "安排", "达到", "改造", "培训", "增加", "扩大", "新开工", "开工", "竣工",
		"建成", "建立", "提供", "吸纳", "帮助", "资助", "招收", "扩招", "培育", "打造", "创建", "设立", "推出", "发放",
		"减税", "降费", "压减", "下调", "上调", "保持", "稳定在", "覆盖", "解决", "启动", "增至", "升至", "放宽至",
		"放宽到", "新改建", "改建", "改扩建", "治理", "退耕", "造林", "植树", "搬迁", "脱贫", "减贫", "投入", "投资", "补助"}
	enTargetVerbs = map[string]bool{"create": true, "add": true, "build": true, "provide": true, "complete": true,
		"raise": true, "cut": true, "keep": true, "deliver": true, "reduce": true, "increase": true, "expand": true,
		"ensure": true, "achieve": true, "reach": true, "support": true, "train": true, "renovate": true,
		"upgrade": true, "establish": true, "set": true, "launch": true, "help": true, "lower": true,
		"bring": true, "allocate": true, "invest": true, "open": true, "issue": true, "recruit": true,
		"enroll": true, "extend": true, "maintain": true, "hold": true, "finish": true, "form": true,
		"develop": true, "relocate": true, "lift": true, "plant": true, "allow": true, "facilitate": true}
)

// governedByTargetVerb reports whether a target verb stands in the clause of
// q: before it (新增普惠托位1万个; add 10,000 slots) or, in Chinese, after it
// (由50%提高到60%; 2000张床位建成).
func governedByTargetVerb(rs []rune, q Quantity, lang Lang) bool {
	start := min(max(q.Start, 0), len(rs))
	i := start
	for i > 0 && start-i < maxScan && !isClauseEnd(rs[i-1]) {
		i--
	}
	if lang == Chinese {
		j := min(max(q.End, 0), len(rs))
		for j < len(rs) && j-q.End < maxScan && !isClauseEnd(rs[j]) {
			j++
		}
		clause := append(append([]rune(nil), rs[i:start]...), rs[min(max(q.End, 0), len(rs)):j]...)
		for _, v := range zhTargetVerbs {
			if len(indexAll(clause, []rune(v))) > 0 {
				return true
			}
		}
		return false
	}
	for _, w := range lwords(rs, i, start) {
		if enTargetVerbs[strings.ToLower(w.text)] {
			return true
		}
	}
	return false
}

func isClauseEnd(r rune) bool {
	switch r {
	case '，', '；', '。', '：', '！', '？', ',', ';', ':', '!', '?', '\n':
		return true
	}
	return false
}

// Object extraction.

// zhObjectStop are verbs and words that end a Chinese object phrase or are
// stripped from its ends.
var zhObjectStop = []string{"实现", "达到", "完成", "提高到", "提高", "提升到", "提升", "增长", "下降", "降低到", "降低", "降至",
	"上涨", "突破", "超过", "稳定在", "控制在", "保持在", "保持", "增加到", "增加", "减少", "新增", "新建", "建设", "筹集",
	"竣工", "开展", "办好", "促进", "建立", "安排", "改造", "新开工", "开工", "建成", "提供", "扩大", "放宽至", "放宽到",
	"增至", "升至", "达", "为", "是", "在", "有", "的", "约", "近", "逾", "超", "不少于", "不低于", "不超过", "至少", "累计", "共", "再",
	"全年", "今年", "比上年", "同比", "分别", "要", "将", "拟", "力争", "确保", "和", "及", "与", "等", "使", "让", "把", "将近",
	"互认", "拟按", "按", "由", "从", "可", "用于", "其中", "现行", "再", "共计", "合计", "总计", "高达", "多达", "其", "年均"}

// objectZH returns what a Chinese quantity counts: the noun phrase after it
// (9个紧密型城市医疗集团) or, when nothing follows in the clause, before it
// (养老家庭照护床位2000张, 城镇新增就业不少于26万人).
func objectZH(rs []rune, q Quantity) string {
	end := min(max(q.End, 0), len(rs))
	j := end
	for j < len(rs) && j-end < maxObject && !isClauseEnd(rs[j]) && rs[j] != '、' && !unicode.IsSpace(rs[j]) && !isDigitRune(rs[j]) {
		j++
	}
	after := trimZHStops(string(rs[end:j]), true)
	if after != "" && !strings.HasPrefix(string(rs[end:j]), "的") {
		return after
	}
	start := min(max(q.Start, 0), len(rs))
	i := start
	for i > 0 && start-i < maxObject && !isClauseEnd(rs[i-1]) && rs[i-1] != '、' && !isDigitRune(rs[i-1]) && rs[i-1] != '%' && rs[i-1] != '％' {
		i--
	}
	before := trimZHStops(string(rs[i:start]), false)
	if strings.HasPrefix(before, "比") || strings.HasPrefix(before, "较") {
		return "" // 比去年预算高0.2个百分点: a comparison, not a thing counted
	}
	return before
}

// trimZHStops strips stop words from both ends of s and, when cut is set,
// cuts s at the first stop verb of two or more characters inside it (a
// phrase after a number ends at the next verb: 12万城镇就业困难人员实现就业).
func trimZHStops(s string, cut bool) string {
	s = strings.Trim(s, " \u3000“”\"‘’「」《》()（）")
	for changed := true; changed && s != ""; {
		changed = false
		for _, w := range zhObjectStop {
			if strings.HasPrefix(s, w) {
				s, changed = strings.TrimPrefix(s, w), true
			}
			if strings.HasSuffix(s, w) && s != w {
				s, changed = strings.TrimSuffix(s, w), true
			}
		}
	}
	rs := []rune(s)
	for _, w := range zhObjectStop {
		if !cut || len([]rune(w)) < 2 {
			continue
		}
		if idx := indexAll(rs, []rune(w)); len(idx) > 0 && idx[0] >= 2 {
			rs = rs[:idx[0]]
		}
	}
	return strings.Trim(string(rs), " \u3000“”\"")
}

// English words that end an object phrase after the number.
var enObjectStop = map[string]bool{"in": true, "for": true, "to": true, "with": true, "at": true, "by": true,
	"from": true, "on": true, "that": true, "which": true, "who": true, "will": true, "are": true, "is": true,
	"were": true, "was": true, "be": true, "have": true, "has": true, "and": true, "or": true, "as": true,
	"across": true, "per": true, "over": true, "under": true, "than": true, "this": true, "each": true,
	"every": true, "a": true, "an": true, "the": true, "compared": true, "since": true,
	"nationwide": true, "into": true, "through": true, "while": true, "so": true, "among": true}

// English nouns ending in -ing (an -ing word otherwise ends the phrase).
var enIngNouns = map[string]bool{"housing": true, "building": true, "buildings": true, "training": true,
	"funding": true, "spending": true, "lending": true, "financing": true, "manufacturing": true,
	"processing": true, "meeting": true, "meetings": true, "clothing": true, "bedding": true,
	"parking": true, "dwelling": true, "dwellings": true, "offering": true, "offerings": true, "listing": true,
	"listings": true, "ring": true, "rings": true}

// leading and trailing words stripped from an English object before the
// number
var enTrimWords = map[string]bool{"by": true, "of": true, "to": true, "at": true, "around": true, "about": true,
	"nearly": true, "approximately": true, "almost": true, "some": true, "over": true, "than": true, "more": true,
	"less": true, "fewer": true, "no": true, "up": true, "least": true, "and": true, "the": true, "a": true,
	"an": true, "with": true, "was": true, "were": true, "is": true, "are": true, "will": true, "be": true,
	"been": true, "has": true, "have": true, "had": true, "reach": true, "reached": true, "grew": true,
	"rose": true, "fell": true, "kept": true, "stood": true, "remained": true, "exceeded": true,
	"exceeding": true, "totaled": true, "totalled": true, "hit": true, "total": true, "further": true,
	"another": true, "additional": true, "an additional": true, "in": true, "for": true, "within": true,
	"below": true, "under": true, "above": true, "keep": true, "kept at": true, "target": true, "set": true,
	"we": true, "create": true, "add": true, "build": true, "provide": true, "raise": true, "cut": true,
	"deliver": true, "reduce": true, "increase": true, "increased": true, "decreased": true, "dropped": true,
	"growing": true, "rising": true, "falling": true, "reaching": true, "averaged": true, "stay": true,
	"remain": true, "maintain": true, "from": true, "between": true, "as": true, "may": true, "should": true,
	"could": true, "can": true, "must": true, "down": true, "it": true, "they": true, "this": true, "that": true,
	"percent": true, "million": true, "billion": true, "trillion": true, "yuan": true, "or": true, "any": true,
	"our": true, "its": true, "their": true, "there": true, "which": true, "roughly": true}

// number words that may stand between an earlier number and the phrase
// before a later one (16 percent in ...)
var enNumberWords = map[string]bool{"percent": true, "percentage": true, "points": true, "point": true,
	"million": true, "billion": true, "trillion": true, "thousand": true, "yuan": true, "dollars": true}

// objectEN returns what an English quantity counts: the words after the
// number (260,000 urban jobs; 70,000 units of rental housing) or, when no
// noun follows, the phrase before it (GDP grew by 6.6 percent).
func objectEN(rs []rune, q Quantity) string {
	end := min(max(q.End, 0), len(rs))
	var after []string
	for _, w := range lwords(rs, end, clauseEnd(rs, end)) {
		lw := strings.ToLower(w.text)
		if len(after) > 0 && enObjectStop[lw] && lw != "of" {
			break
		}
		if len(after) == 0 && (enObjectStop[lw] || lw == "of") {
			break
		}
		if strings.HasSuffix(lw, "ing") && !enIngNouns[lw] && !(len(after) > 0 && after[len(after)-1] == "of") {
			break
		}
		if strings.HasSuffix(lw, "ly") && lw != "family" && lw != "supply" && lw != "elderly" {
			break
		}
		after = append(after, w.text)
		if len(after) == 6 {
			break
		}
		if !adjacentWord(rs, w) {
			break
		}
	}
	for len(after) > 0 && strings.ToLower(after[len(after)-1]) == "of" {
		after = after[:len(after)-1]
	}
	if len(after) > 0 {
		return strings.Join(after, " ")
	}
	start := min(max(q.Start, 0), len(rs))
	i := start
	for i > 0 && start-i < maxScan && !isClauseEnd(rs[i-1]) {
		i--
	}
	if s, _ := sentenceBounds(rs, start, English); s > i {
		i = s
	}
	// begin after the last number of the clause: 16 percent in
	// manufacturing ... to 13 percent
	for k := start - 1; k > i; k-- {
		if isDigitRune(rs[k]) {
			i = k + 1
			break
		}
	}
	ws := lwords(rs, i, start)
	for len(ws) > 0 && enNumberWords[strings.ToLower(ws[0].text)] {
		ws = ws[1:]
	}
	for len(ws) > 0 {
		lw := strings.ToLower(ws[len(ws)-1].text)
		if !enTrimWords[lw] && !enPastWords[lw] && !(strings.HasSuffix(lw, "ed") && len(lw) > 4) {
			break
		}
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 6 {
		ws = ws[len(ws)-6:]
	}
	for len(ws) > 0 && enTrimWords[strings.ToLower(ws[0].text)] {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	e := last.pos + len([]rune(last.text))
	if e < len(rs) && (rs[e] == ')' || rs[e] == '）') {
		e++ // Gross domestic product (GDP)
	}
	return strings.TrimSpace(string(rs[ws[0].pos:e]))
}

// adjacentWord reports whether the word w is followed by a space and
// another word rather than by punctuation.
func adjacentWord(rs []rune, w lword) bool {
	e := w.pos + len([]rune(w.text))
	return e < len(rs) && rs[e] == ' '
}

func clauseEnd(rs []rune, from int) int {
	j := from
	for j < len(rs) && j-from < maxScan && !isClauseEnd(rs[j]) && !(rs[j] == '.' && (j+1 == len(rs) || rs[j+1] == ' ')) {
		j++
	}
	return j
}
