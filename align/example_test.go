package align_test

import (
	"fmt"

	"github.com/bireport/bireport/align"
)

// An enumeration of targets, one Chinese paragraph, is translated as one
// English line per target: the aligner pairs the paragraph with all three
// lines, and pairs the heading and the closing paragraph one to one.
func ExampleParagraphs() {
	zh := []string{
		"二、2024年主要目标",
		"城镇新增就业不少于26万人；居民消费价格涨幅3%左右；居民收入增长与经济增长同步。",
		"实现上述目标，需要付出艰苦努力。",
	}
	en := []string{
		"II. Major Targets for 2024",
		"No fewer than 260,000 new urban jobs;",
		"CPI increase of around 3 percent;",
		"Personal income growth in step with economic growth.",
		"Meeting these targets will require arduous efforts.",
	}
	for _, b := range align.Paragraphs(zh, en, align.Config{}) {
		fmt.Println(b.ZH, b.EN, b.Score > 0.5)
	}
	// Output:
	// [0] [0] true
	// [1] [1 2 3] true
	// [2] [4] true
}

// NumberAnchors normalises numbers so that both languages give the same
// keys.
func ExampleNumberAnchors() {
	fmt.Println(align.NumberAnchors("城镇新增就业不少于26万人，增长6.5%，第十六届"))
	fmt.Println(align.NumberAnchors("no fewer than 260,000 urban jobs, up 6.5 percent, the 16th"))
	// Output:
	// [260000 6.5 16]
	// [260000 6.5 16]
}
