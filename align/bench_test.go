package align_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bireport/bireport/align"
)

// synthetic returns a deterministic parallel document of n Chinese
// paragraphs: random lengths, sentences, numbers written both ways, about
// one paragraph in five translated by two English lines and one in a
// hundred left untranslated. gold holds the true beads.
func synthetic(n int, seed uint64) (zh, en []string, gold []span) {
	rng := rand.New(rand.NewPCG(seed, 1))
	han := []rune("经济发展改革开放推进建设加强完善提高促进保障就业民生创新市场企业政策服务")
	words := []string{"the", "development", "economy", "reform", "we", "will", "promote", "and",
		"strengthen", "improve", "services", "policy", "enterprises", "market", "of", "to", "growth"}
	for range n {
		sentences := 1 + rng.IntN(6)
		var z strings.Builder
		var lines []string
		var e strings.Builder
		split := rng.IntN(5) == 0 && sentences > 1
		for s := range sentences {
			chars := 8 + rng.IntN(40)
			for range chars {
				z.WriteRune(han[rng.IntN(len(han))])
			}
			if rng.IntN(3) == 0 {
				v := 1 + rng.IntN(999)
				fmt.Fprintf(&z, "%d万", v)
				fmt.Fprintf(&e, "%s ", groupThousands(v*10000))
			}
			z.WriteString("。")
			target := int(float64(chars) * (4.6 + rng.NormFloat64()*0.4))
			for e.Len() < target {
				e.WriteString(words[rng.IntN(len(words))])
				e.WriteByte(' ')
			}
			text := strings.TrimSpace(e.String()) + "."
			e.Reset()
			if split && s == 0 || len(lines) == 0 {
				lines = append(lines, text)
			} else {
				lines[len(lines)-1] += " " + text
			}
		}
		zh = append(zh, z.String())
		z0, e0 := len(zh)-1, len(en)
		if rng.IntN(100) == 0 {
			lines = nil
		}
		en = append(en, lines...)
		gold = append(gold, span{z0, z0 + 1, e0, len(en)})
	}
	return zh, en, gold
}

func groupThousands(v int) string {
	s := fmt.Sprint(v)
	for k := len(s) - 3; k > 0; k -= 3 {
		s = s[:k] + "," + s[k:]
	}
	return s
}

func textBytes(zh, en []string) int64 {
	var n int
	for _, s := range zh {
		n += len(s)
	}
	for _, s := range en {
		n += len(s)
	}
	return int64(n)
}

// TestSyntheticLarge aligns a 10,000-paragraph synthetic document: the
// time must stay well under a second and the pairing near perfect.
func TestSyntheticLarge(t *testing.T) {
	zh, en, gold := synthetic(10000, 7)
	beads := align.Paragraphs(zh, en, align.Config{})
	checkPartition(t, beads, len(zh), len(en))
	p, r, f, _ := pairF1(spans(beads), gold)
	t.Logf("synthetic %d zh / %d en: P %.3f R %.3f F1 %.3f", len(zh), len(en), p, r, f)
	if f < 0.99 {
		t.Errorf("synthetic F1 %.3f < 0.99", f)
	}
	// Speed is measured by BenchmarkParagraphsSynthetic10k, not here: the
	// machines are shared and a timed test would be noise.
}

func BenchmarkParagraphsGWR2020(b *testing.B) {
	zh := readLines(b, filepath.Join(corpusDir, "gwr-2020-national.zh.txt"))
	en := readLines(b, filepath.Join(corpusDir, "gwr-2020-national.en.txt"))
	b.SetBytes(textBytes(zh, en))
	b.ReportAllocs()
	for b.Loop() {
		align.Paragraphs(zh, en, align.Config{})
	}
}

func BenchmarkParagraphsSynthetic10k(b *testing.B) {
	zh, en, _ := synthetic(10000, 7)
	b.SetBytes(textBytes(zh, en))
	b.ReportAllocs()
	for b.Loop() {
		align.Paragraphs(zh, en, align.Config{})
	}
}

// BenchmarkParagraphsRun aligns one small run, as the report package does
// for each run of an interleaved file.
func BenchmarkParagraphsRun(b *testing.B) {
	zh := readLines(b, filepath.Join(corpusDir, "gwr-2021-national.zh.txt"))
	en := readLines(b, filepath.Join(corpusDir, "gwr-2021-national.en.txt"))
	cfg := align.Calibrate(segs(zh), segs(en), align.Config{})
	zh, en = zh[53:54], en[55:72] // the 1:17 enumeration
	b.SetBytes(textBytes(zh, en))
	b.ReportAllocs()
	for b.Loop() {
		align.Paragraphs(zh, en, cfg)
	}
}

// BenchmarkCalibrateRuns calibrates the model of an interleaved report on
// its runs, as the report package does before aligning them one by one.
func BenchmarkCalibrateRuns(b *testing.B) {
	zhRuns, enRuns := runs(readLines(b, filepath.Join(corpusDir, "gwr-2019-national.txt")))
	rs := make([]align.Run, len(zhRuns))
	var n int64
	for k := range zhRuns {
		rs[k] = align.Run{ZH: segs(zhRuns[k]), EN: segs(enRuns[k])}
		n += textBytes(zhRuns[k], enRuns[k])
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		align.CalibrateRuns(rs, align.Config{})
	}
}
