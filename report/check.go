package report

import (
	"fmt"
	"sort"
	"strings"
)

// The rules check applies, with their severities.
const (
	RuleUntranslated   = "untranslated"    // error: a Chinese paragraph or heading with no English
	RuleUnmatched      = "unmatched-en"    // warning: English with no Chinese counterpart
	RuleNumberMismatch = "number-mismatch" // error: a linked number differs in value, unit or qualifier
	RuleNumberMissing  = "number-missing"  // warning: a commitment stated on one side only
	RuleFootnoteLost   = "footnote-lost"   // warning: a footnote referenced or defined on one side only
	RuleLowConfidence  = "low-confidence"  // info: the aligner is unsure of a pair
)

// lowConfidence is the score below which a pair is reported for review.
const lowConfidence = 0.5

// check returns the document's findings, in pair order.
func check(doc *Document) []Finding {
	var fs []Finding
	add := func(rule string, sev Severity, p Pair, format string, args ...any) {
		line := 0
		switch {
		case p.ZH != nil:
			line = p.ZH.Lines[0]
		case p.EN != nil:
			line = p.EN.Lines[0]
		}
		fs = append(fs, Finding{Rule: rule, Severity: sev, Pair: p.ID, Line: line, Message: fmt.Sprintf(format, args...)})
	}
	byID := make(map[int]Pair, len(doc.Pairs))
	for _, p := range doc.Pairs {
		byID[p.ID] = p
		translatable := p.Kind == KindParagraph || p.Kind == KindHeading
		switch {
		case p.EN == nil && p.ZH != nil && translatable:
			add(RuleUntranslated, SeverityError, p, "no English for %q", clip(p.ZH.Text))
		case p.ZH == nil && p.EN != nil && translatable:
			add(RuleUnmatched, SeverityWarning, p, "no Chinese for %q", clip(p.EN.Text))
		case p.ZH != nil && p.EN != nil && p.Score < lowConfidence:
			add(RuleLowConfidence, SeverityInfo, p, "alignment confidence %.2f: %q ↔ %q", p.Score, clip(p.ZH.Text), clip(p.EN.Text))
		}
	}
	for _, items := range [][]Item{doc.Commitments, doc.Figures} {
		for _, it := range items {
			p := byID[it.Pair]
			switch it.Status {
			case "mismatch":
				add(RuleNumberMismatch, SeverityError, p, "%s ↔ %s%s", mentionText(it.ZH), mentionText(it.EN), mentionSentences(p, it))
			case "zh_only":
				if p.EN != nil {
					add(RuleNumberMissing, SeverityWarning, p, "%s has no English counterpart", mentionText(it.ZH))
				}
			case "en_only":
				if p.ZH != nil {
					add(RuleNumberMissing, SeverityWarning, p, "%s has no Chinese counterpart", mentionText(it.EN))
				}
			}
		}
	}
	for _, f := range doc.Footnotes {
		langs := map[string]bool{}
		for _, r := range f.Refs {
			langs[r.Lang] = true
		}
		for _, l := range []string{"zh", "en"} {
			def := f.ZH
			if l == "en" {
				def = f.EN
			}
			if langs[l] && def == nil {
				fs = append(fs, Finding{Rule: RuleFootnoteLost, Severity: SeverityWarning, Pair: f.Refs[0].Pair,
					Line: refLine(byID, f.Refs[0]), Message: fmt.Sprintf("footnote %s is referenced in %s but not defined in %s", f.ID, l, l)})
			}
		}
		if len(f.Refs) == 0 {
			fs = append(fs, Finding{Rule: RuleFootnoteLost, Severity: SeverityWarning, Message: fmt.Sprintf("footnote %s is defined but never referenced", f.ID)})
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Line < fs[j].Line })
	return fs
}

func refLine(byID map[int]Pair, r Ref) int {
	p := byID[r.Pair]
	if r.Lang == "en" && p.EN != nil {
		return p.EN.Lines[0]
	}
	if p.ZH != nil {
		return p.ZH.Lines[0]
	}
	return 0
}

func mentionText(m *Mention) string {
	if m == nil {
		return "(none)"
	}
	return fmt.Sprintf("%q", m.Text)
}

// clip shortens a text for a message to its first 40 characters.
func clip(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	rs := []rune(s)
	if len(rs) <= 40 {
		return s
	}
	return string(rs[:40]) + "…"
}
