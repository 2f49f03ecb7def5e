package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// at builds the quantity that Quantities would report for the first
// occurrence of sub in text.
func at(text, sub string, value float64, unit string, qual Qualifier) Quantity {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("at: " + sub + " not in " + text)
	}
	start := len([]rune(text[:i]))
	if qual == "" {
		qual = Exact
	}
	return Quantity{Text: sub, Start: start, End: start + len([]rune(sub)), Value: value, Unit: unit,
		Role: RoleQuantity, Qualifier: qual}
}

func TestTenseAt(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		num    string // the number whose tense is asked
		lang   Lang
		want   Tense
		reason string
	}{
		{"grew", "Gross domestic product (GDP) grew by 6.6 percent, exceeding 90 trillion yuan.", "6.6", English, Past, "an irregular past verb"},
		{"were added", "A further 13.61 million new urban jobs were added, and the rate remained stable.", "13.61", English, Past, "a past passive after the number"},
		{"will create", "We will create no fewer than 260,000 urban jobs.", "260,000", English, Future, "will"},
		{"will be formed", "Nine tightly-knit hospital networks will be formed to improve care.", "Nine", English, Future, "a future passive"},
		{"target line", "Over 11 million new urban jobs", "11", English, TenseUnknown, "a target line without a verb gives no tense of its own"},
		{"imperative", "Cut taxes by 2 trillion yuan", "2", English, Future, "a sentence opening with a bare verb is an instruction"},
		{"increased by", "Per capita disposable income increased by 6.5 percent in real terms.", "6.5", English, Past, "a regular past verb"},
		{"present perfect", "We have lifted 13.86 million rural people out of poverty.", "13.86", English, Past, "a result reported in the present perfect"},
		{"last year", "Last year, 8.2 million people found jobs.", "8.2", English, Past, "last year"},
		{"nearest cue before", "Last year GDP grew by 6.6 percent; this year we will aim for 6 percent growth.", "for 6", English, Future, "the cue nearest the number decides"},
		{"nearest cue after", "Last year GDP grew by 6.6 percent; this year we will aim for 6 percent growth.", "6.6", English, Past, "the other number of the same sentence"},
		{"adjective ed", "A surveyed urban unemployment rate of around 5.5 percent", "5.5", English, TenseUnknown, "surveyed after an article is an adjective"},
		{"other sentence", "GDP grew by 6.6 percent. We will create 11 million jobs.", "11", English, Future, "the previous sentence's tense does not leak"},
		{"zh future", "今年要新增城镇就业1100万人以上。", "1100", Chinese, Future, "要 marks a target"},
		{"zh past", "国内生产总值比上年增长6.6%。", "6.6", Chinese, Past, "比上年 reports a result"},
		{"zh not a cue", "办好34项重要民生实事。", "34", Chinese, TenseUnknown, "重要 contains 要 but says nothing of tense"},
		{"zh so far this year", "今年以来，出口增长5%。", "5", Chinese, Past, "今年以来 reports this year so far"},
		{"zh already", "已建成5G基站13万个。", "13", Chinese, Past, "已"},
		{"zh target sentence", "今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上。", "1100", Chinese, Future, "the sentence announces targets; 主要 is no cue"},
		{"zh le", "全年完成了造林任务8000万亩。", "8000", Chinese, Past, "a verb with 了"},
		{"zh weilel", "为了稳定就业，安排资金100亿元。", "100", Chinese, TenseUnknown, "为了 is not a past 了"},
		{"need to", "We need to ensure that the years of schooling received by the working-age population increase to 10.8 years.", "10.8", English, Future, "need to is an obligation; received by the population is a participle with its agent, a weak cue only"},
		{"participle after adverb", "This year, we will ensure that emissions are both reduced by 2%.", "2%", English, Future, "are both reduced is a passive participle, not a past verb"},
		{"ed by a noun", "We will improve cropland and increase the area covered by efficient irrigation by 1.33 million hectares.", "1.33", English, Future, "covered by efficient irrigation names the agent: no strong past cue"},
		{"and placed", "We established a mechanism and placed 2.8 trillion yuan of funding under it.", "2.8", English, Past, "a verb after and with a number for object is a past verb, not an adjective"},
		{"ed by an amount", "Retail sales increased by about 8 percent.", "8", English, Past, "a past verb with its complement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.num)
			pos := len([]rune(tt.text[:i]))
			if got := tenseAt([]rune(tt.text), pos, tt.lang); got != tt.want {
				t.Errorf("tenseAt(%q, %q) = %v, want %v (%s)", tt.text, tt.num, got, tt.want, tt.reason)
			}
		})
	}
}

