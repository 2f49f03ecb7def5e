package align

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLexiconTable checks the table itself: its size, and that no Chinese
// term or English form is listed twice (the second would never match, or
// would shadow the first).
func TestLexiconTable(t *testing.T) {
	keyed := 0
	zh := map[string]int{}
	en := map[string]int{}
	for i, e := range lexTable {
		if e.key != "" {
			keyed++
		}
		if e.zh == "" && e.en == "" {
			t.Errorf("entry %d (%q) has no terms", i, e.key)
		}
		for _, term := range lexSplit(e.zh) {
			if r, _ := utf8.DecodeRuneInString(term); r < utf8.RuneSelf {
				t.Errorf("Chinese term %q of entry %d (%q) starts with ASCII: list it as an English form", term, i, e.key)
			}
			if j, ok := zh[term]; ok {
				t.Errorf("Chinese term %q in entries %d (%q) and %d (%q)", term, j, lexTable[j].key, i, e.key)
			}
			zh[term] = i
		}
		for _, form := range lexSplit(e.en) {
			f := strings.Join(lexFormWords(form), " ")
			if j, ok := en[f]; ok {
				t.Errorf("English form %q in entries %d (%q) and %d (%q)", form, j, lexTable[j].key, i, e.key)
			}
			en[f] = i
		}
	}
	t.Logf("%d entries, %d with keys, %d Chinese terms, %d English forms", len(lexTable), keyed, len(zh), len(en))
	if keyed < 400 || keyed > 800 {
		t.Errorf("%d keyed entries, want 400 to 800", keyed)
	}
}

// lexUnit is one gold unit of a corpus document.
type lexUnit struct {
	ZH []string `json:"zh"`
	EN []string `json:"en"`
}

// lexReadUnits reads NAME.align.jsonl.
func lexReadUnits(t testing.TB, name string) []lexUnit {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", name+".align.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []lexUnit
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var u lexUnit
		if err := json.Unmarshal([]byte(line), &u); err != nil {
			t.Fatal(err)
		}
		out = append(out, u)
	}
	return out
}

// lexKeySet returns the set of lexicon keys of some lines.
func lexKeySet(lines []string) map[string]bool {
	set := map[string]bool{}
	for _, l := range lines {
		for _, k := range LexiconAnchors(l) {
			set[k] = true
		}
	}
	return set
}

// lexStats are the figures of TestLexiconCorpus for one document.
type lexStats struct {
	units          int
	sameAny        float64 // units whose zh and en share a key
	otherAny       float64 // the same against another unit's en
	samePrec       float64 // zh keys found in the same unit's en
	otherPrec      float64 // zh keys found in another unit's en
	neighbourWins  float64 // units whose own en outscores both neighbours' en
	neighbourTotal int     // units where the scores differ at all
}

// lexMeasure computes the statistics of a document's gold units. The
// "other" unit of unit i is unit (i + n/2) mod n: far away, deterministic.
func lexMeasure(units []lexUnit) lexStats {
	n := len(units)
	zh := make([]map[string]bool, n)
	en := make([]map[string]bool, n)
	df := map[string]int{}
	for i, u := range units {
		zh[i], en[i] = lexKeySet(u.ZH), lexKeySet(u.EN)
		for k := range zh[i] {
			df[k]++
		}
		for k := range en[i] {
			df[k]++
		}
	}
	weight := func(k string) float64 {
		return min(3, max(0.5, math.Log(float64(2*n)/float64(df[k]))))
	}
	score := func(a, b map[string]bool) float64 {
		s := 0.0
		for k := range a {
			if b[k] {
				s += weight(k)
			}
		}
		return s
	}
	var st lexStats
	st.units = n
	zhKeys, sameHits, otherHits := 0, 0, 0
	wins := 0
	for i := range units {
		o := (i + n/2) % n
		if score(zh[i], en[i]) > 0 {
			st.sameAny++
		}
		if score(zh[i], en[o]) > 0 {
			st.otherAny++
		}
		for k := range zh[i] {
			zhKeys++
			if en[i][k] {
				sameHits++
			}
			if en[o][k] {
				otherHits++
			}
		}
		own := score(zh[i], en[i])
		var rivals []float64
		if i > 0 {
			rivals = append(rivals, score(zh[i], en[i-1]))
		}
		if i+1 < n {
			rivals = append(rivals, score(zh[i], en[i+1]))
		}
		differ, win := false, true
		for _, r := range rivals {
			if r != own {
				differ = true
			}
			if r >= own {
				win = false
			}
		}
		if differ {
			st.neighbourTotal++
			if win {
				wins++
			}
		}
	}
	st.sameAny /= float64(n)
	st.otherAny /= float64(n)
	if zhKeys > 0 {
		st.samePrec = float64(sameHits) / float64(zhKeys)
		st.otherPrec = float64(otherHits) / float64(zhKeys)
	}
	if st.neighbourTotal > 0 {
		st.neighbourWins = float64(wins) / float64(st.neighbourTotal)
	}
	return st
}

