package report

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/width"
)

func TestSplitBlocks(t *testing.T) {
	type want struct {
		first, last int
		text        string
		lang        Lang
	}
	tests := []struct {
		name   string
		in     string
		want   []want
		reason string
	}{
		{"blank-lines-counted", "\n政府工作报告\n\u3000\u3000\n  REPORT  \n", []want{{2, 2, "政府工作报告", ZH}, {4, 4, "REPORT", EN}},
			"blank and U+3000-only lines are skipped but counted; text is trimmed"},
		{"no-final-newline", "a line", []want{{1, 1, "a line", EN}}, "the last line needs no LF"},
		{"empty", "", nil, "no lines, no blocks"},
		{"zh-cut-after-jie", "——2024年1月21日在北京市第十六届\n人民代表大会第二次会议上", []want{{1, 2, "——2024年1月21日在北京市第十六届人民代表大会第二次会议上", ZH}},
			"届 cannot end a line: Chinese joined without a separator"},
		{"zh-heading-not-joined", "一、2015年工作回顾\n过去一年，我国发展面临多重困难和严峻挑战。", []want{{1, 1, "一、2015年工作回顾", ZH}, {2, 2, "过去一年，我国发展面临多重困难和严峻挑战。", ZH}},
			"a heading ends without punctuation but is a paragraph of its own"},
		{"zh-short-comma-list", "主席，\n副主席若干人，", []want{{1, 1, "主席，", ZH}, {2, 2, "副主席若干人，", ZH}},
			"short comma-ended lines are list items (Constitution), not wrapped text"},
		{"zh-long-comma", "城镇新增就业1100万人以上，城镇调查失业率5.5%左右，\n城镇登记失业率4.5%以内。", []want{{1, 2, "城镇新增就业1100万人以上，城镇调查失业率5.5%左右，城镇登记失业率4.5%以内。", ZH}},
			"a long line cut after a comma continues"},
		{"zh-next-is-item", "今年要重点做好以下几方面工作的\n（一）保持宏观政策连续性", []want{{1, 1, "今年要重点做好以下几方面工作的", ZH}, {2, 2, "（一）保持宏观政策连续性", ZH}},
			"a numbered item never continues the line before"},
		{"en-occasion", "Delivered at the Second Session of the Sixteenth Beijing Municipal\nPeople's Congress on January 21, 2024",
			[]want{{1, 2, "Delivered at the Second Session of the Sixteenth Beijing Municipal People's Congress on January 21, 2024", EN}},
			"a title-block line cut before the date line"},
		{"en-lowercase-continuation", "We will improve the people's wellbeing through better social services in seven\naspects and meet public expectations.",
			[]want{{1, 2, "We will improve the people's wellbeing through better social services in seven aspects and meet public expectations.", EN}},
			"a long line ending in a lowercase word, next starting lowercase"},
		{"en-hyphen", "Nine tightly-knit hospital networks will be formed, and tightly-\nknit clinics too.",
			[]want{{1, 2, "Nine tightly-knit hospital networks will be formed, and tightly-knit clinics too.", EN}},
			"a hyphenated word cut at the hyphen joins without a space"},
		{"en-caps-title", "CONSTITUTION OF\nTHE PEOPLE’S REPUBLIC OF CHINA", []want{{1, 2, "CONSTITUTION OF THE PEOPLE’S REPUBLIC OF CHINA", EN}},
			"a capitals title cut after OF"},
		{"en-salutation", "Fellow Deputies,\nOn behalf of the State Council, I will now report.", []want{{1, 1, "Fellow Deputies,", EN}, {2, 2, "On behalf of the State Council, I will now report.", EN}},
			"a short comma-ended salutation is a paragraph; next starts uppercase"},
		{"en-list-and", "(15) deciding on issues concerning war and peace; and\n(16) other functions and powers.", []want{{1, 1, "(15) deciding on issues concerning war and peace; and", EN}, {2, 2, "(16) other functions and powers.", EN}},
			"'; and' ends an enumeration item"},
		{"en-short-list", "a chairperson,\nvice chairpersons,", []want{{1, 1, "a chairperson,", EN}, {2, 2, "vice chairpersons,", EN}},
			"short list items are not wrapped text"},
		{"en-semicolon-list", "follow the guidance of Xi Jinping Thought on Socialism with Chinese Characteristics;\nimplement fully the guiding principles;",
			[]want{{1, 1, "follow the guidance of Xi Jinping Thought on Socialism with Chinese Characteristics;", EN}, {2, 2, "implement fully the guiding principles;", EN}},
			"semicolon-ended items stay apart even when the next starts lowercase"},
		{"lang-change", "促进高质量充分就业的\npromote high-quality and full employment", []want{{1, 1, "促进高质量充分就业的", ZH}, {2, 2, "promote high-quality and full employment", EN}},
			"never join across languages"},
		{"digits-borrow-prev", "Tenth, we will act.\n2024", []want{{1, 1, "Tenth, we will act.", EN}, {2, 2, "2024", EN}},
			"a line without letters takes the previous line's language"},
		{"digits-borrow-next", "2024\n政府工作报告", []want{{1, 1, "2024", ZH}, {2, 2, "政府工作报告", ZH}},
			"at the start, the next line's language"},
		{"digits-alone", "——", []want{{1, 1, "——", ZH}}, "no letters anywhere: Chinese"},
		{"gdp-in-chinese", "国内生产总值GDP增长6.5%左右", []want{{1, 1, "国内生产总值GDP增长6.5%左右", ZH}}, "a few Latin letters in Chinese text"},
		{"yuan-in-english", "114 trillion yuan", []want{{1, 1, "114 trillion yuan", EN}}, "no Han"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitBlocks(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("splitBlocks(%q) gave %d blocks %+v, want %d (%s)", tt.in, len(got), got, len(tt.want), tt.reason)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.First != w.first || g.Last != w.last || g.Text != w.text || g.Lang != w.lang {
					t.Errorf("block %d = %d-%d %s %q, want %d-%d %s %q (%s)", i, g.First, g.Last, g.Lang, g.Text, w.first, w.last, w.lang, w.text, tt.reason)
				}
			}
		})
	}
}

