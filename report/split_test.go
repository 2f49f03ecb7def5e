package report

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
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
// English at spaces within width columns, Chinese (and any line with Han)
// every width display columns, a Han character counting two.
func wrapText(text string, width int) (string, int) {
	var sb strings.Builder
	wraps := 0
	for _, line := range strings.Split(text, "\n") {
		han, _ := scriptCounts(line)
		var cur []rune
		w := 0
		flush := func() {
			sb.WriteString(strings.TrimRight(string(cur), " "))
			sb.WriteByte('\n')
			cur, w = cur[:0], 0
			wraps++
		}
		if han > 0 {
			for _, r := range line {
				rw := runeWidth(r)
				if w+rw > width {
					flush()
				}
				cur = append(cur, r)
				w += rw
			}
		} else {
			for i, word := range strings.Fields(line) {
				n := utf8.RuneCountInString(word)
				if i > 0 && w+1+n > width {
					flush()
				}
				if w > 0 {
					cur = append(cur, ' ')
					w++
				}
				cur = append(cur, []rune(word)...)
				w += n
			}
		}
		sb.WriteString(string(cur))
		sb.WriteByte('\n')
	}
	return sb.String(), wraps
}

// TestSplitRewrapped hard-wraps every corpus file at several widths and
// checks that the joins found never cross a gold unit; it reports how many
// of the wraps are undone.
func TestSplitRewrapped(t *testing.T) {
	files := corpusFiles(t)
	for _, width := range []int{60, 80, 110} {
		for _, cf := range files {
			var unit []int // gold unit of each wrapped line
			var sb strings.Builder
			wraps := 0
			for i, l := range strings.Split(cf.text, "\n") {
				w, n := wrapText(l, width)
				w = strings.TrimSuffix(w, "\n")
				wraps += n
				for range strings.Split(w, "\n") {
					unit = append(unit, cf.unit[i+1])
				}
				sb.WriteString(w)
				sb.WriteByte('\n')
			}
			bs := splitBlocks(sb.String())
			joins, wrong := 0, 0
			for _, b := range bs {
				joins += b.Last - b.First
				for l := b.First + 1; l <= b.Last; l++ {
					if unit[l-1] != unit[l-2] {
						wrong++
						t.Errorf("%s wrapped at %d: lines %d-%d join gold units %d and %d: %q", cf.name, width, b.First, b.Last, unit[l-2], unit[l-1], shorten(b.Text, 80))
					}
				}
			}
			t.Logf("%-30s width %3d: %5d wraps, %5d joined (%.0f%%), %d wrong", cf.name, width, wraps, joins-wrong, 100*float64(joins-wrong)/float64(max(wraps, 1)), wrong)
		}
	}
}
