package report

import (
	"github.com/bireport/bireport/align"
)

// A SentencePair is one sentence bead inside a pair: one or more
// consecutive sentences of the pair's Chinese side with their translation
// on its English side. Either side may be nil when the other has no
// counterpart in the pair.
type SentencePair struct {
	ZH    *Sentence `json:"zh"`
	EN    *Sentence `json:"en"`
	Score float64   `json:"score"` // confidence of the bead, given the pair, in [0,1]
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

// alignSentences fills the sentence beads of the body pairs.
func alignSentences(pairs []Pair) {
	for i := range pairs {
		p := &pairs[i]
		if !hasSentences(p.Kind) {
			continue
		}
		p.Sentences = sentencePairs(sideText(p.ZH), sideText(p.EN))
	}
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
	zr, er := []rune(zh), []rune(en)
	out := make([]SentencePair, len(beads))
	for k, b := range beads {
		out[k] = SentencePair{ZH: sentence(zr, b.ZH), EN: sentence(er, b.EN), Score: b.Score}
	}
	return out
}

// sentence is the span s of rs, or nil when it is empty.
func sentence(rs []rune, s align.Span) *Sentence {
	if s.End <= s.Start {
		return nil
	}
	return &Sentence{Text: string(rs[s.Start:s.End]), Start: s.Start, End: s.End}
}
