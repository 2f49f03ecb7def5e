package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// quantityCases are the Quantities table; they also seed FuzzQuantities.
// span is the expected Quantity.Text; with none set, no quantity may overlap
// the first occurrence of span in text.
var quantityCases = []struct {
	name, reason string
	lang         Lang
	text         string
	span         string
	none         bool
	value, upper float64
	unit         string
	role         Role
	qual         Qualifier
}{
	// The sample's commitments (testdata/corpus/beijing-2024-excerpt.txt, lines 13-24).
	{name: "sample-34", reason: "sample line 13: 办好34项", lang: Chinese, text: "提高财政投入力度,办好34项重要民生实事,优先解决", span: "34项", value: 34, unit: "项", role: RoleQuantity, qual: Exact},
	{name: "sample-34-en", reason: "sample line 14: 34 practical concerns", lang: English, text: "We will increase government spending to deliver on 34 practical concerns of our people", span: "34", value: 34, unit: "concerns", role: RoleQuantity, qual: Exact},
	{name: "sample-26wan", reason: "sample line 15: 不少于 is at_least and in the span", lang: Chinese, text: "实现城镇新增就业不少于26万人。", span: "不少于26万人", value: 260000, unit: "人", role: RoleQuantity, qual: AtLeast},
	{name: "sample-260000", reason: "sample line 16: no fewer than, counted noun jobs", lang: English, text: "and create no fewer than 260,000 urban jobs.", span: "no fewer than 260,000", value: 260000, unit: "jobs", role: RoleQuantity, qual: AtLeast},
	{name: "sample-12wan", reason: "12万城镇: 城 is not a classifier here", lang: Chinese, text: "促进12万城镇就业困难人员实现就业", span: "12万", value: 120000, role: RoleQuantity, qual: Exact},
	{name: "sample-120000", reason: "participle after the noun ends the phrase", lang: English, text: "provide assistance to 120,000 urban individuals facing challenges in finding employment", span: "120,000", value: 120000, unit: "individuals", role: RoleQuantity, qual: Exact},
	{name: "sample-4wan", reason: "4万农村劳动力", lang: Chinese, text: "、4万农村劳动力就业参保,", span: "4万", value: 40000, role: RoleQuantity, qual: Exact},
	{name: "sample-40000", reason: "an additional 40,000 farmer workers", lang: English, text: "to include an additional 40,000 farmer workers.", span: "40,000", value: 40000, unit: "workers", role: RoleQuantity, qual: Exact},
	{name: "sample-9ge", reason: "9个 with classifier", lang: Chinese, text: "建立9个紧密型城市医疗集团,", span: "9个", value: 9, unit: "个", role: RoleQuantity, qual: Exact},
	{name: "sample-nine", reason: "Nine at sentence start; skip the hyphenated adjective", lang: English, text: "Nine tightly-knit hospital networks will be formed to improve", span: "Nine", value: 9, unit: "networks", role: RoleQuantity, qual: Exact},
	{name: "sample-180", reason: "180项检验结果", lang: Chinese, text: "开展180项检验结果、300项检查结果互认", span: "180项", value: 180, unit: "项", role: RoleQuantity, qual: Exact},
	{name: "sample-300", reason: "second of a pair", lang: Chinese, text: "开展180项检验结果、300项检查结果互认", span: "300项", value: 300, unit: "项", role: RoleQuantity, qual: Exact},
	{name: "sample-180-en", reason: "and stops the noun phrase", lang: English, text: "With the results of 180 test items and 300 examination items mutually recognized", span: "180", value: 180, unit: "items", role: RoleQuantity, qual: Exact},
	{name: "sample-3months", reason: "放宽至 is up_to; 个月 is one unit", lang: Chinese, text: "将处方用药量放宽至3个月。", span: "放宽至3个月", value: 3, unit: "个月", role: RoleQuantity, qual: UpTo},
	{name: "sample-three-months", reason: "up to; possessive months' ends the noun phrase", lang: English, text: "prescriptions for up to three months' supply of medications", span: "up to three", value: 3, unit: "months", role: RoleQuantity, qual: UpTo},
	{name: "sample-1wan", reason: "unit after the scale", lang: Chinese, text: "新增普惠托位1万个。", span: "1万个", value: 10000, unit: "个", role: RoleQuantity, qual: Exact},
	{name: "sample-10000", reason: "nursery slots", lang: English, text: "and add 10,000 nursery slots.", span: "10,000", value: 10000, unit: "slots", role: RoleQuantity, qual: Exact},
	{name: "sample-2000zhang", reason: "床位2000张 is 2000 beds, not the year 2000", lang: Chinese, text: "新建养老家庭照护床位2000张,", span: "2000张", value: 2000, unit: "张", role: RoleQuantity, qual: Exact},
	{name: "sample-2000-en", reason: "2,000 with a comma is never a year", lang: English, text: "the adaptation of 2,000 beds for home-based eldercare", span: "2,000", value: 2000, unit: "beds", role: RoleQuantity, qual: Exact},
	{name: "sample-240", reason: "elderly-care sites: hyphenated modifier skipped", lang: English, text: "establish 240 elderly-care sites in rural neighborhoods", span: "240", value: 240, unit: "sites", role: RoleQuantity, qual: Exact},
	{name: "sample-300-stations", reason: "adverb after the noun ends the phrase", lang: English, text: "set up 300 meal service stations specifically catering to the needs", span: "300", value: 300, unit: "stations", role: RoleQuantity, qual: Exact},
	{name: "sample-7wan", reason: "7万套", lang: Chinese, text: "建设筹集保障性租赁住房7万套,竣工各类保障性住房8万套。", span: "7万套", value: 70000, unit: "套", role: RoleQuantity, qual: Exact},
	{name: "sample-70000", reason: "units of", lang: English, text: "A total of 70,000 units of rental housing for low-income groups", span: "70,000", value: 70000, unit: "units", role: RoleQuantity, qual: Exact},
	{name: "sample-50ge", reason: "新建50个", lang: Chinese, text: "新建50个残疾人温馨家园。", span: "50个", value: 50, unit: "个", role: RoleQuantity, qual: Exact},
	{name: "sample-50-en", reason: "another 50 service centers", lang: English, text: "with plans to build another 50 service centers for people with disabilities.", span: "50", value: 50, unit: "centers", role: RoleQuantity, qual: Exact},
	// Non-quantities in the sample.
	{name: "sample-year", reason: "2024年 is a year", lang: Chinese, text: "——2024年1月21日在北京市第十六届", span: "2024年", value: 2024, role: RoleYear},
	{name: "sample-date", reason: "1月21日 is a date, month×100+day", lang: Chinese, text: "——2024年1月21日在北京市第十六届", span: "1月21日", value: 121, role: RoleDate},
	{name: "sample-ordinal", reason: "第十六届 is an ordinal", lang: Chinese, text: "——2024年1月21日在北京市第十六届", span: "第十六届", value: 16, unit: "届", role: RoleOrdinal},
	{name: "sample-second-session", reason: "第二次 is an ordinal", lang: Chinese, text: "人民代表大会第二次会议上", span: "第二次", value: 2, unit: "次", role: RoleOrdinal},
	{name: "sample-en-second", reason: "Second Session", lang: English, text: "Delivered at the Second Session of the Sixteenth Beijing Municipal", span: "Second", value: 2, role: RoleOrdinal},
	{name: "sample-en-sixteenth", reason: "Sixteenth", lang: English, text: "Delivered at the Second Session of the Sixteenth Beijing Municipal", span: "Sixteenth", value: 16, role: RoleOrdinal},
	{name: "sample-en-date", reason: "January 21 is a date", lang: English, text: "People's Congress on January 21, 2024", span: "January 21", value: 121, role: RoleDate},
	{name: "sample-en-year", reason: "2024 after a date is a year", lang: English, text: "People's Congress on January 21, 2024", span: "2024", value: 2024, role: RoleYear},
	{name: "sample-heading-zh", reason: "二、 at line start is a list marker", lang: Chinese, text: "二、2024年重点任务", span: "二、", value: 2, role: RoleListMarker},
	{name: "sample-heading-en", reason: "II at line start is a list marker", lang: English, text: "II Major Tasks for 2024", span: "II", value: 2, role: RoleListMarker},
	{name: "sample-heading-year", reason: "for 2024 is a year", lang: English, text: "II Major Tasks for 2024", span: "2024", value: 2024, role: RoleYear},
	{name: "sample-paren", reason: "(十) is a list marker", lang: Chinese, text: "(十)更加注重保障和改善民生", span: "(十)", value: 10, role: RoleListMarker},
	{name: "sample-tenth", reason: "Tenth, at the head of a heading", lang: English, text: "Tenth, we will prioritize and intensify our efforts", span: "Tenth,", value: 10, role: RoleListMarker},
	{name: "sample-qiyou", reason: "“七有” is a name", lang: Chinese, text: "紧扣“七有”要求和“五性”需求,", span: "七有", value: 7, role: RoleName},
	{name: "sample-wuxing", reason: "“五性” is a name", lang: Chinese, text: "紧扣“七有”要求和“五性”需求,", span: "五性", value: 5, role: RoleName},
	{name: "sample-sanyi", reason: "“三医” is a name", lang: Chinese, text: "深入推进“三医”联动改革", span: "三医", value: 3, role: RoleName},
	{name: "sample-footnote", reason: "areas17: digits glued to a word are a footnote reference", lang: English, text: "for a better life in five areas17, and actively respond", span: "17", value: 17, role: RoleFootnoteRef},
	{name: "sample-five-areas", reason: "five areas is left as a quantity (see the doc)", lang: English, text: "for a better life in five areas17, and actively respond", span: "five", value: 5, unit: "areas", role: RoleQuantity, qual: Exact},
	{name: "sample-grade", reason: "二级以上 is a grade, an ordinal", lang: Chinese, text: "所有二级以上综合医院开设儿科门诊", span: "二级以上", value: 2, unit: "级", role: RoleOrdinal},
	{name: "sample-grade-en", reason: "Grade II is an ordinal label", lang: English, text: "all comprehensive hospitals rated above Grade II provide pediatric outpatient care", span: "II", value: 2, role: RoleOrdinal},
	{name: "sample-footnote-def", reason: "[17] opens the footnote definition", lang: English, text: "[17]The seven aspects are childcare, education", span: "[17]", value: 17, role: RoleFootnoteRef},
	// Government work reports (testdata/corpus/gwr-*).
	{name: "gdp-zh", reason: "114万亿元: 元 with the scale in Value", lang: Chinese, text: "国内生产总值达到114万亿元，增长8.1%。", span: "114万亿元", value: 1.14e14, unit: "元", role: RoleQuantity, qual: Exact},
	{name: "gdp-growth-zh", reason: "8.1%", lang: Chinese, text: "国内生产总值达到114万亿元，增长8.1%。", span: "8.1%", value: 8.1, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "gdp-en", reason: "114 trillion yuan", lang: English, text: "China's GDP reached 114 trillion yuan, growing by 8.1 percent.", span: "114 trillion yuan", value: 1.14e14, unit: "yuan", role: RoleQuantity, qual: Exact},
	{name: "gdp-growth-en", reason: "percent is %", lang: English, text: "China's GDP reached 114 trillion yuan, growing by 8.1 percent.", span: "8.1 percent", value: 8.1, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "jobs-zh", reason: "以上 after the unit is at_least", lang: Chinese, text: "城镇新增就业1100万人以上，城镇调查失业率5.5%左右", span: "1100万人以上", value: 1.1e7, unit: "人", role: RoleQuantity, qual: AtLeast},
	{name: "jobs-en", reason: "Over 11 million new urban jobs", lang: English, text: "Over 11 million new urban jobs", span: "Over 11 million", value: 1.1e7, unit: "jobs", role: RoleQuantity, qual: MoreThan},
	{name: "unemployment-about", reason: "左右 is about", lang: Chinese, text: "城镇新增就业1100万人以上，城镇调查失业率5.5%左右", span: "5.5%左右", value: 5.5, unit: "%", role: RoleQuantity, qual: About},
	{name: "around-en", reason: "around is about", lang: English, text: "a surveyed urban unemployment rate of around 5.5 percent", span: "around 5.5 percent", value: 5.5, unit: "%", role: RoleQuantity, qual: About},
	{name: "range-zh", reason: "6%－6.5% with U+FF0D", lang: Chinese, text: "国内生产总值增长6%－6.5%；", span: "6%－6.5%", value: 6, upper: 6.5, unit: "%", role: RoleQuantity, qual: Range},
	{name: "range-en", reason: "6-6.5 percent", lang: English, text: "GDP growth of 6-6.5 percent;", span: "6-6.5 percent", value: 6, upper: 6.5, unit: "%", role: RoleQuantity, qual: Range},
	{name: "yinei", reason: "以内 is at_most; 控制在 is absorbed", lang: Chinese, text: "城镇调查失业率控制在5.5%以内", span: "控制在5.5%以内", value: 5.5, unit: "%", role: RoleQuantity, qual: AtMost},
	{name: "within-en", reason: "within is at_most", lang: English, text: "keep the unemployment rate within 5.5 percent", span: "within 5.5 percent", value: 5.5, unit: "%", role: RoleQuantity, qual: AtMost},
	{name: "pp-zh", reason: "个百分点 is pp, not %", lang: Chinese, text: "比去年预算高0.2个百分点", span: "0.2个百分点", value: 0.2, unit: "pp", role: RoleQuantity, qual: Exact},
	{name: "pp-35", reason: "3.5个百分点 is 3.5 pp", lang: Chinese, text: "下降3.5个百分点", span: "3.5个百分点", value: 3.5, unit: "pp", role: RoleQuantity, qual: Exact},
	{name: "pp-en", reason: "percentage points are pp", lang: English, text: "or 2.5 percentage points of growth ten years ago", span: "2.5 percentage points", value: 2.5, unit: "pp", role: RoleQuantity, qual: Exact},
	{name: "chaoguo", reason: "超过 is more_than", lang: Chinese, text: "新增减税降费超过2.6万亿元", span: "超过2.6万亿元", value: 2.6e12, unit: "元", role: RoleQuantity, qual: MoreThan},
	{name: "more-than-en", reason: "more than ... yuan", lang: English, text: "cut taxes and fees by more than 2.6 trillion yuan", span: "more than 2.6 trillion yuan", value: 2.6e12, unit: "yuan", role: RoleQuantity, qual: MoreThan},
	{name: "budao", reason: "不到 is less_than", lang: Chinese, text: "从不到70万亿元增加到超过100万亿元", span: "不到70万亿元", value: 7e13, unit: "元", role: RoleQuantity, qual: LessThan},
	{name: "budao-second", reason: "超过 second number of a change, not a range", lang: Chinese, text: "从不到70万亿元增加到超过100万亿元", span: "超过100万亿元", value: 1e14, unit: "元", role: RoleQuantity, qual: MoreThan},
	{name: "less-than-en", reason: "less than", lang: English, text: "grew from less than 70 trillion yuan to over 100 trillion yuan", span: "less than 70 trillion yuan", value: 7e13, unit: "yuan", role: RoleQuantity, qual: LessThan},
	{name: "from-to-not-range", reason: "from X to Y is a change, not a range", lang: English, text: "grew from less than 70 trillion yuan to over 100 trillion yuan", span: "over 100 trillion yuan", value: 1e14, unit: "yuan", role: RoleQuantity, qual: MoreThan},
	{name: "jin", reason: "近 is about", lang: Chinese, text: "农村贫困人口近600万人", span: "近600万人", value: 6e6, unit: "人", role: RoleQuantity, qual: About},
	{name: "close-to", reason: "Close to is about", lang: English, text: "Close to six million people were lifted out of poverty", span: "Close to six million", value: 6e6, unit: "people", role: RoleQuantity, qual: About},
	{name: "duo-wan", reason: "1000多万 is more_than", lang: Chinese, text: "高校毕业生1000多万", span: "1000多万", value: 1e7, role: RoleQuantity, qual: MoreThan},
	{name: "duo-ge", reason: "300多个: 多 before the classifier", lang: Chinese, text: "建成300多个项目", span: "300多个", value: 300, unit: "个", role: RoleQuantity, qual: MoreThan},
	{name: "yu-nian", reason: "10余年: 余 is more_than", lang: Chinese, text: "经过10余年努力", span: "10余年", value: 10, unit: "年", role: RoleQuantity, qual: MoreThan},
	{name: "yu-prefix", reason: "逾 is more_than", lang: Chinese, text: "惠及逾1亿人", span: "逾1亿人", value: 1e8, unit: "人", role: RoleQuantity, qual: MoreThan},
	{name: "yue", reason: "约 is about", lang: Chinese, text: "减少约2000亿元", span: "约2000亿元", value: 2e11, unit: "元", role: RoleQuantity, qual: About},
	{name: "buchaoguo", reason: "不超过 is at_most", lang: Chinese, text: "赤字率不超过3%", span: "不超过3%", value: 3, unit: "%", role: RoleQuantity, qual: AtMost},
	{name: "budiyu", reason: "不低于 is at_least", lang: Chinese, text: "粮食产量不低于1.3万亿斤", span: "不低于1.3万亿斤", value: 1.3e12, unit: "斤", role: RoleQuantity, qual: AtLeast},
	{name: "zhishao-apart", reason: "a qualifier separated by a verb does not apply", lang: Chinese, text: "每年至少培训5万人次", span: "5万人次", value: 50000, unit: "人次", role: RoleQuantity, qual: Exact},
	{name: "zhishao-adjacent", reason: "至少 directly before the number", lang: Chinese, text: "每年培训至少5万人次", span: "至少5万人次", value: 50000, unit: "人次", role: RoleQuantity, qual: AtLeast},
	{name: "zuiduo", reason: "最多 is up_to", lang: Chinese, text: "最多跑一次改为最多3天", span: "最多3天", value: 3, unit: "天", role: RoleQuantity, qual: UpTo},
	{name: "yixia", reason: "以下 is at_most", lang: Chinese, text: "将3岁以下婴幼儿照护费用纳入", span: "3岁以下", value: 3, unit: "岁", role: RoleQuantity, qual: AtMost},
	{name: "buzu", reason: "不足 is less_than", lang: Chinese, text: "覆盖率不足50%", span: "不足50%", value: 50, unit: "%", role: RoleQuantity, qual: LessThan},
	{name: "at-least-en", reason: "at least", lang: English, text: "creation of at least ten million new urban jobs", span: "at least ten million", value: 1e7, unit: "jobs", role: RoleQuantity, qual: AtLeast},
	{name: "no-less-than-en", reason: "no less than", lang: English, text: "high-standard cropland by no less than 5.33 million hectares.", span: "no less than 5.33 million", value: 5.33e6, unit: "hectares", role: RoleQuantity, qual: AtLeast},
	{name: "nearly-en", reason: "nearly is about", lang: English, text: "contributions of enterprises by nearly 2 trillion yuan.", span: "nearly 2 trillion yuan", value: 2e12, unit: "yuan", role: RoleQuantity, qual: About},
	{name: "about-en", reason: "about 100 million people", lang: English, text: "villages in cities involving about 100 million people, and", span: "about 100 million", value: 1e8, unit: "people", role: RoleQuantity, qual: About},
	{name: "or-more-en", reason: "or more is at_least", lang: English, text: "enterprises with 100 employees or more", span: "100", value: 100, unit: "employees", role: RoleQuantity, qual: Exact},
	{name: "or-more-adjacent", reason: "or more right after the number", lang: English, text: "a growth of 6 percent or more this year", span: "6 percent or more", value: 6, unit: "%", role: RoleQuantity, qual: AtLeast},
	{name: "above-en", reason: "above is more_than", lang: English, text: "grain output above 650 million tons", span: "above 650 million", value: 6.5e8, unit: "tons", role: RoleQuantity, qual: MoreThan},
	{name: "below-en", reason: "below is less_than", lang: English, text: "with annual incomes below one million yuan", span: "below one million yuan", value: 1e6, unit: "yuan", role: RoleQuantity, qual: LessThan},
	{name: "rmb-billion", reason: "RMB 10 billion is 1e10", lang: English, text: "an investment of RMB 10 billion in rural roads", span: "RMB 10 billion", value: 1e10, unit: "yuan", role: RoleQuantity, qual: Exact},
	{name: "rmb-million", reason: "RMB 1.2 million is 1.2e6", lang: English, text: "fines of RMB 1.2 million were imposed", span: "RMB 1.2 million", value: 1.2e6, unit: "yuan", role: RoleQuantity, qual: Exact},
	{name: "yuan-small", reason: "30元", lang: Chinese, text: "人均财政补助标准再提高30元", span: "30元", value: 30, unit: "元", role: RoleQuantity, qual: Exact},
	{name: "wan-yuan", reason: "10万元", lang: Chinese, text: "月销售额10万元以下的小规模纳税人", span: "10万元以下", value: 100000, unit: "元", role: RoleQuantity, qual: AtMost},
	{name: "mu", reason: "18亿亩 with 亩", lang: Chinese, text: "坚守18亿亩耕地红线", span: "18亿亩", value: 1.8e9, unit: "亩", role: RoleQuantity, qual: Exact},
	{name: "renci", reason: "人次 is one unit", lang: Chinese, text: "超过800万人次", span: "超过800万人次", value: 8e6, unit: "人次", role: RoleQuantity, qual: MoreThan},
	{name: "gongli", reason: "公里 is a measure word", lang: Chinese, text: "新改建农村公路20万公里", span: "20万公里", value: 2e5, unit: "公里", role: RoleQuantity, qual: Exact},
	{name: "bei", reason: "倍 is a unit", lang: Chinese, text: "增长1.5倍", span: "1.5倍", value: 1.5, unit: "倍", role: RoleQuantity, qual: Exact},
	{name: "baifenzhi-text", reason: "百分之三十 in text is 30%", lang: Chinese, text: "降低百分之三十以上", span: "百分之三十以上", value: 30, unit: "%", role: RoleQuantity, qual: AtLeast},
	{name: "yiban", reason: "一半 is the fraction 0.5 and takes its qualifier", lang: Chinese, text: "占比超过一半", span: "超过一半", value: 0.5, unit: "fraction", role: RoleQuantity, qual: MoreThan},
	{name: "han-quantity", reason: "Chinese numeral with classifier", lang: Chinese, text: "完成三项任务", span: "三项", value: 3, unit: "项", role: RoleQuantity, qual: Exact},
	{name: "han-wan-elided-text", reason: "一万二千人", lang: Chinese, text: "培训一万二千人", span: "一万二千人", value: 12000, unit: "人", role: RoleQuantity, qual: Exact},
	{name: "han-liangqiansan", reason: "colloquial 两千三 in text", lang: Chinese, text: "来了两千三百人", span: "两千三百人", value: 2300, unit: "人", role: RoleQuantity, qual: Exact},
	{name: "full-width-text", reason: "full-width digits in running text", lang: Chinese, text: "新增就业２６万人", span: "２６万人", value: 260000, unit: "人", role: RoleQuantity, qual: Exact},
	{name: "range-zhi", reason: "3至5个 is a range", lang: Chinese, text: "每年建设3至5个示范区", span: "3至5个", value: 3, upper: 5, unit: "个", role: RoleQuantity, qual: Range},
	{name: "range-dao", reason: "3到5年 is a range", lang: Chinese, text: "用3到5年时间", span: "3到5年", value: 3, upper: 5, unit: "年", role: RoleQuantity, qual: Range},
	{name: "range-han-pair", reason: "三四个 is an approximate range", lang: Chinese, text: "再用三四个月", span: "三四个月", value: 3, upper: 4, unit: "个月", role: RoleQuantity, qual: Range},
	{name: "between-en", reason: "between 3 and 5 percent", lang: English, text: "inflation between 3 and 5 percent", span: "between 3 and 5 percent", value: 3, upper: 5, unit: "%", role: RoleQuantity, qual: Range},
	{name: "to-range-en", reason: "3 to 5 years", lang: English, text: "within 3 to 5 years we will", span: "3 to 5", value: 3, upper: 5, unit: "years", role: RoleQuantity, qual: Range},
	{name: "year-range-zh", reason: "2016—2020年 is a year range", lang: Chinese, text: "国民经济和社会发展第十三个五年规划纲要（2016—2020年）", span: "2016—2020年", value: 2016, upper: 2020, role: RoleYear, qual: Range},
	{name: "year-range-en", reason: "2016-2020 is a year range", lang: English, text: "the 13th Five-Year Plan (2016-2020)", span: "2016-2020", value: 2016, upper: 2020, role: RoleYear, qual: Range},
	{name: "year-in", reason: "in 2024", lang: English, text: "Our work in 2024", span: "2024", value: 2024, role: RoleYear},
	{name: "year-han", reason: "二〇三五年 is a year", lang: Chinese, text: "展望二〇三五年", span: "二〇三五年", value: 2035, role: RoleYear},
	{name: "duration-nian", reason: "5年 is a duration, not a year", lang: Chinese, text: "过去5年", span: "5年", value: 5, unit: "年", role: RoleQuantity, qual: Exact},
	{name: "years-en", reason: "five years", lang: English, text: "over the past five years", span: "five", value: 5, unit: "years", role: RoleQuantity, qual: Exact},
	{name: "year-plural-noun", reason: "2000 beds is a count even without a comma", lang: English, text: "we added 2000 beds", span: "2000", value: 2000, unit: "beds", role: RoleQuantity, qual: Exact},
	{name: "year-capital-noun", reason: "2022 Olympics names an event: a year", lang: English, text: "prepare for the 2022 Olympics and Paralympics", span: "2022", value: 2022, role: RoleYear},
	{name: "date-march", reason: "March 5 is a date", lang: English, text: "on March 5, 2021", span: "March 5", value: 305, role: RoleDate},
	{name: "date-zh", reason: "3月5日", lang: Chinese, text: "2021年3月5日在第十三届全国人民代表大会", span: "3月5日", value: 305, role: RoleDate},
	{name: "date-day-first", reason: "21 January", lang: English, text: "adopted on 21 January", span: "21 January", value: 121, role: RoleDate},
	{name: "zh-fiscal-year", reason: "zhYearNounAt: 2021财年 names a fiscal year, not an amount", lang: Chinese, text: "——2021财年，美国在南部边境拘留了", span: "2021", value: 2021, role: RoleYear},
	{name: "zh-school-year-range", reason: "zhYearNounAt: 2020－2021学年 names a school year", lang: Chinese, text: "2020－2021学年纽约市无家可归的学童", span: "2020－2021", value: 2020, upper: 2021, role: RoleYear, qual: Range},
	{name: "date-en-abbrev-period", reason: "enMonthBefore: Nov. 18 is a date, the abbreviated month takes its period", lang: English, text: "on Nov. 18, 2021, the court ruled", span: "Nov. 18", value: 1118, role: RoleDate},
	{name: "date-en-abbrev-sept", reason: "enMonthBefore: Sept. is the four-letter abbreviation of September", lang: English, text: "On Sept. 30, police said", span: "Sept. 30", value: 930, role: RoleDate},
	{name: "date-en-abbrev-no-period", reason: "enMonthBefore: Dec 8 without a period is a date too", lang: English, text: "released on Dec 8 last year", span: "Dec 8", value: 1208, role: RoleDate},
	{name: "date-en-abbrev-lower-not-month", reason: "enMonthBefore: a lower-case word (dec, mar) is no month", lang: English, text: "to mar 3 records", span: "3", value: 3, unit: "records", role: RoleQuantity},
	{name: "month-zh", reason: "3月 alone is a date (month)", lang: Chinese, text: "今年3月以来", span: "3月", value: 300, role: RoleDate},
	{name: "ordinal-13th", reason: "13th", lang: English, text: "the 13th National People's Congress", span: "13th", value: 13, role: RoleOrdinal},
	{name: "ordinal-first", reason: "first is an ordinal", lang: English, text: "for the first time", span: "first", value: 1, role: RoleOrdinal},
	{name: "ordinal-di-yi", reason: "第一 is an ordinal", lang: Chinese, text: "坚持发展是第一要务", span: "第一", value: 1, role: RoleOrdinal},
	{name: "ordinal-jie", reason: "十九届 without 第 is an ordinal", lang: Chinese, text: "党的十九届五中全会", span: "十九届", value: 19, unit: "届", role: RoleOrdinal},
	{name: "ordinal-plenum", reason: "五中全会 is an ordinal", lang: Chinese, text: "党的十九届五中全会", span: "五中全会", value: 5, role: RoleOrdinal},
	{name: "ordinal-article", reason: "Article 5 is a label", lang: English, text: "as provided in Article 5 of this Constitution", span: "5", value: 5, role: RoleOrdinal},
	{name: "ordinal-di-tiao", reason: "第五条", lang: Chinese, text: "依照本法第五条的规定", span: "第五条", value: 5, unit: "条", role: RoleOrdinal},
	{name: "list-yishi", reason: "一是 is a list marker", lang: Chinese, text: "一是围绕市场主体的急需", span: "一是", value: 1, role: RoleListMarker},
	{name: "list-ershi", reason: "二是 after a full stop", lang: Chinese, text: "加强监管。二是推进改革", span: "二是", value: 2, role: RoleListMarker},
	{name: "list-fullwidth-paren", reason: "（一） is a list marker", lang: Chinese, text: "（一）着力稳定经济增长", span: "（一）", value: 1, role: RoleListMarker},
	{name: "list-roman-dot", reason: "I. at line start", lang: English, text: "I. A review of Our Work in 2020", span: "I.", value: 1, role: RoleListMarker},
	{name: "list-digit-dot", reason: "1. at line start", lang: English, text: "1. We kept the economy stable", span: "1.", value: 1, role: RoleListMarker},
	{name: "list-digit-dot-zh", reason: "1. at line start in Chinese", lang: Chinese, text: "1.稳定经济增长", span: "1.", value: 1, role: RoleListMarker},
	{name: "list-first-comma", reason: "First, after a sentence", lang: English, text: "We did three things. First, we cut taxes.", span: "First,", value: 1, role: RoleListMarker},
	{name: "list-circled", reason: "① is a list marker", lang: Chinese, text: "①加强领导", span: "①", value: 1, role: RoleListMarker},
	{name: "list-paren-digit", reason: "(1) in English", lang: English, text: "the following: (1) lower taxes", span: "(1)", value: 1, role: RoleListMarker},
	{name: "name-shisiwu", reason: "十四五 is a name", lang: Chinese, text: "编制“十四五”规划", span: "十四五", value: 14, role: RoleName},
	{name: "name-shisiwu-bare", reason: "十四五 without quotes is still a name", lang: Chinese, text: "十四五时期经济社会发展", span: "十四五", value: 14, role: RoleName},
	{name: "name-liuwen", reason: "“六稳”", lang: Chinese, text: "扎实做好“六稳”工作、全面落实“六保”任务", span: "六稳", value: 6, role: RoleName},
	{name: "name-liubao", reason: "“六保”", lang: Chinese, text: "扎实做好“六稳”工作、全面落实“六保”任务", span: "六保", value: 6, role: RoleName},
	{name: "name-shijiuda", reason: "十九大 is the 19th Party Congress", lang: Chinese, text: "党的十九大以来", span: "十九大", value: 19, role: RoleName},
	{name: "name-belt-road", reason: "一带一路 is a name", lang: Chinese, text: "推动共建“一带一路”高质量发展", span: "一带一路", value: 1, role: RoleName},
	{name: "name-g20", reason: "G20 is a name", lang: English, text: "at the G20 summit", span: "G20", value: 20, role: RoleName},
	{name: "name-covid", reason: "Covid-19 is a name", lang: English, text: "our response to Covid-19 was", span: "Covid-19", value: 19, role: RoleName},
	{name: "name-5g", reason: "5G is a name", lang: English, text: "build 5G networks", span: "5G", value: 5, role: RoleName},
	{name: "name-5g-zh", reason: "5G in Chinese text", lang: Chinese, text: "加快5G网络建设", span: "5G", value: 5, role: RoleName},
	{name: "name-five-year-plan", reason: "Five-Year Plan is a name", lang: English, text: "the 14th Five-Year Plan", span: "Five-Year", value: 5, role: RoleName},
	{name: "name-one-country", reason: "One Country, Two Systems is a name", lang: English, text: "the principle of One Country, Two Systems", span: "One", value: 1, role: RoleName},
	{name: "three-year-compound", reason: "three-year is a duration", lang: English, text: "a three-year action plan", span: "three-year", value: 3, unit: "year", role: RoleQuantity, qual: Exact},
	{name: "pm25", reason: "PM2.5 is a name", lang: English, text: "PM2.5 density fell", span: "PM2.5", value: 2.5, role: RoleName},
	{name: "superscript", reason: "superscript digits are footnote references", lang: English, text: "five areas¹⁷ and", span: "¹⁷", value: 17, role: RoleFootnoteRef},
	{name: "a-hundred-en", reason: "a hundred", lang: English, text: "a hundred villages", span: "a hundred", value: 100, unit: "villages", role: RoleQuantity, qual: Exact},
	{name: "a-dozen-en", reason: "a dozen", lang: English, text: "a dozen provinces", span: "a dozen", value: 12, unit: "provinces", role: RoleQuantity, qual: Exact},
	{name: "twenty-five-en", reason: "hyphenated number word", lang: English, text: "twenty-five cities", span: "twenty-five", value: 25, unit: "cities", role: RoleQuantity, qual: Exact},
	{name: "1.4-billion", reason: "1.4 billion people", lang: English, text: "our 1.4 billion people", span: "1.4 billion", value: 1.4e9, unit: "people", role: RoleQuantity, qual: Exact},
	{name: "fraction-zh", reason: "三分之一以上 is a fraction with its qualifier", lang: Chinese, text: "占比达到三分之一以上", span: "三分之一以上", value: 1.0 / 3, unit: "fraction", role: RoleQuantity, qual: AtLeast},
	{name: "fraction-en", reason: "one third is a fraction", lang: English, text: "accounting for one third of the total", span: "one third", value: 1.0 / 3, unit: "fraction", role: RoleQuantity, qual: Exact},
	{name: "fraction-quarters", reason: "three quarters", lang: English, text: "three quarters of counties", span: "three quarters", value: 0.75, unit: "fraction", role: RoleQuantity, qual: Exact},
	{name: "name-hao", reason: "嫦娥四号 is a designation, not a day", lang: Chinese, text: "“嫦娥四号”成功着陆", span: "四号", value: 4, role: RoleName},
	{name: "name-hao-bare", reason: "N号 without quotes is still a designation", lang: Chinese, text: "天问一号探测器", span: "一号", value: 1, role: RoleName},
	{name: "name-book-title", reason: "numbers inside 《》 titles are names", lang: Chinese, text: "实施《中国制造2025》，", span: "2025》", value: 2025, role: RoleName},
	{name: "between-millions", reason: "one million and three million are two bounds, not a sum", lang: English, text: "incomes between one million and three million yuan", span: "between one million and three million yuan", value: 1e6, upper: 3e6, unit: "yuan", role: RoleQuantity, qual: Range},
	{name: "head-plural-stops", reason: "a singular word after a plural head starts a new phrase", lang: English, text: "over 650 million metric tons further improvement", span: "over 650 million", value: 6.5e8, unit: "tons", role: RoleQuantity, qual: MoreThan},
	{name: "head-participle-before", reason: "a participle before the head is a modifier", lang: English, text: "7.72 million government-subsidized housing units were", span: "7.72 million", value: 7.72e6, unit: "units", role: RoleQuantity, qual: Exact},
	{name: "head-more", reason: "more between number and noun is a modifier", lang: English, text: "expanded to four more areas, and", span: "four", value: 4, unit: "areas", role: RoleQuantity, qual: Exact},
	{name: "skip-zero-tolerance", reason: "zero tolerance is not an amount", lang: English, text: "zero tolerance for corruption", span: "zero", none: true},
	{name: "zero-percent", reason: "zero percent is an amount", lang: English, text: "a zero percent tariff", span: "zero percent", value: 0, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "skip-as-one", reason: "as one: a pronoun", lang: English, text: "work together as one to surmount all difficulties", span: "one", none: true},
	{name: "idiom-cheng-qian-shang-wan", reason: "zhIdiomAt: 成千上万 (numerals at the 2nd and 4th place) is 'thousands of', not 10000", lang: Chinese, text: "成千上万拒不接受选举结果的民众", span: "成千上万", none: true},
	{name: "idiom-qian-fang-bai-ji", reason: "zhIdiomAt: 千方百计, numerals at the 1st and 3rd place, means by every means", lang: Chinese, text: "要千方百计稳定就业", span: "千方百计", none: true},
	{name: "idiom-wu-hu-si-hai", reason: "zhIdiomAt: 五湖四海 is 'all corners', no unit after either numeral", lang: Chinese, text: "来自五湖四海的朋友", span: "五湖四海", none: true},
	{name: "idiom-rule-keeps-counts", reason: "zhIdiomAt: 个 is a measure word, so 三个五年 counts three plans", lang: Chinese, text: "经过三个五年规划", span: "三个", value: 3, unit: "个", role: RoleQuantity},
	{name: "idiom-rule-keeps-units", reason: "zhIdiomAt: 年 and 次 are units, so 一年两次 is two times", lang: Chinese, text: "检查一年两次", span: "两次", value: 2, unit: "次", role: RoleQuantity},
	{name: "lex-si-chu", reason: "四处 is 'everywhere' (listed: no rule tells it from four places)", lang: Chinese, text: "四处鼓吹民主", span: "四处", none: true},
	{name: "en-slash-name-911", reason: "enSlashName: 9/11 names the attacks, not 9 and 11", lang: English, text: "after the 9/11 attacks", span: "9/11", value: 9, role: RoleName},
	{name: "en-slash-name-date", reason: "enSlashName: 3/15/2021 is one date, not three amounts", lang: English, text: "issued on 3/15/2021 by", span: "3/15/2021", value: 3, role: RoleName},
	{name: "en-title-42", reason: "enOrdinalContext: Title 42 names a part of the U.S. Code", lang: English, text: "expelled under Title 42 of the code", span: "42", value: 42, role: RoleOrdinal},
	{name: "qual-across-verb-le", reason: "zhQualAcross: 至少 stands before the verb 废弃了, and still bounds the number", lang: Chinese, text: "半年内至少废弃了1500万剂疫苗", span: "至少废弃了1500万剂", value: 15000000, unit: "剂", role: RoleQuantity, qual: AtLeast},
	{name: "qual-across-zhan-de", reason: "zhQualAcross: 约占…的7%, the share of a whole named between", lang: Chinese, text: "约占所有州囚犯的7%和联邦囚犯的16%", span: "约占所有州囚犯的7%", value: 7, unit: "%", role: RoleQuantity, qual: About},
	{name: "qual-link-zhan", reason: "zhQualLink: 占 links 约 to 46% as 有 and 为 do", lang: Chinese, text: "美国人拥有3.93亿支，约占46%。", span: "约占46%", value: 46, unit: "%", role: RoleQuantity, qual: About},
	{name: "qual-jihu", reason: "几乎 (almost) is an about qualifier like 将近", lang: Chinese, text: "几乎一半的州没有", span: "几乎一半", value: 0.5, unit: "fraction", role: RoleQuantity, qual: About},
	{name: "shang-after-climb-verb", reason: "zhClimbVerb: 迈上百万亿元 reaches the level of 100 trillion, the 上 is the verb's", lang: Chinese, text: "国内生产总值迈上百万亿元新台阶", span: "百万亿元", value: 1e14, unit: "元", role: RoleQuantity, qual: Exact},
	{name: "from-to-year-not-range", reason: "enYearToAmount: from 39,558 in 2019 to 43,643: 2019 is a year, 43,643 the new amount, no range", lang: English, text: "rose from 39,558 in 2019 to 43,643 in 2020", span: "43,643", value: 43643, role: RoleQuantity},
	{name: "year-range-kept", reason: "enYearToAmount: 2016 to 2020 joins two years, still a range", lang: English, text: "the plan for 2016 to 2020 was", span: "2016 to 2020", value: 2016, upper: 2020, role: RoleYear, qual: Range},
	{name: "en-twice", reason: "enTwice: twice as likely is 2 times, like 2倍", lang: English, text: "were twice as likely as white drivers", span: "twice", value: 2, unit: "times", role: RoleQuantity},
	{name: "en-doubling", reason: "enDouble: about doubling the total is about 2 times", lang: English, text: "about doubling the total for all of 2020", span: "about doubling", value: 2, unit: "times", role: RoleQuantity, qual: About},
	{name: "en-one-in-four", reason: "enOneInN: one in four is the share 1/4, like 四分之一", lang: English, text: "one in four Americans said", span: "one in four", value: 0.25, unit: "fraction", role: RoleQuantity},
	{name: "en-six-in-ten", reason: "enOneInN: about six-in-ten is the share 0.6, like 近六成", lang: English, text: "about six-in-ten adults", span: "about six-in-ten", value: 0.6, unit: "fraction", role: RoleQuantity, qual: About},
	{name: "en-digit-in-digit", reason: "enOneInN: 1 in 5 is the share 0.2", lang: English, text: "1 in 5 children were poor", span: "1 in 5", value: 0.2, unit: "fraction", role: RoleQuantity},
	{name: "zh-grew-one-fold", reason: "zhGrewOneFold: 增长一倍多 is more than doubled, 2 times", lang: Chinese, text: "比上一财年增长一倍多，创下", span: "一倍多", value: 2, unit: "times", role: RoleQuantity, qual: MoreThan},
	{name: "en-style-range", reason: "enStyleRange: seven to 24, a number word below ten then digits, is one range", lang: English, text: "about seven to 24 civilians were killed", span: "seven to 24", value: 7, upper: 24, unit: "civilians", role: RoleQuantity, qual: Range},
	{name: "en-style-range-not-reversed", reason: "enStyleRange: digits then a word (24 to seven) is no such range", lang: English, text: "from a list, 24 to seven", span: "24", value: 24, role: RoleQuantity},
	{name: "qual-across-shi-de-year", reason: "zhQualAcross: 约是…的2倍 with a year between: about twice; the year keeps the span from the qualifier", lang: Chinese, text: "约是2020年全年总数的2倍", span: "2倍", value: 2, unit: "倍", role: RoleQuantity, qual: About},
	{name: "en-not-even", reason: "enNotEven: have not had even 5 percent is a ceiling not reached, like 不到5%", lang: English, text: "have not had even 5 percent of their populations vaccinated", span: "5 percent", value: 5, unit: "%", role: RoleQuantity, qual: LessThan},
	{name: "en-even-alone", reason: "enNotEven: even without a negation is no qualifier", lang: English, text: "it had even 5 members", span: "5", value: 5, unit: "members", role: RoleQuantity},
	{name: "skip-ling-bujian", reason: "零部件 is 'parts'", lang: Chinese, text: "汽车零部件产业", span: "零部件", none: true},
	{name: "skip-ling-zengzhang", reason: "零 alone is not a count", lang: Chinese, text: "实现零增长", span: "零", none: true},
	{name: "qualifier-not-into-previous", reason: "a qualifier never reaches into the previous quantity", lang: English, text: "G20 less than 5 percent", span: "less than 5 percent", value: 5, unit: "%", role: RoleQuantity, qual: LessThan},
	{name: "date-en-ordinal-day", reason: "May 1st is a date", lang: English, text: "from May 1st onwards", span: "May 1st", value: 501, role: RoleDate},
	{name: "year-month-en", reason: "March 2019: the year is a year", lang: English, text: "Beijing, March 2019", span: "2019", value: 2019, role: RoleYear},
	{name: "liangge-pp", reason: "两个百分点 with a Chinese numeral", lang: Chinese, text: "下降两个百分点", span: "两个百分点", value: 2, unit: "pp", role: RoleQuantity, qual: Exact},
	{name: "liang-ge", reason: "两个 is a count", lang: Chinese, text: "统筹两个市场", span: "两个", value: 2, unit: "个", role: RoleQuantity, qual: Exact},
	{name: "yi-nian", reason: "一年 is a real quantity (measure unit)", lang: Chinese, text: "过去一年", span: "一年", value: 1, unit: "年", role: RoleQuantity, qual: Exact},
	{name: "han-year-duration", reason: "三年 is a duration", lang: Chinese, text: "实施三年行动计划", span: "三年", value: 3, unit: "年", role: RoleQuantity, qual: Exact},
	{name: "shi-ji-skip", reason: "十几 is vague", lang: Chinese, text: "十几个省份", span: "十几", none: true},
	{name: "list-arabic-dunhao", reason: "1、 at line start", lang: Chinese, text: "1、加强领导", span: "1、", value: 1, role: RoleListMarker},
	{name: "ordinal-plenary-ci", reason: "四次会议 without 第 is an ordinal", lang: Chinese, text: "十三届全国人大四次会议", span: "四次", value: 4, unit: "次", role: RoleOrdinal},
	{name: "grade-enumeration", reason: "省市县三级 counts levels", lang: Chinese, text: "省市县三级联动", span: "三级", value: 3, unit: "级", role: RoleQuantity, qual: Exact},
	{name: "en-roman-mid", reason: "a Roman-looking word mid-sentence is not a number", lang: English, text: "the CIV approach", span: "CIV", none: true},
	{name: "wan-elided-yuan", reason: "colloquial 三万五 with 元", lang: Chinese, text: "年收入三万五元", span: "三万五元", value: 35000, unit: "元", role: RoleQuantity, qual: Exact},
	{name: "fullwidth-percent", reason: "full-width ％", lang: Chinese, text: "增长６．５％左右", span: "６．５％左右", value: 6.5, unit: "%", role: RoleQuantity, qual: About},
	{name: "fraction-hyphen", reason: "two-thirds with a hyphen", lang: English, text: "adopted by at least two-thirds of the members", span: "at least two-thirds", value: 2.0 / 3, unit: "fraction", role: RoleQuantity, qual: AtLeast},
	{name: "fraction-or-more", reason: "one-fifth or more", lang: English, text: "or one-fifth or more of the deputies", span: "one-fifth or more", value: 0.2, unit: "fraction", role: RoleQuantity, qual: AtLeast},
	{name: "ordinal-sections", reason: "sections 5 is a label", lang: English, text: "in Chapter III sections 5 and 6", span: "5", value: 5, role: RoleOrdinal},
	{name: "month-range", reason: "1—11月 is a range of months", lang: Chinese, text: "1—11月全市规模以上工业增加值", span: "1—11月", value: 100, upper: 1100, role: RoleDate, qual: Range},
	{name: "unit-microgram", reason: "a compound measure word", lang: Chinese, text: "PM2.5平均浓度下降到30微克/立方米", span: "30微克/立方米", value: 30, unit: "微克/立方米", role: RoleQuantity, qual: Exact},
	{name: "wanyuan-gdp", reason: "万元 without a digit is a per-unit label, not a number", lang: Chinese, text: "万元国内生产总值能耗下降", span: "万元", none: true},
	{name: "from-to-unit", reason: "from 9.8 to 7.5 percent: both are percentages", lang: English, text: "was reduced from 9.8 to 7.5 percent.", span: "9.8", value: 9.8, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "from-to-yuan", reason: "from 70 to 88 yuan: both are yuan", lang: English, text: "residents from 70 to 88 yuan per person", span: "70", value: 70, unit: "yuan", role: RoleQuantity, qual: Exact},
	{name: "hyphen-pp", reason: "0.2-percentage-point is pp", lang: English, text: "a 0.2-percentage-point increase", span: "0.2-percentage-point", value: 0.2, unit: "pp", role: RoleQuantity, qual: Exact},
	{name: "hyphen-percent", reason: "2-percent is %", lang: English, text: "achieve a 2-percent drop", span: "2-percent", value: 2, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "half-more-than", reason: "more than half is the fraction 0.5 like 超过一半", lang: English, text: "accounting for more than half of the total", span: "more than half", value: 0.5, unit: "fraction", role: RoleQuantity, qual: MoreThan},
	// Fractions are Unit "fraction" with Value in [0, 1].
	{name: "yiban-yishang", reason: "一半以上 keeps its qualifier 以上", lang: Chinese, text: "拖欠企业的款项年底前要清偿一半以上", span: "一半以上", value: 0.5, unit: "fraction", role: RoleQuantity, qual: AtLeast},
	{name: "yiban-bare", reason: "一半 alone is exact", lang: Chinese, text: "新增财力的一半用于大病保险", span: "一半", value: 0.5, unit: "fraction", role: RoleQuantity, qual: Exact},
	{name: "fraction-two-thirds-zh", reason: "三分之二 is 2/3", lang: Chinese, text: "占全国三分之二", span: "三分之二", value: 2.0 / 3, unit: "fraction", role: RoleQuantity, qual: Exact},
	{name: "fraction-quarter-zh", reason: "四分之一 is 0.25", lang: Chinese, text: "约四分之一的县", span: "约四分之一", value: 0.25, unit: "fraction", role: RoleQuantity, qual: About},
	{name: "half-en", reason: "half is the fraction 0.5", lang: English, text: "half of the increase will go to insurance", span: "half", value: 0.5, unit: "fraction", role: RoleQuantity, qual: Exact},
	{name: "over-a-third", reason: "over a third is a fraction with its qualifier, not the ordinal third", lang: English, text: "cut the number of documents by over a third.", span: "over a third", value: 1.0 / 3, unit: "fraction", role: RoleQuantity, qual: MoreThan},
	{name: "a-third-of", reason: "a third of is a fraction", lang: English, text: "a third of the counties", span: "a third", value: 1.0 / 3, unit: "fraction", role: RoleQuantity, qual: Exact},
	{name: "a-third-child", reason: "a third child: third is an ordinal", lang: English, text: "couples may have a third child", span: "third", value: 3, role: RoleOrdinal, qual: Exact},
	{name: "a-quarter-century", reason: "a quarter century is no fraction", lang: English, text: "over a quarter century", span: "quarter", none: true},
	// Multiples.
	{name: "fan-yi-fan", reason: "翻一番 doubles: 2 times", lang: Chinese, text: "城乡居民人均收入比2010年翻一番", span: "翻一番", value: 2, unit: "times", role: RoleQuantity, qual: Exact},
	{name: "fan-liang-fan", reason: "翻两番 quadruples: 4 times", lang: Chinese, text: "实现国内生产总值翻两番", span: "翻两番", value: 4, unit: "times", role: RoleQuantity, qual: Exact},
	{name: "fan-fan", reason: "翻番 without a numeral doubles", lang: Chinese, text: "力争实现翻番", span: "翻番", value: 2, unit: "times", role: RoleQuantity, qual: Exact},
	{name: "double-verb", reason: "double the 2010 GDP: the verb double is 2 times", lang: English, text: "and double the 2010 GDP and per capita income", span: "double", value: 2, unit: "times", role: RoleQuantity, qual: Exact},
	{name: "doubled-more-than", reason: "more than doubled takes its qualifier", lang: English, text: "exports more than doubled.", span: "more than doubled", value: 2, unit: "times", role: RoleQuantity, qual: MoreThan},
	{name: "double-adjective", reason: "double taxation is no multiple", lang: English, text: "avoid double taxation", span: "double", none: true},
	{name: "double-hyphen", reason: "double-digit is no multiple", lang: English, text: "double-digit growth", span: "double", none: true},
	// 多 with scales, 上亿.
	{name: "duo-between-scales-text", reason: "4万多亿元: more than 4 trillion", lang: Chinese, text: "新增4万多亿元。", span: "4万多亿元", value: 4e12, unit: "元", role: RoleQuantity, qual: MoreThan},
	{name: "duo-after-scale-text", reason: "1亿多 before punctuation is more_than", lang: Chinese, text: "贫困人口减少1亿多，", span: "1亿多", value: 1e8, role: RoleQuantity, qual: MoreThan},
	{name: "duo-after-scale-noun", reason: "9亿多劳动力: 多 after the scale before a noun", lang: Chinese, text: "9亿多劳动力", span: "9亿多", value: 9e8, role: RoleQuantity, qual: MoreThan},
	{name: "duo-yuan-hua", reason: "多元化 is a word: 多 is not more than", lang: Chinese, text: "1亿多元化", span: "1亿", value: 1e8, role: RoleQuantity, qual: Exact},
	{name: "shang-yi", reason: "上亿 reaches 10^8: at_least, as translators write over 100 million", lang: Chinese, text: "稳住上亿市场主体", span: "上亿", value: 1e8, role: RoleQuantity, qual: AtLeast},
	{name: "shang-qian-wan-ren", reason: "上千万人: 10^7 with the classifier", lang: Chinese, text: "惠及上千万人", span: "上千万人", value: 1e7, unit: "人", role: RoleQuantity, qual: AtLeast},
	{name: "yishang-wan-not-shang", reason: "以上 before 万 is the suffix qualifier, not 上万", lang: Chinese, text: "5000元以上万元以下", span: "5000元以上", value: 5000, unit: "元", role: RoleQuantity, qual: AtLeast},
	{name: "30-duo-nian", reason: "30多年 keeps unit 年", lang: Chinese, text: "改革开放30多年", span: "30多年", value: 30, unit: "年", role: RoleQuantity, qual: MoreThan},
	{name: "56ge-at-start", reason: "56个 at the very start of a text keeps its classifier", lang: Chinese, text: "56个民族", span: "56个", value: 56, unit: "个", role: RoleQuantity, qual: Exact},
	// Ranges with the unit on both ends.
	{name: "range-yuan-both", reason: "100万元至300万元 is one range in 元", lang: Chinese, text: "对年应纳税所得额100万元至300万元部分", span: "100万元至300万元", value: 1e6, upper: 3e6, unit: "元", role: RoleQuantity, qual: Range},
	{name: "range-nian-both", reason: "3年到5年 is one range in 年", lang: Chinese, text: "用3年到5年时间", span: "3年到5年", value: 3, upper: 5, unit: "年", role: RoleQuantity, qual: Range},
	{name: "range-em-dash", reason: "5%—10% with an em dash", lang: Chinese, text: "增长5%—10%", span: "5%—10%", value: 5, upper: 10, unit: "%", role: RoleQuantity, qual: Range},
	{name: "range-years-both", reason: "2019年至2020年 stays a range of years", lang: Chinese, text: "2019年至2020年", span: "2019年至2020年", value: 2019, upper: 2020, role: RoleYear, qual: Range},
	// Classifiers, ordinals and qualifiers.
	{name: "dang-san", reason: "档 is a classifier: 三档", lang: Chinese, text: "税率三档并两档", span: "三档", value: 3, unit: "档", role: RoleQuantity, qual: Exact},
	{name: "dang-liang", reason: "档 is a classifier: 两档", lang: Chinese, text: "税率三档并两档", span: "两档", value: 2, unit: "档", role: RoleQuantity, qual: Exact},
	{name: "dangan-not-unit", reason: "档案 is a word, not the classifier 档", lang: Chinese, text: "建立3档案", span: "3", value: 3, role: RoleQuantity, qual: Exact},
	{name: "zhounian-ordinal", reason: "成立70周年 is the 70th anniversary, an ordinal like 70th", lang: Chinese, text: "庆祝中华人民共和国成立70周年", span: "70周年", value: 70, unit: "周年", role: RoleOrdinal, qual: Exact},
	{name: "shiji-ordinal", reason: "二十世纪 is the 20th century", lang: Chinese, text: "二十世纪，中国发生了翻天覆地的变革", span: "二十世纪", value: 20, role: RoleOrdinal, qual: Exact},
	{name: "jie-count", reason: "不得超过两届 counts terms: at_most", lang: Chinese, text: "连续任职不得超过两届。", span: "不得超过两届", value: 2, unit: "届", role: RoleQuantity, qual: AtMost},
	{name: "jie-ordinal", reason: "十三届全国人大 is an ordinal without 第", lang: Chinese, text: "十三届全国人大", span: "十三届", value: 13, unit: "届", role: RoleOrdinal, qual: Exact},
	{name: "nian-nei", reason: "两年内 is within two years", lang: Chinese, text: "两年内基本取消", span: "两年内", value: 2, unit: "年", role: RoleQuantity, qual: AtMost},
	{name: "nian-neirong", reason: "内容 after a number is not within", lang: Chinese, text: "3年内容", span: "3年", value: 3, unit: "年", role: RoleQuantity, qual: Exact},
	{name: "jin-san-nian", reason: "近三年 is the past three years, not nearly three", lang: Chinese, text: "近三年淘汰落后产能", span: "三年", value: 3, unit: "年", role: RoleQuantity, qual: Exact},
	{name: "jin-digits", reason: "近2万亿元 is nearly", lang: Chinese, text: "超过原定的近2万亿元规模", span: "近2万亿元", value: 2e12, unit: "元", role: RoleQuantity, qual: About},
	{name: "gaoda", reason: "高达 is as many as: up_to", lang: Chinese, text: "高校毕业生将高达765万人", span: "高达765万人", value: 7.65e6, unit: "人", role: RoleQuantity, qual: UpTo},
	{name: "tupo", reason: "突破 is more than", lang: Chinese, text: "总量突破90万亿元。", span: "突破90万亿元", value: 9e13, unit: "元", role: RoleQuantity, qual: MoreThan},
	{name: "exceeded", reason: "exceeded is more than, as 超过", lang: English, text: "total trade exceeded 30 trillion yuan", span: "exceeded 30 trillion yuan", value: 3e13, unit: "yuan", role: RoleQuantity, qual: MoreThan},
	{name: "approached", reason: "approached is about, as 接近", lang: English, text: "contribution approached 60 percent.", span: "approached 60 percent", value: 60, unit: "%", role: RoleQuantity, qual: About},
	{name: "plus-suffix", reason: "50 million plus new urban jobs: plus is at_least, jobs the noun", lang: English, text: "create 50 million plus new urban jobs", span: "50 million plus", value: 5e7, unit: "jobs", role: RoleQuantity, qual: AtLeast},
	{name: "within-the-next", reason: "within the next two years is a ceiling", lang: English, text: "within the next two years.", span: "within the next two", value: 2, unit: "years", role: RoleQuantity, qual: AtMost},
	{name: "hyphen-million", reason: "surpassed the 150-million mark: a hyphen before the scale, a floor passed", lang: English, text: "surpassed the 150-million mark.", span: "surpassed the 150-million", value: 1.5e8, unit: "mark", role: RoleQuantity, qual: MoreThan},
	{name: "passing-the-mark", reason: "passing the 100 million mark is a floor passed", lang: English, text: "market entities passing the 100 million mark.", span: "passing the 100 million", value: 1e8, unit: "mark", role: RoleQuantity, qual: MoreThan},
	{name: "five-year-plan-name", reason: "the 13th five-year plan is a name, like 十三五", lang: English, text: "implement the 13th five-year plan for the legal system", span: "five-year", value: 5, role: RoleName, qual: Exact},
	{name: "five-year-period", reason: "this five-year period is a length of time", lang: English, text: "growth of 6.5% during this five-year period", span: "five-year", value: 5, unit: "year", role: RoleQuantity, qual: Exact},
	{name: "phase-one", reason: "phase one names a stage", lang: English, text: "implement the phase one China-US agreement", span: "one", value: 1, role: RoleOrdinal, qual: Exact},
	{name: "level-one", reason: "Level One names a grade", lang: English, text: "activating a Level One public health response", span: "One", value: 1, role: RoleOrdinal, qual: Exact},
	{name: "sui", reason: "提高1岁: 岁 is the unit", lang: Chinese, text: "人均预期寿命提高1岁", span: "1岁", value: 1, unit: "岁", role: RoleQuantity, qual: Exact},
	{name: "half-a-million", reason: "half a million", lang: English, text: "half a million people", span: "half a million", value: 500000, unit: "people", role: RoleQuantity, qual: Exact},
	{name: "skip-first-half", reason: "the first half of the year is a period", lang: English, text: "in the first half of the year", span: "half", none: true},
	{name: "ratio-zh", reason: "2.45∶1 is one ratio", lang: Chinese, text: "城乡居民收入比缩小到2.45∶1。", span: "2.45∶1", value: 2.45, unit: "ratio", role: RoleQuantity, qual: Exact},
	{name: "ratio-en", reason: "2.45:1 is one ratio", lang: English, text: "narrowed to 2.45:1.", span: "2.45:1", value: 2.45, unit: "ratio", role: RoleQuantity, qual: Exact},
	{name: "decade-zh", reason: "九十年代 is a decade, not 90", lang: Chinese, text: "九十年代以来", span: "九十年代", value: 90, role: RoleName},
	{name: "list-di-yi-comma", reason: "第一， at the head of a sentence enumerates", lang: Chinese, text: "第一，稳住经济大盘。第二，深化改革。", span: "第二，", value: 2, role: RoleListMarker},
	// Words that contain numeral characters but are not numbers.
	{name: "skip-yixie", reason: "一些 is 'some'", lang: Chinese, text: "一些地方", span: "一些", none: true},
	{name: "skip-yipi", reason: "一批 is 'a batch of'", lang: Chinese, text: "建设一批重大项目", span: "一批", none: true},
	{name: "skip-yiliu", reason: "一流 is 'first-class'", lang: Chinese, text: "世界一流企业", span: "一流", none: true},
	{name: "skip-tongyi", reason: "统一", lang: Chinese, text: "全国统一大市场", span: "统一", none: true},
	{name: "skip-yitihua", reason: "一体化", lang: Chinese, text: "区域一体化发展", span: "一体化", none: true},
	{name: "skip-jinyibu", reason: "进一步", lang: Chinese, text: "进一步深化改革", span: "进一步", none: true},
	{name: "skip-wanzhong", reason: "万众一心", lang: Chinese, text: "万众一心加油干", span: "万众一心", none: true},
	{name: "skip-qianfang", reason: "千方百计", lang: Chinese, text: "千方百计稳就业", span: "千方百计", none: true},
	{name: "skip-baixing", reason: "百姓", lang: Chinese, text: "老百姓的事", span: "百姓", none: true},
	{name: "name-sannong", reason: "三农 is a fixed name, not a count", lang: Chinese, text: "做好三农工作", span: "三农", value: 3, role: RoleName},
	{name: "skip-sanqu", reason: "a bare numeral before a non-classifier is not a count", lang: Chinese, text: "三去一降一补", span: "三去一降一补", value: 3, role: RoleName},
	{name: "skip-bare-san", reason: "三 before a verb, outside any known name", lang: Chinese, text: "三管齐下", span: "三", none: true},
	{name: "skip-liangan", reason: "两岸 is cross-strait", lang: Chinese, text: "促进两岸关系和平发展", span: "两岸", none: true},
	{name: "skip-yige-article", reason: "一个 is the article 'a'", lang: Chinese, text: "这是一个重要问题", span: "一个", none: true},
	{name: "skip-shifen", reason: "十分 means 'very'", lang: Chinese, text: "任务十分艰巨", span: "十分", none: true},
	{name: "skip-jishinian", reason: "几十年 is vague", lang: Chinese, text: "几十年来", span: "十年", none: true},
	{name: "skip-qianwan", reason: "千万 means 'must'", lang: Chinese, text: "千万不能松懈", span: "千万", none: true},
	{name: "skip-one-of", reason: "one of is not a count", lang: English, text: "one of the most important", span: "one", none: true},
	{name: "skip-no-one", reason: "no one", lang: English, text: "no one is left behind", span: "one", none: true},
	{name: "skip-one-stop", reason: "one-stop is an adjective", lang: English, text: "one-stop services", span: "one-stop", none: true},
	{name: "skip-first-home", reason: "first-home buyers", lang: English, text: "support to first-home buyers", span: "first-home", none: true},
	{name: "skip-pronoun-i", reason: "the pronoun I is not a Roman numeral", lang: English, text: "I will now report to you", span: "I", none: true},
	{name: "skip-hundreds-of", reason: "hundreds of is vague", lang: English, text: "hundreds of millions of people", span: "hundreds", none: true},
	{name: "skip-a-alone", reason: "a alone is not one", lang: English, text: "a new plan", span: "a", none: true},
	{name: "skip-ga-word", reason: "digits inside a Chinese word are not skipped: sanity", lang: Chinese, text: "万物", span: "万物", none: true},
	// Mixed digits and scales: one amount each (issue 11).
	{name: "mixed-qian-duo-hu", reason: "5千多户 is more than 5000 households, not 5 and 千", lang: Chinese, text: "帮助5千多户家庭", span: "5千多户", value: 5000, unit: "户", role: RoleQuantity, qual: MoreThan},
	{name: "mixed-wan-qian-duo", reason: "1万6千多户 is one amount", lang: Chinese, text: "惠及1万6千多户。", span: "1万6千多户", value: 16000, unit: "户", role: RoleQuantity, qual: MoreThan},
	{name: "mixed-yi-qian-duo-wan", reason: "1亿3千多万 is one amount, more than 130 million", lang: Chinese, text: "农村贫困人口减少1亿3千多万，", span: "1亿3千多万", value: 1.3e8, role: RoleQuantity, qual: MoreThan},
	{name: "mixed-three-places", reason: "5万4千6百人, not 50000, 4 and 6", lang: Chinese, text: "共5万4千6百人参加", span: "5万4千6百人", value: 54600, unit: "人", role: RoleQuantity, qual: Exact},
	{name: "mixed-bare-tail", reason: "3万4000个: the digits fill the places below 万", lang: Chinese, text: "新增3万4000个", span: "3万4000个", value: 34000, unit: "个", role: RoleQuantity, qual: Exact},
	{name: "mixed-han-tail", reason: "100万三千人: Chinese digits below the 万", lang: Chinese, text: "覆盖100万三千人", span: "100万三千人", value: 1003000, unit: "人", role: RoleQuantity, qual: Exact},
	{name: "qian-unit-word", reason: "5千克 is 5 kilograms, not 5000 克", lang: Chinese, text: "每人5千克", span: "5千克", value: 5, unit: "千克", role: RoleQuantity, qual: Exact},
	{name: "mixed-year-after", reason: "a year after a scaled number is not a tail", lang: Chinese, text: "10万2024年", span: "10万", value: 100000, role: RoleQuantity, qual: Exact},
	// Decimals after a shortened numeral or a bare 十 (issue 11).
	{name: "decimal-elided", reason: "两千三点一 is 2300.1, not 2003.1", lang: Chinese, text: "产量达两千三点一吨", span: "两千三点一吨", value: 2300.1, unit: "吨", role: RoleQuantity, qual: Exact},
	{name: "decimal-elided-scale", reason: "一千六点五万人 is 1600.5万", lang: Chinese, text: "参加一千六点五万人次", span: "一千六点五万人次", value: 16005000, unit: "人次", role: RoleQuantity, qual: Exact},
	{name: "decimal-yi-yuan", reason: "一百二十点五亿元 is one amount, not 120 and 5亿元", lang: Chinese, text: "投资一百二十点五亿元", span: "一百二十点五亿元", value: 1.205e10, unit: "元", role: RoleQuantity, qual: Exact},
	{name: "decimal-baifenzhi", reason: "百分之一百二十点五 is not truncated to 120%", lang: Chinese, text: "完成计划的百分之一百二十点五", span: "百分之一百二十点五", value: 120.5, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "decimal-after-shi", reason: "十点二三三米 is 10.233 metres", lang: Chinese, text: "高十点二三三米", span: "十点二三三米", value: 10.233, unit: "米", role: RoleQuantity, qual: Exact},
	{name: "liang-not-decimal", reason: "两 is never a decimal digit: 两百 stands alone", lang: Chinese, text: "两百点两", span: "两百", value: 200, role: RoleQuantity, qual: Exact},
	{name: "approx-pair-place", reason: "二三十个百分点 is 20–30 pp, not 2 and 10 pp", lang: Chinese, text: "提高二三十个百分点", span: "二三十个百分点", value: 20, upper: 30, unit: "pp", role: RoleQuantity, qual: Range},
	// Full-width grouping (issue 11).
	{name: "full-width-grouping", reason: "１，２００万元 is 12 million yuan, not 1 and 2 million", lang: Chinese, text: "投入１，２００万元", span: "１，２００万元", value: 1.2e7, unit: "元", role: RoleQuantity, qual: Exact},
	{name: "full-width-list", reason: "１，２０，３００: a short group makes a list; 20 is not regrouped as 20,300", lang: Chinese, text: "编号为１，２０，３００", span: "２０", value: 20, role: RoleQuantity, qual: Exact},
	// Percentages (issue 11).
	{name: "baifenzhi-bai", reason: "百分之百 is 100%", lang: Chinese, text: "覆盖率达到百分之百", span: "百分之百", value: 100, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "wanfenzhi", reason: "万分之三 is 0.03%", lang: Chinese, text: "事故率控制在万分之三", span: "控制在万分之三", value: 0.03, unit: "%", role: RoleQuantity, qual: AtMost},
	// Traditional characters (issue 11).
	{name: "trad-dian", reason: "點 is the decimal point", lang: Chinese, text: "經濟增長三點五", span: "三點五", value: 3.5, role: RoleQuantity, qual: Exact},
	{name: "trad-ge-baifendian", reason: "個百分點 is pp", lang: Chinese, text: "失業率下降0.4個百分點", span: "0.4個百分點", value: 0.4, unit: "pp", role: RoleQuantity, qual: Exact},
	{name: "trad-fu", reason: "負 is a minus", lang: Chinese, text: "實際增長負3.9%", span: "負3.9%", value: -3.9, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "trad-wan-yuan", reason: "1.2萬元", lang: Chinese, text: "人均1.2萬元", span: "1.2萬元", value: 12000, unit: "元", role: RoleQuantity, qual: Exact},
	{name: "trad-ge", reason: "五個 with the classifier 個 read as 个", lang: Chinese, text: "建立五個中心", span: "五個", value: 5, unit: "个", role: RoleQuantity, qual: Exact},
	// Capital numerals inside words (issue 11).
	{name: "capital-denglu", reason: "登陆部队: 陆 is land, not six", lang: Chinese, text: "登陆部队已经上岸", span: "陆", none: true},
	{name: "capital-shiqi", reason: "拾起: 拾 is pick up, not ten", lang: Chinese, text: "小明拾起石子", span: "拾", none: true},
	{name: "capital-siyi", reason: "肆意: 肆 is wanton, not four", lang: Chinese, text: "肆意妄为的人", span: "肆", none: true},
	{name: "capital-place-value", reason: "capitals with place value are an amount", lang: Chinese, text: "金额壹仟贰佰元", span: "壹仟贰佰元", value: 1200, unit: "元", role: RoleQuantity, qual: Exact},
	// Signs (issue 11).
	{name: "sign-negative-growth", reason: "增长-0.3%: the minus is part of the number", lang: Chinese, text: "居民消费价格增长-0.3%", span: "-0.3%", value: -0.3, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "sign-fu", reason: "负3.9%", lang: Chinese, text: "实际增长负3.9%。", span: "负3.9%", value: -3.9, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "sign-u2212", reason: "U+2212", lang: Chinese, text: "利润下降为−22.2%", span: "−22.2%", value: -22.2, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "sign-full-width", reason: "U+FF0D before full-width digits", lang: Chinese, text: "同比－１２２％", span: "－１２２％", value: -122, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "sign-zhengfu", reason: "正负5%: plus or minus, not minus", lang: Chinese, text: "误差正负5%", span: "5%", value: 5, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "sign-jianfu-qualifier", reason: "减负超过2.5万亿元 (gwr-2020): a minus never stands before a qualifier", lang: Chinese, text: "预计全年为企业新增减负超过2.5万亿元。", span: "超过2.5万亿元", value: 2.5e12, unit: "元", role: RoleQuantity, qual: MoreThan},
	{name: "sign-jianfu-word", reason: "减负2.5万亿元: 负 ends the word 减负 (reduce burdens), not a minus", lang: Chinese, text: "为企业减负2.5万亿元", span: "2.5万亿元", value: 2.5e12, unit: "元", role: RoleQuantity, qual: Exact},
	{name: "sign-range-hyphen", reason: "the hyphen of 2016-2020年 is not a minus", lang: Chinese, text: "2016-2020年", span: "2016-2020年", value: 2016, upper: 2020, role: RoleYear},
	{name: "sign-en-hyphen", reason: "-6.8 percent", lang: English, text: "exports grew by -6.8 percent", span: "-6.8 percent", value: -6.8, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "sign-en-u2212", reason: "−22.2% in English", lang: English, text: "profits changed −22.2% year on year", span: "−22.2%", value: -22.2, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "sign-en-minus-word", reason: "minus 5 percent", lang: English, text: "real growth was minus 5 percent", span: "minus 5 percent", value: -5, unit: "%", role: RoleQuantity, qual: Exact},
	{name: "sign-en-range", reason: "the hyphen of 6-6.5 percent is a range", lang: English, text: "growth of 6-6.5 percent", span: "6-6.5 percent", value: 6, upper: 6.5, unit: "%", role: RoleQuantity, qual: Range},
	// From–to changes and ranges (issue 11).
	{name: "from-to-en-baseline", reason: "from over 9,000 to 25,000 is a baseline and a target, not a range", lang: English, text: "from over 9,000 to 25,000 kilometers", span: "over 9,000", value: 9000, role: RoleQuantity, qual: MoreThan},
	{name: "from-to-en-target", reason: "the target keeps its unit", lang: English, text: "from over 9,000 to 25,000 kilometers", span: "25,000", value: 25000, unit: "kilometers", role: RoleQuantity, qual: Exact},
	{name: "from-to-zh-baseline", reason: "由9000多公里: the baseline", lang: Chinese, text: "由9000多公里增加到2.5万公里", span: "9000多公里", value: 9000, unit: "公里", role: RoleQuantity, qual: MoreThan},
	{name: "from-to-zh-target", reason: "增加到2.5万公里: the target", lang: Chinese, text: "由9000多公里增加到2.5万公里", span: "2.5万公里", value: 25000, unit: "公里", role: RoleQuantity, qual: Exact},
	{name: "range-zh-stays", reason: "6%－6.5% stays a range", lang: Chinese, text: "增长6%－6.5%", span: "6%－6.5%", value: 6, upper: 6.5, unit: "%", role: RoleQuantity, qual: Range},
	// Qualifiers apart from their number (issue 11).
	{name: "qual-across-another", reason: "at least another 2,000: the floor reaches across another", lang: English, text: "build at least another 2,000 kilometers", span: "at least another 2,000", value: 2000, unit: "kilometers", role: RoleQuantity, qual: AtLeast},
	{name: "qual-across-additional", reason: "more than an additional 300", lang: English, text: "create more than an additional 300 jobs", span: "more than an additional 300", value: 300, unit: "jobs", role: RoleQuantity, qual: MoreThan},
	{name: "qual-after-unit", reason: "2000公里以上: the qualifier after the unit", lang: Chinese, text: "新建2000公里以上", span: "2000公里以上", value: 2000, unit: "公里", role: RoleQuantity, qual: AtLeast},
	{name: "qual-duo-after-scale", reason: "14亿多人", lang: Chinese, text: "14亿多人口", span: "14亿多人", value: 1.4e9, unit: "人", role: RoleQuantity, qual: MoreThan},
	{name: "words-and-scale", reason: "three hundred and fifty million yuan is one amount", lang: English, text: "a fund of three hundred and fifty million yuan", span: "three hundred and fifty million yuan", value: 3.5e8, unit: "yuan", role: RoleQuantity, qual: Exact},
	{name: "qual-light-verb-le", reason: "超过了80: 了 between the qualifier and the number", lang: Chinese, text: "合格产品超过了80个", span: "超过了80个", value: 80, unit: "个", role: RoleQuantity, qual: MoreThan},
	{name: "qual-light-verb-you", reason: "至少有10个: 有 between", lang: Chinese, text: "至少有10个型号", span: "至少有10个", value: 10, unit: "个", role: RoleQuantity, qual: AtLeast},
	{name: "qual-light-verb-wei", reason: "约为3%: 为 between", lang: Chinese, text: "赤字率约为3%", span: "约为3%", value: 3, unit: "%", role: RoleQuantity, qual: About},
	{name: "qual-huo-yishang", reason: "三十或者以上: or above", lang: Chinese, text: "年龄在三十岁或者以上", span: "三十岁或者以上", value: 30, unit: "岁", role: RoleQuantity, qual: AtLeast},
	{name: "qual-and-below-next", reason: "above 1000 and below 1500: and below starts the next bound", lang: English, text: "The number is above 1000 and below 1500", span: "above 1000", value: 1000, role: RoleQuantity, qual: MoreThan},
	{name: "range-month-not", reason: "1995-01 is not a range down to 1", lang: English, text: "in 1995-01", span: "1995", value: 1995, role: RoleYear},
	{name: "words-tens-after-and", reason: "Three hundred and thirty one is 331, with its noun", lang: English, text: "Three hundred and thirty one delegates attended", span: "Three hundred and thirty one", value: 331, unit: "delegates", role: RoleQuantity, qual: Exact},
}

