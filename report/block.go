package report

import "github.com/bireport/bireport/extract"

// A block is one paragraph of one language: one or more non-blank source
// lines (hard-wrapped lines joined). The front end (decode, split, tag,
// classify) produces blocks; the aligner pairs them.
type block struct {
	First, Last int      // 1-based line numbers of the first and last source line
	Text        string   // the lines joined: without a separator for Chinese, with a space for English
	Lang        Lang     // ZH or EN, by script share
	Mixed       bool     // both scripts in strength
	Kind        Kind     // title, meta, heading, paragraph, note, footnote
	Level       int      // heading level, 1 for the top
	Label       string   // a heading's number normalised ("2"), a footnote's id ("17")
	Anchors     []string // the aligner's anchors (numbers, lexicon terms), computed once
	Row         int      // the paired table row (HTML, Markdown, Word) the block stands in, 1-based; 0 for none
	// Ext is Text prepared for extraction once: its quantities give the
	// anchors and, when the block is a pair's side alone, the commitments.
	Ext *extract.Text
}
