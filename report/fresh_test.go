package report_test

import (
	"path/filepath"
	"testing"
)

// freshDir holds a third held-out set (see its README), collected after the
// first two (testdata/heldout, testdata/unseen) had been studied and tuned
// on. Nobody tunes on it: measure on it only.
const freshDir = "../testdata/fresh"

var freshDocs = []string{
	"bilingual-economy-news-excerpts",
	"customs-trade-news-2017-2023",
	"gwr-2024-national-highlights",
	"gwr-2025-national-highlights",
	"premier-press-excerpts-2014-2023",
	"qiushi-ecology-2024-traditional",
	"scio-briefing-gwr-2022-excerpt",
	"scio-china-world-2019-excerpt",
	"scio-food-security-2019-excerpt",
	"scio-green-development-2023-excerpt",
	"scio-poverty-2021-excerpt",
	"scio-transport-2020-traditional",
}

// freshShortF1 records where the aligner falls short of 0.98 on the fresh
// set (measured, rounded down, at commit 51594b0, the first measurement after all of issue
// 11's fixes): three white papers given as two files, whose issuing-office
// and date lines are merged into one block. These are floors against
// regression, not targets; they are not tuned away, because tuning on this
// set would void it as a held-out measurement (issue 11 stays open).
var freshShortF1 = map[string]float64{
	"scio-china-world-2019-excerpt/two-files":   0.922,
	"scio-poverty-2021-excerpt/two-files":       0.869,
	"scio-transport-2020-traditional/two-files": 0.692,
}

// Issue 11's limit of 3 false warnings per 100 pairs is not met on the
// fresh set: 6.00 (interleaved) and 6.16 (two files) at commit 51594b0.
// These bounds keep it from getting worse; false errors meet the limit.
const (
	freshMaxFalseErrors   = maxFalseErrors
	freshMaxFalseWarnings = 6.17
)

// TestFreshF1 requires pair F1 of at least 0.98 on every fresh document in
// both layouts, as on the corpus and the other held-out sets, except the
// recorded shortfalls, which must not get worse.
func TestFreshF1(t *testing.T) {
	testF1Short(t, freshDir, freshDocs, freshShortF1)
}

// TestFreshFindings judges check's findings on the fresh set against the
// verdicts read by eye in testdata/fresh/verdicts.jsonl: every finding must
// have one, false errors stay within issue 11's limit of 1 per 100 pairs,
// and false warnings within the rate recorded above (the limit of 3 is not
// met yet; the test logs the gap).
func TestFreshFindings(t *testing.T) {
	testFindingsWithin(t, freshDir, freshDocs, filepath.Join(freshDir, "verdicts.jsonl"), freshMaxFalseErrors, freshMaxFalseWarnings)
}
