package report

import (
	"sort"
	"strconv"

	"github.com/bireport/bireport/align"
	"github.com/bireport/bireport/extract"
)

func extractLang(l Lang) extract.Lang {
	if l == EN {
		return extract.English
	}
	return extract.Chinese
}

// anchors are the aligner's anchors for a block: every number the extract
// package finds, normalised ("26万" and "260,000" give "260000"; "九" and
// "Nine" give "9"), footnote markers left out; then the terms of the
// aligner's built-in bilingual lexicon (贸易 and "trade" give one key).
func anchors(t *extract.Text) []string {
	qs := t.Quantities()
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		if q.Role == extract.RoleFootnoteRef {
			continue
		}
		out = append(out, strconv.FormatFloat(q.Value, 'f', -1, 64))
		if q.Qualifier == extract.Range && q.Upper != 0 {
			out = append(out, strconv.FormatFloat(q.Upper, 'f', -1, 64))
		}
	}
	return append(out, align.LexiconAnchors(t.String())...)
}

// finish fills the document's footnotes, commitments, figures and findings
// from its pairs, on up to workers goroutines. texts holds the pairs' sides
// prepared for extraction where the pipeline has them (see preparedSides); a
// missing one is prepared here.
func finish(doc *Document, texts []sideTexts, workers int) {
	alignSentences(doc.Pairs, workers)
	doc.Footnotes = footnotes(doc.Pairs)
	extractItems(doc, texts, workers)
	doc.Findings = check(doc)
}

// footnotes collects the footnote definitions (pairs of kind footnote, and
// numbered items of a notes section) and finds their references in the
// other pairs' text.
func footnotes(pairs []Pair) []Footnote {
	var fs []Footnote
	index := map[string]int{}
	inNotes := false
	for _, p := range pairs {
		switch p.Kind {
		case KindNote:
			inNotes = true
			continue
		case KindHeading, KindTitle:
			inNotes = false
		}
		if p.Kind != KindFootnote && !inNotes {
			continue
		}
		for _, s := range []struct {
			side *Side
			lang Lang
		}{{p.ZH, ZH}, {p.EN, EN}} {
			if s.side == nil {
				continue
			}
			id, body, ok := extract.FootnoteDef(s.side.Text)
			if !ok && inNotes {
				id, body, ok = extract.NoteItem(s.side.Text)
			}
			if !ok {
				continue
			}
			i, seen := index[id]
			if !seen {
				i = len(fs)
				index[id] = i
				fs = append(fs, Footnote{ID: id, Refs: []Ref{}})
			}
			b := body
			if s.lang == ZH {
				fs[i].ZH = &b
			} else {
				fs[i].EN = &b
			}
		}
	}
	if len(fs) == 0 {
		return nil
	}
	ids := make(map[string]bool, len(fs))
	for id := range index {
		ids[id] = true
	}
	for _, p := range pairs {
		if p.Kind == KindFootnote || p.Kind == KindNote {
			continue
		}
		for _, s := range []struct {
			side *Side
			lang Lang
		}{{p.ZH, ZH}, {p.EN, EN}} {
			if s.side == nil {
				continue
			}
			for _, r := range extract.FootnoteRefs(s.side.Text, ids) {
				f := &fs[index[r.ID]]
				f.Refs = append(f.Refs, Ref{Pair: p.ID, Lang: string(s.lang), Offset: r.Start, End: r.End})
			}
		}
	}
	return fs
}

// extractItems fills the document's commitments and figures: per pair, the
// extract package's linked quantities, with the tense of the section (from
// the nearest heading that states one) as the default for sentences with no
// tense of their own. The pairs are read on up to workers goroutines; the
// items are numbered afterwards, in pair order.
func extractItems(doc *Document, texts []sideTexts, workers int) {
	ids := map[string]bool{}
	for _, f := range doc.Footnotes {
		ids[f.ID] = true
	}
	tenses := sectionTenses(doc.Pairs)
	found := make([][]pairItem, len(doc.Pairs))
	forEach(len(doc.Pairs), workers, func(i int) {
		p := &doc.Pairs[i]
		switch p.Kind {
		case KindTitle, KindMeta, KindNote, KindFootnote:
			return
		}
		var st sideTexts
		if i < len(texts) {
			st = texts[i]
		}
		found[i] = pairItems(p, st, extract.CommitConfig{Tense: tenses[i], FootnoteIDs: ids})
	})
	for _, items := range found {
		for _, x := range items {
			if x.past {
				x.ID = len(doc.Figures) + 1
				doc.Figures = append(doc.Figures, x.Item)
			} else {
				x.ID = len(doc.Commitments) + 1
				doc.Commitments = append(doc.Commitments, x.Item)
			}
		}
	}
}

