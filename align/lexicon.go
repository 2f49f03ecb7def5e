package align

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// LexiconAnchors returns the lexical anchors of text: the keys of the terms
// of a built-in Chinese–English lexicon of official reports (government
// work reports, plans, white papers, annual reports, laws) found in text,
// whatever its language. A Chinese term and its English equivalents give
// the same key: 贸易, "trade" and "trading" give "t:trade"; 自由贸易区, "free
// trade zone" and "FTA" give "t:fta". Latin acronyms and alphanumeric
// tokens are matched against the English forms wherever they are written
// ("GDP" in Chinese text gives "t:gdp", as 国内生产总值 does); those the
// lexicon does not know give "l:" and the token in upper case ("ASEAN" →
// "l:ASEAN", "H7N9" → "l:H7N9", "X2.5" → "l:X2.5"), in Chinese and in
// English text alike.
//
// Each key is returned once per text, in the order of its first
// occurrence: the aligner weights an anchor by the number of segments
// holding it, and counts a repeated key once per repetition on both sides,
// but Chinese and English repeat a term a different number of times (the
// English says "it", the Chinese repeats 改革), so repetitions say little
// and would reward beads that swallow a neighbour for its repeated words.
//
// Matching is leftmost-longest and non-overlapping in both languages:
// 自由贸易区 gives "t:fta" and not also "t:trade", as "free trade zone"
// does. Chinese terms match as substrings; English forms match whole words,
// case-insensitively, after a light normalisation of each word (plural
// endings and a possessive 's are dropped: "policies" matches "policy");
// other inflections are listed in the lexicon, or written as a stem ending
// in "*" that matches any word it begins ("innovat*"). A Latin token
// counts as an acronym when it has at least two characters and is written
// in capitals, mixes letters and digits, or has a capital inside it
// ("WeChat"); in an English text whose words are mostly capitals (a
// heading set in capitals) only the alphanumeric ones count.
//
// LexiconAnchors is linear in the length of text and safe for concurrent
// use. Pass it, with NumberAnchors, as Config.Anchors or Segment.Anchors.
func LexiconAnchors(text string) []string {
	found := lexLoad().hits(text)
	if len(found) == 0 {
		return nil
	}
	out := make([]string, 0, len(found))
	for _, h := range found {
		if !slices.Contains(out, h.key) {
			out = append(out, h.key)
		}
	}
	return out
}

// hits returns every term found in text, in text order.
func (lx *lexicon) hits(text string) []lexHit {
	var found []lexHit
	found = lx.matchHan(text, found)
	found = lx.matchLatin(text, found)
	slices.SortStableFunc(found, func(a, b lexHit) int { return a.pos - b.pos })
	return found
}

// lexHit is one term found: its key and its byte offset in the text.
type lexHit struct {
	pos int
	key string
}

// lexicon is the compiled lexicon: Chinese terms by first rune, longest
// first, and English forms as a trie of normalised words.
type lexicon struct {
	han  map[rune][]lexHan
	root *lexNode
}

// lexHan is one Chinese term and its key ("" for a blocker: a word that
// consumes its characters without giving a key, such as 水平 against 水).
type lexHan struct {
	term string
	keys []string
}

// lexNode is a node of the English word trie.
type lexNode struct {
	next  map[string]*lexNode // by normalised word
	stems []lexStem           // words matched by prefix
	keys  []string            // the keys of the form ending here
	end   bool                // a form ends here (no keys for a blocker)
}

// lexStem is a trie edge taken by any word beginning with prefix.
type lexStem struct {
	prefix string
	node   *lexNode
}

var (
	lexOnce     sync.Once
	lexCompiled *lexicon
)

// lexLoad compiles the lexicon table once.
func lexLoad() *lexicon {
	lexOnce.Do(func() { lexCompiled = lexCompile(lexTable[:]) })
	return lexCompiled
}

// lexCompile builds the matchers of a table.
func lexCompile(table []lexEntry) *lexicon {
	lx := &lexicon{han: map[rune][]lexHan{}, root: &lexNode{}}
	for _, e := range table {
		var keys []string
		for _, k := range strings.Fields(e.key) {
			keys = append(keys, "t:"+k)
		}
		for _, term := range lexSplit(e.zh) {
			r, _ := utf8.DecodeRuneInString(term)
			lx.han[r] = append(lx.han[r], lexHan{term: term, keys: keys})
		}
		for _, form := range lexSplit(e.en) {
			lx.addForm(form, keys)
		}
	}
	for r, list := range lx.han {
		slices.SortStableFunc(list, func(a, b lexHan) int { return len(b.term) - len(a.term) })
		lx.han[r] = list
	}
	return lx
}

// lexSplit splits a "|"-separated list, dropping empty items.
func lexSplit(s string) []string {
	var out []string
	for _, f := range strings.Split(s, "|") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// addForm adds an English form (words separated by spaces or
// punctuation; a word ending in "*" is a stem) to the trie. The first form
// listed for a word sequence wins.
func (lx *lexicon) addForm(form string, keys []string) {
	n := lx.root
	for _, w := range lexFormWords(form) {
		if p, ok := strings.CutSuffix(w, "*"); ok {
			var child *lexNode
			for _, s := range n.stems {
				if s.prefix == p {
					child = s.node
				}
			}
			if child == nil {
				child = &lexNode{}
				n.stems = append(n.stems, lexStem{prefix: p, node: child})
			}
			n = child
			continue
		}
		if n.next == nil {
			n.next = map[string]*lexNode{}
		}
		child := n.next[w]
		if child == nil {
			child = &lexNode{}
			n.next[w] = child
		}
		n = child
	}
	if !n.end {
		n.end, n.keys = true, keys
	}
}

// lexFormWords splits an English form of the lexicon into normalised
// words, as the text's words are normalised; stems keep their "*".
func lexFormWords(form string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(form), func(r rune) bool {
		return !lexAlnum(r) && r != '*' && r != '.'
	}) {
		switch {
		case w == "s":
			// the possessive of "people's", written apart
		case strings.HasSuffix(w, "*"):
			out = append(out, w)
		default:
			out = append(out, lexNorm(w))
		}
	}
	return out
}

// matchHan appends the Chinese terms of text, leftmost-longest.
func (lx *lexicon) matchHan(text string, found []lexHit) []lexHit {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r < utf8.RuneSelf {
			i += size
			continue
		}
		step := size
		for _, c := range lx.han[r] {
			if strings.HasPrefix(text[i:], c.term) {
				for _, k := range c.keys {
					found = append(found, lexHit{pos: i, key: k})
				}
				step = len(c.term)
				break
			}
		}
		i += step
	}
	return found
}

// lexToken is one Latin word of a text.
type lexToken struct {
	pos  int    // byte offset
	raw  string // as written, full-width letters folded
	low  string // lower case, possessive dropped
	norm string // low, plural ending dropped
}

// matchLatin appends the English forms and the acronyms of text.
func (lx *lexicon) matchLatin(text string, found []lexHit) []lexHit {
	toks, han := lexTokens(text)
	if len(toks) == 0 {
		return found
	}
	shouting := false
	if !han {
		caps, lower := 0, 0
		for _, t := range toks {
			switch {
			case lexAllCaps(t.raw):
				caps++
			case strings.ContainsFunc(t.raw, unicode.IsLower):
				lower++
			}
		}
		shouting = caps >= 3 && caps > lower
	}
	for i := 0; i < len(toks); {
		keys, n := lx.longest(toks[i:])
		if n > 0 {
			for _, k := range keys {
				found = append(found, lexHit{pos: toks[i].pos, key: k})
			}
			i += n
			continue
		}
		if k := lexAcronym(toks[i].raw, shouting); k != "" {
			found = append(found, lexHit{pos: toks[i].pos, key: k})
		}
		i++
	}
	return found
}

