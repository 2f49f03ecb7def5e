package extract

import (
	"math"
	"reflect"
	"testing"
)

// qs builds quantities one after the other, as Quantities would report
// them in a text, from (text, value, unit, qualifier) rows. Role is
// RoleQuantity unless the unit is given as "role:NAME".
func qs(rows ...qrow) []Quantity {
	var out []Quantity
	pos := 0
	for _, r := range rows {
		n := len([]rune(r.text))
		q := Quantity{Text: r.text, Start: pos, End: pos + n, Value: r.value, Upper: r.upper,
			Unit: r.unit, Role: RoleQuantity, Qualifier: r.qual}
		if r.role != "" {
			q.Role = r.role
		}
		if q.Qualifier == "" {
			q.Qualifier = Exact
		}
		out = append(out, q)
		pos += n + 10
	}
	return out
}

type qrow struct {
	text  string
	value float64
	unit  string
	qual  Qualifier
	upper float64
	role  Role
}

func TestLink(t *testing.T) {
	tests := []struct {
		name   string
		zh, en []Quantity
		want   []Pairing
		reason string
	}{
		{"same count", qs(qrow{text: "34项", value: 34, unit: "项"}), qs(qrow{text: "34", value: 34, unit: "concerns"}),
			[]Pairing{{0, 0, Consistent, ""}}, "a count on both sides"},
		{"scale and floor class", qs(qrow{text: "1100万人以上", value: 11e6, unit: "人", qual: AtLeast}),
			qs(qrow{text: "Over 11 million", value: 11e6, unit: "jobs", qual: MoreThan}),
			[]Pairing{{0, 0, Consistent, ""}}, "以上 is routinely translated over: both are floors"},
		{"rounded to the English precision", qs(qrow{text: "1361万人", value: 13.61e6, unit: "人"}),
			qs(qrow{text: "13.6 million", value: 13.6e6, unit: "jobs"}),
			[]Pairing{{0, 0, Consistent, ""}}, "万 to million may round to the digits the English writes"},
		{"rounded too far", qs(qrow{text: "1361万人", value: 13.61e6, unit: "人"}),
			qs(qrow{text: "13.7 million", value: 13.7e6, unit: "jobs"}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "13.7 is not 13.61 rounded; the lone leftovers of one class are a mismatch"},
		{"no rounding without conversion", qs(qrow{text: "6.4%", value: 6.4, unit: "%"}),
			qs(qrow{text: "6 percent", value: 6, unit: "%"}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "a percentage is written at the same scale: 6 is not 6.4"},
		{"mu to hectares", qs(qrow{text: "1.5亿亩", value: 1.5e8, unit: "亩"}),
			qs(qrow{text: "10 million", value: 1e7, unit: "hectares"}),
			[]Pairing{{0, 0, Consistent, ""}}, "15 亩 = 1 hectare"},
		{"jin to tons", qs(qrow{text: "1.3万亿斤", value: 1.3e12, unit: "斤"}),
			qs(qrow{text: "650 million", value: 6.5e8, unit: "tons"}),
			[]Pairing{{0, 0, Consistent, ""}}, "2000 斤 = 1 ton"},
		{"gongli to km", qs(qrow{text: "3.5万公里", value: 35000, unit: "公里"}),
			qs(qrow{text: "35,000", value: 35000, unit: "kilometers"}),
			[]Pairing{{0, 0, Consistent, ""}}, "公里 are kilometres"},
		{"half", qs(qrow{text: "一半", value: 1, unit: "一半"}),
			qs(qrow{text: "50 percent", value: 50, unit: "%"}),
			[]Pairing{{0, 0, Consistent, ""}}, "一半 is 50 percent"},
		{"half as percent", qs(qrow{text: "一半", value: 50, unit: "%"}),
			qs(qrow{text: "half", value: 0.5, unit: "half"}),
			[]Pairing{{0, 0, Consistent, ""}}, "half is 50 percent whichever way it is reported"},
		{"qualifier class differs", qs(qrow{text: "5%左右", value: 5, unit: "%", qual: About}),
			qs(qrow{text: "5 percent", value: 5, unit: "%"}),
			[]Pairing{{0, 0, Mismatch, DiffQualifier}}, "about against exact: same value, other qualifier class, a hedge dropped"},
		{"ceiling class", qs(qrow{text: "4.5%以内", value: 4.5, unit: "%", qual: AtMost}),
			qs(qrow{text: "under 4.5 percent", value: 4.5, unit: "%", qual: LessThan}),
			[]Pairing{{0, 0, Consistent, ""}}, "以内 and under are both ceilings"},
		{"percent against pp", qs(qrow{text: "0.5个百分点", value: 0.5, unit: "pp"}),
			qs(qrow{text: "0.5 percent", value: 0.5, unit: "%"}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "percentage points translated as percent is a mismatch, not a match"},
		{"order beats first match", qs(qrow{text: "300项", value: 300, unit: "项"}, qrow{text: "240个", value: 240, unit: "个"}, qrow{text: "300个", value: 300, unit: "个"}),
			qs(qrow{text: "240", value: 240, unit: "sites"}, qrow{text: "300", value: 300, unit: "stations"}),
			[]Pairing{{0, -1, ZHOnly, ""}, {1, 0, Consistent, ""}, {2, 1, Consistent, ""}},
			"pairing the first 300 would cross the 240: order keeps two pairs"},
		{"repeated values in order", qs(qrow{text: "180项", value: 180, unit: "项"}, qrow{text: "300项", value: 300, unit: "项"}, qrow{text: "300个", value: 300, unit: "个"}),
			qs(qrow{text: "180", value: 180, unit: "items"}, qrow{text: "300", value: 300, unit: "items"}, qrow{text: "300", value: 300, unit: "stations"}),
			[]Pairing{{0, 0, Consistent, ""}, {1, 1, Consistent, ""}, {2, 2, Consistent, ""}}, "equal values pair by position"},
		{"roles left out", qs(qrow{text: "七有", value: 7, role: RoleName}, qrow{text: "2024年", value: 2024, role: RoleYear}, qrow{text: "34项", value: 34, unit: "项"}),
			qs(qrow{text: "17", value: 17, role: RoleFootnoteRef}, qrow{text: "34", value: 34}),
			[]Pairing{{2, 1, Consistent, ""}}, "only quantities take part; indices point into the input"},
		{"range", qs(qrow{text: "6%－6.5%", value: 6, upper: 6.5, unit: "%", qual: Range}),
			qs(qrow{text: "6-6.5 percent", value: 6, upper: 6.5, unit: "%", qual: Range}),
			[]Pairing{{0, 0, Consistent, ""}}, "both bounds agree"},
		{"range upper differs", qs(qrow{text: "6%－6.5%", value: 6, upper: 6.5, unit: "%", qual: Range}),
			qs(qrow{text: "6-7 percent", value: 6, upper: 7, unit: "%", qual: Range}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "the upper bound changed"},
		{"other unit class stays apart", qs(qrow{text: "5%", value: 5, unit: "%"}),
			qs(qrow{text: "3 years", value: 3, unit: "years"}),
			[]Pairing{{0, -1, ZHOnly, ""}, {-1, 0, ENOnly, ""}}, "a percentage and a duration are not the same thing badly translated"},
		{"crowded gap", qs(qrow{text: "12万", value: 12e4, unit: "人"}, qrow{text: "4万", value: 4e4, unit: "人"}),
			qs(qrow{text: "130,000", value: 13e4, unit: "people"}, qrow{text: "50,000", value: 5e4, unit: "workers"}),
			[]Pairing{{0, -1, ZHOnly, ""}, {1, -1, ZHOnly, ""}, {-1, 0, ENOnly, ""}, {-1, 1, ENOnly, ""}},
			"two leftovers on each side: which is which is a guess, so no mismatch is claimed"},
		{"mismatch between anchors", qs(qrow{text: "9个", value: 9, unit: "个"}, qrow{text: "26万人", value: 26e4, unit: "人"}, qrow{text: "1万个", value: 1e4, unit: "个"}),
			qs(qrow{text: "Nine", value: 9, unit: "networks"}, qrow{text: "2.6 million", value: 26e5, unit: "jobs"}, qrow{text: "10,000", value: 1e4, unit: "slots"}),
			[]Pairing{{0, 0, Consistent, ""}, {1, 1, Mismatch, DiffValue}, {2, 2, Consistent, ""}},
			"a lone count between two agreeing pairs on each side is a changed number"},
		{"number word", qs(qrow{text: "9个", value: 9, unit: "个"}), qs(qrow{text: "Nine", value: 9, unit: "networks"}),
			[]Pairing{{0, 0, Consistent, ""}}, "the English writes the number as a word"},
		{"duration", qs(qrow{text: "放宽至3个月", value: 3, unit: "个月", qual: UpTo}),
			qs(qrow{text: "up to three months'", value: 3, unit: "months'", qual: UpTo}),
			[]Pairing{{0, 0, Consistent, ""}}, "months on both sides, both ceilings"},
		{"yuan", qs(qrow{text: "1.2亿元", value: 1.2e8, unit: "元"}), qs(qrow{text: "120 million yuan", value: 1.2e8, unit: "yuan"}),
			[]Pairing{{0, 0, Consistent, ""}}, "money at another scale"},
		{"yuan wrong scale", qs(qrow{text: "1.2亿元", value: 1.2e8, unit: "元"}), qs(qrow{text: "1.2 billion yuan", value: 1.2e9, unit: "yuan"}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "亿 read as billion: a tenfold error"},
		{"dollar is not yuan", qs(qrow{text: "100亿元", value: 1e10, unit: "元"}), qs(qrow{text: "10 billion dollars", value: 1e10, unit: "dollars"}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "currencies do not convert: the same number in another currency, alone between the same anchors, is a mistranslation"},
		{"currency and other number", qs(qrow{text: "100亿元", value: 1e10, unit: "元"}), qs(qrow{text: "12 billion dollars", value: 1.2e10, unit: "dollars"}),
			[]Pairing{{0, -1, ZHOnly, ""}, {-1, 0, ENOnly, ""}}, "another number in another currency is no swapped currency"},
		{"unit left out", qs(qrow{text: "10%", value: 10, unit: "%"}, qrow{text: "9%", value: 9, unit: "%"}),
			qs(qrow{text: "10", value: 10}, qrow{text: "9 percent", value: 9, unit: "%"}),
			[]Pairing{{0, 0, Consistent, ""}, {1, 1, Consistent, ""}}, "from 10 to 9 percent: the first number borrows the unit"},
		{"unrelated leftovers", qs(qrow{text: "八个", value: 8, unit: "个"}),
			qs(qrow{text: "five", value: 5, unit: "tasks"}),
			[]Pairing{{0, -1, ZHOnly, ""}, {-1, 0, ENOnly, ""}}, "8 and 5 are not one number mistranslated"},
		{"scale slip", qs(qrow{text: "26万人", value: 26e4, unit: "人"}),
			qs(qrow{text: "2.6 million", value: 26e5, unit: "jobs"}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "the same digits at another scale: 万 misread"},
		{"reordered", qs(qrow{text: "约1.5万亿元", value: 1.5e12, unit: "元", qual: About}, qrow{text: "近9.8万亿元", value: 9.8e12, unit: "元", qual: About}, qrow{text: "18%", value: 18, unit: "%"}),
			qs(qrow{text: "close to 9.8 trillion yuan", value: 9.8e12, unit: "yuan", qual: About}, qrow{text: "18 percent", value: 18, unit: "%"}, qrow{text: "around 1.5 trillion yuan", value: 1.5e12, unit: "yuan", qual: About}),
			[]Pairing{{0, 2, Consistent, ""}, {1, 0, Consistent, ""}, {2, 1, Consistent, ""}},
			"the translator moved a number to the end of the sentence: a unique full agreement pairs across the order"},
		{"reordered but repeated", qs(qrow{text: "300个", value: 300, unit: "个"}, qrow{text: "240个", value: 240, unit: "个"}, qrow{text: "300项", value: 300, unit: "项"}),
			qs(qrow{text: "240", value: 240, unit: "sites"}, qrow{text: "300", value: 300, unit: "stations"}),
			[]Pairing{{0, -1, ZHOnly, ""}, {1, 0, Consistent, ""}, {2, 1, Consistent, ""}},
			"a value that occurs twice is not paired across the order"},
		{"fraction to percent", qs(qrow{text: "一半", value: 0.5, unit: "fraction"}),
			qs(qrow{text: "50 percent", value: 50, unit: "%"}),
			[]Pairing{{0, 0, Consistent, ""}}, "a fraction is a percentage ×100: 一半 ↔ 50 percent"},
		{"third floor to rounded percent", qs(qrow{text: "三分之一以上", value: 1.0 / 3, unit: "fraction", qual: AtLeast}),
			qs(qrow{text: "more than 33 percent", value: 33, unit: "%", qual: MoreThan}),
			[]Pairing{{0, 0, Consistent, ""}}, "1/3 is 33 percent at the precision the English writes; both floors"},
		{"two thirds to 66.7 percent", qs(qrow{text: "三分之二", value: 2.0 / 3, unit: "fraction"}),
			qs(qrow{text: "66.7 percent", value: 66.7, unit: "%"}),
			[]Pairing{{0, 0, Consistent, ""}}, "2/3 rounded to one decimal"},
		{"third is not 30 percent", qs(qrow{text: "三分之一", value: 1.0 / 3, unit: "fraction"}),
			qs(qrow{text: "30 percent", value: 30, unit: "%"}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "1/3 is not 30 percent: a changed number, alone between the same anchors"},
		{"fraction both sides", qs(qrow{text: "三分之一以上", value: 1.0 / 3, unit: "fraction", qual: AtLeast}),
			qs(qrow{text: "over a third", value: 1.0 / 3, unit: "fraction", qual: MoreThan}),
			[]Pairing{{0, 0, Consistent, ""}}, "以上 against over: both floors"},
		{"age to years", qs(qrow{text: "1岁", value: 1, unit: "岁"}),
			qs(qrow{text: "one", value: 1, unit: "year"}),
			[]Pairing{{0, 0, Consistent, ""}}, "提高1岁 ↔ by one year: an age is a time in years"},
		{"age to count", qs(qrow{text: "3岁以下", value: 3, unit: "岁", qual: AtMost}),
			qs(qrow{text: "under three", value: 3, unit: "children", qual: LessThan}),
			[]Pairing{{0, 0, Consistent, ""}}, "3岁以下 ↔ children under three: the age stands as a bare number"},
		{"age is not months", qs(qrow{text: "1岁", value: 1, unit: "岁"}),
			qs(qrow{text: "one", value: 1, unit: "month"}),
			[]Pairing{{0, -1, ZHOnly, ""}, {-1, 0, ENOnly, ""}}, "one year of age is twelve months, not one"},
		{"fanyifan to double", qs(qrow{text: "翻一番", value: 2, unit: "times"}),
			qs(qrow{text: "double", value: 2, unit: "times"}),
			[]Pairing{{0, 0, Consistent, ""}}, "翻一番 is double"},
		{"fold increase to doubled", qs(qrow{text: "1倍", value: 1, unit: "倍"}),
			qs(qrow{text: "doubled", value: 2, unit: "times"}),
			[]Pairing{{0, 0, Consistent, ""}}, "提高1倍 (up by one fold) is doubled"},
		{"twofold is not doubled", qs(qrow{text: "2倍", value: 2, unit: "倍"}),
			qs(qrow{text: "tripled", value: 2, unit: "times"}),
			[]Pairing{{0, 0, Consistent, ""}}, "only the verb double shifts the fold count; equal values still agree"},
		{"floor against ceiling", qs(qrow{text: "不少于26万人", value: 26e4, unit: "人", qual: AtLeast}),
			qs(qrow{text: "up to 260,000", value: 26e4, unit: "people", qual: UpTo}),
			[]Pairing{{0, 0, Mismatch, DiffBound}}, "不少于 ↔ up to turns a floor into a ceiling: the commitment changes"},
		{"floor dropped", qs(qrow{text: "14亿多人", value: 14e8, unit: "人", qual: MoreThan}),
			qs(qrow{text: "1.4 billion", value: 14e8, unit: "people"}),
			[]Pairing{{0, 0, Mismatch, DiffQualifier}}, "14亿多 ↔ 1.4 billion: the same number, the 多 dropped"},
		{"about added", qs(qrow{text: "1351万人", value: 1351e4, unit: "人"}),
			qs(qrow{text: "around 13.51 million", value: 1351e4, unit: "jobs", qual: About}),
			[]Pairing{{0, 0, Mismatch, DiffQualifier}}, "1351万人 ↔ around 13.51 million: a hedge added"},
		{"range against one value", qs(qrow{text: "6%－6.5%", value: 6, upper: 6.5, unit: "%", qual: Range}),
			qs(qrow{text: "6 percent", value: 6, unit: "%"}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "a range is another number than its lower bound"},
		{"us dollars by name", qs(qrow{text: "1363亿美元", value: 1363e8, unit: "美元"}),
			qs(qrow{text: "136.3 billion", value: 1363e8, unit: "U.S. dollars"}),
			[]Pairing{{0, 0, Consistent, ""}}, "美元 and U.S. dollars are one currency"},
		{"square kilometres by name", qs(qrow{text: "近2000平方公里", value: 2000, unit: "平方公里", qual: About}),
			qs(qrow{text: "close to 2,000", value: 2000, unit: "square kilometers", qual: About}),
			[]Pairing{{0, 0, Consistent, ""}}, "平方公里 are square kilometers, not kilometers"},
		{"mu to hectares at the written precision", qs(qrow{text: "1000万亩以上", value: 1e7, unit: "亩", qual: AtLeast}),
			qs(qrow{text: "over 667,000", value: 667000, unit: "hectares", qual: MoreThan}),
			[]Pairing{{0, 0, Consistent, ""}}, "10,000,000/15 = 666,667 hectares rounds to 667,000 at the three digits written"},
		{"mu to hectares rounded wrong", qs(qrow{text: "1000万亩以上", value: 1e7, unit: "亩", qual: AtLeast}),
			qs(qrow{text: "over 680,000", value: 680000, unit: "hectares", qual: MoreThan}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "666,667 does not round to 680,000 at two digits"},
		{"mu to hectares one digit", qs(qrow{text: "1000万亩以上", value: 1e7, unit: "亩", qual: AtLeast}),
			qs(qrow{text: "over 600,000", value: 600000, unit: "hectares", qual: MoreThan}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "666,667 rounds to 700,000 at one digit, not 600,000"},
		{"source round figure no licence", qs(qrow{text: "5万亩", value: 5e4, unit: "亩"}),
			qs(qrow{text: "3,400", value: 3400, unit: "hectares"}),
			[]Pairing{{0, 0, Mismatch, DiffValue}}, "50,000 mu = 3,333 hectares: the 万 of the source does not let the conversion round to 3,400"},
		{"conversion written exactly", qs(qrow{text: "5万亩", value: 5e4, unit: "亩"}),
			qs(qrow{text: "3,333", value: 3333, unit: "hectares"}),
			[]Pairing{{0, 0, Consistent, ""}}, "3,333.3 written to the hectare"},
		{"kilometres to miles", qs(qrow{text: "100公里", value: 100, unit: "公里"}),
			qs(qrow{text: "62", value: 62, unit: "miles"}),
			[]Pairing{{0, 0, Consistent, ""}}, "100 km = 62.1 miles at the whole miles written"},
		{"english only", nil, qs(qrow{text: "300", value: 300, unit: "stations"}),
			[]Pairing{{-1, 0, ENOnly, ""}}, "nothing on the Chinese side"},
		{"empty", nil, nil, nil, "nothing to link"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Link(tt.zh, tt.en)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Link = %v, want %v (%s)", got, tt.want, tt.reason)
			}
		})
	}
}

func TestClassifyUnit(t *testing.T) {
	tests := []struct {
		name   string
		unit   string
		class  unitClass
		reason string
	}{
		{"percent sign", "%", classPercent, "the sign"},
		{"percent word", "percent", classPercent, "the word"},
		{"pp", "percentage points", classPP, "plural English"},
		{"pp zh", "个百分点", classPP, "Chinese"},
		{"yuan", "yuan", classYuan, "currency"},
		{"hectares", "hectares", classArea, "plural of a known unit"},
		{"square meters of", "square meters of floor space", classArea, "a unit phrase"},
		{"tons of grain", "tons of grain", classWeight, "first word"},
		{"months apostrophe", "months'", classTime, "a possessive plural"},
		{"grade", "级", classGrade, "a rank"},
		{"jobs", "jobs", classCount, "an unknown noun counts"},
		{"empty", "", classUnknown, "no unit written: the other side's unit is taken"},
		{"times", "times", classCount, "four times: occurrences, not a unit"},
		{"fraction", "fraction", classPercent, "a fraction converts to percent ×100"},
		{"age", "岁", classAge, "an age: years on the other side, or a bare number"},
		{"us dollars", "U.S. dollars", classDollar, "the name the English gives 美元"},
		{"us dollar sign", "US$", classDollar, "a dollar sign with the country"},
		{"meiyuan", "美元", classDollar, "Chinese"},
		{"renminbi", "人民币", classYuan, "the currency's name"},
		{"rmb", "RMB", classYuan, "the English abbreviation"},
		{"euros", "euros", classEuro, "plural"},
		{"ouyuan", "欧元", classEuro, "Chinese"},
		{"hk dollars", "Hong Kong dollars", classHKD, "not U.S. dollars"},
		{"gangyuan", "港元", classHKD, "Chinese"},
		{"square kilometers", "square kilometers", classArea, "two words"},
		{"pingfanggongli", "平方公里", classArea, "Chinese"},
		{"pingfangqianmi", "平方千米", classArea, "the other Chinese name"},
		{"gongqing", "公顷", classArea, "hectares"},
		{"mu", "亩", classArea, "a Chinese area unit"},
		{"mu english", "mu", classArea, "transliterated"},
		{"square meters", "square meters", classArea, "two words"},
		{"gongli", "公里", classLength, "kilometres"},
		{"qianmi", "千米", classLength, "kilometres, other name"},
		{"km", "km", classLength, "abbreviation"},
		{"miles", "miles", classLength, "imperial"},
		{"dun", "吨", classWeight, "tons"},
		{"tonnes", "tonnes", classWeight, "British spelling"},
		{"jin", "斤", classWeight, "half a kilogram"},
		{"kilograms", "kilograms", classWeight, "plural"},
		{"ren", "人", classCount, "people are a count"},
		{"renci", "人次", classCount, "person-times are a count"},
		{"people", "people", classCount, "people"},
		{"persons", "persons", classCount, "plural"},
		{"individuals", "individuals", classCount, "plural"},
		{"households", "households", classCount, "户 ↔ households"},
		{"hu", "户", classCount, "Chinese"},
		{"percentage points", "percentage points", classPP, "pp, never %"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c, _ := classifyUnit(tt.unit); c != tt.class {
				t.Errorf("classifyUnit(%q) = %q, want %q (%s)", tt.unit, c, tt.class, tt.reason)
			}
		})
	}
}

func TestLinkLarge(t *testing.T) {
	var zh, en []Quantity
	for i := range 3000 {
		v := float64(i + 1)
		zh = append(zh, Quantity{Text: "1个", Start: 2 * i, End: 2*i + 1, Value: v, Unit: "个", Role: RoleQuantity, Qualifier: Exact})
		en = append(en, Quantity{Text: "1", Start: 2 * i, End: 2*i + 1, Value: v, Unit: "items", Role: RoleQuantity, Qualifier: Exact})
	}
	links := Link(zh, en)
	if len(links) != 3000 {
		t.Fatalf("Link of 3000 against 3000 equal quantities gave %d pairings, want 3000", len(links))
	}
	for k, l := range links {
		if l.ZH != k || l.EN != k || l.Status != Consistent {
			t.Fatalf("pairing %d = %v, want {%d %d consistent}: slicing must keep equal neighbours together", k, l, k, k)
		}
	}
}

// TestLinkText links what Quantities finds in real sentence pairs.
func TestLinkText(t *testing.T) {
	tests := []struct {
		name, zh, en string
		want         []Status
		reason       string
	}{
		{"yiban-50-percent", "对拖欠企业的款项年底前要清偿一半以上。", "Over 50 percent of overdue payments will be made by year end.",
			[]Status{Consistent}, "一半以上 ↔ over 50 percent: a known conversion, both floors"},
		{"third-33-percent", "文件压减三分之一以上。", "documents will be cut by more than 33 percent.",
			[]Status{Consistent}, "三分之一以上 ↔ more than 33 percent"},
		{"third-over-a-third", "坚决把文件压减三分之一以上。", "will cut the number of documents by over a third.",
			[]Status{Consistent}, "fraction on both sides"},
		{"half-half", "新增财力的一半用于大病保险。", "half of the increase will go to serious disease insurance.",
			[]Status{Consistent}, "一半 ↔ half"},
		{"sui-one-year", "人均预期寿命提高1岁。", "raise average life expectancy by one year.",
			[]Status{Consistent}, "提高1岁 ↔ by one year"},
		{"fanyifan-double", "城乡居民人均收入比2010年翻一番。", "double the 2010 GDP and per capita income.",
			[]Status{Consistent}, "翻一番 ↔ double"},
		{"range-yuan", "对年应纳税所得额100万元至300万元部分", "taxable income of between one million and three million yuan",
			[]Status{Consistent}, "a range with the currency on both bounds ↔ between ... and ... yuan"},
		{"shangyi-over", "必须稳住上亿市场主体", "we must keep over one hundred million market entities afloat",
			[]Status{Consistent}, "上亿 is a floor like over"},
		{"exceeded", "货物进出口总额超过30万亿元。", "total trade in goods exceeded 30 trillion yuan.",
			[]Status{Consistent}, "超过 ↔ exceeded: both more_than"},
		{"within-two-years", "两年内基本取消全国高速公路省界收费站。", "Within two years, we will basically abolish toll stations.",
			[]Status{Consistent}, "两年内 ↔ within two years: both ceilings"},
		{"us-dollars-named", "实际使用外资1363亿美元。", "Foreign direct investment reached 136.3 billion U.S. dollars.",
			[]Status{Consistent}, "美元 ↔ U.S. dollars at another scale: one amount, one currency"},
		{"square-kilometres-named", "新增造林近2000平方公里。", "we afforested close to 2,000 square kilometers.",
			[]Status{Consistent}, "近2000平方公里 ↔ close to 2,000 square kilometers: an area on both sides, both about"},
		{"mu-hectares-rounded", "建设高标准农田1000万亩以上。", "build over 667,000 hectares of high-standard cropland.",
			[]Status{Consistent}, "1000万亩以上 ↔ over 667,000 hectares: the conversion rounded at three digits"},
		{"terms", "连续任职不得超过两届。", "shall serve no more than two consecutive terms.",
			[]Status{Consistent}, "不得超过两届 ↔ no more than two terms: a count, both ceilings"},
		// Held-out classes of issue 11 that belong to the numeral reader.
		{"from-to-not-range", "高铁营业里程由9000多公里增加到2.5万公里。", "high-speed railway lines in service increased from over 9,000 to 25,000 kilometers.",
			[]Status{Consistent, Consistent}, "a baseline and a target on both sides, not a range against two numbers"},
		{"qualifier-across-words", "新建高速铁路2000公里以上。", "We will build at least another 2,000 kilometers of high-speed railways.",
			[]Status{Consistent}, "2000公里以上 ↔ at least another 2,000 kilometers: both floors"},
		{"mixed-scales", "惠及1万6千多户，帮助5千多户家庭。", "benefiting more than 16,000 households and helping over 5,000 families.",
			[]Status{Consistent, Consistent}, "1万6千多户 and 5千多户 are one amount each"},
		{"mixed-yi-qian-duo-wan", "农村贫困人口减少1亿3千多万。", "the rural poor population fell by more than 130 million.",
			[]Status{Consistent}, "1亿3千多万 ↔ more than 130 million"},
		// Signs and directions.
		{"fell-xiajiang", "居民消费价格下降0.3%。", "Consumer prices fell 0.3 percent.",
			[]Status{Consistent}, "下降0.3% ↔ fell 0.3 percent: the same fall written as a positive decline"},
		{"rose-negative-growth", "居民消费价格增长-0.3%。", "Consumer prices rose 0.3 percent.",
			[]Status{Mismatch}, "增长-0.3% is a fall of 0.3; rose 0.3 percent flips the sign"},
		{"fell-negative-growth", "居民消费价格增长-0.3%。", "Consumer prices fell 0.3 percent.",
			[]Status{Consistent}, "增长-0.3% ↔ fell 0.3 percent: the same effective change"},
		{"negative-both", "出口增长-6.8%。", "exports grew by -6.8 percent.",
			[]Status{Consistent}, "the minus written on both sides"},
		{"minus-word", "实际增长负3.9%。", "real growth was minus 3.9 percent.",
			[]Status{Consistent}, "负3.9% ↔ minus 3.9 percent"},
		{"sign-dropped", "出口增长-6.8%。", "exports grew by 6.8 percent.",
			[]Status{Mismatch}, "the English dropped the minus: a changed value"},
		{"decline-noun", "工业增加值下降0.3%。", "a 0.3 percent drop in industrial value added.",
			[]Status{Consistent}, "a noun after the number gives the direction"},
		{"negative-growth-words", "居民消费价格增长-0.3%。", "Consumer prices saw negative growth of 0.3 percent.",
			[]Status{Consistent}, "negative growth of 0.3 percent is the same fall as 增长-0.3%"},
		{"direction-unknown", "出口下降6.8%。", "exports: 6.8 percent lower than a year ago.",
			[]Status{Consistent}, "lower after the number: both down"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			zq, eq := Quantities(tt.zh, Chinese), Quantities(tt.en, English)
			var got []Status
			for _, p := range Link(zq, eq) {
				got = append(got, p.Status)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Link(%+v, %+v) statuses = %v, want %v (%s)", zq, eq, got, tt.want, tt.reason)
			}
		})
	}
}

// TestConversions checks the factors of the unit table: each pair of units
// converts at the factor a reader would use.
func TestConversions(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		want     float64 // one `from` in `to`
		reason   string
	}{
		{"mu-hectare", "亩", "hectares", 1.0 / 15, "15 亩 = 1 hectare"},
		{"mu-square-meter", "亩", "square meters", 10000.0 / 15, "1 亩 = 666.7 m²"},
		{"sqkm-hectare", "平方公里", "hectares", 100, "1 km² = 100 ha"},
		{"jin-ton", "斤", "tons", 0.0005, "2000 斤 = 1 ton"},
		{"jin-kg", "斤", "kilograms", 0.5, "1 斤 = 0.5 kg"},
		{"km-mile", "公里", "miles", 1000 / 1609.344, "1 km = 0.621 miles"},
		{"qianmi-km", "千米", "km", 1, "千米 is 公里"},
		{"wan-qianwa", "万千瓦", "kilowatts", 1e4, "a unit with its own scale"},
		{"half-percent", "半", "percent", 100, "一半 read as 0.5 is 50 percent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cf, ff := classifyUnit(tt.from)
			ct, ft := classifyUnit(tt.to)
			if cf != ct {
				t.Fatalf("%s is %q, %s is %q: want one class (%s)", tt.from, cf, tt.to, ct, tt.reason)
			}
			if got := ff / ft; math.Abs(got-tt.want) > 1e-9*tt.want {
				t.Errorf("one %s = %v %s, want %v (%s)", tt.from, got, tt.to, tt.want, tt.reason)
			}
		})
	}
}

// TestEnUnitPhraseAt checks the English unit phrases the finder reads whole.
func TestEnUnitPhraseAt(t *testing.T) {
	tests := []struct {
		name, text, want string
		reason           string
	}{
		{"us dollars", " U.S. dollars in total", "U.S. dollars", "the currency, not the letter U"},
		{"square kilometers", " square kilometers of forest", "square kilometers", "an area, not a length"},
		{"singular", " square metre", "square metre", "singular at the end"},
		{"hk dollars", " Hong Kong dollars", "Hong Kong dollars", "not U.S. dollars"},
		{"not a word end", " square metresque", "", "the phrase must end a word"},
		{"other noun", " urban jobs", "", "nouns are left to the noun-phrase reader"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := enUnitPhraseAt([]rune(tt.text), 0); got != tt.want {
				t.Errorf("enUnitPhraseAt(%q) = %q, want %q (%s)", tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

// TestGluedCurrency checks that a currency code or sign written against its
// number is read as the currency, not as a name like G20 or PM2.5.
func TestGluedCurrency(t *testing.T) {
	tests := []struct {
		name, text string
		value      float64
		unit       string
		role       Role
		reason     string
	}{
		{"rmb", "invested RMB45 billion in forests", 45e9, "yuan", RoleQuantity, "the style of official translations"},
		{"eur", "loans of EUR300 million", 300e6, "euros", RoleQuantity, "a currency code"},
		{"usd", "USD5 billion of exports", 5e9, "dollars", RoleQuantity, "a currency code"},
		{"hk dollars", "HK$3 million", 3e6, "Hong Kong dollars", RoleQuantity, "not U.S. dollars"},
		{"pm2.5", "the PM2.5 density", 2.5, "", RoleName, "letters before a number still make a name"},
		{"g20", "the G20 summit", 20, "", RoleName, "a name"},
		{"lower case", "the rmb45 line", 45, "", RoleFootnoteRef, "codes are upper case: a lower-case word glued to digits stays a footnote mark (areas17)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Quantities(tt.text, English)
			if len(qs) != 1 || qs[0].Value != tt.value || qs[0].Unit != tt.unit || qs[0].Role != tt.role {
				t.Errorf("Quantities(%q) = %+v, want one %v %q %s (%s)", tt.text, qs, tt.value, tt.unit, tt.role, tt.reason)
			}
		})
	}
}
