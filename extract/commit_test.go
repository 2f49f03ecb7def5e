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
			got := commitments(tt.zh, tt.en, tt.zq(tt.zh, tt.en), tt.eq(tt.zh, tt.en), tt.cfg)
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