// longest returns the keys and the length in words of the longest form
// starting at toks[0]; 0 words when none does.
func (lx *lexicon) longest(toks []lexToken) ([]string, int) {
	return lexWalk(lx.root, toks, 0, nil, 0)
}

// lexWalk follows toks[k:] down the trie from n and returns the keys and
// the length of the longest form found, or keys and best when none is
// longer.
func lexWalk(n *lexNode, toks []lexToken, k int, keys []string, best int) ([]string, int) {
	if n.end && k > best {
		keys, best = n.keys, k
	}
	if k == len(toks) {
		return keys, best
	}
	if c := n.next[toks[k].norm]; c != nil {
		keys, best = lexWalk(c, toks, k+1, keys, best)
	} else if c := n.next[toks[k].low]; c != nil {
		keys, best = lexWalk(c, toks, k+1, keys, best)
	}
	for _, s := range n.stems {
		if strings.HasPrefix(toks[k].low, s.prefix) {
			keys, best = lexWalk(s.node, toks, k+1, keys, best)
		}
	}
	return keys, best
}

// lexTokens splits text into Latin words (letters and digits, with a
// point between digits as in "PM2.5"), folding full-width letters and
// digits, and reports whether text holds Chinese characters.
func lexTokens(text string) (toks []lexToken, han bool) {
	// Room for the ASCII tokens, which are most of them.
	words, in := 0, false
	for k := 0; k < len(text); k++ {
		a := lexAlnum(rune(text[k]))
		if a && !in {
			words++
		}
		in = a
	}
	toks = make([]lexToken, 0, words)
	var buf []byte // the token, folded
	start, end, folded := -1, 0, false
	// The tokens are ASCII: one lower-case copy of the text gives the
	// lower case of all those not folded.
	lowText := asciiLower(text)
	flush := func() {
		if start < 0 {
			return
		}
		raw, low := text[start:end], lowText[start:end]
		if folded {
			raw = string(buf)
			low = strings.ToLower(raw)
		}
		toks = append(toks, lexToken{pos: start, raw: raw, low: low, norm: lexNorm(low)})
		buf, start, folded = buf[:0], -1, false
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r >= 0xFF01 && r <= 0xFF5E && lexAlnum(r-0xFEE0) {
			r -= 0xFEE0 // full-width letter or digit
		}
		switch {
		case lexAlnum(r):
			if start < 0 {
				start = i
			}
			buf = append(buf, byte(r))
			folded = folded || size > 1
			end = i + size
		case (r == '.' || r == '．') && start >= 0 && lexDigitBefore(buf) && lexDigitAt(text[i+size:]):
			buf = append(buf, '.')
			folded = folded || size > 1
			end = i + size
		case (r == '\'' || r == '’') && start >= 0 && lexPossessive(text[i+size:]):
			flush() // a possessive 's ends the word
			size++  // skip the s
		default:
			if !han && r >= 0x2E80 && unicode.Is(unicode.Han, r) {
				han = true
			}
			flush()
		}
		i += size
	}
	flush()
	return toks, han
}