func TestScriptLangMixed(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		lang   Lang
		mixed  bool
		reason string
	}{
		{"zh", "政府工作报告", ZH, false, "Han only"},
		{"en", "Report on the Work of the Government", EN, false, "Latin only"},
		{"both", "政府工作报告 Report on the Work of the Government", EN, true, "both scripts strong; the larger weighted share names it"},
		{"en-with-term", "the hukou (户口) system", EN, false, "two Han characters in an English sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang, mixed, ok := scriptLang(tt.in)
			if lang != tt.lang || mixed != tt.mixed || !ok {
				t.Errorf("scriptLang(%q) = %s %v %v, want %s %v (%s)", tt.in, lang, mixed, ok, tt.lang, tt.mixed, tt.reason)
			}
		})
	}
}

// goldUnit is one line of NAME.align.jsonl.
type goldUnit struct {
	ID int      `json:"id"`
	ZH []string `json:"zh"`
	EN []string `json:"en"`
}

func readGold(t testing.TB, path string) []goldUnit {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var units []goldUnit
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var u goldUnit
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		units = append(units, u)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return units
}

// corpusFile is a corpus text with the gold unit of each of its lines.
type corpusFile struct {
	name string
	text string
	unit map[int]int // 1-based line -> gold unit id
}

// corpusFiles returns NAME.zh.txt, NAME.en.txt and NAME.txt for every
// NAME.align.jsonl in testdata/corpus, each line mapped to its gold unit.
func corpusFiles(t testing.TB) []corpusFile {
	t.Helper()
	golds, err := filepath.Glob("../testdata/corpus/*.align.jsonl")
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	var out []corpusFile
	for _, g := range golds {
		stem := strings.TrimSuffix(g, ".align.jsonl")
		units := readGold(t, g)
		var zh, en, both []int // unit id per expected line
		var zhText, enText, bothText []string
		for _, u := range units {
			for _, l := range u.ZH {
				zh, zhText = append(zh, u.ID), append(zhText, l)
				both, bothText = append(both, u.ID), append(bothText, l)
			}
			for _, l := range u.EN {
				en, enText = append(en, u.ID), append(enText, l)
				both, bothText = append(both, u.ID), append(bothText, l)
			}
		}
		for _, c := range []struct {
			suffix string
			ids    []int
			lines  []string
		}{{".zh.txt", zh, zhText}, {".en.txt", en, enText}, {".txt", both, bothText}} {
			data, err := os.ReadFile(stem + c.suffix)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			cf := corpusFile{name: filepath.Base(stem + c.suffix), text: text, unit: map[int]int{}}
			k := 0
			for i, l := range strings.Split(text, "\n") {
				if trimLine(l) == "" {
					continue
				}
				if k >= len(c.lines) || trimLine(l) != trimLine(c.lines[k]) {
					t.Fatalf("%s:%d does not match the gold line %d", cf.name, i+1, k)
				}
				cf.unit[i+1] = c.ids[k]
				k++
			}
			if k != len(c.lines) {
				t.Fatalf("%s: %d lines, gold has %d", cf.name, k, len(c.lines))
			}
			out = append(out, cf)
		}
	}
	return out
}

