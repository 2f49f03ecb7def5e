package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestRun(t *testing.T) {
	var out, errw bytes.Buffer
	if code := run([]string{"../../testdata/corpus"}, &out, &errw); code != 0 {
		t.Fatalf("exit %d: %s", code, errw.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// The sample, then for each of six documents NAME.txt and the pair
	// NAME.zh.txt + NAME.en.txt.
	if len(rows) != 1+13 {
		t.Fatalf("%d rows, want a header and 13 documents:\n%v", len(rows), rows)
	}
	for _, r := range rows[1:] {
		if r[8] != "" {
			t.Errorf("%s: error %s", r[0], r[8])
		}
		pairs, err1 := strconv.Atoi(r[1])
		mean, err2 := strconv.ParseFloat(r[7], 64)
		if err1 != nil || err2 != nil || pairs == 0 || mean <= 0 || mean > 1 {
			t.Errorf("%s: pairs %q, mean score %q", r[0], r[1], r[7])
		}
		if r[0] == "beijing-2024-excerpt.txt" && r[1] != "13" {
			t.Errorf("the sample has 13 pairs, got %s", r[1])
		}
	}
}

func TestRunBadFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), []byte("\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errw bytes.Buffer
	if code := run([]string{dir}, &out, &errw); code != 0 {
		t.Fatalf("exit %d", code)
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][0] != "empty.txt" || rows[1][8] == "" || errw.Len() == 0 {
		t.Errorf("a file that fails gets a row with its error and a stderr line: %v %v, stderr %q", err, rows, errw.String())
	}
}
