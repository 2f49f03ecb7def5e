package report

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/bireport/bireport/align"
)

// stageDocs are the corpus documents BenchmarkStages concatenates, six
// times over: the 5.2 MB input of BenchmarkPipeline/corpus6x.
var stageDocs = []string{"gwr-2016-national.txt", "gwr-2019-national.txt", "gwr-2020-national.txt",
	"gwr-2021-national.txt", "gwr-2022-national.txt", "prc-constitution-2018.txt"}

// BenchmarkStages times each stage of Parse and WriteJSON on the 5.2 MB
// corpus input, each fed by the output of the stages before it, with
// b.SetBytes of the whole input so that the MB/s of the stages compare:
// scan (read, decode, split, classify), anchors (quantities and lexicon
// terms of every block), calibrate, runs (the alignment of every run
// pair), extract (footnotes, commitments, checks) and json.
func BenchmarkStages(b *testing.B) {
	var buf bytes.Buffer
	for range 6 {
		for _, name := range stageDocs {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", name))
			if err != nil {
				b.Fatal(err)
			}
			buf.Write(data)
		}
	}
	input := buf.Bytes()
	size := int64(len(input))
	bs, err := scanBlocks(bytes.NewReader(input), "corpus")
	if err != nil {
		b.Fatal(err)
	}
	prepareBlocks(bs, 0)
	var zh, en []block
	for _, x := range bs {
		if x.Lang == EN {
			en = append(en, x)
		} else {
			zh = append(zh, x)
		}
	}
	acfg := align.Calibrate(segments(zh), segments(en), align.Config{})
	rps := runPairs(bs, acfg.Ratio)
	beads := alignRuns(rps, acfg, 0)
	texts := preparedSides(beads)
	newDoc := func() *Document {
		return &Document{Schema: Schema, Source: "corpus", Pairs: makePairs(beads, "", "")}
	}
	doc := newDoc()
	finish(doc, texts, 0)

	stages := []struct {
		name string
		run  func(b *testing.B)
	}{
		{"scan", func(b *testing.B) {
			if _, err := scanBlocks(bytes.NewReader(input), "corpus"); err != nil {
				b.Fatal(err)
			}
		}},
		{"anchors", func(b *testing.B) { prepareBlocks(bs, 0) }},
		{"calibrate", func(b *testing.B) { align.Calibrate(segments(zh), segments(en), align.Config{}) }},
		{"runs", func(b *testing.B) { alignRuns(rps, acfg, 0) }},
		{"extract", func(b *testing.B) { finish(newDoc(), texts, 0) }},
		{"json", func(b *testing.B) {
			if err := WriteJSON(io.Discard, doc); err != nil {
				b.Fatal(err)
			}
		}},
	}
	for _, s := range stages {
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				s.run(b)
			}
		})
	}
}