// TestSplitCorpusJoins checks that no block of a corpus file joins lines
// of two gold units, and reports how many joins happen per file.
func TestSplitCorpusJoins(t *testing.T) {
	for _, cf := range corpusFiles(t) {
		bs := splitBlocks(cf.text)
		joins, lines := 0, 0
		for _, b := range bs {
			joins += b.Last - b.First
			lines += b.Last - b.First + 1
			for l := b.First; l <= b.Last; l++ {
				if cf.unit[l] != cf.unit[b.First] {
					t.Errorf("%s:%d-%d joins gold units %d and %d: %q", cf.name, b.First, b.Last, cf.unit[b.First], cf.unit[l], b.Text)
					break
				}
			}
		}
		if lines != len(cf.unit) {
			t.Errorf("%s: blocks cover %d lines, file has %d non-blank", cf.name, lines, len(cf.unit))
		}
		t.Logf("%-32s %4d blocks, %d joins", cf.name, len(bs), joins)
	}
}

// wrapText hard-wraps every line of text the way a PDF extraction does:
// a line with Han every zhWidth display columns, anywhere, a wide
// character and one of ambiguous width (“ — …) counting two; an English
// line at the last space within enWidth columns. It returns the text and
// the number of cuts.
func wrapText(text string, zhWidth, enWidth int) (string, int) {
	var sb strings.Builder
	wraps := 0
	for _, line := range strings.Split(text, "\n") {
		han, _ := scriptCounts(line)
		limit := enWidth
		if han > 0 {
			limit = zhWidth
		}
		cols := func(r rune) int {
			switch width.LookupRune(r).Kind() {
			case width.EastAsianWide, width.EastAsianFullwidth:
				return 2
			case width.EastAsianAmbiguous:
				if han > 0 {
					return 2
				}
			}
			return 1
		}
		rs := []rune(line)
		for {
			w, cut := 0, 0
			for cut < len(rs) && w+cols(rs[cut]) <= limit {
				w += cols(rs[cut])
				cut++
			}
			if cut == len(rs) {
				break
			}
			if han == 0 {
				sp := cut
				for sp > 0 && rs[sp] != ' ' {
					sp--
				}
				if sp > 0 {
					cut = sp
				}
			}
			cut = max(cut, 1)
			sb.WriteString(strings.TrimRight(string(rs[:cut]), " "))
			sb.WriteByte('\n')
			wraps++
			rs = []rune(strings.TrimLeft(string(rs[cut:]), " "))
		}
		sb.WriteString(string(rs))
		sb.WriteByte('\n')
	}
	return sb.String(), wraps
}

// han returns n Han characters of running text.
func han(n int) string {
	const src = "我国经济运行总体平稳发展质量稳步提升就业形势保持稳定居民收入继续增加"
	rs := []rune(strings.Repeat(src, n/len([]rune(src))+1))
	return string(rs[:n])
}

