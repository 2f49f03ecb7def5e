package report

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/bireport/bireport/align"
)

// corpusDocs are the six interleaved corpus documents the scale
// benchmarks concatenate, in this order.
var corpusDocs = []string{"gwr-2016-national.txt", "gwr-2019-national.txt", "gwr-2020-national.txt",
	"gwr-2021-national.txt", "gwr-2022-national.txt", "prc-constitution-2018.txt"}

// corpusInput returns the six corpus documents concatenated times times,
// interleaved (all six, then all six again): 0.86 MB at 1, 5.2 MB at 6.
// The shell command
//
//	for i in 1 2 3 4 5 6; do (cd testdata/corpus && cat gwr-2016-national.txt gwr-2019-national.txt \
//	  gwr-2020-national.txt gwr-2021-national.txt gwr-2022-national.txt prc-constitution-2018.txt); done >corpus6.txt
//
// writes the same bytes for the command-line measurements in the README.
func corpusInput(b *testing.B, times int) []byte {
	b.Helper()
	var docs [][]byte
	for _, name := range corpusDocs {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", name))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	var buf bytes.Buffer
	for range times {
		for _, d := range docs {
			buf.Write(d)
		}
	}
	return buf.Bytes()
}

// loop runs f b.N times and reports, beside the wall time, the CPU time
// per operation (cpu-ns/op): on a shared machine it varies far less than
// the wall time, and its ratio to the wall time is the cores used.
func loop(b *testing.B, size int64, f func(b *testing.B)) {
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := processCPU()
	for b.Loop() {
		f(b)
	}
	if b.N > 0 {
		b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkPipeline runs what `bireport render -f json` does, Parse and
// WriteJSON, on the corpus concatenated once (0.86 MB) and six times
// (5.2 MB): the per-byte cost of the two must stay within 6.5/6 of each
// other for the pipeline to be linear.
func BenchmarkPipeline(b *testing.B) {
	for _, c := range []struct {
		name  string
		times int
	}{{"corpus1x", 1}, {"corpus6x", 6}} {
		b.Run(c.name, func(b *testing.B) {
			data := corpusInput(b, c.times)
			loop(b, int64(len(data)), func(b *testing.B) {
				doc, err := Parse(bytes.NewReader(data), Config{})
				if err != nil {
					b.Fatal(err)
				}
				if err := WriteJSON(io.Discard, doc); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkStages times each stage of Parse and WriteJSON on the 5.2 MB
// corpus input, each fed by the output of the stages before it, with
// b.SetBytes of the whole input so that the MB/s of the stages compare:
// scan (read, decode, split, classify), anchors (quantities and lexicon
// terms of every block), calibrate, runs (the alignment of every run
// pair), extract (sentence beads, footnotes, commitments, checks) and json.
func BenchmarkStages(b *testing.B) {
	input := corpusInput(b, 6)
	size := int64(len(input))
	bs, _, err := scanBlocks(bytes.NewReader(input), "corpus", "")
	if err != nil {
		b.Fatal(err)
	}
	prepareBlocks(bs, 0)
	ss := stretches(bs)
	us := units(ss, lengthRatio(ss, 0))
	runs, acfg := calibrateUnits(us, align.Config{})
	beads := alignInterleaved(bs, align.Config{})
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
			if _, _, err := scanBlocks(bytes.NewReader(input), "corpus", ""); err != nil {
				b.Fatal(err)
			}
		}},
		{"anchors", func(b *testing.B) { prepareBlocks(bs, 0) }},
		{"calibrate", func(b *testing.B) { calibrateUnits(us, align.Config{}) }},
		{"runs", func(b *testing.B) { align.AlignRuns(runs, acfg) }},
		{"extract", func(b *testing.B) { finish(newDoc(), texts, 0) }},
		{"json", func(b *testing.B) {
			if err := WriteJSON(io.Discard, doc); err != nil {
				b.Fatal(err)
			}
		}},
	}
	for _, s := range stages {
		b.Run(s.name, func(b *testing.B) { loop(b, size, s.run) })
	}
}
