package report_test

import (
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

// checkSentencesCover checks that every heading and paragraph pair has
// sentence beads whose sides concatenate to its texts, in order, with
// offsets that match the texts, and that other pairs have none.
func checkSentencesCover(t testing.TB, doc *report.Document) {
	t.Helper()
	for _, p := range doc.Pairs {
		body := p.Kind == report.KindHeading || p.Kind == report.KindParagraph
		if !body {
			if p.Sentences != nil {
				t.Errorf("pair %d (%s) has sentences", p.ID, p.Kind)
			}
			continue
		}
		for _, side := range []struct {
			s    *report.Side
			pick func(report.SentencePair) *report.Sentence
		}{
			{p.ZH, func(b report.SentencePair) *report.Sentence { return b.ZH }},
			{p.EN, func(b report.SentencePair) *report.Sentence { return b.EN }},
		} {
			var text string
			if side.s != nil {
				text = side.s.Text
			}
			var got strings.Builder
			pos := 0
			for k, b := range p.Sentences {
				if b.ZH == nil && b.EN == nil {
					t.Fatalf("pair %d: bead %d is empty", p.ID, k)
				}
				s := side.pick(b)
				if s == nil {
					continue
				}
				if s.Start != pos || s.End-s.Start != len([]rune(s.Text)) {
					t.Fatalf("pair %d bead %d: span %d-%d of %q at %d", p.ID, k, s.Start, s.End, s.Text, pos)
				}
				got.WriteString(s.Text)
				pos = s.End
			}
			if got.String() != text {
				t.Fatalf("pair %d: sentences give %q, want the side's text %q", p.ID, got.String(), text)
			}
		}
	}
}

// TestCheckQuotesSentence checks that a number mismatch quotes the
// sentence holding the number on each side, not the whole paragraph.
func TestCheckQuotesSentence(t *testing.T) {
	in := "稳定就业。城镇新增就业不少于26万人。提高收入。\n" +
		"Stabilize employment. We will create no fewer than 250,000 urban jobs. Raise incomes.\n"
	doc, err := report.Parse(strings.NewReader(in), report.Config{Name: "m.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var msg string
	for _, f := range doc.Findings {
		if f.Rule == report.RuleNumberMismatch {
			msg = f.Message
		}
	}
	for _, tc := range []struct {
		name, want, reason string
		absent             bool
	}{
		{"zh sentence", `"城镇新增就业不少于26万人。"`, "the Chinese sentence holding the number", false},
		{"en sentence", `"We will create no fewer than 250,000 urban jobs."`, "the English sentence holding it", false},
		{"not the paragraph", "提高收入", "other sentences are left out", true},
		{"not the paragraph en", "Raise incomes", "other sentences are left out", true},
	} {
		if has := strings.Contains(msg, tc.want); has == tc.absent {
			t.Errorf("%s: message %q contains %q = %v (%s)", tc.name, msg, tc.want, has, tc.reason)
		}
	}
}
