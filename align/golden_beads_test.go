package align_test

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bireport/bireport/align"
)

var (
	updateGolden = flag.Bool("update", false, "rewrite testdata/golden_beads.sha256")
	dumpGolden   = flag.String("golden.dump", "", "write the formatted golden beads to this file")
)

// goldenFile holds the SHA-256 of the formatted beads of goldenBeads.
const goldenFile = "testdata/golden_beads.sha256"

// TestGoldenBeads guards the aligner's output against unintended change,
// for changes meant to make it faster: every bead (index ranges) and score
// (rounded to 1e-9) of the corpus documents, aligned as two files with
// number and lexicon anchors, with the built-in anchors, and as the runs of
// the interleaved files after Calibrate, plus a synthetic document, are
// formatted and hashed. A change of the model that is meant to change the
// beads is recorded with -update; -golden.dump writes the formatted beads with
// exact scores, to compare two versions with diff.
func TestGoldenBeads(t *testing.T) {
	text := goldenBeads(t, "%.9f")
	sum := fmt.Sprintf("%x\n", sha256.Sum256([]byte(text)))
	if *dumpGolden != "" {
		// The dump keeps every bit of the scores.
		if err := os.WriteFile(*dumpGolden, []byte(goldenBeads(t, "%v")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if *updateGolden {
		if err := os.WriteFile(goldenFile, []byte(sum), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	if sum != string(want) {
		t.Errorf("beads hash %s, want %s: the aligner's output changed (run with -update if that is meant, -golden.dump=FILE to see it)",
			strings.TrimSpace(sum), strings.TrimSpace(string(want)))
	}
}

// goldenBeads formats the beads the golden test covers, the scores with
// the format score.
func goldenBeads(t *testing.T, score string) string {
	var sb strings.Builder
	write := func(label string, beads []align.Bead) {
		fmt.Fprintf(&sb, "# %s\n", label)
		for _, b := range beads {
			fmt.Fprintf(&sb, "%v %v "+score+"\n", b.ZH, b.EN, b.Score)
		}
	}
	for _, name := range pairedDocs {
		d := loadDoc(t, name)
		for _, a := range anchorSets {
			cfg := align.Config{Anchors: a.anchors}
			write(name+" two-file "+a.name, align.Paragraphs(d.zh, d.en, cfg))
			zhRuns, enRuns := runs(readLines(t, filepath.Join(corpusDir, name+".txt")))
			cfg = align.Calibrate(segs(d.zh), segs(d.en), cfg)
			for k := range zhRuns {
				write(fmt.Sprintf("%s run %d %s", name, k, a.name), align.Paragraphs(zhRuns[k], enRuns[k], cfg))
			}
		}
	}
	d := loadDoc(t, "gwr-2022-national")
	write("gwr-2022-national two-file lexicon", align.Paragraphs(d.zh, d.en, align.Config{Anchors: reportAnchors}))
	zh, en, _ := synthetic(1500, 11)
	write("synthetic", align.Paragraphs(zh, en, align.Config{}))
	return sb.String()
}