// TestSplitWrappedParagraphs hard-wraps paragraphs and checks which cuts
// are undone: each want entry is one block.
func TestSplitWrappedParagraphs(t *testing.T) {
	long := han(45) + "。"                                                                               // five lines at 20 columns: the text looks wrapped
	en := "We will keep the economy stable and improve the quality of growth in all regions this year." // three lines at 40 columns
	tests := []struct {
		name     string
		paras    []string
		zhW, enW int
		want     []string
		reason   string
	}{
		{"zh-punct-start", []string{long, han(10) + "，" + han(15) + "。", long}, 20, 40,
			[]string{long, han(10) + "，" + han(15) + "。", long},
			"a line starting with a comma continues the line before"},
		{"zh-paragraph-end-at-cut", []string{long, han(19) + "。", han(25) + "。", long}, 20, 40,
			[]string{long, han(19) + "。", han(25) + "。", long},
			"a paragraph ending exactly at the full width stays apart from the next one"},
		{"zh-sentence-end-at-cut", []string{long, han(9) + "。" + han(20) + "。", long}, 20, 40,
			[]string{long, han(9) + "。", han(20) + "。", long},
			"in a Chinese-only file a full line ending a sentence is as likely a paragraph end: left to the aligner"},
		{"zh-heading-at-width", []string{long, "一、" + han(8), long}, 20, 40,
			[]string{long, "一、" + han(8), long},
			"a numbered heading as wide as the text does not swallow the next paragraph"},
		{"zh-item-before", []string{long, han(25) + "。", "（一）" + han(5) + "。", long}, 20, 40,
			[]string{long, han(25) + "。", "（一）" + han(5) + "。", long},
			"a numbered item never continues the line before"},
		{"zh-numbered-item", []string{long, "（五）" + han(6) + "，" + han(20) + "；", long}, 20, 40,
			[]string{long, "（五）" + han(6) + "，" + han(20) + "；", long},
			"a numbered item with a clause comma is not a heading"},
		{"interleaved-sentence-end-at-cut", []string{han(9) + "。" + han(20) + "。", en, han(9) + "。" + han(20) + "。", en,
			han(9) + "。" + han(20) + "。", en, han(9) + "。" + han(20) + "。", en, han(9) + "。" + han(20) + "。", en, han(9) + "。" + han(20) + "。", en}, 20, 40,
			[]string{han(9) + "。" + han(20) + "。", en, han(9) + "。" + han(20) + "。", en,
				han(9) + "。" + han(20) + "。", en, han(9) + "。" + han(20) + "。", en, han(9) + "。" + han(20) + "。", en, han(9) + "。" + han(20) + "。", en},
			"interleaved a paragraph at a time, a run of one language is one paragraph"},
		{"en-decimal-start", []string{en, en, "Development targets for 2016 are as follows: GDP growth of 6.5% to 7% this year.", en}, 20, 60,
			[]string{en, en, "Development targets for 2016 are as follows: GDP growth of 6.5% to 7% this year.", en},
			"a line starting with a decimal number is not a numbered item"},
		{"en-year-start", []string{en, en, "Aggregate financing is forecast to grow by around 13% in 2016. We will use a combination of tools.", en}, 20, 60,
			[]string{en, en, "Aggregate financing is forecast to grow by around 13% in 2016. We will use a combination of tools.", en},
			"a year and a full stop starting a line is not a numbered item"},
		{"en-sentence-end-at-cut", []string{en, en, "Consumer prices grew by 1.4 percent over the previous year in total. Food crop output rose again.", en}, 20, 70,
			[]string{en, en, "Consumer prices grew by 1.4 percent over the previous year in total.", "Food crop output rose again.", en},
			"a full line ending a sentence before a capital is left to the aligner"},
		{"en-title-comma", []string{en, en, "Second Session of the 13th National People's Congress of the People's Republic of China, March 2019", "Li Keqiang", en}, 20, 90,
			[]string{en, en, "Second Session of the 13th National People's Congress of the People's Republic of China, March 2019", "Li Keqiang", en},
			"a title line cut at a comma goes on; the name after it is apart"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, _ := wrapText(strings.Join(tt.paras, "\n"), tt.zhW, tt.enW)
			var got []string
			for _, b := range splitBlocks(text) {
				got = append(got, b.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("wrapped %q\ngave %q\nwant %q (%s)", text, got, tt.want, tt.reason)
			}
		})
	}
}

