package report

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// frontEnd runs decode, splitBlocks and classify on a file of testdata.
func frontEnd(t testing.TB, path string) []block {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text, err := decode(path, data)
	if err != nil {
		t.Fatal(err)
	}
	bs := splitBlocks(text)
	classify(bs)
	return bs
}

// TestClassifySample checks the sample line by line against DESIGN.md.
func TestClassifySample(t *testing.T) {
	type want struct {
		first, last int
		lang        Lang
		kind        Kind
		level       int
		label       string
	}
	wants := []want{
		{1, 1, ZH, KindTitle, 0, ""},
		{2, 3, ZH, KindMeta, 0, ""}, // occasion, wrapped after 第十六届: joined
		{4, 4, ZH, KindMeta, 0, ""},
		{5, 5, EN, KindTitle, 0, ""},
		{6, 7, EN, KindMeta, 0, ""}, // occasion, wrapped before the date: joined
		{8, 8, EN, KindMeta, 0, ""},
		{9, 9, ZH, KindHeading, 1, "2"},
		{10, 10, EN, KindHeading, 1, "2"},
		{11, 11, ZH, KindHeading, 2, "10"},
		{12, 12, EN, KindHeading, 2, "10"},
	}
	for l := 13; l <= 24; l++ {
		lang := ZH
		if l%2 == 0 {
			lang = EN
		}
		wants = append(wants, want{l, l, lang, KindParagraph, 0, ""})
	}
	wants = append(wants, want{25, 25, ZH, KindNote, 0, ""}, want{26, 26, EN, KindFootnote, 0, "17"})
	for _, path := range []string{
		"../testdata/corpus/beijing-2024-excerpt.txt",
		"../testdata/encoding/beijing-2024-excerpt.gb18030.txt",
		"../testdata/encoding/beijing-2024-excerpt.utf-16be-bom.txt",
		"../testdata/encoding/beijing-2024-excerpt.cr.txt",
	} {
		bs := frontEnd(t, path)
		if len(bs) != len(wants) {
			t.Fatalf("%s: %d blocks, want %d", path, len(bs), len(wants))
		}
		for i, w := range wants {
			b := bs[i]
			if b.First != w.first || b.Last != w.last || b.Lang != w.lang || b.Kind != w.kind || b.Level != w.level || b.Label != w.label {
				t.Errorf("%s block %d = lines %d-%d %s %s L%d %q, want %d-%d %s %s L%d %q: %.40s",
					path, i, b.First, b.Last, b.Lang, b.Kind, b.Level, b.Label, w.first, w.last, w.lang, w.kind, w.level, w.label, b.Text)
			}
		}
	}
}

