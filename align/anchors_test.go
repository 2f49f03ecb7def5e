package align_test

import (
	"slices"
	"testing"

	"github.com/bireport/bireport/align"
)

func TestNumberAnchors(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		reason string
	}{
		{"ten thousands", "城镇新增就业不少于26万人", []string{"260000"}, "万 multiplies by 10^4"},
		{"thousands separator", "no fewer than 260,000 urban jobs", []string{"260000"}, "the comma groups thousands"},
		{"million", "1.2 million people", []string{"1200000"}, "a decimal times a magnitude word"},
		{"wan decimal", "120万人", []string{"1200000"}, "the same quantity in Chinese"},
		{"percent", "增长6.5%", []string{"6.5"}, "the percent sign is not part of the key"},
		{"percent word", "6.5 percent", []string{"6.5"}, "nor is the word"},
		{"trillion", "114万亿元", []string{"114000000000000"}, "万亿 is 10^12"},
		{"trillion en", "114 trillion yuan", []string{"114000000000000"}, "trillion is 10^12"},
		{"yi", "1.5亿户", []string{"150000000"}, "亿 is 10^8"},
		{"date", "2024年1月21日", []string{"2024", "1", "21"}, "a date gives its numbers"},
		{"range", "6%－6.5%", []string{"6", "6.5"}, "both ends of a range"},
		{"full width", "２６万", []string{"260000"}, "full-width digits fold"},
		{"sentence end", "in 2024.", []string{"2024"}, "a final point is not a decimal point"},
		{"leading zero", "2024-01-05", []string{"2024", "1", "5"}, "leading zeros go"},
		{"trailing zeros", "3.50 percent", []string{"3.5"}, "trailing fractional zeros go"},
		{"list commas", "items 1, 2, 3", []string{"1", "2", "3"}, "a comma and a space do not group thousands"},
		{"han ten up", "“十三五”规划", []string{"13"}, "a Chinese numeral from ten up; the 五 after it is a new, single numeral"},
		{"han ordinal", "第十九届", []string{"19"}, "第 + numeral"},
		{"han small ordinal", "二是优化政策", []string{"2"}, "an enumeration: 二是"},
		{"han heading", "（三）深挖国内需求潜力", []string{"3"}, "a bracketed heading number"},
		{"han heading comma", "二、2024年重点任务", []string{"2", "2024"}, "a heading number and a year"},
		{"han word", "一些地方统一部署三农工作", nil, "single numerals inside words are not anchors"},
		{"han hundreds", "一百零五项", []string{"105"}, "hundreds with a zero"},
		{"g20", "二十国集团", []string{"20"}, "G20 in Chinese"},
		{"million no space", "5million", []string{"5"}, "a magnitude word needs a space before it"},
		{"millionaire", "5 millionaires", []string{"5"}, "and must be a whole word"},
		{"empty", "", nil, "nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := align.NumberAnchors(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("NumberAnchors(%q) = %q, want %q (%s)", tt.text, got, tt.want, tt.reason)
			}
		})
	}
}
