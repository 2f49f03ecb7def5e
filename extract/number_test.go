package extract

import (
	"errors"
	"testing"
)

// numberCases are the ParseNumber table; they also seed FuzzParseNumber.
var numberCases = []struct {
	name, reason string
	in           string
	want         Number
	err          error // ErrSyntax or ErrOverflow when parsing must fail
}{
	// Arabic digits.
	{name: "digits", reason: "plain integer", in: "34", want: Number{Value: 34}},
	{name: "grouping", reason: "commas group thousands", in: "260,000", want: Number{Value: 260000}},
	{name: "grouping-millions", reason: "several groups", in: "1,234,567", want: Number{Value: 1234567}},
	{name: "decimal", reason: "decimal fraction", in: "6.5", want: Number{Value: 6.5}},
	{name: "grouping-decimal", reason: "grouping and fraction together", in: "1,234.5", want: Number{Value: 1234.5}},
	{name: "full-width", reason: "full-width digits read as digits", in: "２６", want: Number{Value: 26}},
	{name: "full-width-decimal", reason: "full-width point", in: "６．５", want: Number{Value: 6.5}},
	{name: "spaces", reason: "surrounding blanks are ignored", in: "  42\t", want: Number{Value: 42}},
	{name: "negative", reason: "a leading minus", in: "-0.6", want: Number{Value: -0.6}},
	{name: "zero", reason: "zero is a number", in: "0", want: Number{Value: 0}},
	{name: "leading-zeros", reason: "leading zeros do not change the value", in: "007", want: Number{Value: 7}},
	// Chinese scales after digits.
	{name: "wan", reason: "万 multiplies by 1e4", in: "26万", want: Number{Value: 260000}},
	{name: "wan-full-width", reason: "full-width digits with 万", in: "２６万", want: Number{Value: 260000}},
	{name: "wan-decimal", reason: "decimal with 万", in: "1.5万", want: Number{Value: 15000}},
	{name: "yi-decimal", reason: "decimal with 亿", in: "3.5亿", want: Number{Value: 3.5e8}},
	{name: "wan-yi", reason: "万亿 stacks to 1e12", in: "114万亿", want: Number{Value: 1.14e14}},
	{name: "wan-yi-yuan", reason: "元 after the scale is the currency", in: "114万亿元", want: Number{Value: 1.14e14, Unit: "元"}},
	{name: "qian-wan", reason: "千万 after digits", in: "5千万", want: Number{Value: 5e7}},
	{name: "duo-wan", reason: "多 before the scale keeps the scale", in: "1100多万", want: Number{Value: 1.1e7}},
	{name: "yuan-sign", reason: "¥ prefix is the currency", in: "¥100", want: Number{Value: 100, Unit: "元"}},
	{name: "wan-yuan", reason: "万元 folds the scale", in: "10万元", want: Number{Value: 100000, Unit: "元"}},
	{name: "usd", reason: "美元 is a currency unit", in: "100亿美元", want: Number{Value: 1e10, Unit: "美元"}},
	// Chinese numerals.
	{name: "han-digit", reason: "one Chinese digit", in: "九", want: Number{Value: 9}},
	{name: "han-ten", reason: "十 alone is ten", in: "十", want: Number{Value: 10}},
	{name: "han-teen", reason: "十五 without a leading 一", in: "十五", want: Number{Value: 15}},
	{name: "han-tens", reason: "二十", in: "二十", want: Number{Value: 20}},
	{name: "han-hundred", reason: "一百一十", in: "一百一十", want: Number{Value: 110}},
	{name: "han-thousand", reason: "一千零五 with a zero place holder", in: "一千零五", want: Number{Value: 1005}},
	{name: "han-wan-elided", reason: "colloquial 一万二 is 12000", in: "一万二", want: Number{Value: 12000}},
	{name: "han-qian-elided", reason: "colloquial 两千三 is 2300", in: "两千三", want: Number{Value: 2300}},
	{name: "han-bai-elided", reason: "colloquial 一百五 is 150", in: "一百五", want: Number{Value: 150}},
	{name: "han-yi-elided", reason: "colloquial 三亿五 is 3.5e8", in: "三亿五", want: Number{Value: 3.5e8}},
	{name: "han-no-elision-after-zero", reason: "一万零二 is 10002", in: "一万零二", want: Number{Value: 10002}},
	{name: "han-liang", reason: "两 is two", in: "两千", want: Number{Value: 2000}},
	{name: "han-yi-wan", reason: "三亿五千万", in: "三亿五千万", want: Number{Value: 3.5e8}},
	{name: "han-wan-yi", reason: "十四万亿: 万 group scaled by 亿", in: "十四万亿", want: Number{Value: 1.4e13}},
	{name: "han-big", reason: "full form with every level", in: "一千二百三十四万五千六百七十八", want: Number{Value: 12345678}},
	{name: "han-ling", reason: "〇 as zero", in: "一〇〇", want: Number{Value: 100}},
	{name: "han-year-digits", reason: "二〇二四 read digit by digit", in: "二〇二四", want: Number{Value: 2024}},
	{name: "han-decimal", reason: "三点五", in: "三点五", want: Number{Value: 3.5}},
	{name: "han-decimal-scale", reason: "一点五亿", in: "一点五亿", want: Number{Value: 1.5e8}},
	{name: "financial", reason: "financial forms", in: "壹仟贰佰", want: Number{Value: 1200}},
	{name: "financial-full", reason: "financial forms with 拾 and 万", in: "叁万肆仟伍佰陆拾柒", want: Number{Value: 34567}},
	{name: "traditional", reason: "traditional 萬 and 億", in: "三億五千萬", want: Number{Value: 3.5e8}},
	{name: "approx-pair", reason: "三四 is the approximate range 3–4", in: "三四", want: Number{Value: 3, Upper: 4, IsRange: true}},
	{name: "ordinal-han", reason: "第 makes an ordinal", in: "第十六", want: Number{Value: 16, Ordinal: true}},
	{name: "ordinal-han-classifier", reason: "classifier after the ordinal", in: "第十六届", want: Number{Value: 16, Ordinal: true}},
	{name: "negative-han", reason: "负 is a minus sign", in: "负五", want: Number{Value: -5}},
	// Percent and percentage points.
	{name: "percent", reason: "% keeps the number", in: "8.1%", want: Number{Value: 8.1, Unit: "%"}},
	{name: "percent-full-width", reason: "full-width ％", in: "６．５％", want: Number{Value: 6.5, Unit: "%"}},
	{name: "baifenzhi", reason: "百分之三十 is 30%", in: "百分之三十", want: Number{Value: 30, Unit: "%"}},
	{name: "baifenzhi-decimal", reason: "百分之三点五", in: "百分之三点五", want: Number{Value: 3.5, Unit: "%"}},
	{name: "baifenzhi-digits", reason: "百分之 with digits", in: "百分之5", want: Number{Value: 5, Unit: "%"}},
	{name: "qianfenzhi", reason: "千分之五 is per mille", in: "千分之五", want: Number{Value: 5, Unit: "‰"}},
	{name: "pp", reason: "个百分点 is percentage points, never %", in: "3.5个百分点", want: Number{Value: 3.5, Unit: "pp"}},
	{name: "pp-short", reason: "百分点 without 个", in: "0.5百分点", want: Number{Value: 0.5, Unit: "pp"}},
	{name: "pp-han", reason: "Chinese numeral with 个百分点", in: "两个百分点", want: Number{Value: 2, Unit: "pp"}},
	// Chinese ranges.
	{name: "range-ff0d", reason: "full-width hyphen U+FF0D between percents", in: "6%－6.5%", want: Number{Value: 6, Upper: 6.5, IsRange: true, Unit: "%"}},
	{name: "range-dao", reason: "到 joins a range", in: "3到5", want: Number{Value: 3, Upper: 5, IsRange: true}},
	{name: "range-zhi-classifier", reason: "a classifier after a range", in: "3至5个", want: Number{Value: 3, Upper: 5, IsRange: true, Unit: "个"}},
	{name: "range-han", reason: "Chinese numerals in a range", in: "三至五年", want: Number{Value: 3, Upper: 5, IsRange: true, Unit: "年"}},
	{name: "range-shared-scale", reason: "3至5万: the scale applies to both bounds", in: "3至5万", want: Number{Value: 30000, Upper: 50000, IsRange: true}},
	{name: "range-percent-once", reason: "% written once after the range", in: "6-6.5%", want: Number{Value: 6, Upper: 6.5, IsRange: true, Unit: "%"}},
	{name: "range-tilde", reason: "～ joins a range", in: "10～20", want: Number{Value: 10, Upper: 20, IsRange: true}},
	{name: "range-baifenzhi", reason: "百分之三十至百分之四十", in: "百分之三十至百分之四十", want: Number{Value: 30, Upper: 40, IsRange: true, Unit: "%"}},
	// English.
	{name: "word", reason: "number word", in: "Nine", want: Number{Value: 9}},
	{name: "word-lower", reason: "lower case", in: "three", want: Number{Value: 3}},
	{name: "word-teen", reason: "teens", in: "seventeen", want: Number{Value: 17}},
	{name: "word-hyphen", reason: "twenty-five", in: "twenty-five", want: Number{Value: 25}},
	{name: "word-tens-space", reason: "tens then unit separated by a space", in: "twenty five", want: Number{Value: 25}},
	{name: "a-hundred", reason: "a hundred", in: "a hundred", want: Number{Value: 100}},
	{name: "a-dozen", reason: "a dozen", in: "a dozen", want: Number{Value: 12}},
	{name: "two-dozen", reason: "dozen multiplies", in: "two dozen", want: Number{Value: 24}},
	{name: "hundred-and", reason: "British and", in: "one hundred and twenty", want: Number{Value: 120}},
	{name: "words-thousand", reason: "scale words", in: "three thousand five hundred", want: Number{Value: 3500}},
	{name: "words-million", reason: "twelve million", in: "twelve million", want: Number{Value: 1.2e7}},
	{name: "digits-million", reason: "1.2 million", in: "1.2 million", want: Number{Value: 1.2e6}},
	{name: "digits-trillion", reason: "114 trillion", in: "114 trillion", want: Number{Value: 1.14e14}},
	{name: "rmb-billion", reason: "RMB 10 billion is 1e10 (Recognizers-Text says 1e8)", in: "RMB 10 billion", want: Number{Value: 1e10, Unit: "yuan"}},
	{name: "rmb-million", reason: "RMB 1.2 million is 1.2e6", in: "RMB 1.2 million", want: Number{Value: 1.2e6, Unit: "yuan"}},
	{name: "yuan-suffix", reason: "yuan after the scale", in: "1.2 trillion yuan", want: Number{Value: 1.2e12, Unit: "yuan"}},
	{name: "dollar", reason: "US$ prefix", in: "US$100 billion", want: Number{Value: 1e11, Unit: "dollars"}},
	{name: "bn", reason: "bn abbreviation", in: "10bn", want: Number{Value: 1e10}},
	{name: "percent-word", reason: "percent", in: "6.5 percent", want: Number{Value: 6.5, Unit: "%"}},
	{name: "per-cent", reason: "per cent in two words", in: "3 per cent", want: Number{Value: 3, Unit: "%"}},
	{name: "percent-sign-en", reason: "% after digits in English", in: "0.5%", want: Number{Value: 0.5, Unit: "%"}},
	{name: "pp-en", reason: "percentage points are pp", in: "0.2 percentage points", want: Number{Value: 0.2, Unit: "pp"}},
	{name: "pp-en-singular", reason: "one percentage point", in: "one percentage point", want: Number{Value: 1, Unit: "pp"}},
	{name: "range-en-hyphen", reason: "6-6.5 percent", in: "6-6.5 percent", want: Number{Value: 6, Upper: 6.5, IsRange: true, Unit: "%"}},
	{name: "range-en-to", reason: "3 to 5", in: "3 to 5", want: Number{Value: 3, Upper: 5, IsRange: true}},
	{name: "range-between", reason: "between 3 and 5", in: "between 3 and 5", want: Number{Value: 3, Upper: 5, IsRange: true}},
	{name: "range-between-words", reason: "between three and five", in: "between three and five", want: Number{Value: 3, Upper: 5, IsRange: true}},
	{name: "range-en-scale", reason: "3 to 5 million: the scale applies to both", in: "3 to 5 million", want: Number{Value: 3e6, Upper: 5e6, IsRange: true}},
	{name: "range-en-years", reason: "2016-2020", in: "2016-2020", want: Number{Value: 2016, Upper: 2020, IsRange: true}},
	{name: "ordinal-word", reason: "Sixteenth", in: "Sixteenth", want: Number{Value: 16, Ordinal: true}},
	{name: "ordinal-suffix", reason: "13th", in: "13th", want: Number{Value: 13, Ordinal: true}},
	{name: "ordinal-st", reason: "21st", in: "21st", want: Number{Value: 21, Ordinal: true}},
	{name: "ordinal-compound", reason: "twenty-first", in: "twenty-first", want: Number{Value: 21, Ordinal: true}},
	{name: "ordinal-hundredth", reason: "one hundredth", in: "one hundredth", want: Number{Value: 100, Ordinal: true}},
	{name: "ratio", reason: "a ratio a:b is a/b", in: "2.45:1", want: Number{Value: 2.45, Unit: "ratio"}},
	{name: "fraction-zh", reason: "三分之二 is the fraction 2/3", in: "三分之二", want: Number{Value: 2.0 / 3, Unit: "fraction"}},
	{name: "fraction-en", reason: "three quarters is the fraction 0.75", in: "three quarters", want: Number{Value: 0.75, Unit: "fraction"}},
	{name: "fraction-yiban", reason: "一半 is the fraction 0.5 (DESIGN: 一半 ↔ 50 percent)", in: "一半", want: Number{Value: 0.5, Unit: "fraction"}},
	{name: "fraction-third-zh", reason: "三分之一 is the fraction 1/3", in: "三分之一", want: Number{Value: 1.0 / 3, Unit: "fraction"}},
	{name: "fraction-quarter-zh", reason: "四分之一 is the fraction 0.25", in: "四分之一", want: Number{Value: 0.25, Unit: "fraction"}},
	{name: "fraction-a-third", reason: "a third is the fraction 1/3, not the ordinal third", in: "a third", want: Number{Value: 1.0 / 3, Unit: "fraction"}},
	{name: "fraction-two-thirds", reason: "two-thirds with a hyphen", in: "two-thirds", want: Number{Value: 2.0 / 3, Unit: "fraction"}},
	{name: "duo-between-scales", reason: "4万多亿元: 多 between 万 and 亿 keeps both scales", in: "4万多亿元", want: Number{Value: 4e12, Unit: "元"}},
	{name: "duo-after-scale", reason: "1亿多: 多 after the scale", in: "1亿多", want: Number{Value: 1e8}},
	{name: "duo-after-scale-unit", reason: "1万多元: 多 then the currency, not 多元", in: "1万多元", want: Number{Value: 1e4, Unit: "元"}},
	{name: "range-yuan-both-ends", reason: "100万元至300万元: the currency on both bounds", in: "100万元至300万元", want: Number{Value: 1e6, Upper: 3e6, IsRange: true, Unit: "元"}},
	{name: "range-nian-both-ends", reason: "3年到5年: the measure word on both bounds", in: "3年到5年", want: Number{Value: 3, Upper: 5, IsRange: true, Unit: "年"}},
	{name: "range-em-dash-percent", reason: "5%—10% with an em dash", in: "5%—10%", want: Number{Value: 5, Upper: 10, IsRange: true, Unit: "%"}},
	{name: "range-between-percent", reason: "between 3 and 5 percent", in: "between 3 and 5 percent", want: Number{Value: 3, Upper: 5, IsRange: true, Unit: "%"}},
	{name: "dang-classifier", reason: "档 is a classifier: 三档", in: "三档", want: Number{Value: 3, Unit: "档"}},
	{name: "hyphen-scale", reason: "the 150-million mark: a hyphen before the scale word", in: "150-million", want: Number{Value: 1.5e8}},
	// Mixed digits and scales: one amount each (issue 11).
	{name: "mixed-qian-duo", reason: "千 after digits is a place: 5千多户 is 5000 households", in: "5千多户", want: Number{Value: 5000, Unit: "户"}},
	{name: "mixed-wan-qian", reason: "1万6千 is one amount, not 10000 and 6", in: "1万6千多户", want: Number{Value: 16000, Unit: "户"}},
	{name: "mixed-yi-qian-duo-wan", reason: "1亿3千多万: 3千多万 stands below the 亿", in: "1亿3千多万", want: Number{Value: 1.3e8}},
	{name: "mixed-three-places", reason: "5万4千6百 is 54600, not 50000, 4 and 6", in: "5万4千6百", want: Number{Value: 54600}},
	{name: "mixed-bare-tail", reason: "3万4000: the digits fill the places below 万", in: "3万4000", want: Number{Value: 34000}},
	{name: "mixed-han-tail", reason: "100万三千: a Chinese numeral below the 万", in: "100万三千", want: Number{Value: 1003000}},
	{name: "mixed-han-duo-wan", reason: "一亿三千多万: 万 scales only the part below 亿", in: "一亿三千多万", want: Number{Value: 1.3e8}},
	{name: "qian-unit-word", reason: "千 starting a unit word (千克) is not a place", in: "5千克", want: Number{Value: 5, Unit: "千克"}},
	// A decimal after a shortened numeral or a bare 十/百 (issue 11).
	{name: "decimal-elided", reason: "两千三点一: the point marks the units, 三 keeps its hundreds place", in: "两千三点一", want: Number{Value: 2300.1}},
	{name: "decimal-elided-scale", reason: "一千六点五万 is 1600.5万 (一千六 = 1600), not 10,065,000", in: "一千六点五万", want: Number{Value: 16005000}},
	{name: "decimal-after-tens-yi", reason: "一百二十点五亿元 is one amount", in: "一百二十点五亿元", want: Number{Value: 1.205e10, Unit: "元"}},
	{name: "decimal-baifenzhi-long", reason: "百分之一百二十点五 is not truncated to 120%", in: "百分之一百二十点五", want: Number{Value: 120.5, Unit: "%"}},
	{name: "decimal-after-shi", reason: "十点二三三: a fraction after a bare 十", in: "十点二三三", want: Number{Value: 10.233}},
	{name: "decimal-after-bai", reason: "一百点五: a fraction after a bare 百", in: "一百点五", want: Number{Value: 100.5}},
	{name: "approx-pair-place", reason: "二三十 is 20–30: the place scales both digits", in: "二三十", want: Number{Value: 20, Upper: 30, IsRange: true}},
	{name: "approx-pair-percent", reason: "百分之二三十 is 20–30%, not 2%", in: "百分之二三十", want: Number{Value: 20, Upper: 30, IsRange: true, Unit: "%"}},
	// Full-width grouping (issue 11).
	{name: "full-width-grouping", reason: "１，２００万元: groups of three full-width digits", in: "１，２００万元", want: Number{Value: 1.2e7, Unit: "元"}},
	{name: "full-width-grouping-short", reason: "４，５６５: a one-digit first group", in: "４，５６５", want: Number{Value: 4565}},
	{name: "full-width-grouping-two", reason: "two groups of three", in: "１，２３４，５６７", want: Number{Value: 1234567}},
	// Percentages (issue 11).
	{name: "baifenzhi-bai", reason: "百分之百 is 100%", in: "百分之百", want: Number{Value: 100, Unit: "%"}},
	{name: "wanfenzhi", reason: "万分之三 is 0.03%, as translators write it", in: "万分之三", want: Number{Value: 0.03, Unit: "%"}},
	// Traditional characters read as simplified (issue 11).
	{name: "trad-dian", reason: "點 is the decimal point", in: "三點五", want: Number{Value: 3.5}},
	{name: "trad-ge-baifendian", reason: "個百分點 is percentage points", in: "0.4個百分點", want: Number{Value: 0.4, Unit: "pp"}},
	{name: "trad-fu", reason: "負 is a minus", in: "負3.9%", want: Number{Value: -3.9, Unit: "%"}},
	{name: "trad-wan-yuan", reason: "萬元 folds the scale and keeps the currency", in: "1.2萬元", want: Number{Value: 12000, Unit: "元"}},
	{name: "trad-ge", reason: "個 is the classifier 个", in: "五個", want: Number{Value: 5, Unit: "个"}},
	{name: "trad-baifenzhi-dian", reason: "百分之十二點五", in: "百分之十二點五", want: Number{Value: 12.5, Unit: "%"}},
	// Signs (issue 11).
	{name: "minus-percent", reason: "a leading hyphen-minus", in: "-6.8%", want: Number{Value: -6.8, Unit: "%"}},
	{name: "minus-sign-u2212", reason: "U+2212 MINUS SIGN", in: "−22.2%", want: Number{Value: -22.2, Unit: "%"}},
	{name: "minus-full-width", reason: "U+FF0D before full-width digits", in: "－１２２％", want: Number{Value: -122, Unit: "%"}},
	{name: "minus-percent-word", reason: "-6.8 percent", in: "-6.8 percent", want: Number{Value: -6.8, Unit: "%"}},
	{name: "minus-word", reason: "minus 5 percent", in: "minus 5 percent", want: Number{Value: -5, Unit: "%"}},
	{name: "fu-percent", reason: "负3.9%", in: "负3.9%", want: Number{Value: -3.9, Unit: "%"}},
	{name: "words-tens-after-and", reason: "thirty one after hundred and is 31, not 30 and a unit", in: "three hundred and thirty one", want: Number{Value: 331}},
	{name: "words-and-scale", reason: "three hundred and fifty million is 350 million, not 300 and 50 million", in: "three hundred and fifty million", want: Number{Value: 3.5e8}},
	{name: "words-and-thousand", reason: "one hundred and twenty thousand is 120,000", in: "one hundred and twenty thousand", want: Number{Value: 120000}},
	{name: "words-and-below-scale", reason: "twenty-one trillion and three hundred: and goes on below the last scale", in: "twenty-one trillion and three hundred", want: Number{Value: 21000000000300}},
	{name: "words-and-two-numbers", reason: "one million and three million are two numbers", in: "one million and three million", err: ErrSyntax},
	{name: "range-descending", reason: "1995-01 is a year and a month, not the range 1995–1: a range rises", in: "1995-01", err: ErrSyntax},
	{name: "range-equal", reason: "2222-2222 is no range", in: "2222-2222", err: ErrSyntax},
	{name: "range-zh-descending", reason: "10至5 is no range", in: "10至5", err: ErrSyntax},
	{name: "capital-alone", reason: "a numeral given alone reads, capital or not; Quantities needs place value in prose", in: "陆", want: Number{Value: 6}},
	// Errors.
	{name: "liang-not-decimal", reason: "两 is never a decimal digit: 两百点两 is not 200.2", in: "两百点两", err: ErrSyntax},
	{name: "full-width-list", reason: "１，２０万: a group of two digits makes a list, never 1 and 200,000 as one", in: "１，２０万", err: ErrSyntax},
	{name: "full-width-list-tail", reason: "１，２００，５: one short group makes the whole a list", in: "１，２００，５", err: ErrSyntax},
	{name: "empty", reason: "nothing to parse", in: "", err: ErrSyntax},
	{name: "blank", reason: "only blanks", in: "  ", err: ErrSyntax},
	{name: "letters", reason: "not a number", in: "abc", err: ErrSyntax},
	{name: "trailing", reason: "text after the number", in: "26万人民", err: ErrSyntax},
	{name: "exponent", reason: "scientific notation is not a numeral", in: "1e5", err: ErrSyntax},
	{name: "lone-wan", reason: "万 needs a digit", in: "万", err: ErrSyntax},
	{name: "lone-bai", reason: "百 needs a digit: 百姓", in: "百", err: ErrSyntax},
	{name: "shisiwu", reason: "十四五 is not one numeral", in: "十四五", err: ErrSyntax},
	{name: "a-alone", reason: "a is not a number without a scale", in: "a", err: ErrSyntax},
	{name: "overflow-digits", reason: "more digits than uint64", in: "99999999999999999999999", err: ErrOverflow},
	{name: "inexact-integer", reason: "2^53+1 cannot be represented exactly", in: "9007199254740993", err: ErrOverflow},
	{name: "overflow-scale", reason: "scales beyond float64", in: "1" + repeat("万亿", 30), err: ErrOverflow},
	{name: "overflow-han", reason: "Chinese numeral too large to add exactly", in: "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九亿", err: ErrOverflow},
	{name: "exact-2-53", reason: "2^53 itself is exact", in: "9007199254740992", want: Number{Value: 9007199254740992}},
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func TestParseNumber(t *testing.T) {
	for _, tc := range numberCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseNumber(tc.in)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("ParseNumber(%q) = %+v, %v; want error %v (%s)", tc.in, got, err, tc.err, tc.reason)
				}
				var ne *NumberError
				if !errors.As(err, &ne) || ne.Input != tc.in || ne.Offset < 0 || ne.Offset > len([]rune(tc.in)) {
					t.Fatalf("ParseNumber(%q) error %#v: want a *NumberError with the input and an offset inside it", tc.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseNumber(%q): %v (%s)", tc.in, err, tc.reason)
			}
			if got != tc.want {
				t.Errorf("ParseNumber(%q) = %+v, want %+v (%s)", tc.in, got, tc.want, tc.reason)
			}
		})
	}
}

func TestNumberErrorOffset(t *testing.T) {
	_, err := ParseNumber("26万人民")
	var ne *NumberError
	if !errors.As(err, &ne) {
		t.Fatalf("want *NumberError, got %v", err)
	}
	if ne.Offset != 3 {
		t.Errorf("offset = %d, want 3 (人民 is a word, not the classifier 人)", ne.Offset)
	}
	if ne.Error() == "" || !errors.Is(err, ErrSyntax) {
		t.Errorf("error %q does not wrap ErrSyntax", ne.Error())
	}
}
