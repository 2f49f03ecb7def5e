package report

// Schema is the version of the JSON document contract written by WriteJSON.
const Schema = "bireport/1"

// Kind is the structural kind of a pair or block.
type Kind string

// The kinds of pair.
const (
	KindTitle     Kind = "title"     // the document title
	KindMeta      Kind = "meta"      // occasion, date, speaker: the rest of the title block
	KindHeading   Kind = "heading"   // a numbered heading; see Pair.Level
	KindParagraph Kind = "paragraph" // body text
	KindNote      Kind = "note"      // a notes-section heading such as 注释: or Notes:
	KindFootnote  Kind = "footnote"  // a footnote definition such as [17]...
)

// Lang is the language of a block of text.
type Lang string

// The languages of a block.
const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// A Document is a parsed, aligned and extracted bilingual report.
type Document struct {
	Schema      string     `json:"schema"`
	Source      string     `json:"source"`
	Format      Format     `json:"format,omitempty"` // how Source was read: text, html, markdown or docx
	Pairs       []Pair     `json:"pairs"`
	Commitments []Item     `json:"commitments"`
	Figures     []Item     `json:"figures"`
	Footnotes   []Footnote `json:"footnotes"`
	Findings    []Finding  `json:"findings"`
}

// A Pair is one Chinese unit with its English translation. Either side may
// be nil when the other has no counterpart.
type Pair struct {
	ID    int     `json:"id"`
	Kind  Kind    `json:"kind"`
	Level int     `json:"level"` // heading level, 1 for the top; 0 for other kinds
	ZH    *Side   `json:"zh"`
	EN    *Side   `json:"en"`
	Score float64 `json:"score"` // alignment confidence in [0,1]
	// Sentences are the sentence beads of a heading or paragraph pair,
	// covering both texts in order; nil for other kinds.
	Sentences []SentencePair `json:"sentences,omitempty"`
}

// A Side is the text of one language in a pair.
type Side struct {
	Text  string `json:"text"`  // source text, wrapped lines joined
	Lines [2]int `json:"lines"` // first and last 1-based line numbers in the input
	// File is the input the lines count in, when it differs from
	// Document.Source (two monolingual files).
	File string `json:"file,omitempty"`
}

// An Item is a numeric commitment or a reported figure, linked across the two
// languages of one pair.
type Item struct {
	ID        int      `json:"id"`
	Pair      int      `json:"pair"`
	Value     float64  `json:"value"`
	Upper     *float64 `json:"upper,omitempty"`
	Qualifier string   `json:"qualifier"`
	ZH        *Mention `json:"zh"`
	EN        *Mention `json:"en"`
	Object    Object   `json:"object"`
	Status    string   `json:"status"`
	// Differs says what a mismatch differs in: "value", "qualifier" or
	// "bound" (see extract.Difference); empty unless Status is mismatch.
	Differs string `json:"differs,omitempty"`
}

// A Mention is a quantity as written on one side.
type Mention struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Start int     `json:"start"` // rune offset into the side's text
	End   int     `json:"end"`
	Line  int     `json:"line"`
	// Direction is "up" or "down" when a verb or noun next to the number
	// says which way it moved (下降0.3%: value 0.3, down; 增长-0.3%: value
	// -0.3, up), and absent otherwise.
	Direction string `json:"direction,omitempty"`
}

// Object is what a commitment counts, in each language.
type Object struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// A Footnote is a footnote definition with the places that refer to it.
type Footnote struct {
	ID   string  `json:"id"`
	ZH   *string `json:"zh"`
	EN   *string `json:"en"`
	Refs []Ref   `json:"refs"`
}

// A Ref is a footnote reference inside a pair's text.
type Ref struct {
	Pair   int    `json:"pair"`
	Lang   string `json:"lang"`
	Offset int    `json:"offset"` // rune offset of the marker into the side's text
	End    int    `json:"end"`    // rune offset just past the marker
}

// Severity grades a finding.
type Severity string

// The severities of a finding.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// A Finding is something a reviewer should look at.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Pair     int      `json:"pair"`
	Line     int      `json:"line"`
	Message  string   `json:"message"`
}
