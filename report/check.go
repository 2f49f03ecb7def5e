package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/bireport/bireport/extract"
)

// The rules check applies, with their severities.
const (
	RuleUntranslated   = "untranslated"    // error: a Chinese paragraph or heading with no English
	RuleUnmatched      = "unmatched-en"    // warning: English with no Chinese counterpart
	RuleNumberMismatch = "number-mismatch" // error: a linked number differs in value or unit, or a floor became a ceiling
	// RuleQualifierMismatch is a warning: a linked number has the same
	// value on both sides but one side drops or changes its qualifier
	// (约2.5万亿元 ↔ 2.5 trillion yuan, 14亿多 ↔ 1.4 billion). A floor
	// against a ceiling (不少于 ↔ up to) is a number-mismatch instead.
	RuleQualifierMismatch = "qualifier-mismatch"
	RuleNumberMissing     = "number-missing" // warning: a commitment stated on one side only; info when it repeats a number linked in the pair
	RuleFootnoteLost      = "footnote-lost"  // warning: a footnote referenced or defined on one side only
	RuleLowConfidence     = "low-confidence" // info: the aligner is unsure of a pair
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
				switch it.Differs {
				case string(extract.DiffQualifier):
					add(RuleQualifierMismatch, SeverityWarning, p, "%s ↔ %s: the same number, another qualifier%s", mentionText(it.ZH), mentionText(it.EN), mentionSentences(p, it))
				case string(extract.DiffBound):
					add(RuleNumberMismatch, SeverityError, p, "%s ↔ %s: a floor against a ceiling%s", mentionText(it.ZH), mentionText(it.EN), mentionSentences(p, it))
				default:
					add(RuleNumberMismatch, SeverityError, p, "%s ↔ %s%s", mentionText(it.ZH), mentionText(it.EN), mentionSentences(p, it))
				}
			case "zh_only":
				switch {
				case p.EN == nil:
				case repeatsLinked(it, items, func(x Item) *Mention { return x.ZH }):
					add(RuleNumberMissing, SeverityInfo, p, "%s repeats a number the English states once", mentionText(it.ZH))
				default:
					add(RuleNumberMissing, SeverityWarning, p, "%s has no English counterpart", mentionText(it.ZH))
				}
			case "en_only":
				switch {
				case p.ZH == nil:
				case repeatsLinked(it, items, func(x Item) *Mention { return x.EN }):
					add(RuleNumberMissing, SeverityInfo, p, "%s repeats a number the Chinese states once", mentionText(it.EN))
				default:
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

// repeatsLinked reports whether the one-sided item it repeats, on its own
// side (side picks the mention), the value and unit of an item of the same
// pair linked consistently: a translator who writes "both M2 and financing
// grow by around 13%" for 增长13%左右 … 增长13%左右 states the number once.
func repeatsLinked(it Item, items []Item, side func(Item) *Mention) bool {
	m := side(it)
	if m == nil {
		return false
	}
	for _, x := range items {
		o := side(x)
		if x.Pair == it.Pair && x.Status == "consistent" && o != nil && o.Value == m.Value && o.Unit == m.Unit {
			return true
		}
	}
	return false
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
