package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rendererTestDoc is a hand-built document with the shapes the renderers
// must handle: a title, a heading, a paragraph with a footnote marker,
// one-sided pairs, text with tabs, newlines and markup, a commitment, a
// footnote and a finding.
func rendererTestDoc() *Document {
	en17 := "The seven aspects are childcare & <education>."
	upper := 6.5
	return &Document{
		Schema: Schema,
		Source: "sample.txt",
		Pairs: []Pair{
			{ID: 1, Kind: KindTitle, ZH: &Side{Text: "政 府 工 作 报 告", Lines: [2]int{1, 1}}, EN: &Side{Text: "REPORT ON THE WORK OF THE GOVERNMENT", Lines: [2]int{2, 2}}, Score: 0.9},
			{ID: 2, Kind: KindHeading, Level: 1, ZH: &Side{Text: "二、2024年重点任务", Lines: [2]int{3, 3}}, EN: &Side{Text: "II Major Tasks for 2024", Lines: [2]int{4, 4}}, Score: 0.95},
			{ID: 3, Kind: KindParagraph, ZH: &Side{Text: "紧扣“七有”要求,办好34项<script>alert(1)</script>实事。", Lines: [2]int{5, 6}}, EN: &Side{Text: "in five areas17 and\tto deliver on 34\nconcerns <script>alert(1)</script> & more", Lines: [2]int{7, 7}}, Score: 0.875},
			{ID: 4, Kind: KindNote, ZH: &Side{Text: "注释:", Lines: [2]int{8, 8}}, Score: 0.5},
			{ID: 5, Kind: KindFootnote, EN: &Side{Text: "[17]" + en17, Lines: [2]int{9, 9}}, Score: 0.5},
		},
		Commitments: []Item{{
			ID: 1, Pair: 3, Value: 34, Upper: &upper, Qualifier: "exact",
			ZH:     &Mention{Text: "34项", Value: 34, Unit: "项", Start: 13, End: 16, Line: 5},
			EN:     &Mention{Text: "34", Value: 34, Unit: "", Start: 30, End: 32, Line: 7},
			Object: Object{ZH: "民生实事", EN: "practical concerns"},
			Status: "consistent",
		}},
		Footnotes: []Footnote{{ID: "17", EN: &en17, Refs: []Ref{{Pair: 3, Lang: "en", Offset: 13}}}},
		Findings:  []Finding{{Rule: "untranslated", Severity: SeverityWarning, Pair: 4, Line: 8, Message: "zh <only>"}},
	}
}

func TestWriteTSV(t *testing.T) {
	doc := rendererTestDoc()
	var buf bytes.Buffer
	if err := WriteTSV(&buf, doc); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasSuffix(out, "\n") {
		t.Fatalf("output does not end in a newline: %q", out)
	}
	rows := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if got, want := len(rows), len(doc.Pairs)+1; got != want {
		t.Fatalf("got %d rows, want %d (header + one per pair):\n%s", got, want, out)
	}
	if rows[0] != strings.TrimSuffix(tsvHeader, "\n") {
		t.Errorf("header = %q", rows[0])
	}
	for i, row := range rows {
		if n := len(strings.Split(row, "\t")); n != 10 {
			t.Errorf("row %d has %d fields, want 10: %q", i, n, row)
		}
	}
	tests := []struct {
		name   string
		row    int
		want   string
		reason string
	}{
		{"heading", 2, "2\theading\t1\t3\t3\t4\t4\t0.95\t二、2024年重点任务\tII Major Tasks for 2024", "every column in order"},
		{"tab and newline", 3, "3\tparagraph\t0\t5\t6\t7\t7\t0.875\t紧扣“七有”要求,办好34项<script>alert(1)</script>实事。\tin five areas17 and to deliver on 34 concerns <script>alert(1)</script> & more", "a tab and a newline in the text become spaces, nothing else changes"},
		{"zh only", 4, "4\tnote\t0\t8\t8\t\t\t0.5\t注释:\t", "a missing side has empty lines and text"},
		{"en only", 5, "5\tfootnote\t0\t\t\t9\t9\t0.5\t\t[17]The seven aspects are childcare & <education>.", "a missing side has empty lines and text"},
	}
	for _, tt := range tests {
		if rows[tt.row] != tt.want {
			t.Errorf("%s: row %d\n got %q\nwant %q\n(%s)", tt.name, tt.row, rows[tt.row], tt.want, tt.reason)
		}
	}
}

func TestWriteTSVEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTSV(&buf, &Document{}); err != nil {
		t.Fatal(err)
	}
	if buf.String() != tsvHeader {
		t.Errorf("empty document: got %q, want the header only", buf.String())
	}
}

// TestRenderersOnCorpus runs WriteHTML, WriteTMX and WriteTSV on parsed
// corpus documents and checks them against the document's own counts.
func TestRenderersOnCorpus(t *testing.T) {
	for _, name := range []string{"beijing-2024-excerpt.txt", "gwr-2019-national.txt"} {
		f, err := os.Open(filepath.Join("..", "testdata", "corpus", name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(f, Config{Name: name})
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		both := 0
		for _, p := range doc.Pairs {
			if p.ZH != nil && p.EN != nil {
				both++
			}
		}

		var tsv bytes.Buffer
		if err := WriteTSV(&tsv, doc); err != nil {
			t.Fatal(err)
		}
		rows := strings.Split(strings.TrimSuffix(tsv.String(), "\n"), "\n")
		if len(rows) != len(doc.Pairs)+1 {
			t.Errorf("%s: TSV has %d rows for %d pairs", name, len(rows), len(doc.Pairs))
		}
		for i, r := range rows {
			if n := strings.Count(r, "\t"); n != 9 {
				t.Errorf("%s: TSV row %d has %d tabs, want 9", name, i, n)
			}
		}

		var tmx bytes.Buffer
		if err := WriteTMX(&tmx, doc); err != nil {
			t.Fatal(err)
		}
		got := parseTMX(t, tmx.Bytes())
		if got.Body == nil || len(got.Body.TUs) != both {
			t.Errorf("%s: TMX: want %d <tu> (pairs with both sides)", name, both)
		}

		var page bytes.Buffer
		if err := WriteHTML(&page, doc); err != nil {
			t.Fatal(err)
		}
		checkHTMLWellFormed(t, page.String())
		if n := strings.Count(page.String(), `<tr id="p`); n != len(doc.Pairs) {
			t.Errorf("%s: HTML has %d pair rows for %d pairs", name, n, len(doc.Pairs))
		}
	}
}
