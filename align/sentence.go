package align

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// sentenceMaxN is the largest n of the 1-n and n-1 beads Sentences forms
// over its pieces. A sentence cut at its semicolons gives several pieces
// (an English list of targets, one per clause), so a bead of one sentence
// against one may take many pieces.
const sentenceMaxN = 24

// sentencePriors are the costs of the bead shapes between the sentences of
// a paragraph and of its translation, from their frequencies in the
// hand-made sentence gold (testdata/sentences: of 341 beads, counted in
// pieces, 269 are 1-1, 45 1-2, 9 1-3, 2 1-4 and 6 longer, 8 n-1, 2
// unpaired): 1-1 and 1-n are the gold's; n-1, 1-0, 0-1 and 2-2, too rare
// there to measure, keep the paragraphs' priors (see defaultPriors).
var sentencePriors = priors{
	c11: -math.Log(0.79),
	c10: -math.Log(p10),
	c1n: -math.Log(0.13),
	cn1: -math.Log(p1n),
	c22: -math.Log(p22),
	// Each further sentence of a 1-n bead: 45 1-2 beads, 9 1-3, 2 1-4.
	step: 1.6,
}

// A SentenceBead is one aligned unit of sentences inside a pair of texts:
// the Chinese span ZH with the English span EN, as rune offsets into each
// text. A side with no sentence is an empty span (Start == End) at the
// place the other side's sentences stand between.
type SentenceBead struct {
	ZH, EN Span
	// Score is the confidence that the bead is right, in [0,1].
	Score float64
}

// Sentences aligns the sentences of a Chinese text with those of its
// English translation: one paragraph or heading and its translation. It
// splits both (see SplitSentences) and aligns the pieces with Align, whose
// cost model (the length model calibrated on this pair, the anchors) and
// beads (1-1, 1-0, 0-1, 2-2, and one sentence against several, 1-2 to 1-4
// and the reverse) it shares, with the bead priors of sentences and each
// bead's posterior probability as its score. A clause ending at a
// semicolon is a piece of its own: where the other language is cut at the
// same place it ends a bead, else it stays with the rest of its sentence
// (so a list of clauses counts as one sentence).
//
// The beads cover both texts in order: their ZH spans concatenate to zh and
// their EN spans to en. A side of one sentence pairs with the whole other
// side. cfg.Anchors, when set, gives the anchors of a piece; by default
// they are its numbers (NumberAnchors), its lexicon terms (LexiconAnchors)
// and the value of a leading English ordinal ("Second," as 二是). Either
// way only the keys both texts hold are kept. cfg.MaxN, when smaller than
// 4, bounds the pieces of a bead. The ratio and spread of cfg are not used:
// one paragraph's translation is measured on that paragraph.
func Sentences(zh, en string, cfg Config) []SentenceBead {
	zrs, ers := []rune(zh), []rune(en)
	zs, es := splitRunes(zrs, Chinese), splitRunes(ers, English)
	switch {
	case len(zs) == 0 && len(es) == 0:
		return nil
	case len(zs) <= 1 || len(es) <= 1:
		// One sentence on a side: it pairs with all the other side's.
		return []SentenceBead{{ZH: whole(zs), EN: whole(es), Score: 1}}
	}
	anchors := cfg.Anchors
	if anchors == nil {
		anchors = sentenceAnchors
	}
	acfg := Config{Anchors: anchors, MaxN: sentenceMaxN, shapes: &sentencePriors, Band: 1}
	if cfg.MaxN > 0 && cfg.MaxN < 4 {
		acfg.MaxN = cfg.MaxN
	}
	var zp, ep []Segment
	if cfg.Anchors != nil {
		zp, ep = pieces(zrs, zs, anchors), pieces(ers, es, anchors)
	} else {
		zp, ep = builtinPieces(zh, zs), builtinPieces(en, es)
	}
	keepShared(zp, ep)
	beads := Align(zp, ep, acfg)
	out := make([]SentenceBead, 0, len(beads))
	zpos, epos := 0, 0
	for _, b := range beads {
		zspan, espan := join(zs, b.ZH, zpos), join(es, b.EN, epos)
		zpos, epos = zspan.End, espan.End
		out = append(out, SentenceBead{ZH: zspan, EN: espan, Score: b.Score})
	}
	return out
}

