package report

import (
	"errors"
	"io"
)

// WriteJSON writes doc as the versioned JSON document (schema bireport/1).
func WriteJSON(w io.Writer, doc *Document) error { return errors.New("not implemented") }

// WriteMarkdown writes doc as Markdown: headings as headings, each pair as
// its Chinese paragraph then its English paragraph, footnotes as [^id].
func WriteMarkdown(w io.Writer, doc *Document) error { return errors.New("not implemented") }
