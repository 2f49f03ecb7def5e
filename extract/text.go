package extract

// A Text is a text prepared once for extraction: its quantities, found when
// it is made. A pipeline that needs the quantities of a text for more than
// one purpose (anchors for an aligner, then the commitments of the pair)
// makes one Text and passes it around, instead of finding the quantities
// again each time. A Text is read-only once made and safe for concurrent
// use.
type Text struct {
	text       string
	quantities []Quantity
	// The runes are not kept: a pipeline holds the Texts of a whole
	// document, and the runes would take four bytes a character.
}

// NewText prepares text in language lang for extraction. A zero lang is
// guessed from the script of text, as in Quantities.
func NewText(text string, lang Lang) *Text {
	return &Text{text: text, quantities: Quantities(text, lang)}
}

// textWith prepares text with the quantities qs, found by the caller.
func textWith(text string, qs []Quantity) *Text {
	return &Text{text: text, quantities: qs}
}

// String returns the text as given to NewText.
func (t *Text) String() string { return t.text }

// Quantities returns the text's quantities, as Quantities finds them. The
// slice is shared: callers must not modify it.
func (t *Text) Quantities() []Quantity { return t.quantities }
