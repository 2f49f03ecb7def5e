package extract

import (
	"math"
	"strings"
	"unicode"
)

// Quantities returns every number in running text, in order, with its span,
// value, unit, role and qualifier. Offsets are rune offsets into text and
// Text is exactly the runes [Start, End) of text.
//
// Text covers the qualifier words, the number and, in Chinese, the classifier
// or measure word (不少于26万人, 1100万人以上, 6%－6.5%); in English it covers
// the qualifier words, currency, scale and percent words (no fewer than
// 260,000; RMB 10 billion; 6-6.5 percent) but not the counted noun, which is
// reported as Unit only (260,000 urban jobs → "jobs": the head noun of the
// words that follow, skipping modifiers).
//
// Units: Chinese classifiers and measure words as written (人 个 张 套 个月
// 公里), money as 元 with the scale folded into Value (114万亿元 → 1.14e14,
// 元), "%" for percent and "pp" for percentage points (个百分点,
// percentage points); English "%", "pp", "yuan", "dollars" or the counted
// noun. Fractions have Unit "fraction" and their value in [0, 1]: 一半 and
// half are 0.5, 三分之二 and two-thirds 0.6667, a third and 三分之一 0.3333
// (Link converts them to percent, so 一半 ↔ 50 percent). A multiple is
// "times": 翻一番 and the verb double are 2, 翻两番 is 4. Money ranges may
// repeat the unit (100万元至300万元).
//
// Qualifiers come from the words around the number: before it (不少于,
// 超过, 约, 放宽至, no fewer than, more than, about, up to, within …),
// after the unit (以上, 以内, 左右, 两年内, or more, or so, plus) and inside
// it (1100多万, 4万多亿, 1亿多, 10余年: more_than). 上亿 and 上千万 (an
// order of magnitude reached) are at_least 10^8 and 10^7, as translators
// write "over 100 million". 近 before a small Chinese numeral of years
// (近三年) means "the past three years", not about. A range (6%－6.5%, 3至5个, 6-6.5 percent, between 3
// and 5) has Qualifier Range and Upper set. Non-quantities have Qualifier
// Exact. A qualifier never reaches into the previous quantity's span.
//
// Roles other than RoleQuantity mark numbers that are not amounts: dates
// (1月21日, January 21: Value is month×100+day, or month×100, or the day
// alone), years (2024年, in 2024, 2016-2020 as a range), ordinals (第十六届,
// Sixteenth, 13th, grades such as 二级), list markers (二、 (十) II 1. Tenth,
// 一是), footnote references (digits glued to the end of a lower-case word,
// areas17, superscript digits, [17]) and names (numbers inside short quoted
// names and fixed expressions: “七有”, 十四五, 十九大, G20, COVID-19,
// Five-Year Plan). Non-numbers that contain numeral characters (一些, 统一,
// 进一步, 千方百计, 百姓, 两岸, one of, one-stop) are skipped. English
// number words that mirror a Chinese name without quotes (seven aspects) are
// left as quantities: only the linker can know they mirror a name.
//
// Signs are part of the value: 负3.9%, -6.8%, −22.2%, －１２２％, -6.8 percent and
// minus 5 percent are negative (not the hyphen of a range or a compound,
// 2016-2020, COVID-19, nor 正负5%). Direction records the verb or noun of
// a change next to the number (增长, 下降, rose, fell, a 0.3 percent drop),
// so 增长-0.3% (Value -0.3, Up) and 下降0.3% (Value 0.3, Down) are told
// apart. Change marks the two ends of a change (由9000多公里增加到2.5万公里,
// from over 9,000 to 25,000 kilometers), which are two quantities, not a
// range.
//
// Mixed digits and scales are one amount (5万4千6百, 1亿3千多万, 3万4000);
// full-width commas group digits only in chains of three-digit groups
// (１，２００万元), otherwise the numbers are a list. Traditional numeral
// and unit characters read as simplified (點 個 負 萬 億 百分點), and a
// capital numeral (壹 … 拾) counts only with a unit or scale of place value
// (壹仟贰佰元), not inside a word (登陆部队, 拾起).
//
// lang selects the rules; a zero Lang is guessed from the script of text.
func Quantities(text string, lang Lang) []Quantity {
	rs := []rune(text)
	if lang != Chinese && lang != English {
		lang = English
		for _, r := range rs {
			if isHan(r) {
				lang = Chinese
				break
			}
		}
	}
	var out []Quantity
	if lang == Chinese {
		out = zhQuantities(rs)
	} else {
		out = enQuantities(rs)
	}
	for k := range out {
		out[k].Text = string(rs[out[k].Start:out[k].End])
		if out[k].Qualifier == "" {
			out[k].Qualifier = Exact
		}
	}
	return out
}

// floatOf converts a decimal, reporting ok=false on overflow.
func floatOf(d dec) (float64, bool) {
	f, err := d.float()
	return f, err == nil
}

// isSuperDigit reports a superscript digit, used for footnote references.
func isSuperDigit(r rune) bool {
	switch r {
	case '⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹':
		return true
	}
	return false
}

func superVal(r rune) uint64 {
	switch r {
	case '¹':
		return 1
	case '²':
		return 2
	case '³':
		return 3
	}
	return uint64(r - '⁰')
}

// circled returns the value of ① … ⑳ and ⑴ … ⒇.
func circled(r rune) (float64, bool) {
	switch {
	case r >= '①' && r <= '⑳':
		return float64(r-'①') + 1, true
	case r >= '⑴' && r <= '⒇':
		return float64(r-'⑴') + 1, true
	case r >= '⒈' && r <= '⒛':
		return float64(r-'⒈') + 1, true
	}
	return 0, false
}

// atLineStart reports whether only blanks and Markdown emphasis marks (**1.)
// stand between the start of the line and rs[i].
func atLineStart(rs []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch rs[j] {
		case '\n', '\r':
			return true
		case ' ', '\t', '\u3000', '\u00a0', '*', '_':
			continue
		}
		return false
	}
	return true
}

// atClauseStart reports whether rs[i] starts a line, a sentence or a clause
// after a colon or semicolon, Markdown emphasis marks looked through.
func atClauseStart(rs []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch rs[j] {
		case '\n', '\r', '。', '；', '：', '.', ';', ':', '!', '?', '！', '？':
			return true
		case ' ', '\t', '\u3000', '\u00a0', '“', '"', '‘', '*', '_':
			continue
		}
		return false
	}
	return true
}

// superRun reads a run of superscript digits at rs[i] as a footnote
// reference.
func superRun(rs []rune, i int) Quantity {
	j := i
	var v uint64
	for j < len(rs) && isSuperDigit(rs[j]) && j-i < 6 {
		v = v*10 + superVal(rs[j])
		j++
	}
	return Quantity{Start: i, End: j, Value: float64(v), Role: RoleFootnoteRef}
}

// bracketRef reads [17] or ［17］ at rs[i] as a footnote reference.
func bracketRef(rs []rune, i int) (Quantity, bool) {
	if rs[i] != '[' && rs[i] != '［' {
		return Quantity{}, false
	}
	j := i + 1
	var v uint64
	for j < len(rs) && isDigit(rs[j]) && j-i <= 4 {
		v = v*10 + digitVal(rs[j])
		j++
	}
	if j == i+1 || j >= len(rs) || rs[j] != ']' && rs[j] != '］' {
		return Quantity{}, false
	}
	return Quantity{Start: i, End: j + 1, Value: float64(v), Role: RoleFootnoteRef}, true
}

// inShortQuote reports whether rs[i:j] lies inside a short quotation or
// book title (“七有”, 《“十四五”规划》), which makes the number part of a name.
func inShortQuote(rs []rune, i, j int) bool {
	const max = 12
	open := -1
	for k := i - 1; k >= 0 && i-k <= max; k-- {
		r := rs[k]
		if r == '“' || r == '「' || r == '『' || r == '《' || r == '"' && (k == 0 || !isLatin(rs[k-1]) && !isDigit(rs[k-1])) {
			open = k
			break
		}
		if r == '”' || r == '」' || r == '』' || r == '》' || r == '\n' || r == '。' {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for k := j; k < len(rs) && k-open <= max+4; k++ {
		r := rs[k]
		if r == '”' || r == '」' || r == '』' || r == '》' || r == '"' {
			return true
		}
		if r == '“' || r == '\n' || r == '。' || r == '，' || r == '；' {
			return false
		}
	}
	return false
}

// wordBefore returns the lower-cased ASCII word that ends just before rs[i]
// (skipping blanks), and its start.
func wordBefore(rs []rune, i int) (string, int) {
	j := i
	for j > 0 && (rs[j-1] == ' ' || rs[j-1] == '\t' || rs[j-1] == '\u00a0') {
		j--
	}
	k := j
	for k > 0 && (rs[k-1] >= 'a' && rs[k-1] <= 'z' || rs[k-1] >= 'A' && rs[k-1] <= 'Z') {
		k--
	}
	return strings.ToLower(string(rs[k:j])), k
}

// integral reports whether f is a whole number in [lo, hi].
func integral(f, lo, hi float64) bool {
	return f == math.Trunc(f) && f >= lo && f <= hi
}

// zhUnits are the Chinese classifiers and measure words recognised after a
// number, longest first when they share a prefix.
var zhUnits = func() map[string]bool {
	m := map[string]bool{}
	for _, u := range strings.Fields(`
		个月 周年 个工作日 个小时 个国家 个省份 个城市 个县 个百分点
		平方公里 平方米 平方千米 立方米 公里 千米 公顷 千瓦时 千瓦 千克 公斤 吨 标准煤
		人次 架次 车次 艘次 户次 小时 分钟 周岁 工作日 多年 年度
		美元 欧元 港元 日元 英镑 元 亩 斤 米 岁 天 年 月 日 号 周 倍 成 秒 克 升 度
		人 个 张 套 项 家 所 名 位 件 次 座 条 台 辆 架 艘 部 批 处 间 只 头 株 棵 本 册
		种 类 场 届 期 轮 层 片 道 栋 幢 级 支 队 起 例 宗 笔 单 份 篇 首 门 户
		方面 章 节 款 段 趟 班 列 所 校 床 剂 针 码 股 对 双 组 块 档
		毫米 厘米 立方 亿千瓦 千伏 兆瓦 吉瓦 千瓦时 度电 标箱 集装箱 万亿 季度
		微克/立方米 微克 毫克 标准箱 吨标准煤 千瓦时/人
	`) {
		m[u] = true
	}
	return m
}()

// zhUnitBlock are words that start with a one-character classifier but
// are not a classifier after a number: 12万城镇 is not 12万 城.
var zhUnitBlock = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`所有 人民 元素 天然 国家 名单 部门 部署 批准 处理 间接 只有 只是
		本地 本土 本身 本着 种植 场所 期间 层次 层面 片区 道路 支持 支撑 队伍 起来 单位 份额 门槛
		对外 对于 组织 周边 成为 成立 成果 成本 成效 成熟 日益 日常 号召 条件 条例 台阶 座谈
		部分 户籍 户口 位置 位于 度过 岁月 年轻 年龄 年代 克服 升级 升学 度假 股份 股权 双方 班子
		码头 列入 针对 块状 间隔 家庭 家园 天地 米粮 期货 期限 处于 倍增 点位 号称 级别 首先 首都 档案 档次
		首位 篇章 头部 台湾 组成 层级 双向 场景 场地 部长 轮流 批评 类似 类型 宗旨 笔者 门户`) {
		m[w] = true
	}
	return m
}()

