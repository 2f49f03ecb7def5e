package align_test

import (
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/bireport/bireport/align"
)

// FuzzSentences checks, on any pair of texts, that SplitSentences covers
// each text exactly with non-empty spans, and that the beads of Sentences
// cover both texts in order, nothing lost and nothing doubled, with scores
// in [0,1]. The seeds are the sample's paragraph pairs.
func FuzzSentences(f *testing.F) {
	zhRuns, enRuns := runs(readLines(f, filepath.Join(corpusDir, "beijing-2024-excerpt.txt")))
	for k := range zhRuns {
		for x := range min(len(zhRuns[k]), len(enRuns[k])) {
			f.Add(zhRuns[k][x], enRuns[k][x])
		}
	}
	f.Add("", "a. b.")
	f.Add("甲；乙；丙。", "A;\nB;\nC.")
	f.Add("”。。\n", "...\n. ;")
	f.Add("1.5万", "U.S. 1.5 a.m. No.17 areas.17")
	f.Fuzz(func(t *testing.T, zh, en string) {
		if len(zh) > 4000 || len(en) > 4000 {
			return
		}
		checkCover(t, zh, align.SplitSentences(zh, align.Chinese))
		checkCover(t, en, align.SplitSentences(en, align.English))
		checkBeads(t, zh, en, align.Sentences(zh, en, align.Config{}))
	})
}

// checkCover fails unless spans cover text exactly, in order, each
// non-empty.
func checkCover(t *testing.T, text string, spans []align.Span) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	pos := 0
	for k, s := range spans {
		if s.Start != pos || s.End <= s.Start {
			t.Fatalf("span %d of %q is %+v, at %d", k, text, s, pos)
		}
		pos = s.End
	}
	if pos != n {
		t.Fatalf("spans of %q end at %d, want %d", text, pos, n)
	}
}

// checkBeads fails unless the beads' sides cover zh and en exactly, in
// order, no bead empty on both sides, every score in [0,1].
func checkBeads(t *testing.T, zh, en string, beads []align.SentenceBead) {
	t.Helper()
	z, e := 0, 0
	for k, b := range beads {
		if b.ZH.Start != z || b.EN.Start != e || b.ZH.End < z || b.EN.End < e {
			t.Fatalf("bead %d (%+v) does not follow at %d, %d", k, b, z, e)
		}
		if b.ZH.End == b.ZH.Start && b.EN.End == b.EN.Start {
			t.Fatalf("bead %d is empty", k)
		}
		if !(b.Score >= 0 && b.Score <= 1) {
			t.Fatalf("bead %d has score %v", k, b.Score)
		}
		z, e = b.ZH.End, b.EN.End
	}
	if z != utf8.RuneCountInString(zh) || e != utf8.RuneCountInString(en) {
		t.Fatalf("beads end at %d, %d; texts have %d, %d runes", z, e, utf8.RuneCountInString(zh), utf8.RuneCountInString(en))
	}
}

// TestSentencesCover checks the cover on every pair of the corpus files
// split into runs: each run's lines, joined, against the other
// language's.
func TestSentencesCover(t *testing.T) {
	for _, name := range []string{"beijing-2024-excerpt.txt", "gwr-2016-national.txt", "gwr-2019-national.txt",
		"gwr-2020-national.txt", "gwr-2021-national.txt", "gwr-2022-national.txt", "prc-constitution-2018.txt"} {
		zhRuns, enRuns := runs(readLines(t, filepath.Join(corpusDir, name)))
		for k := range zhRuns {
			for x := range min(len(zhRuns[k]), len(enRuns[k])) {
				zh, en := zhRuns[k][x], enRuns[k][x]
				checkBeads(t, zh, en, align.Sentences(zh, en, align.Config{}))
			}
		}
	}
}
