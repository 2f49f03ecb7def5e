// Package align pairs the paragraphs of a Chinese text with the paragraphs of
// its English translation.
//
// It is a leaf package: it works on plain segments (a paragraph's text, its
// anchors and its structural class) and knows nothing of files or of the
// bireport document model, so a translator can align their own segment lists.
//
// The aligner is a banded dynamic programme over beads: 1-1, 1-0, 0-1, 2-1,
// 1-2, 2-2, and 1-n / n-1 for enumerations (official English often splits one
// Chinese paragraph of "；"-separated targets into one line per target). The
// cost of a bead combines a length model calibrated on the input itself
// (Chinese characters against English characters), anchors shared by the two
// sides (normalised numbers, years, footnote ids, heading numbers) and
// structure (a heading pairs with a heading). Every bead carries a confidence
// in [0,1].
package align
