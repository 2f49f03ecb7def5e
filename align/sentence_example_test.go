package align_test

import (
	"fmt"

	"github.com/bireport/bireport/align"
)

// SplitSentences cuts a text into sentences, as rune offsets; the pieces
// cover the text exactly.
func ExampleSplitSentences() {
	text := "促进高质量充分就业。落实积极就业政策；实现城镇新增就业不少于26万人。"
	rs := []rune(text)
	for _, s := range align.SplitSentences(text, align.Chinese) {
		fmt.Println(s.Start, s.End, s.Clause, string(rs[s.Start:s.End]))
	}
	text = "Promote employment. We will create no fewer than 260,000 urban jobs in the U.S. style."
	rs = []rune(text)
	for _, s := range align.SplitSentences(text, align.English) {
		fmt.Printf("%d %d %q\n", s.Start, s.End, string(rs[s.Start:s.End]))
	}
	// Output:
	// 0 10 false 促进高质量充分就业。
	// 10 19 true 落实积极就业政策；
	// 19 35 false 实现城镇新增就业不少于26万人。
	// 0 20 "Promote employment. "
	// 20 86 "We will create no fewer than 260,000 urban jobs in the U.S. style."
}

// Sentences pairs the sentences of a paragraph and its translation: here
// the second Chinese sentence is translated by two English sentences.
func ExampleSentences() {
	zh := "促进高质量充分就业。扎实做好高校毕业生等青年就业工作，促进12万城镇就业困难人员实现就业、4万农村劳动力就业参保。"
	en := "Promote high-quality and full employment. We will actively promote youth employment, " +
		"including college graduates, and provide assistance to 120,000 urban individuals facing " +
		"challenges in finding employment. We will extend employee insurance coverage to include " +
		"an additional 40,000 farmer workers."
	zr, er := []rune(zh), []rune(en)
	for _, b := range align.Sentences(zh, en, align.Config{}) {
		fmt.Printf("%q\n  %q\n  score > 0.9: %v\n", string(zr[b.ZH.Start:b.ZH.End]), string(er[b.EN.Start:b.EN.End]), b.Score > 0.9)
	}
	// Output:
	// "促进高质量充分就业。"
	//   "Promote high-quality and full employment. "
	//   score > 0.9: true
	// "扎实做好高校毕业生等青年就业工作，促进12万城镇就业困难人员实现就业、4万农村劳动力就业参保。"
	//   "We will actively promote youth employment, including college graduates, and provide assistance to 120,000 urban individuals facing challenges in finding employment. We will extend employee insurance coverage to include an additional 40,000 farmer workers."
	//   score > 0.9: true
}