// zhUnitAt returns the longest classifier or measure word at rs[j], in its
// simplified form (個 → 个).
func zhUnitAt(rs []rune, j int) (string, int) {
	var buf [6]rune
	for n := min(6, len(rs)-j); n >= 1; n-- {
		for k := range n {
			buf[k] = zhFold(rs[j+k])
		}
		s := string(buf[:n])
		if zhUnits[s] {
			if n == 1 && j+2 <= len(rs) && zhUnitBlock[string([]rune{buf[0], zhFold(rs[j+1])})] {
				continue
			}
			return s, j + n
		}
	}
	return "", j
}

// zhMeasure are the units after which a bare 一 is a real quantity (一年,
// 一倍): generic classifiers after 一 are mostly the article "a" (一个, 一批,
// 一项, 一种) and are skipped.
var zhMeasure = map[string]bool{
	"年": true, "个月": true, "月": true, "天": true, "日": true, "周": true, "倍": true,
	"元": true, "美元": true, "小时": true, "公里": true, "亩": true, "吨": true,
	"平方公里": true, "人次": true, "成": true, "岁": true, "周岁": true,
	"%": true, "pp": true, "‰": true,
}

// zhYearNouns name a kind of year: a four-digit number before one of them
// is the year's name (2021财年, 2020－2021学年), not an amount.
var zhYearNouns = []string{"财年", "财政年度", "会计年度", "学年", "赛季", "年度"}

// zhYearNounAt reports a year noun at rs[j].
func zhYearNounAt(rs []rune, j int) bool {
	for _, w := range zhYearNouns {
		if hasAt(rs, j, w) {
			return true
		}
	}
	return false
}

// zhLex are words whose numeral characters are not numbers (role "") or
// name a fixed expression (role name). They are matched around the numeral
// where a scan starts.
var zhLex = func() map[rune][]lexWord {
	m := map[rune][]lexWord{}
	add := func(role Role, words string) {
		for _, w := range strings.Fields(words) {
			rw := []rune(w)
			for k, r := range rw {
				if isHanNumeral(r) {
					m[r] = append(m[r], lexWord{w: rw, k: k, role: role})
				}
			}
		}
	}
	add("", `一些 一批 一流 统一 一体化 一体 进一步 一步 万众一心 千方百计 百姓 一样 一切 一起
		一定 一直 一般 一致 唯一 一系列 一方面 一道 一同 一律 一度 一举 一线 一手 一向 一再
		一旦 一时 一贯 一环 一揽子 一连串 一边 一把手 一站式 一门 一次性 同一 单一 之一 万一
		千万 万物 百花齐放 一心一意 一如既往 一点一滴 一丝不苟 一以贯之 一张蓝图 一刀切 一窝蜂
		一哄而上 一劳永逸 一蹴而就 一网通办 一网统管 一件事 五湖四海 四面八方 三令五申 七上八下
		十全十美 十分 一番 一席 一员 一角 一面 一头 一路 一片 一大批 一大 一概 一并 一经 一味
		一共 一来 一则 一方 一侧 一端 千家万户 千里 千秋 百年大计 百业 百家 百花 百川 亿万
		万里 万象 千亿 一二三产业 一二 第一时间 一秒 两岸 两会 两翼 两难 两极 两面 三番五次
		一老一小 一刻 一抓到底 一届接着一届 一年接着一年 一茬接着一茬 一竿子 一肩挑 一刀 一盘棋
		一张网 一体推进 一视同仁 一以贯之 一蹴 一成不变 一分为二 一针一线 一草一木 一点 一下
		一些 万全 千头万绪 万千 百强 千亿级 百亿级 一小 一老 多一 数一数二 一举多得 一户一
		一地 一业 一村一品 一县一 一市一 一区一 一企一 一人一 一事一议 一码通 一卡通 一件
		一网 一窗 一门式 一次办 一号文件 一对一 一户一策 之二 之三 十足 一侧 一带 零部件 零售 零距离 零容忍 零和 四处`)
	add(RoleName, `一带一路 十九大 二十大 十八大 十七大 十六大 十五大 一国两制 两个一百年 四个全面
		五位一体 四个意识 四个自信 两个维护 两个确立 三去一降一补 三农 三严三实 两学一做 九二共识
		十三五 十四五 十二五 十一五 十五五 三大攻坚战 六稳 六保 双一流 五四 七一 八一 三八
		三公 三保 三区三州 四史 四风 两不愁三保障 六个一批 三期叠加 五大发展理念 两个大局
		一中 一个中国 两制 二十国集团 三个代表 八项规定 五年规划 一次分配 二次分配 三次分配`)
	return m
}()

// zhIdiomAt reports a four-character idiom built on two numerals at every
// other place (千方百计, 四面八方, 成千上万, 接二连三) around the numeral at
// rs[i], and where it ends. Its numerals stand alone (no numeral or digit
// next to the four characters) and neither of the two other characters is
// a unit or measure word: 三个五年 and 一年两次 are counts.
func zhIdiomAt(rs []rune, i int) (end int, ok bool) {
	for s := max(0, i-3); s <= i && s+4 <= len(rs); s++ {
		if s > 0 && (isHanNumeral(rs[s-1]) || isDigit(rs[s-1])) || s+4 < len(rs) && (isHanNumeral(rs[s+4]) || isDigit(rs[s+4])) {
			continue
		}
		for off := 0; off < 2; off++ {
			if (i-s)%2 != off || !zhIdiomShape(rs, s, off) {
				continue
			}
			return s + 4, true
		}
	}
	return 0, false
}

// zhIdiomShape reports four Han characters at rs[s:] with numerals at
// offsets off and off+2 and, at the two other places, characters that are
// neither numerals nor units nor number words (第 多 余 几 分 之 点, 點).
func zhIdiomShape(rs []rune, s, off int) bool {
	for k := range 4 {
		r := rs[s+k]
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		if k%2 == off {
			if !isHanNumeral(r) {
				return false
			}
			continue
		}
		if isHanNumeral(r) || strings.ContainsRune("第多余几数分之点點成倍餘幾數", r) {
			return false
		}
		if u, _ := zhUnitAt(rs, s+k); u != "" {
			return false
		}
	}
	return true
}

// lexWord is a word of zhLex: its runes, the offset k of the indexing
// numeral rune inside it, and its role.
type lexWord struct {
	w    []rune
	k    int
	role Role
}

// zhLexAt returns the longest zhLex word that covers rs[i] and starts at or
// before i, its span and role.
func zhLexAt(rs []rune, i int) (start, end int, role Role, ok bool) {
	best := -1
	for _, lw := range zhLex[rs[i]] {
		s := i - lw.k
		if s < 0 || s+len(lw.w) > len(rs) {
			continue
		}
		match := true
		for k, r := range lw.w {
			if rs[s+k] != r {
				match = false
				break
			}
		}
		if match && s+len(lw.w) > best {
			start, end, role, ok = s, s+len(lw.w), lw.role, true
			best = end
		}
	}
	return
}

// zhPrefixQual are the Chinese qualifiers written before a number.
var zhPrefixQual = []struct {
	s string
	q Qualifier
}{
	{"不得超过", AtMost}, {"不能超过", AtMost}, {"不应超过", AtMost}, {"不宜超过", AtMost},
	{"不得少于", AtLeast}, {"不得低于", AtLeast}, {"不应少于", AtLeast}, {"不应低于", AtLeast},
	{"不少于", AtLeast}, {"不低于", AtLeast}, {"不小于", AtLeast}, {"至少", AtLeast}, {"最少", AtLeast}, {"最低", AtLeast},
	{"不超过", AtMost}, {"不高于", AtMost}, {"不多于", AtMost}, {"不大于", AtMost}, {"控制在", AtMost},
	{"超过", MoreThan}, {"突破", MoreThan}, {"多于", MoreThan}, {"高于", MoreThan}, {"大于", MoreThan}, {"逾", MoreThan}, {"超", MoreThan},
	{"不到", LessThan}, {"不足", LessThan}, {"低于", LessThan}, {"少于", LessThan}, {"小于", LessThan},
	{"放宽至", UpTo}, {"放宽到", UpTo}, {"高达", UpTo}, {"多达", UpTo}, {"最多", UpTo}, {"最高", UpTo}, {"最长", UpTo},
	{"大约", About}, {"几乎", About}, {"幾乎", About}, {"约", About}, {"将近", About}, {"接近", About}, {"近", About}, {"大概", About},
}

