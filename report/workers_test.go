package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bireport/bireport/report"
)

// TestWorkersSameOutput parses every corpus document, as one interleaved
// file and as two monolingual files, on one goroutine and on four, and
// requires the same JSON bytes: the parallel stages write only their own
// results and are put together in document order.
func TestWorkersSameOutput(t *testing.T) {
	names, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var docs int
	for _, path := range names {
		base := filepath.Base(path)
		if strings.HasSuffix(base, ".zh.txt") || strings.HasSuffix(base, ".en.txt") {
			continue
		}
		docs++
		stem := strings.TrimSuffix(path, ".txt")
		t.Run(base, func(t *testing.T) {
			t.Parallel()
			parse := func(workers int) []byte {
				var out bytes.Buffer
				doc, err := report.Parse(bytes.NewReader(readFile(t, path)), report.Config{Name: base, Workers: workers})
				if err != nil {
					t.Fatal(err)
				}
				if err := report.WriteJSON(&out, doc); err != nil {
					t.Fatal(err)
				}
				if _, err := os.Stat(stem + ".zh.txt"); err == nil {
					doc, err := report.ParsePair(bytes.NewReader(readFile(t, stem+".zh.txt")), bytes.NewReader(readFile(t, stem+".en.txt")),
						report.Config{Name: base, Workers: workers})
					if err != nil {
						t.Fatal(err)
					}
					if err := report.WriteJSON(&out, doc); err != nil {
						t.Fatal(err)
					}
				}
				return out.Bytes()
			}
			one, four := parse(1), parse(4)
			if !bytes.Equal(one, four) {
				t.Errorf("%s: the JSON with 4 workers differs from the JSON with 1 (%d vs %d bytes)", base, len(four), len(one))
			}
		})
	}
	if docs < 7 {
		t.Fatalf("found %d corpus documents, want the sample and the six reports", docs)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
