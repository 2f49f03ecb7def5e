package align

// A Segment is one unit to align: usually a paragraph.
type Segment struct {
	// Text is the segment's text as it will be measured.
	Text string
	// Anchors are normalised keys that should appear on both sides of a
	// correct pair: numbers after normalisation ("260000"), years, footnote
	// ids, heading numbers. When nil, Config.Anchors (or the built-in
	// number anchors) computes them from Text.
	Anchors []string
	// Class is the segment's structural class, such as "heading",
	// "paragraph", "note" or "footnote". Empty means unknown. Beads that join
	// segments of different non-empty classes are penalised.
	Class string
}

// A Bead is one aligned unit: zero or more consecutive Chinese segments
// paired with zero or more consecutive English segments.
type Bead struct {
	ZH []int // indices into the Chinese segments, ascending and consecutive
	EN []int // indices into the English segments, ascending and consecutive
	// Score is the confidence that the pairing is right, in [0,1].
	Score float64
}

// Config holds the aligner's options. The zero value is the default.
type Config struct {
	// Ratio is the expected number of English characters per Chinese
	// character. Zero calibrates it on the input.
	Ratio float64
	// Spread is the variance of an English length around its expected
	// value (Ratio times the Chinese length), per English character: how
	// freely the translation's length varies. Zero calibrates it on the
	// input when there are enough paragraphs, else uses 6.8 (Gale and
	// Church's figure for European pairs).
	Spread float64
	// MaxN is the largest n in 1-n and n-1 beads. Zero means 24.
	MaxN int
	// Band is the initial half-width of the search band around the
	// length-proportional diagonal, in segments. Zero means 16. The band
	// widens wherever the best path touches its edge.
	Band int
	// Anchors computes the anchors of a segment whose Anchors field is nil.
	// Nil uses the built-in number anchors.
	Anchors func(text string) []string

	// doc holds the anchor statistics of the whole document, set by
	// Calibrate: how common each anchor is, and how often a paragraph's
	// anchors are found in its translation.
	doc *docStats
	// shapes, when set, replaces the default bead priors and turns off the
	// calibration pass (Sentences sets those of sentences: one pair is
	// too little text to re-estimate the model on).
	shapes *priors
}