// zhSuffixQual are the Chinese qualifiers written after the unit.
var zhSuffixQual = []struct {
	s string
	q Qualifier
}{
	{"及以上", AtLeast}, {"或以上", AtLeast}, {"或者以上", AtLeast}, {"或更多", AtLeast}, {"或者更多", AtLeast},
	{"以上", AtLeast}, {"及以下", AtMost}, {"或以下", AtMost}, {"或者以下", AtMost}, {"以下", AtMost},
	{"以内", AtMost}, {"之内", AtMost}, {"左右", About}, {"上下", About},
}

// zhQualAcross finds the qualifier w a few words before a number at
// rs[start], in the two shapes reports use, and returns where w starts (-1
// when it is not there):
//   - w, a verb of one or two characters, 了: 至少废弃了1500万剂;
//   - w, 占 or 是, up to sixteen characters (a year among them) ending in
//     的: 约占所有州囚犯的7%, 约是2020年全年总数的2倍.
//
// The words between may hold no punctuation, digit or numeral, so the
// qualifier cannot belong to an earlier number.
func zhQualAcross(rs []rune, start int, w string) int {
	plain := func(r rune) bool { return isHan(r) && !isHanNumeral(r) }
	if start > 0 && rs[start-1] == '了' {
		for gap := 1; gap <= 2; gap++ {
			v := start - 1 - gap
			if v < 0 || !plain(rs[v]) {
				break
			}
			if endsWithAt(rs, v, w) {
				return v - runeLen(w)
			}
		}
	}
	if start > 0 && rs[start-1] == '的' {
		for k := start - 2; k >= 0 && k >= start-18; k-- {
			if isDigit(rs[k]) && zhYearDigitsAt(rs, k) {
				continue // 约是2020年全年总数的2倍: a year is no amount
			}
			if rs[k] == '占' || rs[k] == '佔' || rs[k] == '是' {
				if endsWithAt(rs, k, w) {
					return k - runeLen(w)
				}
				break
			}
			if !plain(rs[k]) {
				break
			}
		}
	}
	return -1
}

// zhYearDigitsAt reports that the digit at rs[k] belongs to a four-digit
// year written with 年 (2020年).
func zhYearDigitsAt(rs []rune, k int) bool {
	s := k
	for s > 0 && isDigit(rs[s-1]) {
		s--
	}
	e := k
	for e < len(rs) && isDigit(rs[e]) {
		e++
	}
	return e-s == 4 && e < len(rs) && rs[e] == '年'
}

// zhQualLink reports a light verb that may stand between a Chinese
// qualifier and its number: 了, 有, 是, 为 (爲), 达, 占 (约占46%).
func zhQualLink(r rune) bool {
	switch r {
	case '了', '有', '是', '为', '爲', '达', '達', '占', '佔':
		return true
	}
	return false
}

// endsWithAt reports whether rs[:i] ends with s.
func endsWithAt(rs []rune, i int, s string) bool {
	n := runeLen(s)
	return i-n >= 0 && hasAt(rs, i-n, s)
}

// quantity is the quantity a parsed expression states: its value (a
// fraction's own), and its upper bound when it is a range. ok is false when
// the value does not fit a float64.
func (e expr) quantity() (q Quantity, ok bool) {
	lo, ok := floatOf(e.lo)
	if !ok {
		return Quantity{}, false
	}
	if e.frac {
		lo = e.fracVal
	}
	q = Quantity{Start: e.start, End: e.end, Value: lo, Unit: e.unit, Role: RoleQuantity}
	if e.isRange {
		hi, _ := floatOf(e.hi)
		q.Upper, q.Qualifier = hi, Range
	}
	return q, true
}

// footnoteMark reads the footnote marks both languages share at rs[i]:
// superscript digits and a bracketed number ([17]). ok says rs[i] opened
// one; q is empty when a bracket held no reference, and next is where
// scanning goes on.
func footnoteMark(rs []rune, i int) (q Quantity, next int, ok bool) {
	switch r := rs[i]; {
	case isSuperDigit(r):
		q := superRun(rs, i)
		return q, q.End, true
	case r == '[' || r == '［':
		if q, ok := bracketRef(rs, i); ok {
			return q, q.End, true
		}
		return Quantity{}, i + 1, true
	}
	return Quantity{}, i, false
}

// zhQuantities scans Chinese text.
func zhQuantities(rs []rune) []Quantity {
	var out []Quantity
	for i := 0; i < len(rs); {
		r := rs[i]
		if q, next, ok := footnoteMark(rs, i); ok {
			if q.End > q.Start {
				out = append(out, q)
			}
			i = next
			continue
		}
		if v, ok := circled(r); ok {
			out = append(out, Quantity{Start: i, End: i + 1, Value: v, Role: RoleListMarker})
			i++
			continue
		}
		if r == '翻' && hasAt(rs, i+1, "番") {
			// 翻番: double, 2 times.
			out = append(out, Quantity{Start: i, End: i + 2, Value: 2, Unit: "times", Role: RoleQuantity})
			i += 2
			continue
		}
		if !(isDigit(r) || isHanNumeral(r) || (r == '¥' || r == '￥') && i+1 < len(rs) && isDigit(rs[i+1])) {
			i++
			continue
		}
		if isDigit(r) && i > 0 && isDigit(rs[i-1]) {
			i++
			continue
		}
		q, next := zhOne(rs, i, floor(out))
		if next <= i {
			next = i + 1
		}
		if q.End > q.Start && q.Start >= floor(out) {
			q = applySign(rs, q, floor(out), Chinese)
			if q.Role == RoleQuantity {
				q.Direction = zhDirection(rs, q.Start)
				q.Change = changeOf(rs, q, lastOf(out), Chinese)
			}
			out = append(out, q)
		}
		i = next
	}
	return out
}

