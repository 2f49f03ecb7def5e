package main

import (
	"strings"
	"testing"
)

// TestRenderSentenceSegments runs render -seg sentence on the sample with
// the real library: the TMX says segtype sentence and has a unit per
// sentence bead, the TSV a row per bead, and the default stays paragraph.
func TestRenderSentenceSegments(t *testing.T) {
	sample := "../../testdata/corpus/beijing-2024-excerpt.txt"
	for _, tc := range []struct {
		name, reason string
		args         []string
		want         []string
	}{
		{"tmx sentence", "one <tu> per sentence bead, numbered in its pair",
			[]string{"render", "-f", "tmx", "-seg", "sentence", sample},
			[]string{`segtype="sentence"`, `<tu tuid="7.2">`, "<seg>促进高质量充分就业。</seg>", "<seg>Promote high-quality and full employment.</seg>"}},
		{"tmx default", "paragraph stays the default",
			[]string{"render", "-f", "tmx", sample},
			[]string{`segtype="paragraph"`, `<tu tuid="7">`}},
		{"tsv sentence", "one row per bead, the header names the columns",
			[]string{"render", "-f", "tsv", "-seg", "sentence", sample},
			[]string{"pair\tsentence\tkind\tzh_line\ten_line\tscore\tzh\ten\n", "7\t1\tparagraph\t15\t16\t"}},
	} {
		code, out, errs := runReal("", tc.args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.name, code, errs)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: output lacks %q (%s)", tc.name, w, tc.reason)
			}
		}
	}
}