// overlaps reports whether a quantity overlaps the first occurrence of span.
func overlapsSpan(text, span string, qs []Quantity) bool {
	k := strings.Index(text, span)
	if k < 0 {
		return false
	}
	s := len([]rune(text[:k]))
	e := s + len([]rune(span))
	for _, q := range qs {
		if q.Start < e && s < q.End {
			return true
		}
	}
	return false
}

func TestQuantities(t *testing.T) {
	for _, tc := range quantityCases {
		t.Run(tc.name, func(t *testing.T) {
			qs := Quantities(tc.text, tc.lang)
			checkSpans(t, tc.text, qs)
			if !strings.Contains(tc.text, tc.span) {
				t.Fatalf("bad case: %q not in %q", tc.span, tc.text)
			}
			if tc.none {
				if overlapsSpan(tc.text, tc.span, qs) {
					t.Errorf("Quantities(%q) = %+v: want nothing over %q (%s)", tc.text, qs, tc.span, tc.reason)
				}
				return
			}
			for _, q := range qs {
				if q.Text != tc.span {
					continue
				}
				if q.Value != tc.value || q.Upper != tc.upper || q.Unit != tc.unit || q.Role != tc.role || (tc.qual != "" && q.Qualifier != tc.qual) {
					t.Errorf("Quantities(%q) has %+v\nwant value %v upper %v unit %q role %s qualifier %s (%s)",
						tc.text, q, tc.value, tc.upper, tc.unit, tc.role, tc.qual, tc.reason)
				}
				return
			}
			t.Errorf("Quantities(%q) = %+v: no quantity %q (%s)", tc.text, qs, tc.span, tc.reason)
		})
	}
}

// checkSpans asserts the span invariants: inside the text, in order, not
// overlapping, Text equal to the runes of the span.
func checkSpans(t *testing.T, text string, qs []Quantity) {
	t.Helper()
	rs := []rune(text)
	last := 0
	for _, q := range qs {
		if q.Start < last || q.End <= q.Start || q.End > len(rs) {
			t.Fatalf("span [%d,%d) of %q out of order or outside the text (%d runes)", q.Start, q.End, q.Text, len(rs))
		}
		if string(rs[q.Start:q.End]) != q.Text {
			t.Fatalf("Text %q != runes [%d,%d) %q", q.Text, q.Start, q.End, string(rs[q.Start:q.End]))
		}
		if q.Qualifier == "" || q.Role == "" {
			t.Fatalf("quantity %q without role or qualifier", q.Text)
		}
		last = q.End
	}
}

func BenchmarkQuantities(b *testing.B) {
	for _, c := range []struct {
		name string
		lang Lang
	}{{"gwr-2021-national.zh.txt", Chinese}, {"gwr-2021-national.en.txt", English}} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", c.name))
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if len(Quantities(text, c.lang)) == 0 {
					b.Fatal("no quantities")
				}
			}
		})
	}
}
