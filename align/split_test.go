package align_test

import (
	"strings"
	"testing"

	"github.com/bireport/bireport/align"
)

// pieces returns the texts of the spans of text.
func splitTexts(text string, spans []align.Span) []string {
	rs := []rune(text)
	out := make([]string, len(spans))
	for k, s := range spans {
		out[k] = string(rs[s.Start:s.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		lang         align.Lang
		text         string
		want         []string
	}{
		{"zh full stops", "。！？ end a sentence", align.Chinese,
			"促进高质量充分就业。落实积极就业政策！能做到吗？好",
			[]string{"促进高质量充分就业。", "落实积极就业政策！", "能做到吗？", "好"}},
		{"zh closing quote", "a closing quote or bracket stays with its sentence", align.Chinese,
			"他说：“要办好。”然后走了。（见附件。）完",
			[]string{"他说：“要办好。”", "然后走了。", "（见附件。）", "完"}},
		{"zh semicolon clause", "；cuts a clause, marked Clause", align.Chinese,
			"就业不少于26万人；价格涨幅3%左右。",
			[]string{"就业不少于26万人；", "价格涨幅3%左右。"}},
		{"zh decimal", "a decimal point is never a cut", align.Chinese,
			"增长6.5%。", []string{"增长6.5%。"}},
		{"zh ellipsis", "a run of stops is one end", align.Chinese,
			"等等……然后？！好。", []string{"等等……", "然后？！", "好。"}},
		{"en sentences", ". ! ? followed by a space end a sentence", align.English,
			"We will act. Will we? Yes! Done",
			[]string{"We will act. ", "Will we? ", "Yes! ", "Done"}},
		{"en semicolon", "; followed by a space ends a clause", align.English,
			"CPI of 3 percent; growth of 6 percent.",
			[]string{"CPI of 3 percent; ", "growth of 6 percent."}},
		{"en decimal and thousands", "never inside a number", align.English,
			"GDP grew by 6.5 percent to 1,000.5 billion. Next.",
			[]string{"GDP grew by 6.5 percent to 1,000.5 billion. ", "Next."}},
		{"en U.S. lower case", "a full stop before a lower-case word is an abbreviation's", align.English,
			"Trade with the U.S. grew. Exports rose.",
			[]string{"Trade with the U.S. grew. ", "Exports rose."}},
		{"en initials before a name", "dotted initials before a capitalised name do not end a sentence", align.English,
			"The U.S. Congress met. We left.",
			[]string{"The U.S. Congress met. ", "We left."}},
		{"en initials before an opener", "dotted initials before We end a sentence", align.English,
			"It opened at 9 a.m. We left.",
			[]string{"It opened at 9 a.m. ", "We left."}},
		{"en title", "Dr. and No. precede a name or a number", align.English,
			"Dr. Li read No. 1 Central Document. It helped.",
			[]string{"Dr. Li read No. 1 Central Document. ", "It helped."}},
		{"en item number", "a number at the start of a sentence numbers an item", align.English,
			"1. Promote employment. II. Major Tasks",
			[]string{"1. Promote employment. ", "II. Major Tasks"}},
		{"en closing quote", "a closing quote stays with its sentence", align.English,
			`He said "we will." Then he left.`,
			[]string{`He said "we will." `, "Then he left."}},
		{"en footnote word", "a flattened footnote marker stays with its word", align.English,
			"five areas17, and more. Next.",
			[]string{"five areas17, and more. ", "Next."}},
		{"en footnote after stop", "a marker flattened after the full stop stays with the sentence", align.English,
			"in five areas.17 We will act.",
			[]string{"in five areas.17 ", "We will act."}},
		{"en lost space", "a space lost between two sentences", align.English,
			"did not come easily.What we faced was change.",
			[]string{"did not come easily.", "What we faced was change."}},
		{"en etc comma", "etc., continues the sentence", align.English,
			"food, water, etc., and more.",
			[]string{"food, water, etc., and more."}},
		{"newline", "a newline always ends a piece", align.English,
			"Targets:\nJobs;\nGrowth.",
			[]string{"Targets:\n", "Jobs;\n", "Growth."}},
		{"leading space", "leading white space belongs to the first piece", align.English,
			"  First. Second.", []string{"  First. ", "Second."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spans := align.SplitSentences(tc.text, tc.lang)
			got := splitTexts(tc.text, spans)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%s: SplitSentences(%q) = %q, want %q", tc.reason, tc.text, got, tc.want)
			}
		})
	}
}

// TestSplitClauses checks which pieces are clauses: those ending at a
// semicolon, or at a line with no final full stop.
func TestSplitClauses(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		lang         align.Lang
		text         string
		want         []bool
	}{
		{"zh", "；is a clause, 。 a sentence", align.Chinese, "甲；乙。丙", []bool{true, false, false}},
		{"en", "; is a clause, . a sentence", align.English, "Jobs; growth. Next", []bool{true, false, false}},
		{"lines", "a line without a full stop is a clause", align.English, "Targets:\nJobs.\nGrowth", []bool{true, false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []bool
			for _, s := range align.SplitSentences(tc.text, tc.lang) {
				got = append(got, s.Clause)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%s: %d pieces, want %d", tc.reason, len(got), len(tc.want))
			}
			for k := range got {
				if got[k] != tc.want[k] {
					t.Errorf("%s: piece %d Clause = %v, want %v", tc.reason, k, got[k], tc.want[k])
				}
			}
		})
	}
}
