package report_test

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bireport/bireport/extract"
	"github.com/bireport/bireport/report"
)

// Follow indicators across reports: each report's targets for its year and
// results for the year before, named by the built-in catalogue.
func ExampleIndicators() {
	src := `——2019年3月5日在第十三届全国人民代表大会第二次会议上
Delivered on March 5, 2019
一、2018年工作回顾
I. 2018 in Review
国内生产总值增长6.6%。居民消费价格上涨2.1%。
Gross domestic product grew by 6.6 percent. Consumer prices rose by 2.1 percent.
二、2019年政府工作任务
II. Tasks for 2019
今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上。
The main projected targets for development this year are: GDP growth of 6-6.5 percent; over 11 million new urban jobs.
`
	doc, err := report.Parse(strings.NewReader(src), report.Config{Name: "gwr-2019.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range report.Indicators([]*report.Document{doc}, extract.DefaultCatalog()) {
		upper := ""
		if r.Upper != nil {
			upper = fmt.Sprint("–", *r.Upper)
		}
		fmt.Printf("%s %d %s: %s%s %s (%s) line %d: %s\n", r.Indicator, r.Year, r.Kind, strconv.FormatFloat(r.Value, 'f', -1, 64), upper, r.Unit, r.Qualifier, r.Line, r.ZH)
	}
	// Output:
	// gdp-growth 2018 result: 6.6 % (exact) line 5: 国内生产总值增长6.6%
	// cpi 2018 result: 2.1 % (exact) line 5: 居民消费价格上涨2.1%
	// gdp-growth 2019 target: 6–6.5 % (range) line 9: 国内生产总值增长6%－6.5%
	// urban-jobs 2019 target: 11000000 人 (at_least) line 9: 城镇新增就业1100万人以上
}

// Extend the built-in catalogue with an indicator of one's own.
func ExampleIndicators_catalog() {
	user, err := extract.ReadCatalog(strings.NewReader(`{"indicators": [
	  {"id": "m2-growth", "name": "M2 growth", "unit": "%", "units": ["%"], "zh": ["广义货币M2"], "en": ["M2"]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	cat := extract.DefaultCatalog().Extend(user)
	src := "——2016年3月5日\nMarch 5, 2016\n今年广义货币M2预期增长13%左右。\nThe M2 money supply is forecast to grow by around 13%.\n"
	doc, _ := report.Parse(strings.NewReader(src), report.Config{Name: "r.txt"})
	for _, r := range report.Indicators([]*report.Document{doc}, cat) {
		fmt.Println(r.Indicator, r.Year, r.Kind, r.Value, r.Qualifier, r.ZH, "|", r.EN)
	}
	// Output:
	// m2-growth 2016 target 13 about 广义货币M2预期增长13%左右 | around 13%
}
