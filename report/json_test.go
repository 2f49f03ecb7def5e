package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/bireport/bireport/report"
)

// referenceJSON is what WriteJSON wrote before it streamed: encoding/json
// over the whole document, indented, then every array of two integers put
// on one line. The streaming writer must produce the same bytes.
func referenceJSON(t *testing.T, doc *report.Document, indent bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	if !indent {
		return buf.Bytes()
	}
	lineRange := regexp.MustCompile(`\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]`)
	return lineRange.ReplaceAll(buf.Bytes(), []byte("[$1, $2]"))
}

// complete gives a document's nil arrays the empty value WriteJSON writes
// for them, so that the reference encoder sees what the contract promises.
func complete(doc report.Document) *report.Document {
	if doc.Schema == "" {
		doc.Schema = report.Schema
	}
	if doc.Pairs == nil {
		doc.Pairs = []report.Pair{}
	}
	if doc.Commitments == nil {
		doc.Commitments = []report.Item{}
	}
	if doc.Figures == nil {
		doc.Figures = []report.Item{}
	}
	if doc.Footnotes == nil {
		doc.Footnotes = []report.Footnote{}
	}
	fs := append([]report.Footnote{}, doc.Footnotes...)
	for i := range fs {
		if fs[i].Refs == nil {
			fs[i].Refs = []report.Ref{}
		}
	}
	doc.Footnotes = fs
	if doc.Findings == nil {
		doc.Findings = []report.Finding{}
	}
	return &doc
}

func TestWriteJSONMatchesEncoder(t *testing.T) {
	upper := 6.5
	body := "正文 <b>&</b> \u2028 \"quoted\" \\ [1, 2] \n \x01"
	tests := []struct {
		name, reason string
		doc          func(t *testing.T) *report.Document
	}{
		{
			name: "sample", reason: "the golden document: titles, notes, a footnote with references, 15 commitments",
			doc: func(t *testing.T) *report.Document { return parseFile(t, "beijing-2024-excerpt.txt") },
		},
		{
			name: "national report", reason: "figures, findings, ranges with an upper bound, footnotes",
			doc: func(t *testing.T) *report.Document { return parseFile(t, "gwr-2019-national.txt") },
		},
		{
			name: "empty", reason: "every array empty, the schema filled in",
			doc: func(t *testing.T) *report.Document { return &report.Document{} },
		},
		{
			name: "hostile strings", reason: "HTML characters unescaped, U+2028 escaped, brackets and newlines inside strings left alone, invalid UTF-8 replaced",
			doc: func(t *testing.T) *report.Document {
				return &report.Document{Source: "a<b>.txt\xff",
					Pairs: []report.Pair{
						{ID: 1, Kind: report.KindParagraph, ZH: &report.Side{Text: body, Lines: [2]int{-1, 12345678}}, Score: 0.5},
						{ID: 2, Kind: report.KindHeading, Level: 2, EN: &report.Side{Text: "[3,4]", Lines: [2]int{3, 4}, File: "b.txt"}, Score: 1e-7},
					},
					Commitments: []report.Item{{ID: 1, Pair: 1, Value: 1e21, Upper: &upper, Qualifier: "range",
						ZH: &report.Mention{Text: "6%－6.5%", Value: 6, Unit: "%"}, Status: "zh_only"}},
					Footnotes: []report.Footnote{{ID: "17"}, {ID: "18", Refs: []report.Ref{{Pair: 1, Lang: "zh", Offset: 2, End: 4}}}},
					Findings:  []report.Finding{{Rule: "r", Severity: report.SeverityError, Pair: 1, Line: 2, Message: body}},
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.doc(t)
			for _, indent := range []bool{true, false} {
				var got bytes.Buffer
				write := report.WriteJSONLine
				if indent {
					write = report.WriteJSON
				}
				if err := write(&got, doc); err != nil {
					t.Fatal(err)
				}
				want := referenceJSON(t, complete(*doc), indent)
				if !bytes.Equal(got.Bytes(), want) {
					i := 0
					for i < min(got.Len(), len(want)) && got.Bytes()[i] == want[i] {
						i++
					}
					t.Errorf("indent=%v: output differs from encoding/json at byte %d: got %q, want %q (%s)",
						indent, i, got.Bytes()[max(0, i-40):min(got.Len(), i+40)], want[max(0, i-40):min(len(want), i+40)], tt.reason)
				}
			}
		})
	}
}

func parseFile(t *testing.T, name string) *report.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := report.Parse(bytes.NewReader(data), report.Config{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
