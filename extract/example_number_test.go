package extract_test

import (
	"fmt"

	"github.com/bireport/bireport/extract"
)

func ExampleParseNumber() {
	for _, s := range []string{"1.5万", "一万二", "114万亿元", "3.5个百分点", "6%－6.5%", "RMB 10 billion", "twenty-five", "between 3 and 5"} {
		n, err := extract.ParseNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s → %g %q range=%v upper=%g\n", s, n.Value, n.Unit, n.IsRange, n.Upper)
	}
	_, err := extract.ParseNumber("9007199254740993")
	fmt.Println(err)
	// Output:
	// 1.5万 → 15000 "" range=false upper=0
	// 一万二 → 12000 "" range=false upper=0
	// 114万亿元 → 1.14e+14 "元" range=false upper=0
	// 3.5个百分点 → 3.5 "pp" range=false upper=0
	// 6%－6.5% → 6 "%" range=true upper=6.5
	// RMB 10 billion → 1e+10 "yuan" range=false upper=0
	// twenty-five → 25 "" range=false upper=0
	// between 3 and 5 → 3 "" range=true upper=5
	// extract: parsing number "9007199254740993": offset 0: number out of range
}

func ExampleParseNumber_fraction() {
	for _, s := range []string{"一半", "三分之一", "two-thirds", "a third", "4万多亿元", "100万元至300万元"} {
		n, err := extract.ParseNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s → %.4g %q range=%v upper=%g\n", s, n.Value, n.Unit, n.IsRange, n.Upper)
	}
	// Output:
	// 一半 → 0.5 "fraction" range=false upper=0
	// 三分之一 → 0.3333 "fraction" range=false upper=0
	// two-thirds → 0.6667 "fraction" range=false upper=0
	// a third → 0.3333 "fraction" range=false upper=0
	// 4万多亿元 → 4e+12 "元" range=false upper=0
	// 100万元至300万元 → 1e+06 "元" range=true upper=3e+06
}

func ExampleQuantities() {
	zh := "实现城镇新增就业不少于26万人。新建养老家庭照护床位2000张,处方用药量放宽至3个月。"
	for _, q := range extract.Quantities(zh, extract.Chinese) {
		fmt.Printf("%s [%d,%d) %g %s %s %s\n", q.Text, q.Start, q.End, q.Value, q.Unit, q.Role, q.Qualifier)
	}
	en := "Delivered on January 21, 2024: create no fewer than 260,000 urban jobs and up to three months' supply in five areas17."
	for _, q := range extract.Quantities(en, extract.English) {
		fmt.Printf("%s [%d,%d) %g %s %s %s\n", q.Text, q.Start, q.End, q.Value, q.Unit, q.Role, q.Qualifier)
	}
	// Output:
	// 不少于26万人 [8,15) 260000 人 quantity at_least
	// 2000张 [26,31) 2000 张 quantity exact
	// 放宽至3个月 [37,43) 3 个月 quantity up_to
	// January 21 [13,23) 121  date exact
	// 2024 [25,29) 2024  year exact
	// no fewer than 260,000 [38,59) 260000 jobs quantity at_least
	// up to three [75,86) 3 months quantity up_to
	// five [105,109) 5 areas quantity exact
	// 17 [115,117) 17  footnote-ref exact
}

func ExampleQuantities_sign() {
	for _, q := range extract.Quantities("居民消费价格增长-0.3%，工业品价格下降0.3%。", extract.Chinese) {
		fmt.Printf("%s value=%v direction=%s\n", q.Text, q.Value, q.Direction)
	}
	en := extract.Quantities("Consumer prices rose 0.3 percent.", extract.English)
	zh := extract.Quantities("居民消费价格增长-0.3%。", extract.Chinese)
	fmt.Println(extract.Link(zh, en)[0].Status)
	// Output:
	// -0.3% value=-0.3 direction=up
	// 0.3% value=0.3 direction=down
	// mismatch
}