// zhOne reads the number at rs[i]. It returns the quantity (End == Start
// when there is none) and where to continue.
//
// Nothing before floor (the end of the previous quantity) may be taken
// into the span.
func zhOne(rs []rune, i, floor int) (Quantity, int) {
	none := Quantity{}
	r := rs[i]
	// Latin neighbours: G20, PM2.5, 5G, COVID-19.
	if isDigit(r) && i > 0 && (isLatin(rs[i-1]) || rs[i-1] == '-' && i > 1 && isLatin(rs[i-2])) {
		j := i
		for j < len(rs) && (isDigit(rs[j]) || rs[j] == '.' && j+1 < len(rs) && isDigit(rs[j+1])) {
			j++
		}
		s := i
		for s > 0 && (isLatin(rs[s-1]) || rs[s-1] == '-') {
			s--
		}
		return Quantity{Start: s, End: j, Value: valueOf(rs[i:j]), Role: RoleName}, j
	}
	if isHan(r) {
		if q, ok := zhDoubling(rs, i, floor); ok {
			return q, q.End
		}
		if q, ok := zhGrewOneFold(rs, i, floor); ok {
			return q, q.End
		}
		if q, ok := zhShang(rs, i, floor); ok {
			return q, q.End
		}
		if s, e, role, ok := zhLexAt(rs, i); ok {
			if role == "" {
				return none, e
			}
			v := 0.0
			if h, ok := scanHan(rs, i); ok {
				v, _ = floatOf(h.v)
			}
			if s > i {
				s = i
			}
			return Quantity{Start: s, End: e, Value: v, Role: RoleName}, e
		}
		if e, ok := zhIdiomAt(rs, i); ok {
			return none, e
		}
		// Vague amounts: 几十年, 数百, 十几个, 成千上万.
		if i > 0 && (rs[i-1] == '几' || rs[i-1] == '数' || rs[i-1] == '若') {
			j := i
			for j < len(rs) && isHanNumeral(rs[j]) {
				j++
			}
			return none, j
		}
	}
	e, ok := scanZHExpr(rs, i)
	if !ok {
		return none, i + 1
	}
	if e.err != nil {
		j := e.errAt
		for j < len(rs) && (isDigit(rs[j]) || isHanNumeral(rs[j])) {
			j++
		}
		return none, j
	}
	q, okF := e.quantity()
	if !okF {
		return none, e.end
	}
	lo, hi := q.Value, q.Upper
	if e.han && (e.lone || e.digitString) && hasCapitalNumeral(rs[i:e.end]) {
		// 登陆部队, 拾起, 队伍: a capital numeral alone or in a digit
		// string is a character of a word. Capitals count only with a
		// unit or scale of place value (壹仟贰佰, 叁万).
		return none, e.end
	}
	if e.han && i+1 < len(rs) && rs[e.end-1] != '十' && e.end < len(rs) && rs[e.end] == '几' {
		// 十几, 二十几: vague.
		return none, e.end + 1
	}
	// A numeral run that did not parse to its end is a name: 十四五.
	if e.partial || e.digitString && !(e.end < len(rs) && rs[e.end] == '年' && integral(lo, 1000, 2200)) {
		j := e.end
		for j < len(rs) && isHanNumeral(rs[j]) {
			j++
		}
		q.End, q.Role, q.Qualifier, q.Upper = j, RoleName, "", 0
		return q, j
	}
	// Ordinals: 第十六届, 第二次.
	if i > 0 && rs[i-1] == '第' {
		q.Start, q.Role, q.Unit = i-1, RoleOrdinal, ""
		if u, k := zhUnitAt(rs, q.End); u != "" {
			q.End, q.Unit = k, u
		}
		if q.Unit == "" && q.End < len(rs) && (rs[q.End] == '，' || rs[q.End] == ',') && atClauseStart(rs, q.Start) {
			// 第一，稳住经济大盘。: an enumeration.
			q.Role, q.End = RoleListMarker, q.End+1
		}
		return q, q.End
	}
	// List markers: (十) （一） (1).
	if i > 0 && (rs[i-1] == '(' || rs[i-1] == '（') && e.end < len(rs) && (rs[e.end] == ')' || rs[e.end] == '）') && e.unit == "" && !e.isRange {
		q.Start, q.End, q.Role = i-1, e.end+1, RoleListMarker
		return q, q.End
	}
	// 二、 一是 1. at the head of a clause.
	if e.unit == "" && !e.isRange && e.end < len(rs) && atClauseStart(rs, i) {
		switch c := rs[e.end]; {
		case c == '、' || c == '是' && e.han || (c == '.' || c == '．') && !e.han && (e.end+1 == len(rs) || !isDigit(rs[e.end+1])):
			q.End, q.Role = e.end+1, RoleListMarker
			return q, q.End
		}
	}
	if e.han && i > 0 && rs[i-1] == '其' && e.lone {
		q.Start, q.Role = i-1, RoleListMarker
		return q, q.End
	}
	if inShortQuote(rs, e.start, e.end) && e.unit != "%" && e.unit != "pp" {
		j := e.end
		for j < len(rs) && !strings.ContainsRune("”」』\"，。；、", rs[j]) && j-e.end < 8 {
			j++
		}
		q.End, q.Role, q.Unit, q.Qualifier, q.Upper = j, RoleName, "", "", 0
		return q, j
	}
	// The classifier or measure word, after 多/余 (300多个, 10余年).
	k := e.end
	approx := e.approx
	if e.unit == "" || e.unit == "元" && e.end > e.start && rs[e.end-1] != '元' {
		if k < len(rs) && (rs[k] == '多' || rs[k] == '余') && !zhDuoWordAt(rs, k) {
			if u, k2 := zhUnitAt(rs, k+1); u != "" {
				q.Unit, k, approx = u, k2, MoreThan
			}
		}
		if q.Unit == "" {
			if u, k2 := zhUnitAt(rs, k); u != "" {
				q.Unit, k = u, k2
			}
		}
	}
	q.End = k
	// Decades: 九十年代, 80年代.
	if hasAt(rs, k, "年代") && q.Unit == "" {
		q.End, q.Role = k+2, RoleName
		return q, q.End
	}
	// Party congresses: 十九大, 二十大.
	if e.han && k < len(rs) && rs[k] == '大' && q.Unit == "" && lo >= 10 {
		q.End, q.Role = k+1, RoleName
		return q, q.End
	}
	// 二十世纪: the 20th century.
	if q.Unit == "" && !e.isRange && hasAt(rs, k, "世纪") {
		q.End, q.Role = k+2, RoleOrdinal
		return q, q.End
	}
	if q.Unit == "" && zhYearNounAt(rs, e.end) && (e.plain && e.digits == 4 && integral(lo, 1000, 2200) && (!e.isRange || integral(hi, 1000, 2200))) {
		// 2021财年, 2020－2021学年: a (fiscal, school) year, not an amount.
		q.Role = RoleYear
		if !e.isRange {
			q.Qualifier = ""
		}
		return q, q.End
	}
	switch q.Unit {
	case "年", "年度":
		if !e.isRange && (e.plain && e.digits == 4 || e.digitString) && integral(lo, 1000, 2200) ||
			e.isRange && e.plain && e.digits == 4 && integral(lo, 1000, 2200) && integral(hi, 1000, 2200) {
			q.Role, q.Unit = RoleYear, ""
			if !e.isRange {
				q.Qualifier = ""
			}
			return q, q.End
		}
	case "月":
		if e.isRange && integral(lo, 1, 12) && integral(hi, 1, 12) && lo < hi {
			// 1—11月: a range of months.
			q.Role, q.Unit, q.Value, q.Upper = RoleDate, "", lo*100, hi*100
			return q, q.End
		}
		if !e.isRange && integral(lo, 1, 12) && !endsWithAt(rs, e.start, "个") {
			q.Role, q.Unit, q.Value = RoleDate, "", lo*100
			// 1月21日
			if k < len(rs) && isDigit(rs[k]) || k < len(rs) && isHanNumeral(rs[k]) {
				if d, okD := scanZHNumber(rs, k); okD && d.err == nil && d.end < len(rs) && (rs[d.end] == '日' || rs[d.end] == '号') {
					if dv, okV := floatOf(d.lo); okV && integral(dv, 1, 31) {
						q.Value += dv
						q.End = d.end + 1
					}
				}
			}
			return q, q.End
		}
	case "号":
		// 嫦娥四号, 1号文件: a designation, not a day.
		q.Role, q.Unit = RoleName, ""
		return q, q.End
	case "日":
		if !e.isRange && integral(lo, 1, 31) {
			q.Role, q.Unit = RoleDate, ""
			return q, q.End
		}
	case "届":
		// 十三届全国人大 is an ordinal; 连任不得超过两届 counts terms.
		if !endsWithAt(rs, e.start, "超过") && !endsWithAt(rs, e.start, "连续") && !endsWithAt(rs, e.start, "连任") {
			q.Role = RoleOrdinal
			return q, q.End
		}
	case "周年":
		// 成立70周年: the 70th anniversary.
		q.Role = RoleOrdinal
		return q, q.End
	case "级":
		if !(e.start > 0 && strings.ContainsRune("省市县乡村镇区级、", rs[e.start-1])) {
			q.Role = RoleOrdinal
			if hasAt(rs, q.End, "及以上") {
				q.End += 3
			} else if hasAt(rs, q.End, "以上") || hasAt(rs, q.End, "以下") {
				q.End += 2
			}
			return q, q.End
		}
	case "次":
		if hasAt(rs, k, "会议") || hasAt(rs, k, "全会") || hasAt(rs, k, "全体会议") {
			q.Role = RoleOrdinal
			return q, q.End
		}
	}
	if e.han && hasAt(rs, e.end, "中全会") {
		q.End, q.Role, q.Unit = e.end+3, RoleOrdinal, ""
		return q, q.End
	}
	// Bare single numerals need a unit: 三农, 五位一体 are not counts; 零
	// alone (零增长) is not a count either.
	if e.lone && lo == 0 && q.Unit != "%" {
		return none, k
	}
	if e.lone && q.Unit == "" && e.unit == "" {
		return none, e.end
	}
	if e.lone && lo == 1 && !zhMeasure[q.Unit] && !zhMeasure[e.unit] {
		return none, k
	}
	// Glued to a following Latin letter: 5G.
	if !e.han && q.Unit == "" && e.unit == "" && e.end < len(rs) && isLatin(rs[e.end]) {
		j := e.end
		for j < len(rs) && (isLatin(rs[j]) || isDigit(rs[j])) {
			j++
		}
		q.End, q.Role = j, RoleName
		return q, j
	}
	// Qualifiers.
	qual := Qualifier("")
	if !e.isRange {
		for _, p := range zhPrefixQual {
			if p.s == "近" && e.han && lo <= 10 && (q.Unit == "年" || q.Unit == "个月") {
				continue // 近三年, 近两年: the past three years, not nearly
			}
			if endsWithAt(rs, e.start, p.s) && e.start-runeLen(p.s) >= floor {
				qual = p.q
				q.Start = e.start - runeLen(p.s)
				break
			}
			// 超过了80, 至少有10个, 最多为5, 约为3%: a light verb between
			// the qualifier and its number.
			if e.start > 0 && zhQualLink(rs[e.start-1]) && (runeLen(p.s) > 1 || p.s == "约") && endsWithAt(rs, e.start-1, p.s) && e.start-1-runeLen(p.s) >= floor {
				qual = p.q
				q.Start = e.start - 1 - runeLen(p.s)
				break
			}
			if (runeLen(p.s) > 1 || p.s == "约") && !e.han {
				if s := zhQualAcross(rs, e.start, p.s); s >= 0 {
					// A year between (约是2020年…的2倍) keeps the span
					// from reaching back to the qualifier.
					qual = p.q
					if s >= floor {
						q.Start = s
					}
					break
				}
			}
		}
	}
	if qual == "" && hasAt(rs, q.End, "内") && !hasAt(rs, q.End, "内容") && !hasAt(rs, q.End, "内部") && !hasAt(rs, q.End, "内地") && !hasAt(rs, q.End, "内外") && !hasAt(rs, q.End, "内需") && isDuration(q.Unit) {
		// 两年内, 3个月内, 5个工作日内: within.
		qual = AtMost
		q.End++
	}
	for _, p := range zhSuffixQual {
		if hasAt(rs, q.End, p.s) {
			if p.s == "上下" && q.End+2 < len(rs) && isHan(rs[q.End+2]) {
				break
			}
			if qual == "" || qual == About && p.q == About {
				qual = p.q
			}
			q.End += runeLen(p.s)
			break
		}
	}
	if qual == "" && q.Unit != "" && q.End < len(rs) && (rs[q.End] == '多' || rs[q.End] == '余') &&
		(q.End+1 == len(rs) || !isHan(rs[q.End+1]) || rs[q.End+1] == '来') {
		qual = MoreThan // 一年多
		q.End++
	}
	if qual == "" && approx != "" && !e.isRange {
		qual = approx
	}
	if !e.isRange && qual != "" {
		q.Qualifier = qual
	}
	return q, q.End
}

