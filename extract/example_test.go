package extract_test

import (
	"fmt"

	"github.com/bireport/bireport/extract"
)

func ExampleLink() {
	zh := extract.Quantities("新建养老家庭照护床位2000张，新增农村邻里互助养老服务点240个、养老助餐点300个。", extract.Chinese)
	en := extract.Quantities("We will facilitate the adaptation of 2,000 beds, establish 240 elderly-care sites, and set up 300 meal service stations.", extract.English)
	for _, l := range extract.Link(zh, en) {
		fmt.Printf("%s ↔ %s: %s\n", zh[l.ZH].Text, en[l.EN].Text, l.Status)
	}
	// Output:
	// 2000张 ↔ 2,000: consistent
	// 240个 ↔ 240: consistent
	// 300个 ↔ 300: consistent
}

func ExampleLink_mismatch() {
	zh := []extract.Quantity{{Text: "26万人", Value: 260000, Unit: "人", Role: extract.RoleQuantity, Qualifier: extract.AtLeast}}
	en := []extract.Quantity{{Text: "2.6 million", Value: 2600000, Unit: "jobs", Role: extract.RoleQuantity, Qualifier: extract.AtLeast}}
	for _, l := range extract.Link(zh, en) {
		fmt.Println(l.ZH, l.EN, l.Status)
	}
	// Output:
	// 0 0 mismatch
}

func ExampleLink_difference() {
	zh := extract.Quantities("财政赤字约2.5万亿元，城镇新增就业不少于26万人，实际使用外资1363亿美元。", extract.Chinese)
	en := extract.Quantities("The deficit will be 2.5 trillion yuan, with up to 260,000 new urban jobs and 136.3 billion U.S. dollars of foreign investment.", extract.English)
	for _, l := range extract.Link(zh, en) {
		fmt.Printf("%s ↔ %s: %s %s\n", zh[l.ZH].Text, en[l.EN].Text, l.Status, l.Diff)
	}
	// Output:
	// 约2.5万亿元 ↔ 2.5 trillion yuan: mismatch qualifier
	// 不少于26万人 ↔ up to 260,000: mismatch bound
	// 1363亿美元 ↔ 136.3 billion: consistent
}

func ExampleCommitments() {
	zh := "实现城镇新增就业不少于26万人。新增普惠托位1万个。"
	en := "We will create no fewer than 260,000 urban jobs. We will add 10,000 nursery slots."
	for _, c := range extract.Commitments(zh, en, extract.CommitConfig{}) {
		fmt.Printf("%v %s %s past=%v %s / %s\n", c.Value, c.Qualifier, c.Status, c.Past, c.ObjectZH, c.ObjectEN)
	}
	// Output:
	// 260000 at_least consistent past=false 城镇新增就业 / urban jobs
	// 10000 exact consistent past=false 普惠托位 / nursery slots
}

func ExampleCommitments_figures() {
	zh := "国内生产总值增长6.6%，总量突破90万亿元。"
	en := "Gross domestic product (GDP) grew by 6.6 percent."
	for _, c := range extract.Commitments(zh, en, extract.CommitConfig{Tense: extract.Past}) {
		fmt.Printf("%v %s past=%v %s\n", c.Value, c.Status, c.Past, c.ObjectZH)
	}
	// Output:
	// 6.6 consistent past=true 国内生产总值
	// 9e+13 zh_only past=true 总量
}

func ExampleFootnoteRefs() {
	text := "meeting public expectations for a better life in five areas17, and responding to concerns."
	for _, r := range extract.FootnoteRefs(text, map[string]bool{"17": true}) {
		fmt.Println(r.ID, r.Start, r.End)
	}
	id, body, ok := extract.FootnoteDef("[17]The seven aspects are childcare, education and employment.")
	fmt.Println(id, ok, body)
	// Output:
	// 17 59 61
	// 17 true The seven aspects are childcare, education and employment.
}

func ExampleCommitmentsOf() {
	// Prepare each side once: its quantities serve other work too (here,
	// a count) and are not found again for the commitments.
	zh := extract.NewText("实现城镇新增就业不少于26万人。", extract.Chinese)
	en := extract.NewText("We will create no fewer than 260,000 urban jobs.", extract.English)
	fmt.Println(len(zh.Quantities()), len(en.Quantities()))
	for _, c := range extract.CommitmentsOf(zh, en, extract.CommitConfig{}) {
		fmt.Printf("%s ↔ %s: %v %s\n", c.ZH.Text, c.EN.Text, c.Value, c.Status)
	}
	// Output:
	// 1 1
	// 不少于26万人 ↔ no fewer than 260,000: 260000 consistent
}