func TestZHDisposal(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   bool
		reason string
	}{
		{"disposal", "将制造业企业研发费用加计扣除比例提高到100%。", true, "将 + object + 提高到: like 把, it says nothing of tense"},
		{"disposal into", "将2.8万亿元中央财政资金纳入直达范围。", true, "将 + object + 纳入"},
		{"future verb", "今年将召开中国共产党第二十次全国代表大会。", false, "将 right before a verb is the future"},
		{"future with ba", "我们将把资金纳入直达机制。", false, "将把: 将 is the future, 把 the object marker"},
		{"future magnitude", "今年高校毕业生将高达765万人。", false, "高达 has no result complement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []rune(tt.text)
			i := strings.Index(tt.text, "将")
			if got := zhDisposal(rs, len([]rune(tt.text[:i]))); got != tt.want {
				t.Errorf("zhDisposal(%q) = %v, want %v (%s)", tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

// qAt builds a quantity for verdict tests: the first occurrence of sub in
// text, or the occurrence after the rune offset from.
func qAt(text, sub string, from int, value float64, unit string, qual Qualifier) Quantity {
	rs := []rune(text)
	i := strings.Index(string(rs[from:]), sub)
	if i < 0 {
		panic("qAt: " + sub + " not in " + text)
	}
	start := from + len([]rune(string(rs[from:])[:i]))
	if qual == "" {
		qual = Exact
	}
	return Quantity{Text: sub, Start: start, End: start + len([]rune(sub)), Value: value, Unit: unit,
		Role: RoleQuantity, Qualifier: qual}
}

// vq is a quantity of a verdict test case: its mention, value, unit and
// qualifier.
type vq struct {
	text  string
	value float64
	unit  string
	qual  Qualifier
}

func TestVerdicts(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		qs     []vq      // the quantities of the text, in order
		want   []verdict // one per quantity
		reason string
	}{
		// 1. baselines of a change: only the target level is a commitment
		{"zh from", "落实好小规模纳税人增值税起征点从月销售额3万元提高到10万元等政策。", []vq{{"3万元", 3e4, "元", ""}, {"10万元", 1e5, "元", ""}}, []verdict{isContext, isAmount}, "从 X 提高到 Y: X is the level today"},
		{"zh you", "财政补助由每人每年380元提高到420元。", []vq{{"380元", 380, "元", ""}, {"420元", 420, "元", ""}}, []verdict{isContext, isAmount}, "由 X 提高到 Y"},
		{"zh current", "将制造业等行业现行16%的税率降至13%。", []vq{{"16%", 16, "%", ""}, {"13%", 13, "%", ""}}, []verdict{isContext, isAmount}, "现行 X 的税率降至 Y"},
		{"zh adjacent", "平均受教育年限从10.23年提高到10.8年。", []vq{{"10.23年", 10.23, "年", ""}, {"10.8年", 10.8, "年", ""}}, []verdict{isContext, isAmount}, "the baseline, then a length being set"},
		{"zh merge", "推进税率三档并两档。", []vq{{"三档", 3, "档", ""}, {"两档", 2, "档", ""}}, []verdict{isContext, isAmount}, "三档并两档: three brackets become two"},
		{"zh no change", "赤字率拟按2.8%安排，比去年预算提高0.2个百分点。", []vq{{"2.8%", 2.8, "%", ""}, {"0.2个百分点", 0.2, "pp", ""}}, []verdict{isAmount, isAmount}, "a clause end between two numbers: no from-to"},
		{"zh other unit", "新增就业1100万人降至5%。", []vq{{"1100万人", 11e6, "人", ""}, {"5%", 5, "%", ""}}, []verdict{isAmount, isAmount}, "people cannot change into a percentage"},
		{"en from", "raise government subsidies from 380 to 420 yuan per capita", []vq{{"380", 380, "", ""}, {"420 yuan", 420, "yuan", ""}}, []verdict{isContext, isAmount}, "from X to Y"},
		{"en current", "we will reduce the current rate of 16 percent in manufacturing and other industries to 13 percent", []vq{{"16 percent", 16, "%", ""}, {"13 percent", 13, "%", ""}}, []verdict{isContext, isAmount}, "the current rate of X ... to Y"},
		{"en words", "cutting the number of VAT brackets from three to two", []vq{{"three", 3, "", ""}, {"two", 2, "", ""}}, []verdict{isContext, isAmount}, "from three to two"},
		{"en from no to", "drawn from 100 billion yuan of reserves", []vq{{"100 billion yuan", 1e11, "yuan", ""}}, []verdict{isAmount}, "from without a later to-target is no baseline"},

		// 2. time frames and durations are not amounts
		{"zh within", "两年内基本取消全国高速公路省界收费站。", []vq{{"两年", 2, "年", ""}}, []verdict{notAmount}, "a deadline"},
		{"zh this and next year", "今明两年要解决好饮水安全问题。", []vq{{"两年", 2, "年", ""}}, []verdict{notAmount}, "今明两年 is a time frame"},
		{"zh benefit duration", "对招用城镇登记失业半年以上人员的企业，三年内给予定额税费减免。", []vq{{"半年以上", 0.5, "年", AtLeast}, {"三年", 3, "年", ""}}, []verdict{notAmount, notAmount}, "an eligibility condition and the duration of a benefit"},
		{"zh duration", "中国改革开放30多年的辉煌成就。", []vq{{"30多年", 30, "年", MoreThan}}, []verdict{notAmount}, "an age, not an amount"},
		{"zh condition", "将参保不足1年的农民工纳入保障。", []vq{{"不足1年", 1, "年", LessThan}}, []verdict{notAmount}, "a condition of eligibility"},
		{"zh age", "将3岁以下婴幼儿照护费用纳入专项附加扣除。", []vq{{"3岁以下", 3, "岁", AtMost}}, []verdict{notAmount}, "an age limit names who benefits"},
		{"zh eased to", "将处方用药量放宽至3个月。", []vq{{"放宽至3个月", 3, "个月", UpTo}}, []verdict{isAmount}, "a length being set: a policy parameter (the sample)"},
		{"zh cut to", "企业开办时间压缩至4个工作日以内。", []vq{{"4个工作日以内", 4, "个工作日", AtMost}}, []verdict{isAmount}, "压缩至: a target length"},
		{"zh raised by", "人均预期寿命提高1岁。", []vq{{"1岁", 1, "岁", ""}}, []verdict{isAmount}, "a target gain in years of life"},
		{"zh extended", "开展好第二轮土地承包到期后再延长30年试点。", []vq{{"30年", 30, "年", ""}}, []verdict{isAmount}, "延长: a length being set"},
		{"en within", "Within two years, we will basically abolish toll stations.", []vq{{"Within two", 2, "years", AtMost}}, []verdict{notAmount}, "a deadline"},
		{"en for", "will be entitled to fee deductions for three years", []vq{{"three", 3, "years", ""}}, []verdict{notAmount}, "the duration of a benefit"},
		{"en to within", "cut the time needed to start a business to within five working days", []vq{{"within five", 5, "working days", AtMost}}, []verdict{isAmount}, "to within: a target length"},
		{"en up to", "prescriptions for up to three months' supply", []vq{{"up to three", 3, "months", UpTo}}, []verdict{isAmount}, "up to sets a ceiling"},

		// 3. counts of abstract things and of a speech's own list items
		{"zh aspects", "做好八个方面工作。", []vq{{"八个", 8, "个", ""}}, []verdict{notAmount}, "方面工作 are the speech's own tasks"},
		{"zh measures", "重点采取三项举措。", []vq{{"三项", 3, "项", ""}}, []verdict{notAmount}, "举措"},
		{"zh initiative", "充分发挥中央和地方两个积极性。", []vq{{"两个", 2, "个", ""}}, []verdict{notAmount}, "积极性 is abstract"},
		{"zh characters", "在“巩固、增强、提升、畅通”八个字上下功夫。", []vq{{"八个", 8, "个", ""}}, []verdict{notAmount}, "a count of characters of a slogan"},
		{"zh ethnic groups", "56个民族共同团结奋斗。", []vq{{"56个", 56, "个", ""}}, []verdict{notAmount}, "a fact about the country, not a target"},
		{"zh markets", "用好国内国际两个市场两种资源。", []vq{{"两个", 2, "个", ""}, {"两种", 2, "种", ""}}, []verdict{notAmount, notAmount}, "markets and resources standing alone are abstract"},
		{"zh work", "重点抓好三项工作。", []vq{{"三项", 3, "项", ""}}, []verdict{notAmount}, "工作 alone after a number in words"},
		{"zh work station", "建设100个工作站。", []vq{{"100个", 100, "个", ""}}, []verdict{isAmount}, "工作站 is concrete, and the number is in digits"},
		{"zh key project", "实施两个重点项目。", []vq{{"两个", 2, "个", ""}}, []verdict{isAmount}, "重点项目: the weak head begins a longer noun"},
		{"zh concrete", "建立9个紧密型城市医疗集团。", []vq{{"9个", 9, "个", ""}}, []verdict{isAmount}, "things to build (the sample)"},
		{"zh practical matters", "办好34项重要民生实事。", []vq{{"34项", 34, "项", ""}}, []verdict{isAmount}, "实事 are concrete (the sample)"},
		{"zh idiom", "让三百六十行行行出状元。", []vq{{"三百六十", 360, "", ""}}, []verdict{notAmount}, "a bare numeral with no classifier is an idiom"},
		{"zh century", "二十世纪八十年代。", []vq{{"二十", 20, "", ""}}, []verdict{notAmount}, "a century, not an amount"},
		{"en measures", "We will take three measures.", []vq{{"three", 3, "measures", ""}}, []verdict{notAmount}, "a count of the speech's measures"},
		{"en tasks", "we will focus on eight major tasks", []vq{{"eight", 8, "tasks", ""}}, []verdict{notAmount}, "eight major tasks"},
		{"en networks", "Nine tightly-knit hospital networks will be formed.", []vq{{"Nine", 9, "networks", ""}}, []verdict{isAmount}, "things to build (the sample)"},
		{"en digits", "restart 20 major areas of water projects", []vq{{"20", 20, "areas", ""}}, []verdict{isAmount}, "a count in digits is not a list count"},

		// 5. descriptions of the situation are context
		{"zh population", "把近14亿中国人的饭碗牢牢端在自己手中。", []vq{{"近14亿", 1.4e9, "", About}}, []verdict{isContext}, "the population of the country"},
		{"zh forecast", "今年高校毕业生将高达765万人，要落实好就业促进计划。", []vq{{"765万人", 7.65e6, "人", ""}}, []verdict{isContext}, "高达: the size of a group, a forecast"},
		{"zh graduates", "今年高校毕业生超过1000万人，要加强就业指导。", []vq{{"超过1000万人", 1e7, "人", MoreThan}}, []verdict{isContext}, "a count of people stated as a fact, no target verb"},
		{"zh has", "我国有2.9亿在校学生。", []vq{{"2.9亿", 2.9e8, "", ""}}, []verdict{isContext}, "what the country has"},
		{"zh nationwide", "全国近3亿人领取养老金，必须确保按时足额发放。", []vq{{"近3亿人", 3e8, "人", About}}, []verdict{isContext}, "a nationwide count of people"},
		{"zh use well", "用好1800亿元引导基金。", []vq{{"1800亿元", 1.8e11, "元", ""}}, []verdict{isContext}, "funds that exist, to be used well"},
		{"zh jobs", "城镇新增就业1100万人以上。", []vq{{"1100万人以上", 11e6, "人", AtLeast}}, []verdict{isAmount}, "新增: a target"},
		{"zh guide", "引导约1亿人在中西部地区就近城镇化。", []vq{{"约1亿人", 1e8, "人", About}}, []verdict{isAmount}, "a plan goal: 引导 is no copula"},
		{"zh enrol", "高职院校扩招100万人。", []vq{{"100万人", 1e6, "人", ""}}, []verdict{isAmount}, "扩招: a target"},
		{"en population", "the rice bowls of almost 1.4 billion Chinese people", []vq{{"almost 1.4 billion", 1.4e9, "", About}}, []verdict{isContext}, "the population of the country"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := English
			if strings.ContainsFunc(tt.text, isHanRune) {
				lang = Chinese
			}
			var qs []Quantity
			from := 0
			for _, v := range tt.qs {
				q := qAt(tt.text, v.text, from, v.value, v.unit, v.qual)
				qs = append(qs, q)
				from = q.End
			}
			got := verdicts([]rune(tt.text), qs, lang)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("verdicts(%q) = %v, want %v (%s)", tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

func TestHeadingTense(t *testing.T) {
	tests := []struct {
		name    string
		heading string
		want    Tense
		reason  string
	}{
		{"zh review", "一、2018年工作回顾", Past, "回顾 is a review"},
		{"en review", "I. 2018 in Review", Past, "Review"},
		{"zh tasks", "三、2019年政府工作任务", Future, "任务 are tasks"},
		{"zh key tasks", "二、2024年重点任务", Future, "the sample's section"},
		{"en tasks", "II Major Tasks for 2024", Future, "Tasks"},
		{"zh targets", "二、今年发展主要目标和下一阶段工作安排", Future, "目标 and 安排"},
		{"mixed", "二、“十三五”时期发展成就和“十四五”时期主要目标任务", TenseUnknown, "achievements and targets: each sentence decides"},
		{"neither", "(十)更加注重保障和改善民生", TenseUnknown, "a subheading with no tense word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HeadingTense(tt.heading); got != tt.want {
				t.Errorf("HeadingTense(%q) = %v, want %v (%s)", tt.heading, got, tt.want, tt.reason)
			}
		})
	}
}

func TestCommitmentsRules(t *testing.T) {
	type want struct {
		zh, en string // mention texts, "" for none
		past   bool
		status Status
	}
	tests := []struct {
		name   string
		zh, en string
		zq, eq func(zh, en string) []Quantity
		cfg    CommitConfig
		want   []want
		reason string
	}{
		{
			name: "name translated as a count",
			zh:   "紧扣“七有”要求，办好34项重要民生实事。",
			en:   "We will improve services in seven aspects, and deliver on 34 practical concerns.",
			zq: func(zh, en string) []Quantity {
				n := at(zh, "七有", 7, "", Exact)
				n.Role = RoleName
				return []Quantity{n, at(zh, "34项", 34, "项", Exact)}
			},
			eq: func(zh, en string) []Quantity {
				return []Quantity{at(en, "seven", 7, "aspects", Exact), at(en, "34", 34, "concerns", Exact)}
			},
			want:   []want{{"34项", "34", false, Consistent}},
			reason: "seven aspects mirrors the name 七有: it is no commitment",
		},
		{
			name: "footnote marker",
			zh:   "办好34项实事。",
			en:   "meeting expectations in five areas17, we will deliver on 34 concerns.",
			zq:   func(zh, en string) []Quantity { return []Quantity{at(zh, "34项", 34, "项", Exact)} },
			eq: func(zh, en string) []Quantity {
				return []Quantity{at(en, "17", 17, "", Exact), at(en, "34", 34, "concerns", Exact)}
			},
			want:   []want{{"34项", "34", false, Consistent}},
			reason: "a marker glued to a word is never a quantity, even when Quantities reports one",
		},
		{
			name: "year read as a count opposite a year",
			zh:   "拒不接受2020年总统选举结果。",
			en:   "who rejected the 2020 election results.",
			zq: func(zh, en string) []Quantity {
				y := at(zh, "2020年", 2020, "", Exact)
				y.Role = RoleYear
				return []Quantity{y}
			},
			eq:   func(zh, en string) []Quantity { return []Quantity{at(en, "2020", 2020, "results", Exact)} },
			want: nil, reason: "dropYearsNamedOpposite: the English 2020 is the year 2020年 names, not a count of results",
		},
		{
			name: "year-like count kept when the other side counts it",
			zh:   "2020年录取2020人。",
			en:   "In 2020, 2020 people were admitted.",
			zq: func(zh, en string) []Quantity {
				y := at(zh, "2020年", 2020, "", Exact)
				y.Role = RoleYear
				return []Quantity{y, at(zh, "2020人", 2020, "人", Exact)}
			},
			eq:     func(zh, en string) []Quantity { return []Quantity{at(en, "2020 people", 2020, "people", Exact)} },
			want:   []want{{"2020人", "2020 people", true, Consistent}},
			reason: "dropYearsNamedOpposite: 2020 is also an amount on the other side, so it stays and links",
		},
		{
			name: "anniversary as years",
			zh:   "隆重庆祝上海浦东开发开放30周年。",
			en:   "we celebrated 30 years of the development and opening-up of Pudong.",
			zq: func(zh, en string) []Quantity {
				a := at(zh, "30周年", 30, "周年", Exact)
				a.Role = RoleOrdinal
				return []Quantity{a}
			},
			eq:   func(zh, en string) []Quantity { return []Quantity{at(en, "30", 30, "years", Exact)} },
			want: nil, reason: "dropAnniversaryYears: 30 years of ↔ 30周年 is the same anniversary, not an English-only count",
		},
		{
			name: "grade",
			zh:   "所有二级以上综合医院开设儿科门诊。",
			en:   "all comprehensive hospitals rated above Grade II will provide pediatric care.",
			zq:   func(zh, en string) []Quantity { return []Quantity{at(zh, "二级以上", 2, "级", AtLeast)} },
			eq:   func(zh, en string) []Quantity { return nil },
			want: nil, reason: "a rank is not an amount",
		},
		{
			name: "target verb without tense",
			zh:   "新建养老家庭照护床位2000张。",
			zq:   func(zh, en string) []Quantity { return []Quantity{at(zh, "2000张", 2000, "张", Exact)} },
			eq:   func(zh, en string) []Quantity { return nil },
			want: []want{{"2000张", "", false, ZHOnly}}, reason: "新建 governs the number: a target",
		},
		{
			name: "target verb in a review section",
			zh:   "新建养老家庭照护床位2000张。",
			zq:   func(zh, en string) []Quantity { return []Quantity{at(zh, "2000张", 2000, "张", Exact)} },
			eq:   func(zh, en string) []Quantity { return nil },
			cfg:  CommitConfig{Tense: Past},
			want: []want{{"2000张", "", true, ZHOnly}}, reason: "the section's tense wins over a verb: the review reports what was built",
		},
		{
			name: "no verb no tense",
			zh:   "居民消费价格上涨2.1%。",
			zq:   func(zh, en string) []Quantity { return []Quantity{at(zh, "2.1%", 2.1, "%", Exact)} },
			eq:   func(zh, en string) []Quantity { return nil },
			want: []want{{"2.1%", "", true, ZHOnly}}, reason: "a statement of fact without a target verb is a figure",
		},
		{
			name: "english tense first",
			zh:   "国内生产总值增长6.6%。",
			en:   "GDP grew by 6.6 percent.",
			zq:   func(zh, en string) []Quantity { return []Quantity{at(zh, "6.6%", 6.6, "%", Exact)} },
			eq:   func(zh, en string) []Quantity { return []Quantity{at(en, "6.6 percent", 6.6, "%", Exact)} },
			cfg:  CommitConfig{Tense: Future},
			want: []want{{"6.6%", "6.6 percent", true, Consistent}}, reason: "grew is a cue: it beats the section default",
		},
		{
			name: "baseline is a figure",
			zh:   "报销比例由50%提高到60%。",
			en:   "raise the reimbursement rate from 50 to 60 percent.",
			zq: func(zh, en string) []Quantity {
				return []Quantity{at(zh, "50%", 50, "%", Exact), at(zh, "60%", 60, "%", Exact)}
			},
			eq: func(zh, en string) []Quantity {
				return []Quantity{at(en, "50", 50, "", Exact), at(en, "60 percent", 60, "%", Exact)}
			},
			cfg:    CommitConfig{Tense: Future},
			want:   []want{{"50%", "50", true, Consistent}, {"60%", "60 percent", false, Consistent}},
			reason: "the level today is reported as a figure, only the target level is a commitment",
		},
		{
			name: "time frame",
			zh:   "两年内基本取消省界收费站。",
			en:   "Within two years, we will basically abolish toll stations.",
			zq:   func(zh, en string) []Quantity { return []Quantity{at(zh, "两年", 2, "年", Exact)} },
			eq:   func(zh, en string) []Quantity { return []Quantity{at(en, "Within two", 2, "years", AtMost)} },
			cfg:  CommitConfig{Tense: Future},
			want: nil, reason: "a deadline is no amount, on either side",
		},
		{
			name: "list count",
			zh:   "做好八个方面工作。",
			en:   "We will focus on eight tasks.",
			zq:   func(zh, en string) []Quantity { return []Quantity{at(zh, "八个", 8, "个", Exact)} },
			eq:   func(zh, en string) []Quantity { return []Quantity{at(en, "eight", 8, "tasks", Exact)} },
			cfg:  CommitConfig{Tense: Future},
			want: nil, reason: "the Chinese counts abstract things: the pair goes",
		},
		{
			name: "english-only word",
			zh:   "打好攻坚战。",
			en:   "We will fight the three critical battles.",
			zq:   func(zh, en string) []Quantity { return nil },
			eq:   func(zh, en string) []Quantity { return []Quantity{at(en, "three", 3, "", Exact)} },
			cfg:  CommitConfig{Tense: Future},
			want: nil, reason: "a number word with no Chinese number behind it translates a name or a list",
		},
		{
			name: "english-only target of a change",
			zh:   "推进税制简化。",
			en:   "continue cutting the number of VAT brackets from three to two.",
			zq:   func(zh, en string) []Quantity { return nil },
			eq: func(zh, en string) []Quantity {
				return []Quantity{at(en, "three", 3, "", Exact), at(en, "two", 2, "", Exact)}
			},
			cfg:    CommitConfig{Tense: Future},
			want:   []want{{"", "three", true, ENOnly}, {"", "two", false, ENOnly}},
			reason: "a number word in a from-to change is the target level (two) or its baseline (three), not a name",
		},
		{
			name: "english-only digits",
			zh:   "实施万企兴万村行动。",
			en:   "We will launch an initiative for 10,000 private enterprises.",
			zq:   func(zh, en string) []Quantity { return nil },
			eq:   func(zh, en string) []Quantity { return []Quantity{at(en, "10,000", 1e4, "enterprises", Exact)} },
			cfg:  CommitConfig{Tense: Future},
			want: []want{{"", "10,000", false, ENOnly}}, reason: "a number in digits is kept: the translation may have added it",
		},
		{
			name: "future from the english",
			zh:   "建立9个紧密型城市医疗集团。",
			en:   "Nine tightly-knit hospital networks will be formed.",
			zq:   func(zh, en string) []Quantity { return []Quantity{at(zh, "9个", 9, "个", Exact)} },
			eq:   func(zh, en string) []Quantity { return []Quantity{at(en, "Nine", 9, "networks", Exact)} },
			cfg:  CommitConfig{Tense: Past},
			want: []want{{"9个", "Nine", false, Consistent}}, reason: "will is a cue",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CommitmentsOf(textWith(tt.zh, tt.zq(tt.zh, tt.en)), textWith(tt.en, tt.eq(tt.zh, tt.en)), tt.cfg)
			var g []want
			for _, c := range got {
				w := want{past: c.Past, status: c.Status}
				if c.ZH != nil {
					w.zh = c.ZH.Text
				}
				if c.EN != nil {
					w.en = c.EN.Text
				}
				g = append(g, w)
			}
			if fmt.Sprint(g) != fmt.Sprint(tt.want) {
				t.Errorf("commitments = %v, want %v (%s)", g, tt.want, tt.reason)
			}
		})
	}
}

func TestObjects(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		q      Quantity
		want   string
		reason string
	}{
		{"zh after", "建立9个紧密型城市医疗集团，提升能力。", at("建立9个紧密型城市医疗集团，提升能力。", "9个", 9, "个", Exact), "紧密型城市医疗集团", "the noun follows the classifier"},
		{"zh before", "新建养老家庭照护床位2000张，新增服务点。", at("新建养老家庭照护床位2000张，新增服务点。", "2000张", 2000, "张", Exact), "养老家庭照护床位", "a post-posed classifier: the object stands before, without its verb"},
		{"zh before with qualifier", "落实积极就业政策，实现城镇新增就业不少于26万人。", at("落实积极就业政策，实现城镇新增就业不少于26万人。", "不少于26万人", 26e4, "人", AtLeast), "城镇新增就业", "a fixed term that contains a verb is kept whole"},
		{"zh enumeration", "新增服务点240个、养老助餐点300个。", at("新增服务点240个、养老助餐点300个。", "300个", 300, "个", Exact), "养老助餐点", "the enumeration comma ends the phrase"},
		{"zh subject", "国内生产总值增长6.6%，总量突破90万亿元。", at("国内生产总值增长6.6%，总量突破90万亿元。", "6.6%", 6.6, "%", Exact), "国内生产总值", "a rate: the subject before the verb"},
		{"zh de", "调查失业率稳定在5%左右的较低水平。", at("调查失业率稳定在5%左右的较低水平。", "5%左右", 5, "%", About), "调查失业率", "的 after the number: the object is before"},
		{"en after", "and create no fewer than 260,000 urban jobs.", at("and create no fewer than 260,000 urban jobs.", "no fewer than 260,000", 26e4, "jobs", AtLeast), "urban jobs", "the counted noun follows"},
		{"en of", "A total of 70,000 units of rental housing for low-income groups will be made available.", at("A total of 70,000 units of rental housing for low-income groups will be made available.", "70,000", 7e4, "units", Exact), "units of rental housing", "of stays inside the phrase, for ends it"},
		{"en participle", "provide assistance to 120,000 urban individuals facing challenges.", at("provide assistance to 120,000 urban individuals facing challenges.", "120,000", 12e4, "individuals", Exact), "urban individuals", "an -ing verb ends the phrase"},
		{"en before", "Gross domestic product (GDP) grew by 6.6 percent, exceeding 90 trillion yuan.", at("Gross domestic product (GDP) grew by 6.6 percent, exceeding 90 trillion yuan.", "6.6 percent", 6.6, "%", Exact), "Gross domestic product (GDP)", "a rate: the subject before the verb"},
		{"en rate of", "a surveyed urban unemployment rate of around 5.5 percent", at("a surveyed urban unemployment rate of around 5.5 percent", "around 5.5 percent", 5.5, "%", About), "surveyed urban unemployment rate", "of around is stripped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			if strings.ContainsFunc(tt.text, isHanRune) {
				got = objectZH([]rune(tt.text), tt.q)
			} else {
				got = objectEN([]rune(tt.text), tt.q)
			}
			if got != tt.want {
				t.Errorf("object of %q in %q = %q, want %q (%s)", tt.q.Text, tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

func isHanRune(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

// sampleLines returns the lines of a corpus file.
func corpusLines(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile("../testdata/corpus/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
}

// TestCommitmentsSample checks the sample against the table of DESIGN.md:
// exactly 15 commitments, all consistent, and nothing else.
func TestCommitmentsSample(t *testing.T) {
	lines := corpusLines(t, "beijing-2024-excerpt.txt")
	type row struct {
		line  int
		value float64
		qual  Qualifier
	}
	want := []row{
		{13, 34, Exact},
		{15, 260000, AtLeast}, {15, 120000, Exact}, {15, 40000, Exact},
		{17, 9, Exact}, {17, 180, Exact}, {17, 300, Exact}, {17, 3, UpTo}, {17, 10000, Exact},
		{19, 2000, Exact}, {19, 240, Exact}, {19, 300, Exact},
		{21, 70000, Exact}, {21, 80000, Exact},
		{23, 50, Exact},
	}
	for _, cfg := range []CommitConfig{{}, {FootnoteIDs: map[string]bool{"17": true}}, {Tense: Future}} {
		var got []row
		for ln := 13; ln <= 23; ln += 2 {
			for _, c := range Commitments(lines[ln-1], lines[ln], cfg) {
				if c.Past {
					t.Errorf("cfg %+v line %d: %v reported as a past figure; the sample's tasks are commitments", cfg, ln, describe(c))
					continue
				}
				if c.Status != Consistent {
					t.Errorf("cfg %+v line %d: %v is %s, want consistent", cfg, ln, describe(c), c.Status)
				}
				if c.ZH == nil || c.EN == nil {
					t.Errorf("cfg %+v line %d: %v lacks a side", cfg, ln, describe(c))
				}
				got = append(got, row{ln, c.Value, c.Qualifier})
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("cfg %+v: sample commitments:\n got %v\nwant %v", cfg, got, want)
		}
	}
}

func describe(c Commitment) string {
	z, e := "-", "-"
	if c.ZH != nil {
		z = c.ZH.Text
	}
	if c.EN != nil {
		e = c.EN.Text
	}
	return fmt.Sprintf("%q|%q", z, e)
}

// goldUnits reads NAME.align.jsonl and returns each unit's zh and en lines
// joined with newlines.
func goldUnits(t *testing.T, name string) [][2]string {
	t.Helper()
	f, err := os.Open("../testdata/corpus/" + name + ".align.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var units [][2]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var u struct {
			ZH []string `json:"zh"`
			EN []string `json:"en"`
		}
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatal(err)
		}
		units = append(units, [2]string{strings.Join(u.ZH, "\n"), strings.Join(u.EN, "\n")})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return units
}

// TestCommitmentsGWR checks real pairs of the 2019 report: review figures
// come out as past, this year's targets as consistent commitments.
func TestCommitmentsGWR(t *testing.T) {
	docs := map[string][][2]string{}
	for _, d := range []string{"gwr-2019-national", "gwr-2021-national", "gwr-2022-national"} {
		docs[d] = goldUnits(t, d)
	}
	find := func(doc, zhPart string) [2]string {
		for _, u := range docs[doc] {
			if strings.Contains(u[0], zhPart) {
				return u
			}
		}
		t.Fatalf("no unit contains %q", zhPart)
		return [2]string{}
	}
	tests := []struct {
		name   string
		doc    string
		unit   string  // a phrase of the unit's Chinese
		zhText string  // the Chinese mention
		value  float64 // its value
		past   bool
		status Status
		quals  []Qualifier // accepted qualifiers
		reason string
	}{
		{"gdp growth", "gwr-2019-national", "国内生产总值增长6.6%", "6.6%", 6.6, true, Consistent, []Qualifier{Exact}, "grew by 6.6 percent: a result of the year under review"},
		{"jobs created", "gwr-2019-national", "城镇新增就业1361万人", "1361万人", 13.61e6, true, Consistent, []Qualifier{Exact}, "13.61 million new urban jobs were added"},
		{"jobs target", "gwr-2019-national", "城镇新增就业1100万人以上", "1100万人以上", 11e6, false, Consistent, []Qualifier{AtLeast, MoreThan}, "Over 11 million new urban jobs: this year's target, a floor"},
		{"unemployment target", "gwr-2019-national", "城镇调查失业率5.5%左右", "5.5%左右", 5.5, false, Consistent, []Qualifier{About}, "a target rate of around 5.5 percent"},
		{"growth target set", "gwr-2021-national", "今年预期目标设定为6%以上", "6%以上", 6, false, Consistent, []Qualifier{AtLeast, MoreThan}, "has been set at over 6 percent: a perfect that sets a target"},
		{"deficit target", "gwr-2022-national", "今年赤字率拟按2.8%左右安排", "2.8%左右", 2.8, false, Consistent, []Qualifier{About}, "We have set the deficit-to-GDP ratio ... at around 2.8 percent; 拟"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := find(tt.doc, tt.unit)
			var found *Commitment
			cs := Commitments(u[0], u[1], CommitConfig{})
			for k, c := range cs {
				if c.ZH != nil && c.ZH.Text == tt.zhText {
					found = &cs[k]
					break
				}
			}
			if found == nil {
				t.Fatalf("no item for %q among %d (%s)", tt.zhText, len(cs), tt.reason)
			}
			c := *found
			okQual := false
			for _, q := range tt.quals {
				okQual = okQual || c.Qualifier == q
			}
			if c.Value != tt.value || c.Past != tt.past || c.Status != tt.status || !okQual {
				t.Errorf("%s: value %v past %v status %s qualifier %s; want %v %v %s %v (%s)",
					describe(c), c.Value, c.Past, c.Status, c.Qualifier, tt.value, tt.past, tt.status, tt.quals, tt.reason)
			}
		})
	}
}

// TestCommitmentsCorpus runs every gold unit of the corpus and checks what
// must hold of any output: spans inside their text, mentions that are
// quantities, statuses that match the sides present, and the same output on
// a second run.
func TestCommitmentsCorpus(t *testing.T) {
	for _, d := range []string{"gwr-2016-national", "gwr-2019-national", "gwr-2020-national", "gwr-2021-national", "gwr-2022-national", "prc-constitution-2018"} {
		var n int
		for ui, u := range goldUnits(t, d) {
			cs := Commitments(u[0], u[1], CommitConfig{})
			if again := Commitments(u[0], u[1], CommitConfig{}); !reflect.DeepEqual(again, cs) {
				t.Errorf("%s unit %d: output differs between runs", d, ui+1)
			}
			for _, c := range cs {
				n++
				for side, q := range map[string]*Quantity{"zh": c.ZH, "en": c.EN} {
					text := u[0]
					if side == "en" {
						text = u[1]
					}
					if q == nil {
						continue
					}
					rs := []rune(text)
					if q.Start < 0 || q.End > len(rs) || q.Start >= q.End || string(rs[q.Start:q.End]) != q.Text {
						t.Errorf("%s unit %d: %s span %d-%d does not hold %q", d, ui+1, side, q.Start, q.End, q.Text)
					}
					if q.Role != RoleQuantity {
						t.Errorf("%s unit %d: %s %q has role %s", d, ui+1, side, q.Text, q.Role)
					}
				}
				switch {
				case c.ZH == nil && c.EN == nil:
					t.Errorf("%s unit %d: an item with no side", d, ui+1)
				case c.ZH == nil && c.Status != ENOnly, c.EN == nil && c.Status != ZHOnly:
					t.Errorf("%s unit %d: %s with one side is %s", d, ui+1, describe(c), c.Status)
				case c.ZH != nil && c.EN != nil && c.Status != Consistent && c.Status != Mismatch:
					t.Errorf("%s unit %d: %s with two sides is %s", d, ui+1, describe(c), c.Status)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no items at all", d)
		}
	}
}

func FuzzCommitments(f *testing.F) {
	f.Add("实现城镇新增就业不少于26万人。", "create no fewer than 260,000 urban jobs.")
	f.Add("国内生产总值增长6.6%。", "GDP grew by 6.6 percent.")
	f.Add("“七有”要求，办好34项实事", "seven aspects, five areas17, and 34 concerns")
	f.Add("由50%提高到60%", "from 50 to 60 percent")
	f.Fuzz(func(t *testing.T, zh, en string) {
		for _, c := range Commitments(zh, en, CommitConfig{}) {
			if c.ZH == nil && c.EN == nil {
				t.Fatal("an item with no side")
			}
		}
	})
}

func BenchmarkCommitments(b *testing.B) {
	units := goldUnits(&testing.T{}, "gwr-2019-national")
	size := 0
	for _, u := range units {
		size += len(u[0]) + len(u[1])
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, u := range units {
			Commitments(u[0], u[1], CommitConfig{})
		}
	}
}
