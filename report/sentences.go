package report

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bireport/bireport/align"
)

// A SentencePair is one sentence bead inside a pair: one or more
// consecutive sentences of the pair's Chinese side with their translation
// on its English side. Either side may be nil when the other has no
// counterpart in the pair.
type SentencePair struct {
	ZH    *Sentence `json:"zh"`
	EN    *Sentence `json:"en"`
	Score float64   `json:"score"` // confidence of the bead, given the pair, in [0,1], to three decimals
}

// A Sentence is a span of a pair's side: its text and its rune offsets into
// the side's text. Concatenating the sentences of a side gives its text.
type Sentence struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// hasSentences reports whether the pairs of kind k get sentence beads:
// headings and paragraphs, the body a translator works on. Titles and
// meta lines are not sentences, and notes and footnote definitions rarely
// have both languages.
func hasSentences(k Kind) bool { return k == KindHeading || k == KindParagraph }

// alignSentences fills the sentence beads of the body pairs. Pairs are
// independent, so they are aligned on up to workers goroutines (see
// forEach), each writing only its own pair: the output is the same in any
// order.
func alignSentences(pairs []Pair, workers int) {
	forEach(len(pairs), workers, func(i int) {
		if p := &pairs[i]; hasSentences(p.Kind) {
			p.Sentences = sentencePairs(sideText(p.ZH), sideText(p.EN))
		}
	})
}

// sideText is the text of s, or "" when it is nil.
func sideText(s *Side) string {
	if s == nil {
		return ""
	}
	return s.Text
}

// sentencePairs aligns the sentences of one pair's two texts.
func sentencePairs(zh, en string) []SentencePair {
	beads := align.Sentences(zh, en, align.Config{})
	if len(beads) == 0 {
		return nil
	}
	zc, ec := runeCursor{text: zh}, runeCursor{text: en}
	out := make([]SentencePair, len(beads))
	for k, b := range beads {
		out[k] = SentencePair{ZH: zc.sentence(b.ZH), EN: ec.sentence(b.EN), Score: round3(b.Score)}
	}
	return out
}

// A runeCursor turns ascending rune offsets into a text into byte offsets,
// walking the text once.
type runeCursor struct {
	text       string
	runes, pos int // the cursor: rune offset runes is at byte pos
}

// byteAt returns the byte offset of rune offset r, not before the cursor.
func (c *runeCursor) byteAt(r int) int {
	for c.runes < r && c.pos < len(c.text) {
		_, size := utf8.DecodeRuneInString(c.text[c.pos:])
		c.pos += size
		c.runes++
	}
	return c.pos
}

// sentence is the span s of the text, or nil when it is empty.
func (c *runeCursor) sentence(s align.Span) *Sentence {
	if s.End <= s.Start {
		return nil
	}
	start := c.byteAt(s.Start)
	return &Sentence{Text: c.text[start:c.byteAt(s.End)], Start: s.Start, End: s.End}
}

// mentionSentences quotes, for a finding, the sentence that holds each
// side's mention of an item, as ` in "…" ↔ "…"`, so that a reviewer reads
// the number in its sentence rather than in a whole paragraph. A side with
// no mention is quoted as (none); "" when neither side has one.
func mentionSentences(p Pair, it Item) string {
	zh, en := sentenceAround(p.ZH, ZH, it.ZH), sentenceAround(p.EN, EN, it.EN)
	if zh == "" && en == "" {
		return ""
	}
	quote := func(s string) string {
		if s == "" {
			return "(none)"
		}
		return strconv.Quote(s)
	}
	return " in " + quote(zh) + " ↔ " + quote(en)
}

// sentenceAround returns the sentence (or the ；-clause) of side s that
// holds mention m, trimmed; "" when either is missing.
func sentenceAround(s *Side, lang Lang, m *Mention) string {
	if s == nil || m == nil {
		return ""
	}
	rs := []rune(s.Text)
	for _, sp := range align.SplitSentences(s.Text, alignLang(lang)) {
		if m.Start >= sp.Start && m.Start < sp.End {
			return strings.TrimFunc(string(rs[sp.Start:sp.End]), unicode.IsSpace)
		}
	}
	return ""
}

// alignLang is the align package's name of a language.
func alignLang(l Lang) align.Lang {
	if l == EN {
		return align.English
	}
	return align.Chinese
}
