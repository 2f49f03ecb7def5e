// Package align pairs the paragraphs of a Chinese text with the paragraphs of
// its English translation.
//
// It is a leaf package: it works on plain segments (a paragraph's text, its
// anchors and its structural class) and knows nothing of files or of the
// bireport document model, so a translator can align their own segment lists.
//
// # Beads
//
// An alignment is a sequence of beads, each pairing zero or more consecutive
// Chinese segments with zero or more consecutive English ones, covering
// both sides in order: 1-1, 1-0 and 0-1 (a segment left unpaired), 2-1, 1-2,
// 2-2 (a line wrapped at different places in the two languages), and 1-n /
// n-1 up to Config.MaxN (official English often splits one Chinese
// paragraph of "；"-separated targets into one line per target). Runs of
// unpaired segments are priced as one event (an affine gap: dear to open,
// cheap to extend), so a stretch left untranslated comes out as 1-0 beads
// in place rather than as a shifted alignment.
//
// # Cost
//
// The cost of a bead, in nats, is the sum of:
//
//   - a length model: English length given Chinese length is normal, with
//     mean Ratio times the Chinese length and a variance that grows with the
//     bead's length (Gale and Church's Spread per character, plus a part for
//     a translator's wordiness, which varies from paragraph to paragraph by
//     about a tenth however long the paragraph); the cost is minus the log
//     of the two-sided tail probability;
//   - for 1-n and n-1 beads, the boundaries between the lines: each should
//     fall at the single paragraph's punctuation (。；，, spaces in Chinese;
//     ". ", "; ", ", " in English) where the bead's own length ratio puts it,
//     and the punctuation that ends the line should match the punctuation
//     at the cut (a sentence at a sentence end, an item at a "；" or "，");
//   - a prior on the bead's shape (1-1 cheapest), and agreement of the final
//     punctuation of the two sides (a heading against a heading);
//   - minus the evidence of the anchors both sides share, each worth
//     log(N/df) nats clamped to [0.5, 3] (a number found in every paragraph,
//     like the report's year, says little). Anchors come from
//     Segment.Anchors, else Config.Anchors, else NumberAnchors;
//   - the evidence of the anchors each segment of the bead misses on the
//     other side: every segment, including each line of a merged bead,
//     must show its own evidence. Its anchors are scored as a likelihood
//     ratio, a correct translation holding each with probability recall
//     (measured on the input's 1-1 beads for each anchor in each language,
//     smoothed towards the language's: extraction need not be symmetric,
//     and an English "policy" is found alone where 政策 is found inside
//     财政政策) and an unrelated paragraph by chance (the anchor's share of
//     segments, scaled by that paragraph's number of anchors); when the
//     ratio is against the segment, 0.8 times its log is added. So a
//     paragraph left untranslated is not swallowed by its neighbour's bead
//     because the merged length happens to fit better: its rare terms are
//     missing from the neighbour's translation. A line of a 1-n (n-1) bead
//     is judged on its own anchors only, those no other line of the bead
//     holds: had it no part in the bead, the single paragraph would hold
//     the others' anchors as often, by translating those other lines. Its
//     cost is bounded (about 5 nats), for a line can be a loose
//     translation or a note the other language does without;
//   - a heavy penalty when the bead joins segments of different non-empty
//     classes (a note never pairs with a footnote), and a penalty for a 2-2
//     bead whose first lines both end a sentence (nothing was wrapped).
//
// # Calibration
//
// Nothing is tuned to one document. Unless Config fixes them, the ratio is
// first the ratio of the input's total lengths; a coarse first pass then
// aligns the input, and the ratio (on paired beads only), the spread (a
// robust, median-based estimate on the 1-1 beads) and the bead priors (the
// shapes' frequencies, smoothed towards Gale and Church's) are re-estimated
// on it before the final pass, when the input is long enough (10, 30 and
// 50 beads), and so are the anchors' recalls (30 1-1 beads with anchors).
// Calibrate returns a Config holding a whole document's ratio, spread and
// anchor statistics (how common each anchor is, the recalls), for aligning
// its parts (the runs of an interleaved file) one by one: in a run of
// three paragraphs every anchor looks rare. CalibrateRuns does the same for
// a document whose runs are known, searching its first pass only along
// them, and AlignRuns then aligns the runs with the segments it prepared.
//
// # Search
//
// The dynamic programme is banded, so time and memory are linear in the
// length of the input. The first pass searches a band of half-width
// Config.Band (default 16) around the length-proportional diagonal; the
// final pass searches a band of half-width 4 around the first pass's path.
// Wherever a path touches the edge of its band, the band doubles its width
// over the rows around that place and the pass runs again, until the path
// touches no edge (the first pass stops after two runs: it only needs to
// come near). A 10,000-paragraph document aligns in well under a second.
//
// # Scores
//
// Every bead carries a confidence in [0,1]: the posterior probability of
// that bead by the forward-backward algorithm over the final band, under
// the same model with its costs divided by a temperature; for an unpaired
// segment, the posterior probability that it is unpaired. The temperature
// is fitted on the corpus by log loss: 1 for a whole input, 1.4 for a part
// of a calibrated document, whose scores are over-confident otherwise. On
// the corpus (two files and interleaved runs, with numbers or numbers and
// lexicon terms as anchors; 3,380 beads) the expected calibration error is
// 0.005 to 0.011, 2,976 of the 2,978 beads scored 0.99 or more are right,
// and the 97 beads scored below 0.9 are right about three times in four: they
// are the ones worth a look.
//
// # Sentences
//
// Sentences pairs the sentences inside one paragraph pair with the same
// machinery: SplitSentences cuts both texts (Chinese at 。！？, English at
// . ! ? with its abbreviations, and both at semicolons as clauses), and
// Align pairs the pieces with the sentence priors (1-1 0.79, 1-n 0.13 and
// 1.6 nats a further sentence, as in the hand-made sentence gold), in a
// band of one piece around the diagonal, with the numbers, the leading
// ordinals (Second, ↔ 二是) and the lexicon's terms the two texts share
// as anchors. A clause is its own bead only where the other language is
// cut there too.
package align