// TestLexiconCorpus measures the lexicon on gold units: a unit's Chinese
// and English should share keys far more often than a unit's Chinese and
// another unit's English, and a Chinese key should be found in the same
// unit's English far more often than in another's.
func TestLexiconCorpus(t *testing.T) {
	for _, name := range []string{"gwr-2016-national", "gwr-2019-national", "prc-constitution-2018"} {
		t.Run(name, func(t *testing.T) {
			st := lexMeasure(lexReadUnits(t, name))
			t.Logf("%d units: share a key %.3f (other unit %.3f); zh keys found in en %.3f (other unit %.3f); own en outscores neighbours %.3f of %d",
				st.units, st.sameAny, st.otherAny, st.samePrec, st.otherPrec, st.neighbourWins, st.neighbourTotal)
			if st.sameAny < 0.85 {
				t.Errorf("only %.3f of units share a key, want ≥ 0.85", st.sameAny)
			}
			if st.samePrec < 0.6 || st.samePrec < 2*st.otherPrec {
				t.Errorf("zh keys found in the same unit's en %.3f, in another's %.3f: want ≥ 0.6 and twice the other", st.samePrec, st.otherPrec)
			}
			if st.neighbourWins < 0.8 {
				t.Errorf("own en outscores neighbours in %.3f of units, want ≥ 0.8", st.neighbourWins)
			}
		})
	}
}