// zhGrewOneFold reads 一倍 after a verb of growth at rs[i] (增长一倍,
// 增加了一倍多): grown by one fold is doubled, 2 "times" as the English
// writes it (doubled, more than double).
func zhGrewOneFold(rs []rune, i, floor int) (Quantity, bool) {
	if rs[i] != '一' || !hasAt(rs, i+1, "倍") {
		return Quantity{}, false
	}
	s := i
	if s >= 1 && rs[s-1] == '了' {
		s--
	}
	verb := ""
	for _, v := range []string{"增长", "增加", "提高", "扩大", "上升", "翻了", "增長", "提升"} {
		if endsWithAt(rs, s, v) {
			verb = v
			break
		}
	}
	if verb == "" || s-runeLen(verb) < floor {
		return Quantity{}, false
	}
	q := Quantity{Start: i, End: i + 2, Value: 2, Unit: "times", Role: RoleQuantity}
	if hasAt(rs, q.End, "多") {
		q.Qualifier, q.End = MoreThan, q.End+1
	}
	return q, true
}

// zhDoubling reads 翻一番 (double: 2 "times"), 翻两番 (quadruple: 4 times)
// or 翻了一番 with the numeral at rs[i]; a trailing 多 makes it more_than.
func zhDoubling(rs []rune, i, floor int) (Quantity, bool) {
	s := i - 1
	if s >= 1 && rs[s] == '了' {
		s--
	}
	if s < floor || s < 0 || rs[s] != '翻' {
		return Quantity{}, false
	}
	d, ok := hanDigit(rs[i])
	if !ok || d == 0 || d > 6 || i+1 >= len(rs) || rs[i+1] != '番' {
		return Quantity{}, false
	}
	q := Quantity{Start: s, End: i + 2, Value: math.Pow(2, float64(d)), Unit: "times", Role: RoleQuantity}
	if q.End < len(rs) && (rs[q.End] == '多' || rs[q.End] == '以') {
		if rs[q.End] == '多' {
			q.Qualifier, q.End = MoreThan, q.End+1
		} else if hasAt(rs, q.End, "以上") {
			q.Qualifier, q.End = AtLeast, q.End+2
		}
	}
	return q, true
}

// zhClimbVerb reports a verb that takes 上 as its complement (迈上,
// 登上, 跃上 a new level): the number after it is the level reached, not
// 上百 "over a hundred".
func zhClimbVerb(r rune) bool {
	return strings.ContainsRune("迈邁登跃躍踏走站攀冲衝爬升", r)
}

// zhShang reads 上 before a bare scale at rs[i] (上亿, 上千万, 上百家): an
// order of magnitude reached, read as at_least 10^k with the classifier
// that follows ("over 100 million" in translation). 以上 is a qualifier, not
// this. After a verb of climbing (迈上百万亿元) the 上 is the verb's and
// the level is exact.
func zhShang(rs []rune, i, floor int) (Quantity, bool) {
	if i < 1 || rs[i-1] != '上' || i-1 < floor || i >= 2 && (rs[i-2] == '以' || rs[i-2] == '之') {
		return Quantity{}, false
	}
	exp := hanScale(rs[i])
	if u := hanUnit(rs[i]); u >= 2 {
		exp = u
	}
	if exp == 0 {
		return Quantity{}, false
	}
	j := i + 1
	for j < len(rs) && hanScale(rs[j]) > 0 {
		exp += hanScale(rs[j])
		j++
	}
	q := Quantity{Start: i - 1, End: j, Value: math.Pow10(exp), Role: RoleQuantity, Qualifier: AtLeast}
	if i >= 2 && zhClimbVerb(rs[i-2]) {
		q.Start, q.Qualifier = i, Exact
	}
	if hasAt(rs, j, "元") {
		q.Unit, q.End = "元", j+1
	} else if u, k := zhUnitAt(rs, j); u != "" {
		q.Unit, q.End = u, k
	}
	return q, true
}

// hasCapitalNumeral reports a financial (capital) numeral in rs: 壹 贰 叁
// 肆 伍 陆 柒 捌 玖 拾 (and 貳 參 陸). These are also common characters of
// words (登陆, 队伍, 拾起, 肆意).
func hasCapitalNumeral(rs []rune) bool {
	for _, r := range rs {
		switch zhFold(r) {
		case '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟':
			return true
		}
	}
	return false
}

// floor returns the end of the last quantity found.
func floor(out []Quantity) int {
	if len(out) == 0 {
		return 0
	}
	return out[len(out)-1].End
}

// valueOf parses a run of ASCII digits with an optional fraction.
func valueOf(rs []rune) float64 {
	if len(rs) == 0 {
		return 0
	}
	v, _, _, _, ok := scanArabic(rs, 0)
	if !ok {
		return 0
	}
	f, _ := floatOf(v)
	return f
}

// enMonths maps English month names to their number.
var enMonths = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// enMonthAbbrevs maps the abbreviations of English month names (news and
// agency style: Nov. 18, Sept. 30, Dec 8) to their number.
var enMonthAbbrevs = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// enMonthBefore reports a capitalised English month name or its
// abbreviation, with or without a period, just before rs[i] (after
// blanks): the number at i is then the day of a date. It returns the month
// and where its name starts.
func enMonthBefore(rs []rune, i int) (month, start int, ok bool) {
	j := i
	for j > 0 && (rs[j-1] == ' ' || rs[j-1] == '\u00a0') {
		j--
	}
	if j == i {
		return 0, 0, false
	}
	dot := j > 0 && rs[j-1] == '.'
	if dot {
		j--
	}
	w, s := wordBefore(rs, j)
	if w == "" || s >= j || !unicode.IsUpper(rs[s]) || s > 0 && (isLatin(rs[s-1]) || isDigit(rs[s-1])) {
		return 0, 0, false
	}
	if m, ok := enMonths[w]; ok && !dot {
		return m, s, true
	}
	if m, ok := enMonthAbbrevs[w]; ok {
		return m, s, true
	}
	return 0, 0, false
}

// enOrdinalContext are words after which a number is a label, not an
// amount: Article 5, Grade II, No. 1.
var enOrdinalContext = map[string]bool{
	"article": true, "chapter": true, "section": true, "part": true, "grade": true,
	"level": true, "class": true, "phase": true, "stage": true, "no": true, "paragraph": true,
	"item": true, "clause": true, "annex": true, "tier": true, "category": true,
	"type": true, "volume": true, "schedule": true, "number": true, "round": true,
	"articles": true, "chapters": true, "sections": true, "paragraphs": true, "items": true,
	"clauses": true, "grades": true, "parts": true,
	"title": true, "titles": true, "amendment": true, "resolution": true, "proposition": true,
}

// enQual is an English qualifier phrase.
type enQual struct {
	words []string
	q     Qualifier
}

func enQuals(q Qualifier, phrases ...string) []enQual {
	out := make([]enQual, 0, len(phrases))
	for _, p := range phrases {
		out = append(out, enQual{words: strings.Fields(p), q: q})
	}
	return out
}

// enPrefixQual are the English qualifiers written before a number, longest
// first.
var enPrefixQual = func() []enQual {
	var all []enQual
	all = append(all, enQuals(AtLeast, "no fewer than", "not fewer than", "no less than",
		"not less than", "at least", "a minimum of", "minimum of")...)
	all = append(all, enQuals(AtMost, "no more than", "not more than", "not exceeding",
		"no higher than", "not higher than", "no greater than", "at most", "within",
		"within the next", "within the coming",
		"a maximum of", "maximum of", "capped at")...)
	all = append(all, enQuals(MoreThan, "more than", "over", "above", "in excess of",
		"upwards of", "exceeding", "exceeded", "exceeds", "exceed", "surpassing", "surpassed",
		"surpasses", "surpass", "topped", "tops", "greater than", "higher than")...)
	all = append(all, enQuals(LessThan, "less than", "fewer than", "under", "below", "lower than")...)
	all = append(all, enQuals(UpTo, "up to", "as many as", "as much as")...)
	all = append(all, enQuals(About, "about", "around", "approximately", "nearly", "almost",
		"roughly", "some", "close to", "approaching", "approached", "approaches", "an estimated", "estimated")...)
	// Longest first: "no more than" before "more than".
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && len(all[j].words) > len(all[j-1].words); j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	return all
}()

// fromWithin reports the word from among the n words before rs[i].
func fromWithin(rs []rune, i, n int) bool {
	var buf [wordBuf]byte
	for k := 0; k < n; k++ {
		w, s := asciiWordBefore(rs, i, &buf)
		if len(w) == 0 {
			return false
		}
		if string(w) == "from" {
			return true
		}
		i = s
	}
	return false
}

// enQualLast are the last words of the English prefix qualifiers (than,
// least, over …): enPrefixAt can match only after one of them.
var enQualLast = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range enPrefixQual {
		m[p.words[len(p.words)-1]] = true
	}
	return m
}()

// enSuffixQual are the English qualifiers written after a number.
var enSuffixQual = func() []enQual {
	var all []enQual
	all = append(all, enQuals(AtLeast, "or more", "or above", "and above", "or higher", "or over", "plus")...)
	all = append(all, enQuals(AtMost, "or less", "or fewer", "or below", "and below", "or under")...)
	all = append(all, enQuals(About, "or so")...)
	return all
}()

// enPrefixAt matches an English qualifier ending just before rs[i]; it
// returns the qualifier and its start.
func enPrefixAt(rs []rune, i int) (Qualifier, int) {
	for _, p := range enPrefixQual {
		j := i
		ok := true
		for k := len(p.words) - 1; k >= 0; k-- {
			w, s := wordBefore(rs, j)
			if w != p.words[k] || s == j || (k == len(p.words)-1 && s == i) {
				ok = false
				break
			}
			if s > 0 && isLatin(rs[s-1]) {
				ok = false
				break
			}
			j = s
		}
		if ok {
			return p.q, j
		}
	}
	return "", i
}

// enQualFiller are the words that may stand between an English qualifier
// and its number: at least another 2,000 kilometers, more than an
// additional 300.
var enQualFiller = map[string]bool{
	"another": true, "additional": true, "further": true, "extra": true, "a": true, "an": true,
}

