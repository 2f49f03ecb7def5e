package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// parseCorpus parses a corpus file for the renderer tests.
func parseCorpus(t *testing.T, name string) *Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(bytes.NewReader(data), Config{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSentenceTMXRoundTrip writes sentence-level TMX and reads it back: the
// translation units are the sentence beads with both sides, in order, with
// their texts trimmed, or whole pairs where a pair has no beads.
func TestSentenceTMXRoundTrip(t *testing.T) {
	for _, name := range []string{"beijing-2024-excerpt.txt", "gwr-2019-national.txt"} {
		t.Run(name, func(t *testing.T) {
			doc := parseCorpus(t, name)
			var buf bytes.Buffer
			if err := WriteSegmentedTMX(&buf, doc, SegSentence); err != nil {
				t.Fatal(err)
			}
			got := parseTMX(t, buf.Bytes())
			if got.Header.SegType != "sentence" {
				t.Errorf("segtype %q, want sentence", got.Header.SegType)
			}
			type unit struct{ zh, en string }
			var want []unit
			trim := func(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }
			for _, p := range doc.Pairs {
				if len(p.Sentences) == 0 {
					if p.ZH != nil && p.EN != nil {
						want = append(want, unit{trim(p.ZH.Text), trim(p.EN.Text)})
					}
					continue
				}
				for _, b := range p.Sentences {
					if b.ZH != nil && b.EN != nil {
						want = append(want, unit{trim(b.ZH.Text), trim(b.EN.Text)})
					}
				}
			}
			if got.Body == nil || len(got.Body.TUs) != len(want) {
				t.Fatalf("got %d <tu>, want %d", len(got.Body.TUs), len(want))
			}
			for i, tu := range got.Body.TUs {
				if len(tu.TUVs) != 2 || tu.TUVs[0].Seg != want[i].zh || tu.TUVs[1].Seg != want[i].en {
					t.Errorf("tu %s: %+v, want %+v", tu.TUID, tu.TUVs, want[i])
				}
			}
		})
	}
}

// TestSentenceTMXHeaderAndEscaping applies the paragraph TMX's checks to
// the sentence TMX: the declaration, the doctype, the header, markup
// escaped, characters XML cannot carry replaced.
func TestSentenceTMXHeaderAndEscaping(t *testing.T) {
	doc := rendererTestDoc()
	doc.Pairs[2].EN.Text += " \x01 ]]> \"q\" 'a'"
	alignSentences(doc.Pairs, 0)
	var buf bytes.Buffer
	if err := WriteSegmentedTMX(&buf, doc, SegSentence); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	got := checkTMXHeader(t, out, "sentence")
	var all strings.Builder
	for _, tu := range got.Body.TUs {
		if len(tu.TUVs) != 2 || tu.TUVs[0].Lang != "zh-CN" || tu.TUVs[1].Lang != "en-US" {
			t.Errorf("tu %s: %+v", tu.TUID, tu.TUVs)
		}
		all.WriteString(tu.TUVs[1].Seg)
	}
	if s := all.String(); !strings.Contains(s, "\uFFFD ]]> \"q\" 'a'") || !strings.Contains(s, "<script>alert(1)</script>") {
		t.Errorf("English texts not read back as written: %q", s)
	}
	if len(got.Body.TUs) == 0 || got.Body.TUs[0].TUID != "1.1" {
		t.Errorf("first tuid %v, want 1.1 (pair 1, bead 1)", got.Body.TUs)
	}
}

// TestSentenceTSV checks the sentence TSV of the sample: the header, one
// row per bead (or per pair without beads), eight fields a row, the texts
// trimmed and on one line.
func TestSentenceTSV(t *testing.T) {
	doc := parseCorpus(t, "beijing-2024-excerpt.txt")
	var buf bytes.Buffer
	if err := WriteSegmentedTSV(&buf, doc, SegSentence); err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if rows[0] != strings.TrimSuffix(tsvSentenceHeader, "\n") {
		t.Errorf("header %q", rows[0])
	}
	want := 1
	for _, p := range doc.Pairs {
		want += max(1, len(p.Sentences))
	}
	if len(rows) != want {
		t.Fatalf("%d rows, want %d (header, one per bead or pair without beads)", len(rows), want)
	}
	for _, tc := range []struct {
		name, row, reason string
	}{
		{"lead sentence", "7\t1\tparagraph\t15\t16\t1\t促进高质量充分就业。\tPromote high-quality and full employment.", "the run-in lead sentence is its own bead, trimmed"},
		{"note", "12\t1\tnote\t25\t\t1\t注释:\t", "a pair without beads is one row, a missing side empty"},
	} {
		found := false
		for _, r := range rows {
			found = found || r == tc.row
		}
		if !found {
			t.Errorf("%s: no row %q (%s)", tc.name, tc.row, tc.reason)
		}
	}
	for i, r := range rows {
		if n := strings.Count(r, "\t"); n != 7 {
			t.Errorf("row %d has %d tabs, want 7: %q", i, n, r)
		}
	}
}

// TestSegmentedParagraph checks that the paragraph segmentation is the
// paragraph writers' output.
func TestSegmentedParagraph(t *testing.T) {
	doc := rendererTestDoc()
	var a, b, c, d bytes.Buffer
	if err := WriteTMX(&a, doc); err != nil {
		t.Fatal(err)
	}
	if err := WriteSegmentedTMX(&b, doc, SegParagraph); err != nil {
		t.Fatal(err)
	}
	if err := WriteTSV(&c, doc); err != nil {
		t.Fatal(err)
	}
	if err := WriteSegmentedTSV(&d, doc, SegParagraph); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() || c.String() != d.String() {
		t.Error("paragraph segmentation differs from WriteTMX / WriteTSV")
	}
}

// TestHTMLSentenceMarks checks that the HTML page marks where each sentence
// bead begins on both sides of a pair with several beads, numbered alike,
// and leaves pairs of one bead and the footnote link as they were.
func TestHTMLSentenceMarks(t *testing.T) {
	doc := parseCorpus(t, "beijing-2024-excerpt.txt")
	var buf bytes.Buffer
	if err := WriteHTML(&buf, doc); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, tc := range []struct {
		name, want, reason string
		absent             bool
	}{
		{"zh mark", `<span class="sb" data-n="2"></span>落实积极就业政策`, "a mark before the second bead's Chinese", false},
		{"en mark", `<span class="sb" data-n="2"></span>We will implement proactive`, "the same number before its English", false},
		{"one bead", `<span class="line">13</span><span class="sb"`, "a pair of one bead has no mark", true},
		{"footnote link", `five areas<sup><a href="#fn-17">17</a></sup>, and`, "the footnote marker still links", false},
		{"style", `.sb::before { content: attr(data-n)`, "the number is drawn by CSS, so copied text stays the source", false},
	} {
		if has := strings.Contains(out, tc.want); has == tc.absent {
			t.Errorf("%s: contains %q = %v (%s)", tc.name, tc.want, has, tc.reason)
		}
	}
	checkHTMLWellFormed(t, out)
}

func TestWithBreaks(t *testing.T) {
	side := &htmlSide{Segs: []htmlSeg{{Text: "ab"}, {Text: "17", Ref: "17"}, {Text: "cd"}}}
	for _, tc := range []struct {
		name, reason string
		starts       []sentenceStart
		want         string
	}{
		{"inside text", "a start inside a text segment splits it", []sentenceStart{{0, 1}, {1, 2}, {5, 3}}, "|1|a|2|b[17]c|3|d"},
		{"inside ref", "a start inside a footnote marker goes before it", []sentenceStart{{3, 2}}, "ab|2|[17]cd"},
		{"none", "no starts, no change", nil, "ab[17]cd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			for _, sg := range withBreaks(side, tc.starts).Segs {
				switch {
				case sg.Bead != 0:
					b.WriteString("|" + string(rune('0'+sg.Bead)) + "|")
				case sg.Ref != "":
					b.WriteString("[" + sg.Text + "]")
				default:
					b.WriteString(sg.Text)
				}
			}
			if b.String() != tc.want {
				t.Errorf("%s: got %q, want %q", tc.reason, b.String(), tc.want)
			}
		})
	}
}