// TestLexiconAnchors checks what matches and what does not.
func TestLexiconAnchors(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // keys that must be found
		absent []string // keys that must not be found
		reason string
	}{
		{"zh term", "扩大对外贸易", []string{"t:trade"}, nil, "a Chinese term matches as a substring"},
		{"en term", "Trade grew.", []string{"t:trade"}, nil, "English matches case-insensitively"},
		{"en inflection", "trading and traded goods", []string{"t:trade"}, nil, "listed inflections match"},
		{"en plural", "new jobs; polluters; policies", []string{"t:employment", "t:pollution", "t:policy"}, nil, "-s, -es and -ies plurals match the singular form"},
		{"word boundary", "a tradeoff", nil, []string{"t:trade"}, "trade inside tradeoff is another word"},
		{"word boundary zh text", "trademark", nil, []string{"t:trade"}, "trade inside trademark is another word"},
		{"longest zh", "自由贸易区", []string{"t:fta"}, []string{"t:trade", "t:freedom"}, "贸易 and 自由 inside 自由贸易区 are part of the longer term"},
		{"longest en", "the free trade zone", []string{"t:fta"}, []string{"t:trade"}, "trade inside free trade zone is part of the longer form, as in Chinese"},
		{"fta acronym", "an FTA with ASEAN", []string{"t:fta", "l:ASEAN"}, []string{"l:FTA"}, "an acronym the lexicon knows gives its term key only"},
		{"same key zh en", "就业 employment jobs", []string{"t:employment"}, nil, "both languages give one key"},
		{"pollutant", "主要污染物 major pollutants", []string{"t:pollution"}, nil, "污染物 and pollutants share the pollution key"},
		{"blocker", "提高水平", nil, []string{"t:water"}, "水 inside 水平 (level) is not water"},
		{"water", "饮用水安全 drinking water", []string{"t:water"}, nil, "水 on its own is water"},
		{"known acronym in zh", "加快5G网络和RCEP实施", []string{"t:5g", "t:rcep", "t:internet"}, []string{"l:5G", "l:RCEP"}, "Latin tokens inside Chinese text are matched against the English forms"},
		{"known acronym in en", "the RCEP and 5G networks", []string{"t:rcep", "t:5g"}, nil, "the same tokens in English give the same keys"},
		{"acronym in zh", "防控H7N9禽流感和MERS", []string{"l:H7N9", "l:MERS"}, nil, "unknown Latin tokens inside Chinese text are acronym anchors"},
		{"acronym in en", "the H7N9 and MERS viruses", []string{"l:H7N9", "l:MERS"}, nil, "the same tokens in English give the same keys"},
		{"alnum", "PM2.5浓度", []string{"t:airquality"}, []string{"l:PM2"}, "a decimal point between digits stays in the token"},
		{"alnum unknown", "达到X2.5级", []string{"l:X2.5"}, nil, "a decimal point between digits stays in the token"},
		{"full-width", "ＧＤＰ增长", []string{"t:gdp", "t:growth"}, nil, "full-width letters are folded"},
		{"unknown acronym", "under the ABC framework", []string{"l:ABC"}, nil, "an unknown all-caps token is an acronym anchor"},
		{"ordinary word", "Under a framework", nil, []string{"l:UNDER"}, "a capitalised ordinary word is not an acronym"},
		{"inner capital", "via WeChat", []string{"l:WECHAT"}, nil, "a capital inside a word marks a name"},
		{"shouting heading", "REPORT ON THE WORK OF THE GOVERNMENT", []string{"t:government"}, []string{"l:REPORT", "l:WORK"}, "words of a heading set in capitals are not acronyms"},
		{"possessive", "National People's Congress", []string{"t:npc"}, []string{"t:people"}, "a possessive 's does not break a form"},
		{"curly possessive", "National People’s Congress", []string{"t:npc"}, nil, "nor does a curly one"},
		{"stem", "innovative and innovation", []string{"t:innovation"}, nil, "a stem matches the words it begins"},
		{"multi key", "进出口", []string{"t:import", "t:export"}, nil, "an entry may give several keys"},
		{"constitution", "公民的基本权利和义务", []string{"t:citizen", "t:right", "t:duty"}, nil, "legal vocabulary"},
		{"constitution en", "fundamental rights and duties of citizens", []string{"t:citizen", "t:right", "t:duty"}, nil, "and its English"},
		{"single char not a word", "澳大利亚 台风 冠军 水泥", nil, []string{"t:macao", "t:taiwan", "t:military", "t:water"}, "single characters that are parts of other words give no key"},
		{"empty", "", nil, []string{"t:trade"}, "no text, no keys"},
		{"invalid utf8", "\xff\xfe贸易\xff", []string{"t:trade"}, nil, "invalid bytes are skipped"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := LexiconAnchors(tc.text)
			for _, k := range tc.want {
				if !slices.Contains(got, k) {
					t.Errorf("LexiconAnchors(%q) = %q, want %s (%s)", tc.text, got, k, tc.reason)
				}
			}
			for _, k := range tc.absent {
				if slices.Contains(got, k) {
					t.Errorf("LexiconAnchors(%q) = %q, must not hold %s (%s)", tc.text, got, k, tc.reason)
				}
			}
			seen := map[string]bool{}
			for _, k := range got {
				if seen[k] {
					t.Errorf("LexiconAnchors(%q) = %q repeats %s: keys are returned once per text", tc.text, got, k)
				}
				seen[k] = true
			}
		})
	}
}

// TestLexiconOrder checks that keys come in order of first occurrence,
// whatever the script.
func TestLexiconOrder(t *testing.T) {
	got := LexiconAnchors("GDP rose; 就业 and trade, 就业 again")
	want := []string{"t:gdp", "t:employment", "t:trade"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func BenchmarkLexiconAnchors(b *testing.B) {
	for _, name := range []string{"gwr-2016-national.zh.txt", "gwr-2016-national.en.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", name))
		if err != nil {
			b.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				for _, l := range lines {
					LexiconAnchors(l)
				}
			}
		})
	}
}

func ExampleLexiconAnchors() {
	fmt.Println(LexiconAnchors("加快实施自由贸易区战略，积极商签区域全面经济伙伴关系协定。"))
	fmt.Println(LexiconAnchors("We will accelerate implementation of the free trade zone strategy and RCEP."))
	// Output:
	// [t:implement t:fta t:strategy t:rcep]
	// [t:implement t:fta t:strategy t:rcep]
}

// lexBoth is the anchor function the lead is advised to use: numbers and
// lexicon terms.
func lexBoth(text string) []string {
	return append(NumberAnchors(text), LexiconAnchors(text)...)
}

