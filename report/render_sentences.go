package report

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Segmentation is the unit of the TMX and TSV outputs: a whole pair or a
// sentence bead.
type Segmentation string

// The segmentations of WriteSegmentedTMX and WriteSegmentedTSV.
const (
	SegParagraph Segmentation = "paragraph" // one unit per pair (WriteTMX, WriteTSV)
	SegSentence  Segmentation = "sentence"  // one unit per sentence bead (Pair.Sentences)
)

// segment is one unit of a segmented output: a sentence bead, or a whole
// pair that has no sentence beads.
type segment struct {
	pair   *Pair
	n      int    // 1-based number of the bead in its pair
	zh, en string // texts, white space around them trimmed; "" for a missing side
	hasZH  bool
	hasEN  bool
	zhLine int // input line the Chinese starts on, 0 when missing
	enLine int
	score  float64
}

// sentenceUnits lists the units of doc at sentence level, in order: each
// sentence bead of a pair, or the pair whole when it has none.
func sentenceUnits(doc *Document) []segment {
	var out []segment
	for i := range doc.Pairs {
		p := &doc.Pairs[i]
		if len(p.Sentences) == 0 {
			s := segment{pair: p, n: 1, score: p.Score}
			s.zh, s.hasZH, s.zhLine = wholeSide(p.ZH)
			s.en, s.hasEN, s.enLine = wholeSide(p.EN)
			out = append(out, s)
			continue
		}
		for k, b := range p.Sentences {
			s := segment{pair: p, n: k + 1, score: b.Score}
			s.zh, s.hasZH, s.zhLine = spanSide(p.ZH, b.ZH)
			s.en, s.hasEN, s.enLine = spanSide(p.EN, b.EN)
			out = append(out, s)
		}
	}
	return out
}

// wholeSide is the trimmed text of a side and its first line.
func wholeSide(s *Side) (string, bool, int) {
	if s == nil {
		return "", false, 0
	}
	return strings.TrimFunc(s.Text, unicode.IsSpace), true, s.Lines[0]
}

// spanSide is the trimmed text of a sentence of side s, and the input line
// it starts on: the side's first line plus the newlines (joined blocks)
// before it.
func spanSide(s *Side, sen *Sentence) (string, bool, int) {
	if s == nil || sen == nil {
		return "", false, 0
	}
	line := s.Lines[0] + sort.SearchInts(newlines(s.Text), sen.Start)
	return strings.TrimFunc(sen.Text, unicode.IsSpace), true, min(line, s.Lines[1])
}

// WriteSegmentedTMX writes doc as a TMX 1.4b translation memory at the
// given segmentation. At SegParagraph it is WriteTMX. At SegSentence the
// header's segtype is "sentence" and there is one <tu> per sentence bead
// with both sides (a pair without sentence beads, such as a title, is one
// <tu>), its tuid "PAIR.N" (the N-th bead of pair PAIR), the texts with
// the white space around them trimmed, and the bead's kind and score as
// props, plus <prop type="x-bireport-pair">. CAT tools match at this
// level.
func WriteSegmentedTMX(w io.Writer, doc *Document, seg Segmentation) error {
	if seg != SegSentence {
		return WriteTMX(w, doc)
	}
	t := newTMX(doc, "sentence")
	for _, s := range sentenceUnits(doc) {
		if !s.hasZH || !s.hasEN {
			continue
		}
		t.Body.TUs = append(t.Body.TUs, tmxTU{
			TUID: strconv.Itoa(s.pair.ID) + "." + strconv.Itoa(s.n),
			Props: []tmxProp{
				{Type: "x-bireport-kind", Value: string(s.pair.Kind)},
				{Type: "x-bireport-pair", Value: strconv.Itoa(s.pair.ID)},
				{Type: "x-bireport-score", Value: strconv.FormatFloat(s.score, 'f', -1, 64)},
			},
			TUVs: []tmxTUV{
				{Lang: tmxSourceLang, Seg: s.zh},
				{Lang: tmxTargetLang, Seg: s.en},
			},
		})
	}
	return encodeTMX(w, t)
}

// tsvSentenceHeader is the first line of WriteSegmentedTSV at SegSentence.
const tsvSentenceHeader = "pair\tsentence\tkind\tzh_line\ten_line\tscore\tzh\ten\n"

// WriteSegmentedTSV writes doc as tab-separated values at the given
// segmentation. At SegParagraph it is WriteTSV. At SegSentence there is
// one row per sentence bead (a pair without sentence beads is one row),
// under the header
//
//	pair sentence kind zh_line en_line score zh en
//
// where sentence numbers the beads of a pair from 1 and the lines are
// those each side starts on (empty for a missing side). Texts are trimmed;
// tabs and line breaks inside them become spaces.
func WriteSegmentedTSV(w io.Writer, doc *Document, seg Segmentation) error {
	if seg != SegSentence {
		return WriteTSV(w, doc)
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(tsvSentenceHeader)
	var row []string
	for _, s := range sentenceUnits(doc) {
		row = append(row[:0], strconv.Itoa(s.pair.ID), strconv.Itoa(s.n), string(s.pair.Kind),
			lineField(s.zhLine), lineField(s.enLine), strconv.FormatFloat(s.score, 'f', -1, 64),
			tsvFieldReplacer.Replace(s.zh), tsvFieldReplacer.Replace(s.en))
		bw.WriteString(strings.Join(row, "\t"))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// lineField is a line number as a TSV field, empty for 0 (no side).
func lineField(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// A sentenceStart is where a sentence bead begins on one side of a pair:
// a rune offset into the side's text and the bead's 1-based number.
type sentenceStart struct{ offset, n int }

// sentenceStarts lists where the sentence beads of p begin on the side of
// lang, for the HTML page to mark; none when the pair has a single bead.
func sentenceStarts(p Pair, lang Lang) []sentenceStart {
	if len(p.Sentences) < 2 {
		return nil
	}
	var out []sentenceStart
	for k, b := range p.Sentences {
		s := b.ZH
		if lang == EN {
			s = b.EN
		}
		if s != nil {
			out = append(out, sentenceStart{s.Start, k + 1})
		}
	}
	return out
}

// withBreaks inserts a bead mark into the segments of hs before each start,
// splitting a text segment where a start falls inside it. A footnote
// marker is never split: a start inside one goes before it.
func withBreaks(hs *htmlSide, starts []sentenceStart) *htmlSide {
	if hs == nil || len(starts) == 0 {
		return hs
	}
	var segs []htmlSeg
	pos := 0 // rune offset of the current segment
	for _, sg := range hs.Segs {
		text := []rune(sg.Text)
		end := pos + len(text)
		cut := 0 // runes of text already written
		for len(starts) > 0 && starts[0].offset < end {
			at := starts[0].offset - pos
			if sg.Ref != "" {
				at = 0
			}
			if at > cut {
				segs = append(segs, htmlSeg{Text: string(text[cut:at])})
				cut = at
			}
			segs = append(segs, htmlSeg{Bead: starts[0].n})
			starts = starts[1:]
		}
		if cut == 0 {
			segs = append(segs, sg)
		} else if cut < len(text) {
			segs = append(segs, htmlSeg{Text: string(text[cut:])})
		}
		pos = end
	}
	out := *hs
	out.Segs = segs
	return &out
}