// TestSplitIndented hard-wraps paragraphs whose first line is indented,
// as a PDF extraction that keeps the layout gives them: an indented line
// starts a paragraph, and a full line ending a sentence before a line that
// is not indented was cut.
func TestSplitIndented(t *testing.T) {
	paras := []string{
		han(45) + "。",
		han(7) + "。" + han(20) + "。", // the first line, indent included, is full and ends a sentence
		han(17) + "。",                // two full lines: the paragraph ends at the full width
		han(30) + "。",
		han(45) + "。",
	}
	var in []string
	for _, p := range paras {
		in = append(in, "\u3000\u3000"+p)
	}
	text, _ := wrapText(strings.Join(in, "\n"), 20, 40)
	var got []string
	for _, b := range splitBlocks(text) {
		got = append(got, b.Text)
	}
	if !slices.Equal(got, paras) {
		t.Errorf("wrapped %q\ngave %q\nwant %q", text, got, paras)
	}
	// Every line indented alike (a margin): no paragraph marks, the cut
	// after a sentence stays.
	text, _ = wrapText(strings.Join(paras, "\n"), 16, 40)
	text = "\u3000\u3000" + strings.ReplaceAll(strings.TrimSuffix(text, "\n"), "\n", "\n\u3000\u3000")
	if bs := splitBlocks(text); len(bs) != len(paras)+1 {
		t.Errorf("a text indented alike gave %d blocks, want %d: %+v", len(bs), len(paras)+1, bs)
	}
}

// TestSplitRewrapped hard-wraps every corpus file at several widths and
// checks that the joins found never cross a gold unit and undo at least
// nine cuts in ten (the rest are cuts after a sentence, left to the
// aligner); SPLITDEBUG=1 logs the cuts left.
func TestSplitRewrapped(t *testing.T) {
	files := corpusFiles(t)
	for _, w := range []struct{ zh, en int }{{60, 60}, {76, 90}, {100, 100}, {80, 70}} {
		for _, cf := range files {
			var unit, orig []int // gold unit and source line of each wrapped line
			var sb strings.Builder
			wraps := 0
			for i, l := range strings.Split(cf.text, "\n") {
				text, n := wrapText(l, w.zh, w.en)
				text = strings.TrimSuffix(text, "\n")
				wraps += n
				for range strings.Split(text, "\n") {
					unit = append(unit, cf.unit[i+1])
					orig = append(orig, i)
				}
				sb.WriteString(text)
				sb.WriteByte('\n')
			}
			lines := strings.Split(sb.String(), "\n")
			bs := splitBlocks(sb.String())
			joins, wrong, undone := 0, 0, 0
			for _, b := range bs {
				joins += b.Last - b.First
				for l := b.First + 1; l <= b.Last; l++ {
					if orig[l-1] == orig[l-2] {
						undone++
					}
					if unit[l-1] != unit[l-2] {
						wrong++
						t.Errorf("%s wrapped at %d/%d: lines %d-%d join gold units %d and %d: %q", cf.name, w.zh, w.en, b.First, b.Last, unit[l-2], unit[l-1], shorten(b.Text, 80))
					}
				}
				if os.Getenv("SPLITDEBUG") != "" && b.Last < len(orig) && orig[b.Last] == orig[b.Last-1] {
					t.Logf("missed %d/%d %s:%d %q | %q", w.zh, w.en, cf.name, b.Last, lines[b.Last-1], shorten(lines[b.Last], 20))
				}
			}
			t.Logf("%-30s width %3d/%3d: %5d wraps, %5d undone (%.0f%%), %d wrong", cf.name, w.zh, w.en, wraps, undone, 100*float64(undone)/float64(max(wraps, 1)), wrong)
			if undone*10 < wraps*9 {
				t.Errorf("%s wrapped at %d/%d: only %d of %d cuts undone, want 90%%", cf.name, w.zh, w.en, undone, wraps)
			}
		}
	}
}