// enPrefixAcross matches an English qualifier before rs[i], directly or
// across up to two filler words (at least another 2,000).
func enPrefixAcross(rs []rune, i int) (Qualifier, int) {
	var buf [wordBuf]byte
	j := i
	for k := 0; k <= 2; k++ {
		if qual, s := enPrefixAt(rs, j); qual != "" {
			return qual, s
		}
		w, s := asciiWordBefore(rs, j, &buf)
		if !enQualFiller[string(w)] || s == j || s > 0 && isLatin(rs[s-1]) {
			break
		}
		j = s
	}
	return "", i
}

// enSuffixAt matches an English qualifier starting after blanks at rs[j].
func enSuffixAt(rs []rune, j int) (Qualifier, int) {
	for _, p := range enSuffixQual {
		k := j
		ok := true
		for _, want := range p.words {
			n := skipSpace(rs, k)
			if n == k && k != j {
				ok = false
				break
			}
			w, e := wordAt(rs, n)
			if w != want || n == j && j < len(rs) && rs[j] != ' ' {
				ok = false
				break
			}
			k = e
		}
		if ok && (k == len(rs) || !isLatin(rs[k])) && !(p.words[0] == "and" && enNumberAfter(rs, k)) {
			// above 1000 and below 1500: "and below" before a number
			// starts the next bound, it does not qualify this one.
			return p.q, k
		}
	}
	return "", j
}

// enStop are words that end the noun phrase after a number.
var enStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`of for to in on at by with from and or but that which who whom
		whose as than per each will would shall should can could may might must is are was were be
		been being have has had do does did this these those the a an our their its his her we they
		it there here most less such so very also not no into over under between among across
		through during within without about after before since until up down out off all both
		year-on-year respectively compared when where while if than whereas including like against
		towards toward via upon onto beyond despite along amid throughout because nationwide annually
		every last next ago yet still just now then thus hence already themselves them us itself
		ourselves you i he she what how why whether`) {
		m[w] = true
	}
	return m
}()

// enHead returns the counted noun after an English number: the last word of
// the noun phrase that starts at rs[j], skipping adjectives and modifiers
// (260,000 urban jobs → jobs; three months' supply → months).
func enHead(rs []rune, j int) (head string, capital bool) {
	for n := 0; n < 5; n++ {
		k := skipSpace(rs, j)
		if k == j && n > 0 || k >= len(rs) || !isLatin(rs[k]) {
			break
		}
		e := k
		for e < len(rs) && (isLatin(rs[e]) || (rs[e] == '-' || rs[e] == '\'' || rs[e] == '’') && e+1 < len(rs) && isLatin(rs[e+1])) {
			e++
		}
		w := strings.ToLower(string(rs[k:e]))
		possessive := e < len(rs) && (rs[e] == '\'' || rs[e] == '’') && strings.HasSuffix(w, "s")
		if enStop[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				head = w[:len(w)-len("'s")]
				if strings.HasSuffix(w, "’s") {
					head = w[:len(w)-len("’s")]
				}
			}
			break
		}
		// A participle after a plural noun starts a modifier: individuals
		// facing challenges, jobs created; before it, it is part of the
		// noun phrase: subsidized housing units.
		plural := strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
		if plural && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
			// The plural ends a compound: metric tons | further.
			break
		}
		if head != "" && (plural && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || strings.HasSuffix(w, "ly") && !strings.Contains(w, "-")) {
			break
		}
		if !(strings.HasSuffix(w, "ly") && !strings.Contains(w, "-") && head == "") {
			head, capital = w, unicode.IsUpper(rs[k])
		}
		j = e
		if possessive {
			break
		}
		if e < len(rs) && rs[e] != ' ' {
			break
		}
	}
	return head, capital
}

// romanValue parses an upper-case Roman numeral (I to MMM).
func romanValue(s string) (int, bool) {
	vals := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		case 'D':
			return 500
		case 'M':
			return 1000
		}
		return 0
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals(s[i])
		if v == 0 {
			return 0, false
		}
		if i+1 < len(s) && vals(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total > 3999 || toRoman(total) != s {
		return 0, false
	}
	return total, true
}