// asciiLower returns text with its ASCII capitals in lower case, and
// every other byte as it is; text itself when it has no ASCII capital.
func asciiLower(text string) string {
	k := 0
	for k < len(text) && !(text[k] >= 'A' && text[k] <= 'Z') {
		k++
	}
	if k == len(text) {
		return text
	}
	var sb strings.Builder
	sb.Grow(len(text))
	sb.WriteString(text[:k])
	for ; k < len(text); k++ {
		c := text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// lexAlnum reports whether r is an ASCII letter or digit.
func lexAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// lexDigitBefore reports whether s ends with a digit.
func lexDigitBefore(s []byte) bool {
	return len(s) > 0 && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// lexDigitAt reports whether s begins with an ASCII or full-width digit.
func lexDigitAt(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// lexPossessive reports whether rest (the text after an apostrophe)
// begins with an s ending the word.
func lexPossessive(rest string) bool {
	if rest == "" || rest[0] != 's' && rest[0] != 'S' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return !lexAlnum(r)
}

// lexAllCaps reports whether s has at least two letters, all capitals.
func lexAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters >= 2
}

// lexAcronym returns the "l:" key of a token that is an acronym or an
// alphanumeric code, or "".
func lexAcronym(raw string, shouting bool) string {
	if len(raw) < 2 {
		return ""
	}
	letters, digits, innerCap := 0, 0, false
	for k, r := range raw {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
			innerCap = innerCap || k > 0
		case r >= 'a' && r <= 'z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		}
	}
	switch {
	case letters > 0 && digits > 0:
	case letters == 0:
		return "" // a number: NumberAnchors' business
	case shouting:
		return ""
	case !lexAllCaps(raw) && !innerCap:
		return ""
	}
	return "l:" + strings.ToUpper(raw)
}

// lexNorm drops the plural ending of a lower-case word: "policies" →
// "policy", "taxes" → "tax", "jobs" → "job". Words that only look plural
// are kept ("business", "status", "goods").
func lexNorm(w string) string {
	n := len(w)
	switch {
	case n < 4 || lexKeep(w):
		return w
	case strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zes"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

// lexKeep reports whether a word ending in s is not a plural.
func lexKeep(w string) bool {
	switch w {
	case "goods", "news", "arms", "series", "means", "species", "whereas",
		"always", "across", "politics", "economics", "statistics", "logistics",
		"earnings", "savings", "customs", "diabetes", "headquarters", "overseas":
		return true
	}
	return false
}

// lexEntry is one lexicon entry: its key (several keys separated by
// spaces; none for a blocker), its Chinese terms and its English forms,
// each list separated by "|".
type lexEntry struct {
	key, zh, en string
}

// lexTable is the lexicon.
var lexTable = [...]lexEntry{
	// The economy, finance and the budget.
	{"trade", "贸易|外贸|对外贸易", "trade|trading|traded|foreign trade"},
	{"fta", "自由贸易区|自贸区|自由贸易试验区|自贸试验区", "free trade zone|free trade area|free trade agreement|fta|pilot free trade zone"},
	{"employment", "就业|稳就业|就业岗位|岗位", "employment|job|employ|employed|employer|employing"},
	{"pollution", "污染|污染物|污染防治", "pollution|pollutant|polluting|polluter|polluted"},
	{"economy", "经济", "economy|economic|economically"},
	{"gdp", "国内生产总值|生产总值", "gdp|gross domestic product"},
	{"growth", "增长|增速|增加|增幅", "growth|grow|grew|grown|growing|increase|increased|increasing"},
	{"fiscal", "财政|预算", "fiscal|budget|budgetary|public finance"},
	{"deficit", "赤字", "deficit"},
	{"tax", "税|税收|纳税", "tax|taxation|taxed|taxpayer"},
	{"vat", "增值税", "value added tax|vat"},
	{"fee", "收费|费用|降费|缴费", "fee"},
	{"bond", "债券|国债", "bond|treasury bond|government bond"},
	{"specialbond", "专项债券|专项债", "special bond|special purpose bond|special purpose"},
	{"debt", "债务|负债", "debt|liability|indebtedness"},
	{"monetary", "货币", "monetary|currency|money"},
	{"credit", "信贷|信用", "credit|creditworthiness"},
	{"loan", "贷款", "loan|lending|lend"},
	{"financing", "融资", "financing|financed|fundraising"},
	{"finance", "金融", "finance|financial"},
	{"bank", "银行", "bank|banking"},
	{"interestrate", "利率", "interest rate"},
	{"rmb", "人民币", "rmb|renminbi"},
	{"yuan", "亿元|万元|元", "yuan"},
	{"", "多元|单元|元旦|公元|元素", ""},
	{"inflation", "通货膨胀|通胀", "inflation|inflationary"},
	{"cpi", "居民消费价格|消费价格指数|消费价格", "cpi|consumer price index|consumer price"},
	{"price", "价格|物价", "price|pricing"},
	{"consumption", "消费", "consumption|consumer|consume|spending"},
	{"investment", "投资", "investment|invest|investing|invested|investor"},
	{"export", "出口", "export|exporting|exported|exporter"},
	{"import", "进口", "import|importing|imported|importer"},
	{"import export", "进出口", "imports and exports"},
	{"fdi", "外资|外商投资|利用外资|外商", "foreign investment|foreign investor|foreign capital|foreign invested|foreign funded|foreign enterprise|foreign company|overseas investor"},
	{"odi", "对外投资|境外投资", "outbound investment|overseas investment|investment overseas|outward investment"},
	{"opening", "开放|对外开放", "opening up|open up|opened up|opening|openness|open wider|more open|open economy"},
	{"bri", "一带一路", "belt and road|bri"},
	{"ftport", "自由贸易港|自贸港", "free trade port"},
	{"marketentity", "市场主体", "market entity|market player"},
	{"market", "市场", "market|marketization|market based|market oriented"},
	{"soe", "国有企业|国企|国有|全民所有制", "state owned|soe|state enterprise|owned by the whole people|ownership by the whole people"},
	{"private", "民营|私营|私有|非公有制|民间投资", "private|non public|privately"},
	{"sme", "小微企业|中小企业|中小微企业|小微", "small and micro|micro and small|small and medium|micro small and medium|sme|msme|small business|small firm|smaller firm"},
	{"enterprise", "企业", "enterprise|business|company|firm|corporate"},
	{"selfemployed", "个体工商户", "self employed|individually owned business|individual business"},
	{"stock", "股票|股市|证券", "stock|stock market|equity|securities|security market"},
	{"capitalmarket", "资本市场", "capital market"},
	{"insurance", "保险", "insurance|insurer|insured"},
	{"risk", "风险", "risk|risky"},
	{"exchangerate", "汇率", "exchange rate"},
	{"reserve", "外汇储备|储备", "reserve"},
	{"foreignexchange", "外汇", "foreign exchange|forex"},
	{"revenue", "收入|营业收入", "revenue|income|earning|earnings"},
	{"profit", "利润|盈利", "profit|profitable|profitability"},
	{"cost", "成本", "cost|costly"},
	{"transferpayment", "转移支付", "transfer payment|transfer"},
	{"subsidy", "补贴|补助|补偿", "subsidy|subsidize|subsidized|subsidizing|allowance|compensation|compensate"},
	{"fund", "资金|基金|经费", "fund|funding|funded"},
	{"property", "财产|产权|物权", "property|proprietary"},
	{"realestate", "房地产|楼市", "real estate|property market|property sector|housing market"},
	{"demand", "需求|内需", "demand"},
	{"supply", "供给|供应", "supply|supplier|supplied"},
	{"supplyside", "供给侧", "supply side"},
	{"macro", "宏观", "macro|macroeconomic|macro economic"},
	{"regulation", "调控|监管|规制", "regulation|regulate|regulating|regulated|regulator|regulatory|oversight|supervision|supervise|supervisory"},
	{"stability", "稳定|稳中|平稳|稳住|稳", "stability|stable|stabilize|stabilizing|stabilized|steady|steadily|steadiness"},
	{"", "稳妥|稳步", ""},
	{"recession", "下行", "downward|downturn|slowdown|slow down"},
	{"commodity", "大宗商品|商品", "commodity|goods|merchandise"},
	{"services", "服务业|服务贸易", "service sector|service industry|trade in services"},
	{"logistics", "物流|快递", "logistics|express delivery|delivery|courier"},
	{"ecommerce", "电子商务|电商", "e commerce|ecommerce|online retail|online shopping"},
	{"retail", "零售|社会消费品零售", "retail|retailer"},
	{"tourism", "旅游", "tourism|tourist|travel"},
	{"customs", "海关|通关", "customs|customs clearance"},
	{"tariff", "关税", "tariff"},
	{"wto", "世界贸易组织|世贸组织", "world trade organization|wto"},
	{"multilateral", "多边", "multilateral|multilateralism"},
	{"globalization", "全球化", "globalization|globalisation"},
	{"rcep", "区域全面经济伙伴关系协定", "regional comprehensive economic partnership|rcep"},
	{"apec", "亚太经合组织|亚太经济合作组织", "asia pacific economic cooperation|apec"},
	{"g20", "二十国集团", "group of 20|g20|group of twenty"},
	{"brics", "金砖国家|金砖", "brics"},
	{"sco", "上海合作组织|上合组织", "shanghai cooperation organization|sco"},
	{"un", "联合国", "united nations|un"},
	{"ppp", "政府和社会资本合作", "public private partnership|ppp"},
	{"reform", "改革", "reform|reformed|reforming|reformer"},
	{"streamline", "放管服|简政放权", "streamline administration|delegate power|streamlining administration|delegating power|streamline|streamlining|delegation of power"},
	{"approval", "审批|许可|批准|核准", "approval|approve|approved|license|licence|licensing|permit|permission"},
	{"businessenvironment", "营商环境", "business environment"},
	{"negativelist", "负面清单", "negative list"},
	{"marketaccess", "市场准入|准入", "market access|access|entry"},
	{"competition", "竞争|垄断|反垄断", "competition|competitive|competitiveness|compete|monopoly|antitrust|anti monopoly"},
	{"fairness", "公平|公正", "fair|fairness|fairly|equitable|impartial|impartially|justice|just"},
	{"patent", "专利|知识产权", "patent|intellectual property|ipr"},
	{"brand", "品牌", "brand|branding"},
	{"quality", "质量|品质", "quality"},
	{"highquality", "高质量", "high quality"},
	{"productivity", "生产率|效率|效益", "productivity|efficiency|efficient|efficiently|productive"},
	{"statistics", "统计", "statistics|statistical|statistic"},
	{"audit", "审计", "audit|auditing|auditor"},
	{"accounting", "会计", "accounting|accountant"},
	{"procurement", "采购|招标|招投标", "procurement|purchase|purchasing|bidding|tender"},
	{"land", "土地|用地", "land"},
	{"ownership", "所有制|所有权|所有", "ownership|owned|owner"},
	{"socialism", "社会主义", "socialism|socialist"},
	{"chinesecharacteristics", "中国特色", "chinese characteristics"},
	{"moderatelyprosperous", "小康", "moderately prosperous|moderate prosperity|xiaokang"},
	{"modernization", "现代化", "modernization|modernize|modernized|modernizing|modern"},
	{"commonprosperity", "共同富裕", "common prosperity"},
	{"fiveyearplan", "五年规划|五年计划|十三五|十四五|十二五|十一五", "five year plan"},
	{"plan", "规划|计划", "plan|planning|planned|blueprint|program|programme"},
	{"target", "目标|指标", "target|goal|objective"},
	{"rural urban", "城乡", "urban and rural|rural and urban|urban rural|rural urban|both urban and rural"},
	{"urban", "城镇|城市|都市", "urban|city|municipal|metropolitan"},
	{"urbanization", "城镇化|城市化", "urbanization|urbanisation|urbanized"},
	{"region", "区域|地区", "region|regional|area"},
	{"county", "县域|县城|县级|县", "county"},
	{"", "县长", ""},
	{"province", "省|省份|自治区|直辖市", "province|provincial|autonomous region|municipality directly under the central government"},
	{"", "节省|省力|省时|省钱|反省", ""},
	{"central", "中央", "central|central government|centrally"},
	{"localgov", "地方政府|地方", "local government|local|locally|locality"},
	{"western", "西部", "western region|western|west"},
	{"northeast", "东北", "northeast|northeastern"},
	{"central region", "中部", "central region|central china|central provinces"},
	{"eastern", "东部", "eastern region|eastern|east"},
	{"yangtze", "长江", "yangtze|yangtze river|yangtze river economic belt"},
	{"yellowriver", "黄河", "yellow river"},
	{"jingjinji", "京津冀", "beijing tianjin hebei|jing jin ji"},
	{"greaterbay", "粤港澳大湾区|大湾区", "greater bay area|guangdong hong kong macao"},
	{"xiongan", "雄安", "xiong an|xiongan"},
	{"hainan", "海南", "hainan"},
	{"beijing", "北京|首都", "beijing|capital city"},
	{"shanghai", "上海", "shanghai"},
	{"tianjin", "天津", "tianjin"},
	{"chongqing", "重庆", "chongqing"},
	{"guangdong", "广东", "guangdong"},
	{"xinjiang", "新疆", "xinjiang"},
	{"tibet", "西藏", "tibet|xizang|tibetan"},
	{"shenzhen", "深圳", "shenzhen"},
	{"border", "边境|边疆", "border|borderland|frontier"},
	{"oldrevolutionary", "革命老区|老区", "old revolutionary base|former revolutionary base|old revolutionary area"},

	// Industry, innovation, energy, infrastructure.
	{"industry", "产业|工业", "industry|industrial|industrialization"},
	{"manufacturing", "制造业|制造", "manufacturing|manufacture|manufacturer|manufactured"},
	{"technology", "科技|技术", "technology|technological|technologically|tech|technical|technique"},
	{"science", "科学", "science|scientific|scientist"},
	{"rd", "研发|研究与试验发展|研究开发", "research and development|r&d|rd|r and d"},
	{"research", "研究", "research|researcher|study"},
	{"innovation", "创新|创造", "innovat*|creativity|creative|creation"},
	{"entrepreneurship", "创业|双创", "entrepreneur*|startup|start up|business startup"},
	{"talent", "人才|专家|科学家", "talent|talented|professional|expert|personnel"},
	{"digital", "数字|数字化|数据", "digital|digitalization|digitization|digitalize|data"},
	{"internet", "互联网|网络|网上|线上|在线|网民", "internet|online|network|networked|cyber|cyberspace|web"},
	{"internetplus", "互联网+", "internet plus"},
	{"5g", "第五代移动通信", "5g|fifth generation"},
	{"ai", "人工智能|智能化|智能", "artificial intelligence|ai|intelligent|smart"},
	{"bigdata", "大数据", "big data"},
	{"cloud", "云计算", "cloud computing|cloud"},
	{"iot", "物联网", "internet of things|iot"},
	{"blockchain", "区块链", "blockchain"},
	{"chip", "芯片|集成电路|半导体", "chip|integrated circuit|semiconductor"},
	{"software", "软件", "software"},
	{"telecom", "通信|电信|宽带|光纤", "telecom|telecommunication|communication|broadband|fiber optic|optical fiber|fibre"},
	{"equipment", "装备|设备", "equipment|machinery|machine"},
	{"robot", "机器人", "robot|robotic"},
	{"aerospace", "航天|航空|载人航天|探月", "aerospace|space|aviation|aircraft|lunar|spacecraft|satellite"},
	{"", "空间布局", ""},
	{"beidou", "北斗", "beidou"},
	{"energy", "能源", "energy"},
	{"energysaving", "节能|能耗", "energy conservation|energy saving|energy efficiency|energy consumption|energy intensity|conserve energy"},
	{"coal", "煤炭|煤电|煤矿|燃煤|煤", "coal|coal fired|coal mine|coal mining"},
	{"", "煤气", ""},
	{"electricity", "电力|电网|用电|发电|电能|供电|电价", "electricity|electric|power grid|power generation|power supply|grid"},
	{"renewable", "可再生能源|新能源|清洁能源|非化石能源", "renewable|new energy|clean energy|non fossil"},
	{"solar", "太阳能|光伏", "solar|photovoltaic"},
	{"wind", "风电|风能", "wind power|wind energy|wind"},
	{"nuclear", "核电|核能", "nuclear"},
	{"hydro", "水电", "hydropower|hydroelectric"},
	{"oil gas", "油气", "oil and gas"},
	{"oil", "石油|原油|成品油", "oil|petroleum|crude"},
	{"gas", "天然气", "natural gas|gas"},
	{"steel", "钢铁|粗钢|钢", "steel|iron and steel"},
	{"overcapacity", "过剩产能|产能过剩|去产能|产能", "overcapacity|excess capacity|capacity|production capacity"},
	{"zombie", "僵尸企业", "zombie"},
	{"inventory", "去库存|库存", "inventory|destocking"},
	{"deleveraging", "去杠杆|杠杆", "deleveraging|leverage|leveraging"},
	{"chemical", "化工|石化", "chemical|petrochemical"},
	{"automobile", "汽车|新能源汽车|电动汽车", "automobile|vehicle|car|auto|automotive"},
	{"", "汽车站", ""},
	{"infrastructure", "基础设施|基建", "infrastructure"},
	{"transport", "交通|运输|交通运输", "transport|transportation|traffic|transit"},
	{"railway", "铁路|高铁|高速铁路|轨道交通", "railway|rail|railroad|high speed rail"},
	{"highway", "公路|高速公路|道路", "highway|road|expressway|motorway"},
	{"airport", "机场|民航", "airport|civil aviation"},
	{"port", "港口|码头|航运", "port|shipping|harbor|harbour|wharf"},
	{"waterconservancy", "水利|灌溉|农田水利|水库|引水|调水", "water conservancy|irrigation|irrigated|reservoir|water diversion|water resource"},
	{"construction", "建筑业|建筑", "construction|building"},
	{"pipeline", "管网|管道|管廊", "pipeline|pipe|underground utility tunnel|pipe network"},
	{"standard", "标准|标准化", "standard|standardization|standardized|standardize"},
	{"upgrading", "升级|转型", "upgrad*|transform*|transition|restructur*"},
	{"", "转型期", ""},
	{"smartmanufacturing", "智能制造", "smart manufacturing|intelligent manufacturing"},
	{"madeinchina", "中国制造", "made in china"},
	{"platform", "平台", "platform"},
	{"sharingeconomy", "共享经济|分享经济|平台经济", "sharing economy|platform economy|gig economy"},
	{"newdriver", "新动能|新动力", "new growth driver|new driver|new driving force|new momentum"},
	{"lab", "实验室|国家实验室", "laboratory|lab"},
	{"basicresearch", "基础研究", "basic research|fundamental research"},

	// Agriculture and rural areas.
	{"agriculture", "农业|农产品|农业农村|种植业", "agriculture|agricultural|farming|agro|agri"},
	{"rural", "农村|乡村|农村地区", "rural|countryside|village|villager"},
	{"farmer", "农民|农户|种粮农民|农牧民", "farmer|peasant|farming household|rural resident|rural people"},
	{"ruralrevitalization", "乡村振兴", "rural revitalization|revitalization of rural|revitalize rural|rural vitalization"},
	{"sannong", "三农", "agriculture rural areas and farmers|agriculture rural areas and rural people|sannong"},
	{"grain", "粮食|粮食生产|粮|种粮", "grain|food|cereal"},
	{"", "粮票", ""},
	{"foodsecurity", "粮食安全", "food security"},
	{"farmland", "耕地|农田|高标准农田", "farmland|cropland|arable land|cultivated land|farm land"},
	{"seed", "种子|种业|良种", "seed"},
	{"livestock", "畜牧|畜牧业|生猪|养殖", "livestock|hog|pig|pork|animal husbandry|poultry"},
	{"fishery", "渔业|渔民|水产", "fishery|fishing|fishermen|aquatic|aquaculture"},
	{"forestry", "林业|森林|林草|林木|造林|植树", "forest|forestry|forested|afforestation|tree|woodland"},
	{"grassland", "草原|草地", "grassland|pasture|prairie"},
	{"collective", "集体经济|集体", "collective|collectively"},
	{"contract", "承包|合同|契约", "contract|contracted|contracting|contractual"},
	{"cooperative", "合作社", "cooperative|co operative"},
	{"poverty", "贫困|扶贫|脱贫|贫困人口|贫困县|返贫", "poverty|poor|impoverished|poverty alleviation|poverty reduction|lift out of poverty"},
	{"targetedpoverty", "精准扶贫|精准脱贫", "targeted poverty alleviation|targeted poverty reduction|targeted measures"},
	{"relocation", "易地搬迁|搬迁|移民", "relocation|relocate|relocated|relocating|resettle*|migration|immigration"},
	{"hukou", "户籍|户口|落户", "household registration|hukou|residency|residence permit|residence"},
	{"disaster", "灾害|防灾|减灾|救灾|抗灾|灾区|受灾", "disaster|calamity"},
	{"flood", "洪涝|防汛|洪水|抗洪|汛", "flood|flooding|flood control|flooded"},
	{"drought", "干旱|抗旱", "drought"},
	{"earthquake", "地震", "earthquake|seismic"},
	{"weather", "气象|天气|气候", "weather|meteorological|climate"},
	{"climatechange", "气候变化|应对气候变化", "climate change"},

	// People's wellbeing: jobs, incomes, social security, health, education, housing.
	{"unemployment", "失业|失业率|下岗", "unemployment|unemployed|jobless|laid off|layoff"},
	{"surveyedunemployment", "调查失业率", "surveyed unemployment"},
	{"collegegrad", "高校毕业生|大学毕业生|毕业生", "college graduate|university graduate|graduate|graduating"},
	{"migrantworker", "农民工|外出务工", "migrant worker|rural migrant worker|migrant"},
	{"wage", "工资|薪酬|报酬|欠薪|欠酬", "wage|salary|pay|paid|remuneration|unpaid"},
	{"income", "居民收入|人均可支配收入|可支配收入|收入分配", "personal income|per capita disposable income|disposable income|income distribution"},
	{"training", "培训|职业技能|技能", "training|trained|train|skill|skilled|vocational training"},
	{"worker", "劳动者|职工|工人|劳动力|员工|劳动", "worker|labor|labour|laborer|employee|staff|workforce|working people"},
	{"trade union", "工会", "trade union|labor union|union"},
	{"pension", "养老金|养老保险|基本养老金|退休金|离退休", "pension|pensioner|retirement|retiree|retired|old age insurance"},
	{"elderlycare", "养老|养老服务|养老机构|老龄|老年人|老年|敬老", "elderly|elder|senior|aged|old age|older people|aging|ageing|old people"},
	{"medicalinsurance", "医疗保险|医保|大病保险|医疗救助", "medical insurance|health insurance|medical assistance|critical illness insurance"},
	{"socialsecurity", "社会保障|社保|社会保险", "social security|social insurance|social safety net|social welfare"},
	{"welfare", "福利|民生|福祉", "welfare|wellbeing|well being|living standard|people livelihood|livelihood"},
	{"healthcare", "医疗|医疗卫生|卫生|医药|医疗服务", "healthcare|health care|medical|medicine|medical service|medical care"},
	{"health", "健康", "health|healthy"},
	{"hospital", "医院|医疗机构|卫生院|诊所", "hospital|clinic|medical institution|health center|health centre"},
	{"doctor", "医生|医师|医务人员|全科医生|护士", "doctor|physician|medical worker|health worker|nurse|general practitioner"},
	{"drug", "药品|药物|药|中医药|中药", "drug|pharmaceutical|medication"},
	{"tcm", "中医", "traditional chinese medicine|tcm"},
	{"publichealth", "公共卫生|疾控|疾病预防控制", "public health|disease control|disease prevention"},
	{"epidemic", "疫情|疫病|传染病|防疫|抗疫|新冠肺炎|新冠", "epidemic|pandemic|covid|covid 19|coronavirus|outbreak|infectious|infection"},
	{"vaccine", "疫苗|接种", "vaccine|vaccination|vaccinate|vaccinated|inoculation"},
	{"disease", "疾病|慢性病|重大疾病|病人|患者|病", "disease|illness|sick|sickness|chronic"},
	{"", "病毒", ""},
	{"fooddrugsafety", "食品安全|食品药品|药品安全", "food safety|food and drug safety|drug safety"},
	{"safety", "安全生产|生产安全|安全事故|事故", "workplace safety|production safety|workplace accident|accident"},
	{"education", "教育|办学|教学", "education|educational|educate|educated|teaching|schooling"},
	{"school", "学校|中小学|学生|校园|在校|招生|上学|入学|辍学", "school|student|pupil|campus"},
	{"preschool", "学前教育|幼儿园|托育|托幼|婴幼儿", "preschool|kindergarten|pre school|childcare|child care|infant|toddler|nursery"},
	{"compulsory", "义务教育", "compulsory education|nine year"},
	{"vocational", "职业教育|职业院校|职业学校", "vocational|vocational education|vocational school|vocational college"},
	{"university", "高等教育|高校|大学|高等学校|一流大学|双一流", "university|higher education|college|double first class"},
	{"teacher", "教师|老师", "teacher|teaching staff|educator"},
	{"housing", "住房|住宅|房屋|保障性住房|保障房", "housing|house|home|dwelling|residential|apartment"},
	{"shantytown", "棚户区|棚改|城中村|老旧小区", "shantytown|shanty town|rundown urban area|run down urban area|dilapidated|old residential area|old urban residential"},
	{"rental", "租赁|租房|公租房|廉租房|租金|租", "rental|rent|rented|renter|tenant|lease|leasing"},
	{"", "租界", ""},
	{"child", "儿童|少年|少年儿童|未成年人|孩子|子女|生育", "child|children|minor|juvenile|childbirth|birth|fertility|kid"},
	{"women", "妇女|女性|妇幼", "women|woman|female|gender"},
	{"youth", "青年|青少年", "youth|young people|young|adolescent"},
	{"family", "家庭|家庭教育|家人|家属", "family|household"},
	{"", "家乡|大家|企业家|作家", ""},
	{"disability", "残疾人|残疾|残障", "disabilities|disabled|handicapped"},
	{"socialassistance", "社会救助|低保|最低生活保障|救助|特困", "social assistance|subsistence allowance|minimum living allowance|assistance|relief|in need|destitute|hardship"},
	{"veteran", "退役军人|复员|转业军人|军人家属|烈士|优抚", "veteran|ex service|demobilized|martyr|service member|military family|servicemen"},
	{"charity", "慈善|公益|志愿", "charity|charitable|philanthropic|public interest|volunteer|voluntary|nonprofit"},
	{"culture", "文化|文艺|文明", "culture|cultural|culturally|art|literature|civility|civilization|civilized"},
	{"heritage", "文物|遗产|非物质文化遗产", "heritage|cultural relic|relic"},
	{"sport", "体育|全民健身|运动会|冬奥会|奥运会|冬奥", "sport|fitness|olympic|paralympic|games|athlete"},
	{"media", "新闻|媒体|出版|广播|电视|舆论", "media|press|journalism|publishing|publication|radio|television|tv|broadcasting|news"},
	{"consumerrights", "消费者", "consumer right"},
	{"community", "社区|城乡社区|基层", "community|grassroots|primary level|neighborhood|neighbourhood|local level"},
	{"population", "人口", "population|demographic"},
	{"people", "人民|群众|老百姓|百姓|居民|民众", "people|the public|masses|resident|citizenry"},

	// Environment and ecology.
	{"environment", "环境|环保|生态环境", "environment|environmental|environmentally"},
	{"ecology", "生态|生态文明|生态保护", "ecology|ecological|ecologically|ecosystem|eco"},
	{"green", "绿色|绿化", "green|greener|greening|greenery"},
	{"emission", "排放|减排|排污", "emission|emit|emitted|discharge|discharged"},
	{"carbon", "碳|二氧化碳|低碳|碳排放|碳达峰|碳中和", "carbon|co2|carbon dioxide|low carbon|decarbonization|carbon peak|carbon neutrality"},
	{"carbonpeak", "达峰|峰值", "peak|peaking|peaked"},
	{"neutrality", "中和", "neutrality|neutral"},
	{"airquality", "大气|空气|空气质量|雾霾|蓝天|细颗粒物", "air|air quality|smog|haze|blue sky|fine particulate|pm2.5"},
	{"pm25", "", "pm10"},
	{"so2", "二氧化硫|氮氧化物|化学需氧量|氨氮", "sulfur dioxide|sulphur dioxide|nitrogen oxide|chemical oxygen demand|ammonia nitrogen|so2|nox|cod"},
	{"water", "水|水质|水体|水资源|水环境|水污染|饮用水|饮水", "water|drinking water|waterway|water quality"},
	{"", "水平|水准|水果|薪水|水到渠成|水泥|水分", ""},
	{"soil", "土壤", "soil"},
	{"river", "河流|河湖|流域|湖泊|河长|河|湖", "river|lake|basin|watershed|river chief"},
	{"", "河北|河南|湖北|湖南|河山", ""},
	{"ocean", "海洋|海域|近岸海域|海岸|海上|沿海|海", "ocean|marine|maritime|sea|coastal|offshore|coast"},
	{"", "海峡|渤海|海归|海内外|海港", ""},
	{"wetland", "湿地", "wetland"},
	{"desert", "荒漠化|沙漠|沙化|治沙", "desertification|desert|sandstorm|sand"},
	{"biodiversity", "生物多样性|野生动物|野生动植物|物种", "biodiversity|wildlife|species|biological diversity"},
	{"waste", "垃圾|废弃物|固体废物|废物|污水|危险废物", "waste|garbage|sewage|wastewater|refuse|trash|solid waste|hazardous waste"},
	{"recycling", "循环经济|资源循环|回收|循环利用|再生资源", "recycling|recycle|recycled|circular economy|reuse"},
	{"resource", "资源", "resource"},
	{"mineral", "矿产|矿|矿山|矿藏", "mineral|mine|mining|ore"},
	{"nature reserve", "自然保护区|国家公园", "nature reserve|national park|protected area"},

	// Governance, law and the state.
	{"government", "政府", "government|governmental"},
	{"statecouncil", "国务院", "state council"},
	{"premier", "总理|副总理", "premier|vice premier"},
	{"president", "主席|国家主席|副主席", "president|vice president|chairman|chairperson|vice chairman|chair"},
	{"npc", "全国人民代表大会|全国人大|人民代表大会|人大", "national people congress|people congress|npc|congress"},
	{"npcstanding", "常务委员会|常委会", "standing committee"},
	{"deputy", "代表|人大代表", "deputy|representative|represent|representing|represented|representation|on behalf"},
	{"cppcc", "政治协商会议|政协", "political consultative conference|cppcc|political consultation"},
	{"cpc", "中国共产党|共产党|党中央|中共中央|中共", "communist party|communist party of china|cpc|party central committee|central committee"},
	{"party", "党|党员|党组织|党的", "party|party member|party organization"},
	{"", "党派", ""},
	{"democraticparty", "民主党派|各民主党派", "democratic parties|non communist part*|other political parties"},
	{"xi", "习近平", "xi jinping|xi"},
	{"thought", "思想|理论", "thought|theory|theoretical|ideology|ideological|idea"},
	{"marxism", "马克思|列宁|马克思列宁主义|毛泽东|邓小平", "marx*|lenin*|mao zedong|deng xiaoping|mao"},
	{"leadership", "领导|领导人|领导干部", "leadership|lead|led|leading|leader"},
	{"official", "干部|公务员|官员|工作人员", "official|cadre|civil servant|functionary|public servant"},
	{"administration", "行政|管理|治理", "administration|administrative|administer|administering|management|manage|managed|managing|governance|govern|governing"},
	{"ruleoflaw", "法治|依法|依法治国|法治国家", "rule of law|law based|in accordance with the law|in accordance with law|according to law|by law|lawful|lawfully"},
	{"law", "法律|法规|立法|法|法典|条例", "law|legal|legally|legislation|legislative|legislature|statute|code|illegal|illegally|unlawful|unlawfully"},
	{"", "方法|办法|做法|手法|想法|说法|无法|合法权益", ""},
	{"constitution", "宪法", "constitution|constitutional|constitutionally"},
	{"amendment", "修正案|修改|修正|修订", "amendment|amend|amended|amending|revise|revised|revision"},
	{"court", "法院|审判|人民法院|法官|审理", "court|judicial trial|trial|adjudication|judge|adjudicate"},
	{"procuratorate", "检察院|检察|人民检察院|检察官|检察长", "procuratorate|procuratorial|procurator|prosecut*"},
	{"judicial", "司法", "judicial|judiciary"},
	{"public security", "公安|警察|治安|公安机关", "public security|police|policing|law and order"},
	{"crime", "犯罪|罪犯|刑事|违法犯罪|刑罚|惩治|打击", "crime|criminal|offense|offence|offender|penalty|punish|punishment|punished|crack down|crackdown"},
	{"corruption", "腐败|反腐|反腐败|廉政|廉洁|贪污|受贿|行贿|清正廉洁", "corruption|corrupt|anticorruption|anti corruption|integrity|clean government|bribery|bribe|graft|embezzlement"},
	{"discipline", "纪律|纪检|监察|八项规定|作风", "discipline|disciplinary|eight point|conduct|misconduct|work style"},
	{"supervisorycommission", "监察委员会|国家监察委员会|监察机关|监察委", "supervisory commission|national supervisory commission|supervisory organ|supervisory body|commission of supervision|national commission of supervision"},
	{"fascism", "法西斯", "fascism|fascist|anti fascist"},
	{"formalism", "形式主义|官僚主义", "formalism|formality|bureaucratism|bureaucracy|bureaucratic|red tape"},
	{"nationalsecurity", "国家安全", "national security|state security"},
	{"security", "安全", "secure|safe|safety|safely"},
	{"defense", "国防|国防建设", "national defense|defense|defence|defensive"},
	{"military", "军队|军事|军人|军|军民|人民解放军|解放军|强军", "military|army|armed forces|pla|people liberation army|troops|servicemen and women|soldier"},
	{"civilmilitary", "军民融合", "civil military|military civilian|civilian military"},
	{"", "冠军|进军|领军|生力军|主力军|亚军", ""},
	{"armedpolice", "武装警察|武警", "armed police"},
	{"militia", "民兵", "militia"},
	{"war", "战争|战斗|侵略|战", "war|warfare|combat|aggression|fight|fighting|battle"},
	{"", "战胜", ""},
	{"strategy", "战略", "strateg*"},
	{"challenge", "挑战", "challenge|challenging"},
	{"unity", "团结", "unity|united|unite|solidarity"},
	{"peace", "和平", "peace|peaceful|peacefully|peacekeeping"},
	{"hongkong", "香港|港人|驻港", "hong kong"},
	{"macao", "澳门|驻澳", "macao|macau"},
	{"hkmacao", "港澳", "hong kong and macao|hong kong and macau"},
	{"taiwan", "台湾|台湾同胞|台胞|对台|涉台|台独", "taiwan"},
	{"crossstrait", "两岸|海峡两岸", "cross strait|across the strait|across the taiwan strait|both sides of the strait"},
	{"onecountry", "一国两制", "one country two systems"},
	{"reunification", "统一|祖国统一|和平统一", "reunification|reunify|reunified|unification|unify"},
	{"ethnic", "民族|各民族|少数民族|民族团结", "ethnic|ethnicity|nationalities|ethnic group|minority|ethnic minority"},
	{"autonomy", "自治|自治州|自治县|民族自治", "autonomy|autonomous|self government|self governing"},
	{"religion", "宗教|信仰|宗教信仰", "religion|religious|belief|faith|believer"},
	{"overseaschinese", "侨|华侨|侨胞|海外侨胞|归侨|侨眷", "overseas chinese|returned overseas chinese|chinese nationals residing abroad|relatives of overseas chinese"},
	{"foreign", "外国|境外|海外|国外|外籍", "foreign|foreigner|overseas|abroad|external"},
	{"diplomacy", "外交|对外关系|外事", "diplomacy|diplomatic|foreign affairs|foreign relations|foreign policy"},
	{"international", "国际|全球|世界", "international|internationally|global|globally|world|worldwide"},
	{"", "国际化", ""},
	{"cooperation", "合作|协作|协同", "cooperation|cooperate|collaboration|collaborate|coordination|coordinated|coordinate"},
	{"hegemony", "霸权|霸权主义|强权政治", "hegemony|hegemonism|power politics"},
	{"humanity", "人类命运共同体|人类", "human|humanity|humankind|mankind|community with a shared future"},
	{"human rights", "人权", "human rights"},
	{"democracy", "民主|民主集中制", "democracy|democratic|democratically|democratic centralism"},
	{"dictatorship", "专政|人民民主专政", "dictatorship|people democratic dictatorship"},
	{"election", "选举|选民|选出|当选|罢免", "election|elect|elected|electing|elector|electoral|electorate|voter|vote|voting|recall|recalled"},
	{"appoint", "任命|任免|任期|任职|连任|免职|决定任命|人选", "appoint|appointed|appointment|term of office|term|tenure|remove|removal|dismiss|nominee|nomination|candidate"},
	{"citizen", "公民", "citizen|citizenship"},
	{"right", "权利|权益|人身权|选举权|被选举权", "right|entitled|entitlement"},
	{"", "权威|特权", ""},
	{"power", "权力|职权|授权|权限", "power|authority|authorize|authorized|authorization|competence|functions and powers"},
	{"duty", "义务|职责|责任|负责", "duty|obligation|responsibility|responsible|accountability|accountable"},
	{"freedom", "自由", "freedom|liberty"},
	{"equality", "平等", "equality|equal|equally"},
	{"dignity", "尊严|人格|名誉|隐私", "dignity|personal dignity|privacy|honor|honour|reputation"},
	{"sovereignty", "主权|领土完整|领土", "sovereignty|sovereign|territorial integrity|territory|territorial"},
	{"statepower", "政权|国家政权", "state power|political power|regime"},
	{"stateorgan", "国家机关|国家机构|机关", "state organ|organs of state|state institution|state body|organ"},
	{"", "机关单位", ""},
	{"institution", "机构|单位|事业单位", "institution|institutional|agency|unit|body|public institution"},
	{"ministry", "部门|部委|国务院各部", "ministry|department|departmental|sector"},
	{"commission", "委员会|委员", "commission|committee|member|commissioner"},
	{"centralmilitary", "中央军事委员会|中央军委|军委", "central military commission|cmc"},
	{"session", "会议|全体会议|会期|召开|举行", "session|meeting|convene|convened|plenary|held|hold"},
	{"resolution", "决议|决定|决策", "resolution|decision|decide|decided|deciding|determine|determined"},
	{"proposal", "议案|建议|提案|提议", "proposal|propose|proposed|motion|bill|suggestion|recommendation"},
	{"adopt", "审议|表决|通过了", "adopt|adopted|adoption|pass|passed|deliberation|deliberate|examine|examination"},
	{"promulgate", "公布|公布施行|颁布|施行", "promulgate|promulgated|promulgation|publish|published|effect|enter into force|take effect"},
	{"implement", "实施|执行|落实|贯彻", "implement|implemented|implementing|implementation|enforce|enforcement|execute|execution|carry out|put into effect|carried out"},
	{"interpret", "解释", "interpret|interpretation|interpreted|explain|explanation"},
	{"oath", "宣誓|誓词", "oath|swear|sworn"},
	{"treaty", "条约|协定|公约", "treaty|agreement|convention|accord"},
	{"emergency", "紧急状态|应急|突发事件|突发", "emergency|state of emergency|unexpected|contingency"},
	{"martiallaw", "戒严", "martial law"},
	{"war declaration", "宣战|宣布战争状态|战争状态", "state of war|declare war"},
	{"pardon", "特赦|赦免", "pardon|amnesty|special pardon"},
	{"honor", "勋章|荣誉称号|荣誉", "medal|title of honor|title of honour|honorary|decoration"},
	{"arrest", "逮捕|拘留|拘禁|羁押", "arrest|arrested|detain|detained|detention|custody"},
	{"search", "搜查|侵犯", "search|searched|infringe|infringement|infringed|violate|violation"},
	{"correspondence", "通信自由|通信秘密", "freedom of correspondence|privacy of correspondence|correspondence"},
	{"speech", "言论|集会|结社|游行|示威", "speech|assembly|association|procession|demonstration"},
	{"petition", "信访|申诉|控告|检举|批评", "petition|complaint|charge|exposure|criticism|criticize"},
	{"compensationlaw", "国家赔偿|赔偿", "state compensation|indemnity"},
	{"heir", "继承|继承权", "inherit|inheritance|inherited|succession"},
	{"privateproperty", "私有财产|合法的私有财产", "private property|lawful private property"},
	{"public ownership", "公有制|公有|公共财产|全民所有", "public ownership|publicly owned|public property|socialist public property"},
	{"expropriation", "征收|征用|征地", "expropriat*|requisition|requisitioned|requisitioning|land acquisition"},
	{"naturalresource", "水流|山岭|荒地|滩涂|自然资源", "mineral resource|mountains|wasteland|beach|natural resource"},
	{"township", "乡|镇|民族乡|乡镇", "township|town|ethnic township"},
	{"", "故乡|乡愁|镇压|坐镇", ""},
	{"villagecommittee", "村民委员会|居民委员会|村委会|居委会|村民", "villagers committee|residents committee"},
	{"cadre", "干部队伍|领导班子", "team|leadership team"},
	{"patriotism", "爱国|爱国主义|爱国者", "patriot|patriotic|patriotism"},
	{"united front", "统一战线|统战", "united front"},
	{"motherland", "祖国", "motherland|homeland|mother country"},
	{"nation", "中华民族|民族复兴|中华", "chinese nation|national rejuvenation|rejuvenation|chinese"},
	{"china", "中国|我国|中华人民共和国|全国|国家", "china|the country|nation|national|nationwide|country|state|people republic of china|prc"},
	{"", "中华人民共和国主席", ""},
	{"republic", "共和国", "republic"},
	{"revolution", "革命", "revolution|revolutionary"},
	{"history", "历史|历史性|历次", "history|historic|historical|historically"},
	{"anniversary", "周年|纪念", "anniversary|commemorate|commemoration|centenary|centennial"},
	{"newera", "新时代", "new era"},
	{"newnormal", "新常态", "new normal"},
	{"dualcirculation", "双循环|国内大循环|新发展格局", "dual circulation|domestic circulation|new development dynamic|new development pattern"},
	{"newdevelopmentphilosophy", "新发展理念|发展理念", "new development philosophy|development philosophy|new philosophy"},
	{"harmony", "和谐", "harmony|harmonious|harmoniously"},
	{"socialharmony", "和谐社会", "harmonious society|social harmony"},
	{"society", "社会", "society|social|socially|societal"},
	{"", "社会资本|小康社会", ""},
	{"socialorganization", "社会组织|社会团体|社团", "social organization|social group|civil society|nongovernmental|ngo"},
	{"enterpriseorg", "企业事业组织|企业事业单位|事业组织", "enterprise and institution"},
	{"ideology", "意识形态|宣传|思想政治", "publicity|propaganda|political and ideological"},
	{"moral", "道德|诚信|价值观|核心价值观|精神文明", "moral|morality|ethics|ethical|trustworthiness|honesty|core socialist values|values|cultural and ethical"},
	{"transparency", "公开|透明|政务公开", "transparency|transparent|open government|publicly|public disclosure|made public|openly"},
	{"accountability", "问责|追责|究责", "held accountable|hold accountable|liable"},
	{"inspection", "督查|督察|巡视|检查|巡察|视察", "inspection|inspect|inspected|inspector|inspection tour|check|checking"},
	{"evaluation", "考核|评估|评价|考评", "evaluation|evaluate|evaluated|assessment|assess|assessed|performance review|appraisal"},
	{"petitionletter", "来信来访", "letters and visits"},
	{"protest", "群体性事件", "mass incident"},
	{"terrorism", "恐怖主义|恐怖|暴力恐怖|极端主义|分裂", "terrorism|terrorist|extremism|extremist|separatism|separatist|secession"},
	{"drugabuse", "毒品|禁毒|吸毒", "narcotic|drug abuse|drug trafficking|drug control"},
	{"gang", "黑恶势力|扫黑除恶|黑社会", "organized crime|criminal gang|gang|mafia|underworld"},
	{"fraud", "诈骗|欺诈|假冒|伪劣|造假|虚假", "fraud|fraudulent|scam|counterfeit|fake|false|shoddy|falsif*"},
	{"dispute", "纠纷|矛盾|争议|调解|仲裁", "dispute|conflict|mediation|mediate|arbitration|tension"},
	{"legalaid", "法律援助|法律服务|律师|公证", "legal aid|legal service|lawyer|attorney|notary|notarization"},
	{"cyberspace", "网络安全|网络空间", "cybersecurity|cyber security|online security"},
	{"privacy", "个人信息|数据安全", "personal information|personal data|data security|data protection"},
	{"supervisionpublic", "社会监督|舆论监督|群众监督", "public scrutiny|public oversight|oversight by the public|media oversight"},
	{"nationalflag", "国旗|国歌|国徽", "national flag|national anthem|national emblem|flag|anthem|emblem|capital"},
	{"language", "语言|文字|普通话|语言文字", "language|spoken and written|putonghua|mandarin|script|written language"},
	{"science popularization", "科普|科学普及", "popular science|science popularization|popularize science"},
	{"family planning", "计划生育|生育政策|三孩|二孩|全面两孩", "family planning|birth policy|second child|third child|two child|three child"},
	{"marriage", "婚姻|婚姻自由", "marriage|marital|married|marry"},
	{"pensionsystem", "社会统筹", "pooling|national pooling|pooled"},

	// Targets, measures and common policy words.
	{"breakthrough", "突破", "breakthrough|make headway|made headway"},
	{"structural", "结构|结构性|结构调整", "structure|structural|structurally|restructure"},
	{"transformation", "新旧动能|动能转换", "old drivers|new and old drivers|replacing old"},
	{"efficiency", "提质增效", "improve quality and efficiency|quality and efficiency"},
	{"rule", "规则|规矩|规章", "rule|rulebook"},
	{"", "规则的", ""},
	{"policy", "政策", "policy"},
	{"mechanism", "机制|体制|体系|制度", "mechanism|system|framework|setup|institutional arrangement"},
	{"pilot", "试点|试验|先行先试|示范|示范区", "pilot|piloting|piloted|experiment|experimental|demonstrate|model"},
	{"zone", "开发区|高新区|新区|园区|经济特区|特区|综合试验区|功能区", "zone|development zone|new area|industrial park|park|special economic zone|sez|district"},
	{"xionganarea", "雄安新区", "xiong an new area|xiongan new area"},
	{"pandemiccontrol", "防控|联防联控|群防群控|常态化防控", "prevention and control|containment|contain|containing|control measures"},
	{"lockdown", "隔离|封控", "quarantine|isolation|lockdown|isolate|isolated"},
	{"frontline", "一线", "frontline|front line|on the front"},
	{"resumption", "复工复产|复工|复产|复商复市", "resumption|resume|resumed|reopen|reopened|reopening|back to work|return to work"},
	{"bailout", "纾困|助企", "ease the difficulties|ease difficulties|help businesses|assist businesses|bail out"},
	{"sixstabilities", "六稳|六保", "six fronts|six areas|six priorities|stability on six fronts|security in six areas"},
	{"threebattles", "三大攻坚战|攻坚战", "three critical battles|tough battle|critical battle|three tough battles"},
	{"reasonablerange", "合理区间", "appropriate range|reasonable range|proper range"},
	{"policyquantity", "宽松|适度|稳健|积极的财政政策|稳健的货币政策", "prudent|proactive|accommodative|appropriate|easing|eased"},
	{"initiative", "积极性|主动性|创造性", "initiative|enthusiasm|motivation|motivated|motivate|ingenuity"},
	{"coreinterest", "核心利益|根本利益", "core interest|fundamental interest"},
	{"interest", "利益", "interest|benefit|gains"},
}
