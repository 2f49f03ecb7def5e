package report

import (
	"errors"
	"io"
)

// Config holds the options of Parse and ParsePair. The zero value is the
// default.
type Config struct {
	// Name names the input in positions and in Document.Source; with
	// ParsePair it is the Chinese file. Empty means "-" (standard input).
	Name string
	// ENName names the English file of ParsePair.
	ENName string
}

// Parse reads one interleaved bilingual file (Chinese and English paragraphs
// alternating, in runs) and returns the aligned, extracted document.
func Parse(r io.Reader, cfg Config) (*Document, error) {
	return nil, errors.New("not implemented")
}

// ParsePair reads a Chinese file and its English translation, one paragraph
// a line (hard-wrapped lines are joined), and returns the aligned, extracted
// document.
func ParsePair(zh, en io.Reader, cfg Config) (*Document, error) {
	return nil, errors.New("not implemented")
}