// sentenceAnchors are the default anchors of a sentence: its numbers, its
// lexicon terms, and the number of an English sentence that opens with an
// ordinal ("Second, ..." gives "2", as NumberAnchors gives it for 二是).
func sentenceAnchors(text string) []string {
	out := append(NumberAnchors(text), LexiconAnchors(text)...)
	if n := leadingOrdinal(text); n != "" {
		out = append(out, n)
	}
	return out
}

// ordinalWords are the ordinals that open the items of an enumeration in
// English, by value.
var ordinalWords = map[string]string{
	"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
	"sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
}

// leadingOrdinal returns the value of the ordinal word that opens text and
// is followed by a comma ("Third, we will ..."), or "".
func leadingOrdinal(text string) string {
	text = strings.TrimLeft(text, " \t\n")
	word, _, ok := strings.Cut(text, ",")
	if !ok || len(word) > len("seventh") {
		return ""
	}
	return ordinalWords[strings.ToLower(word)]
}

// whole is the span covering all the pieces of a text.
func whole(ss []Span) Span {
	if len(ss) == 0 {
		return Span{}
	}
	return Span{Start: ss[0].Start, End: ss[len(ss)-1].End}
}

// pieces turns the spans of a text into segments to align.
// builtinPieces turns the spans of text into segments with the built-in
// anchors (see sentenceAnchors), finding the lexicon's terms in the whole
// text once and giving each piece those that start in it.
func builtinPieces(text string, ss []Span) []Segment {
	out := make([]Segment, len(ss))
	hits := lexLoad().hits(text)
	h, pos := 0, 0 // next hit; byte offset of the current piece
	for k, s := range ss {
		// Walk the bytes of text: an invalid byte is one rune (U+FFFD) in the
		// spans but one byte, not three, in text.
		end := pos
		for range s.End - s.Start {
			_, size := utf8.DecodeRuneInString(text[end:])
			end += size
		}
		piece := text[pos:end]
		keys := NumberAnchors(piece)
		for ; h < len(hits) && hits[h].pos < end; h++ {
			if !slices.Contains(keys, hits[h].key) {
				keys = append(keys, hits[h].key)
			}
		}
		if n := leadingOrdinal(piece); n != "" {
			keys = append(keys, n)
		}
		if keys == nil {
			keys = []string{}
		}
		out[k] = Segment{Text: commaAsClause(piece), Anchors: keys}
		pos = end
	}
	return out
}

func pieces(rs []rune, ss []Span, anchors func(string) []string) []Segment {
	out := make([]Segment, len(ss))
	for k, s := range ss {
		text := string(rs[s.Start:s.End])
		out[k].Anchors = anchors(text)
		if out[k].Anchors == nil {
			out[k].Anchors = []string{}
		}
		out[k].Text = commaAsClause(text)
	}
	return out
}

// keepShared keeps, in the anchors of the pieces, only the keys that both
// languages hold somewhere in the pair. A key one text never shows cannot
// tell where the sentences pair (it is missing from every bead alike), and
// leaving it out makes the alignment cheaper.
func keepShared(zp, ep []Segment) {
	inZH, inEN := map[string]bool{}, map[string]bool{}
	for _, s := range zp {
		for _, k := range s.Anchors {
			inZH[k] = true
		}
	}
	for _, s := range ep {
		for _, k := range s.Anchors {
			inEN[k] = true
		}
	}
	filter := func(ss []Segment, other map[string]bool) {
		for i := range ss {
			kept := ss[i].Anchors[:0]
			for _, k := range ss[i].Anchors {
				if other[k] {
					kept = append(kept, k)
				}
			}
			ss[i].Anchors = kept
		}
	}
	filter(zp, inEN)
	filter(ep, inZH)
}

// commaAsClause returns the text the cost model measures for a piece: its
// commas read as semicolons, for an English sentence boundary inside a
// Chinese sentence falls at a comma as a rule, which the model prices as
// it prices a boundary at a clause. The lengths do not change.
func commaAsClause(text string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '，':
			return '；'
		case ',':
			return ';'
		}
		return r
	}, text)
}

// join returns the span covering the pieces idx of ss, or an empty span at
// pos when idx is empty. Clause is set when the span ends at a ；.
func join(ss []Span, idx []int, pos int) Span {
	if len(idx) == 0 {
		return Span{Start: pos, End: pos}
	}
	first, last := ss[idx[0]], ss[idx[len(idx)-1]]
	return Span{Start: first.Start, End: last.End, Clause: last.Clause}
}