func TestClassify(t *testing.T) {
	type kl struct {
		kind  Kind
		level int
		label string
	}
	tests := []struct {
		name   string
		lines  []string // one language, one block a line
		want   []kl
		reason string
	}{
		{"gwr-title-block-zh", []string{"政府工作报告", "——2016年3月5日在第十二届全国人民代表大会第四次会议上", "国务院总理　李克强", "各位代表：", "现在，我代表国务院，向大会报告政府工作。"},
			[]kl{{KindTitle, 0, ""}, {KindMeta, 0, ""}, {KindMeta, 0, ""}, {KindParagraph, 0, ""}, {KindParagraph, 0, ""}},
			"the salutation ends the title block"},
		{"gwr-title-block-en", []string{"REPORT ON THE WORK OF THE GOVERNMENT", "Delivered at the Fourth Session of the 12th National People's Congress on March 5, 2016", "Li Keqiang", "Premier of the State Council", "Fellow Deputies,", "On behalf of the State Council, I will now report."},
			[]kl{{KindTitle, 0, ""}, {KindMeta, 0, ""}, {KindMeta, 0, ""}, {KindMeta, 0, ""}, {KindParagraph, 0, ""}, {KindParagraph, 0, ""}},
			"speaker on two lines, both meta"},
		{"constitution-title-block", []string{"CONSTITUTION OF THE PEOPLE’S REPUBLIC OF CHINA", "(Adopted at the Fifth Session of the Fifth National People’s Congress on December 4, 1982)", "Preamble", "China is one of the countries with the longest histories in the world."},
			[]kl{{KindTitle, 0, ""}, {KindMeta, 0, ""}, {KindHeading, 1, ""}, {KindParagraph, 0, ""}},
			"an adoption note in brackets is meta; Preamble is an unnumbered section heading"},
		{"letter-spaced-title", []string{"政 府 工 作 报 告", "序　言", "正文。"},
			[]kl{{KindTitle, 0, ""}, {KindHeading, 1, ""}, {KindParagraph, 0, ""}},
			"letter-spaced title and section word"},
		{"no-title-block", []string{"过去一年，我国发展面临多重困难和严峻挑战。", "一、2015年工作回顾"},
			[]kl{{KindParagraph, 0, ""}, {KindHeading, 1, "1"}},
			"a document that starts with body text has no title"},
		{"zh-headings", []string{"正文。", "二、2024年重点任务", "（十）更加注重保障和改善民生，不断实现人民对美好生活的向往", "正文。", "(一)保持宏观政策连续性稳定性可持续性，促进经济运行在合理区间。", "正文。"},
			[]kl{{KindParagraph, 0, ""}, {KindHeading, 1, "2"}, {KindHeading, 2, "10"}, {KindParagraph, 0, ""}, {KindHeading, 2, "1"}, {KindParagraph, 0, ""}},
			"一、 is level 1, （十） level 2, one sentence ending in 。 is still a heading"},
		{"zh-lead-with-body", []string{"正文。", "（一）继续创新和完善宏观调控，确保经济运行在合理区间。坚持以市场化改革的思路和办法破解发展难题。"},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, "1"}},
			"a numbered lead with body text is a paragraph with its label"},
		{"en-lead-with-body", []string{"Body.", "1. We will continue to develop new and improved approaches to macro regulation. We will keep to market-oriented reform."},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, "1"}},
			"the English of the lead with body: the same kind"},
		{"en-headings", []string{"Body.", "II Major Tasks for 2024", "Tenth, we will prioritize and intensify our efforts to ensure the wellbeing of our citizens.", "Body.", "III．Tasks for 2019", "1.Achieving stable macroeconomic performance", "Body."},
			[]kl{{KindParagraph, 0, ""}, {KindHeading, 1, "2"}, {KindHeading, 2, "10"}, {KindParagraph, 0, ""}, {KindHeading, 1, "3"}, {KindHeading, 2, "1"}, {KindParagraph, 0, ""}},
			"Roman level 1, ordinal and Arabic level 2, with or without a space or full-width point"},
		{"en-ordinal-body", []string{"Body.", "First, we maintained stable growth. We did not adopt strong stimulus policies."},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, "1"}},
			"First, ... followed by more sentences is body text"},
		{"en-pronoun-i", []string{"Body.", "I will now move on to discuss the main work we did last year:"},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, ""}},
			"the pronoun I is no Roman numeral"},
		{"zh-ordinal-lead", []string{"正文。", "一是围绕市场主体的急需制定和实施宏观政策，稳住了经济基本盘。", "正文。", "二是大力推进结构性改革。当前发展中总量问题与结构性问题并存。"},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, "1"}, {KindParagraph, 0, ""}, {KindParagraph, 0, "2"}},
			"一是 is a run-in enumeration: a paragraph with its label, one sentence or more"},
		{"en-numbered-sentence", []string{"Body.", "1. We formulated and implemented macro policies and kept the fundamentals of the economy stable.", "Body.", "2. Advancing reforms in key areas and further energizing market entities"},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, "1"}, {KindParagraph, 0, ""}, {KindHeading, 2, "2"}},
			"a numbered sentence with a subject is body text (↔ 一是…); a numbered phrase is a heading (↔ （二）…)"},
		{"constitution-chapter", []string{"Body.", "Chapter I General Principles", "Article 1 The People’s Republic of China is a socialist state.", "Section 1 The National People’s Congress"},
			[]kl{{KindParagraph, 0, ""}, {KindHeading, 1, "1"}, {KindParagraph, 0, "1"}, {KindHeading, 2, "1"}},
			"chapters and sections are headings; an article is a paragraph with its number"},
		{"constitution-chapter-zh", []string{"正文。", "第一章　总纲", "第一条　中华人民共和国是社会主义国家。", "第一百四十三条　中华人民共和国首都是北京。", "第三节　国务院"},
			[]kl{{KindParagraph, 0, ""}, {KindHeading, 1, "1"}, {KindParagraph, 0, "1"}, {KindParagraph, 0, "143"}, {KindHeading, 2, "3"}},
			"the Chinese of the same"},
		{"constitution-list", []string{"中华人民共和国的行政区域划分如下：", "（一）全国分为省、自治区、直辖市；", "（二）省、自治区分为自治州、县、自治县、市；", "（三）县、自治县分为乡、民族乡、镇。", "直辖市和较大的市分为区、县。"},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, "1"}, {KindParagraph, 0, "2"}, {KindParagraph, 0, "3"}, {KindParagraph, 0, ""}},
			"consecutive numbered items form a list, even the one ending in 。"},
		{"constitution-list-en", []string{"The administrative division is as follows:", "(1) The country consists of provinces;", "(2) Provinces consist of counties;", "(3) Counties and autonomous counties consist of townships, ethnic townships and towns."},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, "1"}, {KindParagraph, 0, "2"}, {KindParagraph, 0, "3"}},
			"the English list"},
		{"notes-zh", []string{"正文。", "注释：", "1. 七有是指幼有所育、学有所教。", "2. 五性是指便利性、宜居性。", "①指七个方面。", "注2：指五个方面。"},
			[]kl{{KindParagraph, 0, ""}, {KindNote, 0, ""}, {KindFootnote, 0, "1"}, {KindFootnote, 0, "2"}, {KindFootnote, 0, "1"}, {KindFootnote, 0, "2"}},
			"a notes heading opens a notes section where 1. is a footnote"},
		{"notes-en", []string{"Body.", "Notes:", "(1) The seven aspects are childcare and education.", "[17]The seven aspects are childcare and education.", "2. The five areas are convenience and comfort."},
			[]kl{{KindParagraph, 0, ""}, {KindNote, 0, ""}, {KindFootnote, 0, "1"}, {KindFootnote, 0, "17"}, {KindFootnote, 0, "2"}},
			"the English of the same; a definition keeps the notes section open"},
		{"caps-speaker", []string{"REPORT ON THE WORK OF THE GOVERNMENT", "LI KEQIANG", "Fellow Deputies,"},
			[]kl{{KindTitle, 0, ""}, {KindMeta, 0, ""}, {KindParagraph, 0, ""}},
			"LI is no Roman numeral of a heading: 51 is past any section number"},
		{"year-start", []string{"Body.", "2024 was a year of steady growth.", "5.5%左右的城镇调查失业率。"},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, ""}, {KindParagraph, 0, ""}},
			"a number starting a sentence or a decimal is no numbering"},
		{"section-in-body", []string{"Body.", "Section 3 of the Law provides that the courts shall hear cases in public. It also provides for appeals."},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, "3"}},
			"Section N followed by sentences is body text"},
		{"notes-numbers", []string{"Body.", "Notes:", "17 The seven aspects are childcare and education.", "Note: Figures are rounded."},
			[]kl{{KindParagraph, 0, ""}, {KindNote, 0, ""}, {KindFootnote, 0, "17"}, {KindFootnote, 0, ""}},
			"a bare number starts a footnote inside notes; a Note: remark is a footnote without id"},
		{"bold-headings-zh", []string{"正文。", "**一、2024年工作回顾**", "**（一）稳住经济大盘**", "正文。", "__二、2025年主要任务__", "**（三）**加强生态保护", "**注释：**"},
			[]kl{{KindParagraph, 0, ""}, {KindHeading, 1, "1"}, {KindHeading, 2, "1"}, {KindParagraph, 0, ""}, {KindHeading, 1, "2"}, {KindHeading, 2, "3"}, {KindNote, 0, ""}},
			"Markdown bold around a heading, or around its number only, is looked through: the numbering is the same"},
		{"bold-headings-en", []string{"Body.", "**I. Review of Our Work in 2024**", "**1. Stabilizing the economy**", "Body.", "__II. Major Tasks for 2025__", "**(3)** Strengthening ecological conservation", "*Tenth*, we will ensure the wellbeing of our citizens.", "**Preamble**"},
			[]kl{{KindParagraph, 0, ""}, {KindHeading, 1, "1"}, {KindHeading, 2, "1"}, {KindParagraph, 0, ""}, {KindHeading, 1, "2"}, {KindHeading, 3, "3"}, {KindHeading, 2, "10"}, {KindHeading, 1, ""}},
			"the English of the same, with single-star emphasis and a bold section word"},
		{"emphasis-in-body", []string{"Body.", "**26万**城镇新增就业是今年的重点。"},
			[]kl{{KindParagraph, 0, ""}, {KindParagraph, 0, ""}},
			"a bold number starting body text is still no numbering"},
		{"footnote-without-notes", []string{"Body.", "[3] Source: National Bureau of Statistics."},
			[]kl{{KindParagraph, 0, ""}, {KindFootnote, 0, "3"}},
			"a bracketed number at the start is a footnote anywhere"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := make([]block, len(tt.lines))
			for i, l := range tt.lines {
				lang, _, _ := scriptLang(l)
				bs[i] = block{First: i + 1, Last: i + 1, Text: l, Lang: lang}
			}
			classify(bs)
			for i, w := range tt.want {
				b := bs[i]
				if b.Kind != w.kind || b.Level != w.level || b.Label != w.label {
					t.Errorf("%q: %s L%d %q, want %s L%d %q (%s)", b.Text, b.Kind, b.Level, b.Label, w.kind, w.level, w.label, tt.reason)
				}
			}
		})
	}
}