// toRoman writes n in canonical Roman numerals.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
		{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// enQuantities scans English text.
func enQuantities(rs []rune) []Quantity {
	var out []Quantity
	for i := 0; i < len(rs); {
		r := rs[i]
		if q, next, ok := footnoteMark(rs, i); ok {
			if q.End > q.Start {
				out = append(out, q)
			}
			i = next
			continue
		}
		switch {
		case isDigit(r) || r == '$' || r == '¥' || r == '￥':
			q, next := enOne(rs, i, floor(out))
			if q.End > q.Start && q.Start >= floor(out) {
				out = append(out, enSigned(rs, q, out))
			}
			if next <= i {
				next = i + 1
			}
			i = next
			continue
		case isLatin(r) && (i == 0 || !isLatin(rs[i-1]) && !isDigit(rs[i-1])):
			if _, j := enGluedCurrency(rs, i); j > i {
				// RMB45 billion, HK$3 million: a currency, not a name.
				q, next := enOne(rs, i, floor(out))
				if q.End > q.Start && q.Start >= floor(out) {
					out = append(out, q)
				}
				i = max(next, j)
				continue
			}
			k := wordEnd(rs, i)
			if k == i {
				// A non-ASCII letter: not a number word.
				i++
				continue
			}
			if k-i > 11 {
				// Longer than any number word (seventeenth).
				i = k
				continue
			}
			w, _ := wordAt(rs, i)
			if k < len(rs) && (isDigit(rs[k]) || rs[k] >= 0x80 && isLatin(rs[k])) {
				i = k
				continue
			}
			if q, ok := enRoman(rs, i, k); ok {
				out = append(out, q)
				i = q.End
				continue
			}
			if q, ok := enTwice(rs, i, k, w, floor(out)); ok {
				out = append(out, q)
				i = q.End
				continue
			}
			if q, ok := enOneInN(rs, i, floor(out)); ok {
				out = append(out, q)
				i = q.End
				continue
			}
			if w == "double" || w == "doubled" || w == "doubling" {
				if q, ok := enDouble(rs, i, k, w, floor(out)); ok {
					out = append(out, q)
					i = q.End
					continue
				}
			}
			if enStarts(rs, w, k) {
				q, next := enOne(rs, i, floor(out))
				if q.End > q.Start && q.Start >= floor(out) {
					out = append(out, enSigned(rs, q, out))
				}
				if next <= i {
					next = k
				}
				i = next
				continue
			}
			i = k
			continue
		}
		i++
	}
	return out
}

// enSigned applies a minus sign or word before an English amount and reads
// the direction of its change.
func enSigned(rs []rune, q Quantity, out []Quantity) Quantity {
	q = applySign(rs, q, floor(out), English)
	if q.Role == RoleQuantity {
		q.Direction = enDirection(rs, q.Start, q.End, q.Unit)
		q.Change = changeOf(rs, q, lastOf(out), English)
	}
	return q
}

// enHalf reads "half" at rs[i:k]: half a million is 500000; more than half
// (of) is the fraction 0.5, like 一半; the first half (of the year) is not a
// number.
func enHalf(rs []rune, i, k int, prev string, floor int) (Quantity, int) {
	switch prev {
	case "first", "second", "latter", "former", "other", "a", "one", "and":
		return Quantity{}, k
	}
	if k < len(rs) && rs[k] == '-' {
		return Quantity{}, k // half-year, half-hearted
	}
	q := Quantity{Start: i, End: k, Value: 0.5, Unit: "fraction", Role: RoleQuantity}
	n := skipSpace(rs, k)
	if w, k2 := wordAt(rs, n); w == "a" || w == "an" {
		m := skipSpace(rs, k2)
		if w2, k3 := wordAt(rs, m); enScale[w2] > 2 {
			q.Value, q.Unit, q.End = 0.5*math.Pow(10, float64(enScale[w2])), "", k3
			q.Unit, _ = enHead(rs, k3)
		}
	}
	if qual, s := enPrefixAt(rs, i); qual != "" && s >= floor {
		q.Qualifier, q.Start = qual, s
	}
	return q, q.End
}

// enDouble reads the verb double (double the 2010 GDP, will double,
// doubled) at rs[i:k] as 2 "times". The adjective (double taxation,
// double-digit, a double first-class) is not a number: "double" counts only
// before a determiner, or after a modal or adverb at the end of a clause.
func enDouble(rs []rune, i, k int, w string, floor int) (Quantity, bool) {
	if k < len(rs) && (rs[k] == '-' || isDigit(rs[k])) || i > 0 && rs[i-1] == '-' {
		return Quantity{}, false
	}
	prev, _ := wordBefore(rs, i)
	if prev == "a" || prev == "the" || prev == "an" {
		return Quantity{}, false
	}
	n := skipSpace(rs, k)
	next, _ := wordAt(rs, n)
	if w == "double" {
		switch next {
		case "the", "its", "their", "our", "this", "that", "these", "those", "his", "her":
		case "":
			switch prev {
			case "will", "would", "to", "shall", "should", "must", "can", "could", "nearly", "almost",
				"roughly", "basically", "more", "than", "and":
			default:
				return Quantity{}, false
			}
		default:
			return Quantity{}, false
		}
	}
	q := Quantity{Start: i, End: k, Value: 2, Unit: "times", Role: RoleQuantity}
	if qual, s := enPrefixAt(rs, i); qual != "" && s >= floor {
		q.Qualifier, q.Start = qual, s
	}
	return q, true
}

// enTwice reads "twice" at rs[i:k] as 2 "times", a count class that
// takes in 2倍 (twice as likely) and 两次 (met twice) alike.
func enTwice(rs []rune, i, k int, w string, floor int) (Quantity, bool) {
	if w != "twice" {
		return Quantity{}, false
	}
	q := Quantity{Start: i, End: k, Value: 2, Unit: "times", Role: RoleQuantity}
	if qual, s := enPrefixAt(rs, i); qual != "" && s >= floor {
		q.Qualifier, q.Start = qual, s
	}
	return q, true
}

// enOneInN reads a share written "one in four", "six-in-ten", "1 in 5" at
// rs[i] as the fraction a/b, like 四分之一 and 六成. Both numbers are small
// (a number word or up to three digits) and a < b.
func enOneInN(rs []rune, i, floor int) (Quantity, bool) {
	a, j, ok := enSmallAt(rs, i)
	if !ok || j >= len(rs) || rs[j] != ' ' && rs[j] != '-' {
		return Quantity{}, false
	}
	sep := rs[j]
	w, k := wordAt(rs, j+1)
	if w != "in" || k >= len(rs) || rs[k] != sep {
		return Quantity{}, false
	}
	b, end, ok := enSmallAt(rs, k+1)
	if !ok || a == 0 || a >= b || end < len(rs) && (isLatin(rs[end]) || isDigit(rs[end])) {
		return Quantity{}, false
	}
	q := Quantity{Start: i, End: end, Value: float64(a) / float64(b), Unit: "fraction", Role: RoleQuantity}
	if qual, s := enPrefixAt(rs, i); qual != "" && s >= floor {
		q.Qualifier, q.Start = qual, s
	}
	return q, true
}

// enSmallAt reads a number word (one … twenty) or one to three ASCII digits
// at rs[i], and where it ends.
func enSmallAt(rs []rune, i int) (uint64, int, bool) {
	if i >= len(rs) {
		return 0, i, false
	}
	if isDigit(rs[i]) {
		j, v := i, uint64(0)
		for j < len(rs) && isDigit(rs[j]) && j-i < 3 {
			v = v*10 + uint64(digitValue(rs[j]))
			j++
		}
		if j < len(rs) && (isDigit(rs[j]) || rs[j] == '.' || rs[j] == ',') {
			return 0, i, false
		}
		return v, j, true
	}
	w, k := wordAt(rs, i)
	v, ok := enSmall[w]
	if !ok || k == i || i > 0 && isLatin(rs[i-1]) {
		return 0, i, false
	}
	return v, k, true
}

// enStarts reports whether the word w ending at rs[k] can start a number.
func enStarts(rs []rune, w string, k int) bool {
	if _, ok := enSmall[w]; ok {
		return true
	}
	if _, ok := enOrdinal[w]; ok {
		return true
	}
	if w == "half" {
		return true
	}
	switch w {
	case "a", "an", "between", "rmb", "cny", "us":
	default:
		return false
	}
	n := skipSpace(rs, k)
	w2, _ := wordAt(rs, n)
	switch w {
	case "a", "an":
		if d, _ := enFractionWord(rs, n); d > 2 && n > k {
			return true // a third, a quarter
		}
		return enScale[w2] > 0 || w2 == "dozen"
	case "between":
		return n < len(rs) && (isDigit(rs[n]) || enSmall[w2] > 0)
	case "rmb", "cny":
		return n < len(rs) && isDigit(rs[n])
	case "us":
		return hasAt(rs, k, "$")
	}
	return false
}

// enRoman reads an upper-case Roman numeral word rs[i:k] used as a heading
// number (II Major Tasks, IV. ...) or a label (Grade II).
func enRoman(rs []rune, i, k int) (Quantity, bool) {
	for _, r := range rs[i:k] {
		if !strings.ContainsRune("IVXLCDM", r) {
			return Quantity{}, false
		}
	}
	s := string(rs[i:k])
	v, ok := romanValue(s)
	if !ok {
		return Quantity{}, false
	}
	if atLineStart(rs, i) && k < len(rs) && (rs[k] == '.' || rs[k] == ' ' && s != "I" || rs[k] == '、') {
		end := k
		if rs[k] == '.' || rs[k] == '、' {
			end++
		}
		return Quantity{Start: i, End: end, Value: float64(v), Role: RoleListMarker}, true
	}
	if w, _ := wordBefore(rs, i); enOrdinalContext[w] && s != "I" {
		return Quantity{Start: i, End: k, Value: float64(v), Role: RoleOrdinal}, true
	}
	return Quantity{}, false
}

// enOne reads the English number at rs[i]. It returns the quantity (End ==
// Start when there is none) and where to continue.
//
// Nothing before floor (the end of the previous quantity) may be taken
// into the span.
func enOne(rs []rune, i, floor int) (Quantity, int) {
	none := Quantity{}
	// Digits glued to letters: areas17 (a footnote), G20, PM2.5, COVID-19.
	if isDigit(rs[i]) && i > 0 && (isLatin(rs[i-1]) || rs[i-1] == '-' && i > 1 && isLatin(rs[i-2])) {
		j := i
		for j < len(rs) && (isDigit(rs[j]) || rs[j] == '.' && j+1 < len(rs) && isDigit(rs[j+1]) && rs[i-1] != '-' && !unicode.IsLower(rs[i-1])) {
			j++
		}
		s := i
		for s > 0 && isLatin(rs[s-1]) {
			s--
		}
		word := string(rs[s:i])
		if rs[i-1] != '-' && i-s >= 2 && strings.ToLower(word) == word && (j == len(rs) || !isLatin(rs[j])) {
			return Quantity{Start: i, End: j, Value: valueOf(rs[i:j]), Role: RoleFootnoteRef}, j
		}
		if rs[i-1] == '-' {
			for s = i - 1; s > 0 && (isLatin(rs[s-1]) || rs[s-1] == '-' || rs[s-1] == '\'' || rs[s-1] == '’'); s-- {
			}
		}
		for j < len(rs) && (isLatin(rs[j]) || isDigit(rs[j])) {
			j++
		}
		return Quantity{Start: s, End: j, Value: valueOf(rs[i:minEnd(i, j, rs)]), Role: RoleName}, j
	}
	if q, ok := enSlashName(rs, i); ok {
		return q, q.End
	}
	if q, ok := enOneInN(rs, i, floor); ok {
		return q, q.End
	}
	prev, prevStart := wordBefore(rs, i)
	if w, k := wordAt(rs, i); w == "half" {
		return enHalf(rs, i, k, prev, floor)
	}
	// from over 9,000 to 25,000: a baseline and a target, not a range,
	// also with a qualifier between from and the number.
	fromWord := prev
	if enQualLast[prev] && fromWithin(rs, i, 4) {
		if qual, s := enPrefixAt(rs, i); qual != "" {
			fromWord, _ = wordBefore(rs, s)
		}
	}
	allowTo := fromWord != "from" || i+4 <= len(rs) && isDigit(rs[i]) && groupAt4(rs, i)
	e, ok := scanENExpr(rs, i, allowTo)
	if ok && e.err == nil && allowTo && enYearToAmount(e) {
		e, ok = scanENExpr(rs, i, false)
	}
	if !ok {
		_, k := wordAt(rs, i)
		return none, k
	}
	if e.err != nil {
		j := e.errAt
		for j < len(rs) && (isDigit(rs[j]) || rs[j] == ',' || rs[j] == '.') {
			j++
		}
		return none, j
	}
	q, okF := e.quantity()
	if !okF {
		return none, e.end
	}
	lo, hi := q.Value, q.Upper
	firstWord := ""
	if e.words {
		firstWord, _ = wordAt(rs, e.start)
	}
	if e.frac && (firstWord == "a" || firstWord == "an") {
		// a third of, over a third: a fraction; a third child, a quarter
		// century: an ordinal or a period.
		n := skipSpace(rs, e.end)
		if w, _ := wordAt(rs, n); w != "" && !enStop[w] {
			_, k := wordAt(rs, i)
			return none, k
		}
	}
	// Digits glued to a following letter: 5G, 3D, 1990s.
	if !e.words && !e.ordinal && e.end < len(rs) && isLatin(rs[e.end]) {
		j := e.end
		for j < len(rs) && (isLatin(rs[j]) || isDigit(rs[j])) {
			j++
		}
		return Quantity{Start: e.start, End: j, Value: lo, Role: RoleName}, j
	}
	// Hyphenated compounds: three-year (a quantity), Five-Year Plan (a name),
	// one-stop, first-home (not numbers).
	if e.end+1 < len(rs) && rs[e.end] == '-' && isLatin(rs[e.end+1]) {
		w2, k2 := wordAt(rs, e.end+1)
		switch {
		case unicode.IsUpper(rs[e.start]) && unicode.IsUpper(rs[e.end+1]) && e.words:
			return Quantity{Start: e.start, End: k2, Value: lo, Role: RoleName}, k2
		case w2 == "year" && enOrdinalBefore(rs, e.start) && strings.HasPrefix(nextWord(rs, k2), "plan"):
			// the 13th five-year plan, the seventh five-year plan: a name.
			return Quantity{Start: e.start, End: k2, Value: lo, Role: RoleName}, k2
		case !e.ordinal && (w2 == "year" || w2 == "month" || w2 == "day" || w2 == "week" || w2 == "hour" || w2 == "minute" || w2 == "fold" || w2 == "kilometer" || w2 == "kilometre" || w2 == "meter" || w2 == "metre"):
			q.End, q.Unit = k2, w2
			return q, k2
		case e.words || e.ordinal:
			return none, k2
		}
	}
	// Pronoun and idiom uses of one and second.
	if e.words && !e.isRange && e.end-e.start == len([]rune(firstWord)) {
		next, _ := wordAt(rs, skipSpace(rs, e.end))
		switch firstWord {
		case "one":
			if prev == "no" || prev == "the" || prev == "this" || prev == "that" || prev == "every" ||
				prev == "any" || prev == "each" || prev == "which" || prev == "only" || prev == "same" ||
				next == "of" || next == "another" || next == "by" || next == "and" || next == "or" ||
				next == "another's" || next == "that" || next == "which" || next == "who" || e.end == len(rs) || !isLatin(rs[minIdx(skipSpace(rs, e.end), len(rs)-1)]) {
				return none, e.end
			}
		case "zero":
			if e.unit != "%" && e.unit != "pp" {
				return none, e.end
			}
		case "second":
			if prev == "a" || prev == "per" || prev == "every" || next == "to" {
				return none, e.end
			}
		}
	}
	// Dates: January 21, 21 January; March 2019 is a year.
	if !e.isRange && e.unit == "" && (e.plain || e.ordinal && !e.words) {
		if m, s, ok := enMonthBefore(rs, i); ok && s >= floor && integral(lo, 1, 31) {
			q.Start, q.Role, q.Value = s, RoleDate, float64(m*100)+lo
			return q, q.End
		}
		n := skipSpace(rs, e.end)
		if w, k := wordAt(rs, n); n > e.end && enMonths[w] > 0 && unicode.IsUpper(rs[n]) && integral(lo, 1, 31) {
			q.End, q.Role, q.Value = k, RoleDate, float64(enMonths[w]*100)+lo
			return q, k
		}
	}
	// Ordinals and list markers: Sixteenth, 13th, Tenth, at a heading.
	if e.ordinal {
		q.Role, q.Qualifier, q.Upper = RoleOrdinal, "", 0
		if e.end < len(rs) && rs[e.end] == ',' && unicode.IsUpper(rs[e.start]) && atClauseStart(rs, e.start) {
			q.Role = RoleListMarker
			q.End = e.end + 1
		}
		return q, q.End
	}
	if enOrdinalContext[prev] && e.words && !e.isRange && e.unit == "" && (prev == "phase" || prev == "level" || prev == "stage" || prev == "tier" || prev == "grade" || prev == "class") {
		// phase one, Level One.
		if n := skipSpace(rs, e.end); n == e.end || !unicode.IsLower(rs[minIdx(n, len(rs)-1)]) || prevStart > 0 && unicode.IsUpper(rs[prevStart]) {
			q.Role = RoleOrdinal
			return q, q.End
		}
	}
	if enOrdinalContext[prev] && e.plain && !e.isRange {
		if prev != "no" || i > 0 && rs[i-1] == ' ' && prevStart+2 < len(rs) && rs[prevStart+2] == '.' {
			q.Role = RoleOrdinal
			return q, q.End
		}
	}
	// List markers: 1. at the start of a line, (1), 1).
	if e.plain && !e.isRange && e.unit == "" {
		if atLineStart(rs, e.start) && e.end < len(rs) && (rs[e.end] == '.' || rs[e.end] == ')' || rs[e.end] == '、') {
			q.End, q.Role = e.end+1, RoleListMarker
			return q, q.End
		}
		if e.start > 0 && (rs[e.start-1] == '(' || rs[e.start-1] == '（') && e.end < len(rs) && (rs[e.end] == ')' || rs[e.end] == '）') {
			q.Start, q.End, q.Role = e.start-1, e.end+1, RoleListMarker
			return q, q.End
		}
	}
	head, capital := "", false
	if e.unit == "" {
		at := e.end
		// 50 million plus new urban jobs: plus is a qualifier, the noun
		// follows it.
		if n := skipSpace(rs, at); n > at {
			if w, k := wordAt(rs, n); w == "plus" && !enNumberAfter(rs, k) {
				at = k
			}
		}
		head, capital = enHead(rs, at)
		if u, _ := enUnitPhraseAt(rs, at); u != "" {
			head, capital = u, false // U.S. dollars, square kilometers
		}
	}
	// Capitalised number words inside a sentence before a capitalised noun
	// name a slogan or policy: One Country, Two Systems.
	if e.words && !e.isRange && unicode.IsUpper(rs[e.start]) && capital && !atClauseStart(rs, e.start) {
		q.Role, q.Unit, q.Qualifier = RoleName, "", ""
		return q, q.End
	}
	// Years: in 2024, 2016-2020; but 2000 beds is a count.
	if e.plain && e.digits == 4 && e.unit == "" && integral(lo, 1000, 2200) {
		plural := strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !capital
		qual, _ := enPrefixAt(rs, e.start)
		if e.isRange && integral(hi, 1000, 2200) && hi > lo || !e.isRange && !plural && qual == "" {
			q.Role = RoleYear
			if !e.isRange {
				q.Qualifier = ""
			}
			return q, q.End
		}
	}
	// from 9.8 to 7.5 percent: the first number takes the percent or
	// currency of the second.
	if q.Unit == "" && fromWord == "from" && !e.isRange {
		n := skipSpace(rs, e.end)
		if w, k := wordAt(rs, n); w == "to" && n > e.end {
			k = skipSpace(rs, k)
			if k < len(rs) && k > n+2 {
				if f, okF := scanENExpr(rs, k, false); okF && f.err == nil && f.unit != "" {
					q.Unit = f.unit
				}
			}
		}
	}
	if q.Unit == "" {
		q.Unit = head
	}
	// One with no counted noun is a pronoun: work together as one.
	if firstWord == "one" && e.end-e.start == 3 && q.Unit == "" {
		return none, e.end
	}
	if !e.isRange {
		if qual, s := enPrefixAcross(rs, e.start); qual != "" && s >= floor {
			q.Qualifier, q.Start = qual, s
		} else if enNotEven(rs, e.start) {
			q.Qualifier = LessThan
		}
	}
	if q.Qualifier == "" && !e.isRange && (q.Unit == "mark" || q.Unit == "threshold") && prev == "the" {
		// passing the 100 million mark, surpassed the 150-million mark.
		if v, s := wordBefore(rs, prevStart); enPassVerbs[v] && s >= floor {
			q.Qualifier, q.Start = MoreThan, s
		}
	}
	if qual, k := enSuffixAt(rs, q.End); qual != "" && !e.isRange {
		if q.Qualifier == "" {
			q.Qualifier = qual
		}
		q.End = k
	}
	return q, q.End
}

// enSlashName reads digit groups joined by slashes at rs[i] (9/11, 24/7,
// 3/15/2021) as one name or date, not as separate amounts: report prose
// writes its fractions in words (one-third), and the Chinese gives such a
// name as “9·11”.
func enSlashName(rs []rune, i int) (Quantity, bool) {
	if !isDigit(rs[i]) || i > 0 && (isDigit(rs[i-1]) || rs[i-1] == '/') {
		return Quantity{}, false
	}
	j, slashes := i, 0
	for j < len(rs) && (isDigit(rs[j]) || rs[j] == '/' && j+1 < len(rs) && isDigit(rs[j+1]) && isDigit(rs[j-1])) {
		if rs[j] == '/' {
			slashes++
		}
		j++
	}
	if slashes == 0 {
		return Quantity{}, false
	}
	return Quantity{Start: i, End: j, Value: valueOf(rs[i:minEnd(i, j, rs)]), Role: RoleName}, true
}

// enYearToAmount reports a range read from a year to an amount: "from
// 39,558 in 2019 to 43,643 in 2020" is a change between two years, and
// "2019 to 43,643" no range, since a range joins like with like.
func enYearToAmount(e expr) bool {
	if !e.isRange || !e.plain || e.digits != 4 {
		return false
	}
	lo, okLo := floatOf(e.lo)
	hi, okHi := floatOf(e.hi)
	return okLo && okHi && integral(lo, 1000, 2200) && !integral(hi, 1000, 2200) && hi > 0
}

// enNotEven reports "even" before rs[i] negated a word or two before it
// (have not had even 5 percent, not even 10): the number is a ceiling not
// reached, like 不到5%.
func enNotEven(rs []rune, i int) bool {
	w, s := wordBefore(rs, i)
	if w != "even" {
		return false
	}
	for range 3 {
		w, s = wordBefore(rs, s)
		switch {
		case w == "not" || w == "never" || w == "t" && s > 0 && (rs[s-1] == '\'' || rs[s-1] == '’'):
			return true
		case w == "":
			return false
		}
	}
	return false
}

// enNumberAfter reports whether a number (digits or a number word) follows
// rs[k] after blanks: 3 plus 2.
func enNumberAfter(rs []rune, k int) bool {
	n := skipSpace(rs, k)
	if n < len(rs) && (isDigit(rs[n]) || rs[n] == '$') {
		return true
	}
	w, _ := wordAt(rs, n)
	_, small := enSmall[w]
	return small || w == "rmb"
}

// enOrdinalBefore reports an ordinal (13th, seventh) just before rs[i].
func enOrdinalBefore(rs []rune, i int) bool {
	w, s := wordBefore(rs, i)
	if _, ok := enOrdinal[w]; ok {
		return true
	}
	return (w == "th" || w == "st" || w == "nd" || w == "rd") && s > 0 && isDigit(rs[s-1])
}

// nextWord returns the lower-cased word after blanks at rs[k].
func nextWord(rs []rune, k int) string {
	w, _ := wordAt(rs, skipSpace(rs, k))
	return w
}

// enPassVerbs are the verbs of "passing the 100 million mark": the number
// is a floor passed.
var enPassVerbs = map[string]bool{
	"passing": true, "passed": true, "surpassing": true, "surpassed": true, "exceeding": true,
	"exceeded": true, "topping": true, "topped": true, "crossing": true, "crossed": true,
	"breaking": true, "broke": true, "past": true, "beyond": true,
}

// groupAt4 reports four ASCII digits at rs[i:] not followed by a digit.
func groupAt4(rs []rune, i int) bool {
	return i+4 <= len(rs) && isDigit(rs[i]) && groupAt(rs, i+1)
}

func minEnd(i, j int, rs []rune) int {
	k := i
	for k < j && (isDigit(rs[k]) || rs[k] == '.') {
		k++
	}
	return k
}

func minIdx(a, b int) int {
	if a < b {
		return a
	}
	return b
}