// lexPairF1 aligns a document's gold units' lines with cfg and returns the
// F1 of the beads against the gold units (a bead counts when its line
// ranges equal a unit's).
func lexPairF1(units []lexUnit, cfg Config) float64 {
	var zh, en []string
	gold := map[[4]int]bool{}
	for _, u := range units {
		g := [4]int{len(zh), len(zh) + len(u.ZH), len(en), len(en) + len(u.EN)}
		if len(u.ZH) == 0 {
			g[0], g[1] = -1, -1
		}
		if len(u.EN) == 0 {
			g[2], g[3] = -1, -1
		}
		gold[g] = true
		zh = append(zh, u.ZH...)
		en = append(en, u.EN...)
	}
	beads := Paragraphs(zh, en, cfg)
	hits, n := 0, 0
	for _, b := range beads {
		if len(b.ZH) == 0 && len(b.EN) == 0 {
			continue
		}
		n++
		z0, z1, e0, e1 := -1, -1, -1, -1
		if len(b.ZH) > 0 {
			z0, z1 = b.ZH[0], b.ZH[len(b.ZH)-1]+1
		}
		if len(b.EN) > 0 {
			e0, e1 = b.EN[0], b.EN[len(b.EN)-1]+1
		}
		if gold[[4]int{z0, z1, e0, e1}] {
			hits++
		}
	}
	if n == 0 || len(gold) == 0 {
		return 0
	}
	p, r := float64(hits)/float64(n), float64(hits)/float64(len(gold))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestLexiconAlign checks that adding the lexicon anchors to the number
// anchors does not hurt alignment of the corpus, and that it helps when a
// translation is missing: with one English paragraph deleted from each
// stretch of the document, the aligner must decide which Chinese paragraph
// lost its translation.
func TestLexiconAlign(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns whole documents")
	}
	var sumBase, sumWith float64
	for _, name := range []string{"gwr-2016-national", "gwr-2019-national", "prc-constitution-2018", "gwr-2020-national", "gwr-2021-national"} {
		t.Run(name, func(t *testing.T) {
			units := lexReadUnits(t, name)
			// Drop the English of every 10th unit, or the Chinese: harder
			// variants.
			var holes, zhHoles []lexUnit
			for i, u := range units {
				v, w := u, u
				if i%10 == 5 && len(u.ZH) > 0 {
					v.EN = nil
				}
				if i%10 == 7 && len(u.EN) > 0 {
					w.ZH = nil
				}
				holes = append(holes, v)
				zhHoles = append(zhHoles, w)
			}
			base := lexPairF1(units, Config{})
			with := lexPairF1(units, Config{Anchors: lexBoth})
			baseHoles := lexPairF1(holes, Config{})
			withHoles := lexPairF1(holes, Config{Anchors: lexBoth})
			sumBase += baseHoles
			sumWith += withHoles
			baseZH := lexPairF1(zhHoles, Config{})
			withZH := lexPairF1(zhHoles, Config{Anchors: lexBoth})
			t.Logf("pair F1, numbers → numbers+lexicon: %.3f → %.3f; every 10th English unit deleted: %.3f → %.3f; every 10th Chinese unit deleted: %.3f → %.3f",
				base, with, baseHoles, withHoles, baseZH, withZH)
			if withZH < baseZH-0.01 {
				t.Errorf("with Chinese deletions, lexicon anchors lower F1 from %.3f to %.3f", baseZH, withZH)
			}
			if with < base-0.01 {
				t.Errorf("lexicon anchors lower F1 from %.3f to %.3f", base, with)
			}
			if withHoles < baseHoles-0.01 {
				t.Errorf("with deletions, lexicon anchors lower F1 from %.3f to %.3f", baseHoles, withHoles)
			}
		})
	}
	if sumWith < sumBase+0.05 {
		t.Errorf("with deletions, lexicon anchors raise the summed F1 only from %.3f to %.3f, want +0.05", sumBase, sumWith)
	}
}

// FuzzLexiconAnchors checks that any input gives distinct keys, the same
// every time, without panicking.
func FuzzLexiconAnchors(f *testing.F) {
	for _, s := range []string{"", "自由贸易区 free trade zone", "ＰＭ２．５", "people's 5G.", "x'", "a.1", "\xff中"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := LexiconAnchors(text)
		if again := LexiconAnchors(text); !slices.Equal(got, again) {
			t.Fatalf("%q: %q then %q", text, got, again)
		}
		seen := map[string]bool{}
		for _, k := range got {
			if seen[k] || !strings.HasPrefix(k, "t:") && !strings.HasPrefix(k, "l:") {
				t.Fatalf("%q: bad or repeated key %q in %q", text, k, got)
			}
			seen[k] = true
		}
	})
}