func TestArabic(t *testing.T) {
	tests := []struct{ in, want, reason string }{
		{"二", "2", "one digit"},
		{"十", "10", "a bare ten"},
		{"十五", "15", "ten and five"},
		{"二十二", "22", "tens"},
		{"一百四十三", "143", "hundreds"},
		{"一百零二", "102", "a zero inside"},
		{"二〇二四", "2024", "digit by digit"},
		{"II", "2", "Roman"},
		{"VIII", "8", "Roman with subtraction-free form"},
		{"XIV", "14", "Roman with subtraction"},
		{"IIII", "", "not well-formed Roman"},
		{"１７", "17", "full-width digits"},
		{"07", "7", "leading zero"},
		{"", "", "empty"},
		{"abc", "", "not a number"},
	}
	for _, tt := range tests {
		if got := arabic(tt.in); got != tt.want {
			t.Errorf("arabic(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
		}
	}
}

// kindSet is the sorted set of kinds of some blocks, as a string.
func kindSet(bs []block) string {
	seen := map[Kind]bool{}
	var ks []string
	for _, b := range bs {
		if !seen[b.Kind] {
			seen[b.Kind] = true
			ks = append(ks, string(b.Kind))
		}
	}
	sort.Strings(ks)
	return strings.Join(ks, "+")
}

// TestClassifyCorpusAgreement counts, for each corpus document, the gold
// units whose Chinese blocks and English blocks got different sets of
// kinds, in the monolingual pair (NAME.zh.txt + NAME.en.txt) and in the
// interleaved file (NAME.txt). Units of the title block, where line counts
// differ between the languages, are counted apart, and so are units where
// one language runs a numbered lead into its body and the other gives the
// lead a line of its own (gwr-2022); any other disagreement fails.
func TestClassifyCorpusAgreement(t *testing.T) {
	files := corpusFiles(t)
	for i := 0; i+2 < len(files); i += 3 {
		zhF, enF, both := files[i], files[i+1], files[i+2]
		byUnit := func(cf corpusFile, bs []block, lang Lang, m map[int][]block) {
			for _, b := range bs {
				if b.Lang == lang || lang == "" {
					u := cf.unit[b.First]
					m[u] = append(m[u], b)
				}
			}
		}
		// count returns the disagreeing units: in the title block, in units
		// where both sides have as many blocks (same shape), and in units
		// of different shapes (the English splitting a lead off as a line
		// of its own, as gwr-2022 does).
		count := func(zh, en map[int][]block) (title, same, split int, bad []string) {
			var ids []int
			for id := range zh {
				ids = append(ids, id)
			}
			sort.Ints(ids)
			for _, id := range ids {
				z, e := kindSet(zh[id]), kindSet(en[id])
				switch {
				case z == e:
					continue
				case strings.Contains(z+e, "title") || strings.Contains(z+e, "meta"):
					title++
					continue
				case len(zh[id]) == len(en[id]):
					same++
				case runInSplit(zh[id], en[id]) || runInSplit(en[id], zh[id]):
					// a numbered lead run into its body on one side, on a
					// line of its own on the other: allowed, and reported
					split++
				default:
					same++ // any other disagreement counts as an error
				}
				bad = append(bad, "unit "+strconv.Itoa(id)+": zh "+z+" / en "+e+": "+shorten(zh[id][0].Text, 30)+" / "+shorten(en[id][0].Text, 60))
			}
			return title, same, split, bad
		}
		zhU, enU := map[int][]block{}, map[int][]block{}
		zbs, ebs := frontEndText(t, zhF.text), frontEndText(t, enF.text)
		byUnit(zhF, zbs, "", zhU)
		byUnit(enF, ebs, "", enU)
		title, same, split, bad := count(zhU, enU)
		izh, ien := map[int][]block{}, map[int][]block{}
		ibs := frontEndText(t, both.text)
		byUnit(both, ibs, ZH, izh)
		byUnit(both, ibs, EN, ien)
		ititle, isame, isplit, _ := count(izh, ien)
		t.Logf("%-22s units %3d: kind disagreements %d same-shape + %d split (title block %d); interleaved %d + %d (%d)",
			strings.TrimSuffix(both.name, ".txt"), len(zhU), same, split, title, isame, isplit, ititle)
		for _, s := range bad {
			t.Logf("    %s", s)
		}
		if same > 0 || isame > 0 {
			t.Errorf("%s: %d / %d units of the same shape with different kinds outside the title block, want 0", both.name, same, isame)
		}
		if title > 2 || ititle > 2 {
			t.Errorf("%s: %d / %d title-block units with different kinds, want at most 2", both.name, title, ititle)
		}
	}
}

// runInSplit reports whether a starts with a numbered paragraph (a lead
// run into its body) and b with a heading of the same number followed by
// paragraphs: the same text, laid out differently.
func runInSplit(a, b []block) bool {
	if len(a) == 0 || len(b) < 2 || a[0].Kind != KindParagraph || a[0].Label == "" ||
		b[0].Kind != KindHeading || b[0].Label != a[0].Label {
		return false
	}
	for _, x := range append(a[1:len(a):len(a)], b[1:]...) {
		if x.Kind != KindParagraph {
			return false
		}
	}
	return true
}

func frontEndText(t testing.TB, text string) []block {
	t.Helper()
	bs := splitBlocks(text)
	classify(bs)
	return bs
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// BenchmarkFrontEnd measures decode, splitBlocks and classify on the
// largest interleaved corpus file.
func BenchmarkFrontEnd(b *testing.B) {
	data, err := os.ReadFile("../testdata/corpus/gwr-2019-national.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		text, err := decode("gwr-2019-national.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		bs := splitBlocks(text)
		classify(bs)
	}
}

// BenchmarkDecodeGB18030 measures decoding of a GB18030 file.
func BenchmarkDecodeGB18030(b *testing.B) {
	data, err := os.ReadFile("../testdata/encoding/beijing-2024-excerpt.gb18030.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := decode("x", data); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzFrontEnd checks that decode, splitBlocks and classify never panic
// and that the blocks cover the non-blank lines in order, each once, with a
// known kind.
func FuzzFrontEnd(f *testing.F) {
	for _, name := range []string{"beijing-2024-excerpt.txt", "gwr-2016-national.zh.txt"} {
		data, err := os.ReadFile("../testdata/corpus/" + name)
		if err == nil {
			f.Add(data[:min(len(data), 4096)])
		}
	}
	f.Add([]byte("CONSTITUTION OF\nTHE PEOPLE’S REPUBLIC OF CHINA\n第一条　中华人民共和国\n注释：\n①指。"))
	kinds := map[Kind]bool{KindTitle: true, KindMeta: true, KindHeading: true, KindParagraph: true, KindNote: true, KindFootnote: true}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := decode("fuzz", data)
		if err != nil {
			return
		}
		bs := splitBlocks(text)
		classify(bs)
		nonBlank := 0
		for _, l := range strings.Split(text, "\n") {
			if trimLine(l) != "" {
				nonBlank++
			}
		}
		covered, prev := 0, 0
		for _, b := range bs {
			if b.First <= prev || b.Last < b.First || b.Text == "" || !kinds[b.Kind] || (b.Lang != ZH && b.Lang != EN) {
				t.Fatalf("bad block %+v after line %d", b, prev)
			}
			covered += b.Last - b.First + 1
			prev = b.Last
		}
		if covered != nonBlank {
			t.Fatalf("blocks cover %d lines, text has %d non-blank", covered, nonBlank)
		}
	})
}