// sectionTenses returns the tense of the section each pair stands in: a
// heading's tense holds for its section, and a heading that says nothing
// inherits its parent's.
func sectionTenses(pairs []Pair) []extract.Tense {
	out := make([]extract.Tense, len(pairs))
	tense := extract.TenseUnknown
	levelTense := map[int]extract.Tense{}
	for i, p := range pairs {
		switch p.Kind {
		case KindTitle, KindMeta, KindNote, KindFootnote:
			continue
		case KindHeading:
			t := extract.TenseUnknown
			for _, s := range []*Side{p.ZH, p.EN} {
				if s != nil && t == extract.TenseUnknown {
					t = extract.HeadingTense(s.Text)
				}
			}
			for l := range levelTense {
				if l >= p.Level {
					delete(levelTense, l)
				}
			}
			if t != extract.TenseUnknown {
				levelTense[p.Level] = t
			}
			tense = extract.TenseUnknown
			for l := 0; l <= p.Level; l++ {
				if lt, ok := levelTense[l]; ok {
					tense = lt
				}
			}
		}
		out[i] = tense
	}
	return out
}

// A pairItem is a commitment (past false) or a figure of one pair, not yet
// numbered.
type pairItem struct {
	Item
	past bool
}

// pairItems returns the commitments and figures of pair p, whose sides st
// holds prepared where the pipeline has them.
func pairItems(p *Pair, st sideTexts, cfg extract.CommitConfig) []pairItem {
	var zh, en string
	if p.ZH != nil {
		zh = p.ZH.Text
	}
	if p.EN != nil {
		en = p.EN.Text
	}
	zt, et := st.prepare(zh, en)
	zhNL, enNL := newlines(zh), newlines(en)
	var out []pairItem
	for _, c := range extract.CommitmentsOf(zt, et, cfg) {
		it := Item{
			Pair:      p.ID,
			Value:     c.Value,
			Qualifier: string(c.Qualifier),
			ZH:        mention(c.ZH, p.ZH, zhNL),
			EN:        mention(c.EN, p.EN, enNL),
			Object:    Object{ZH: c.ObjectZH, EN: c.ObjectEN},
			Status:    string(c.Status),
			Differs:   string(c.Diff),
		}
		if c.Qualifier == extract.Range {
			u := c.Upper
			it.Upper = &u
		}
		out = append(out, pairItem{Item: it, past: c.Past})
	}
	return out
}

// newlines lists the rune offsets of the newlines in s, which separate the
// source blocks joined into one side.
func newlines(s string) []int {
	var out []int
	i := 0
	for _, r := range s {
		if r == '\n' {
			out = append(out, i)
		}
		i++
	}
	return out
}

// mention turns a quantity found in a side's text into the JSON mention,
// with the source line it stands on: the side's first line plus the
// newlines (nl, rune offsets) before it.
func mention(q *extract.Quantity, s *Side, nl []int) *Mention {
	if q == nil || s == nil {
		return nil
	}
	line := s.Lines[0] + sort.SearchInts(nl, q.Start)
	return &Mention{Text: q.Text, Value: q.Value, Unit: q.Unit, Start: q.Start, End: q.End, Line: min(line, s.Lines[1]),
		Direction: string(q.Direction)}
}

// sideTexts are the two sides of a pair prepared for extraction; nil where
// the pipeline has none ready.
type sideTexts struct{ zh, en *extract.Text }

// preparedSides returns, for each bead, the sides that are one block alone
// of the side's language: their text is the block's, so the block's
// prepared text serves the commitments and its quantities are not found
// again.
func preparedSides(beads []bead) []sideTexts {
	out := make([]sideTexts, len(beads))
	for i, bd := range beads {
		if len(bd.zh) == 1 && bd.zh[0].Lang != EN {
			out[i].zh = bd.zh[0].Ext
		}
		if len(bd.en) == 1 && bd.en[0].Lang == EN {
			out[i].en = bd.en[0].Ext
		}
	}
	return out
}

// prepare returns the prepared sides, preparing the texts zh and en where
// none is ready.
func (st sideTexts) prepare(zh, en string) (*extract.Text, *extract.Text) {
	zt, et := st.zh, st.en
	if zt == nil || zt.String() != zh {
		zt = extract.NewText(zh, extract.Chinese)
	}
	if et == nil || et.String() != en {
		et = extract.NewText(en, extract.English)
	}
	return zt, et
}
