package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

const sample = "../../testdata/corpus/beijing-2024-excerpt.txt"

func TestRun(t *testing.T) {
	var out, errw bytes.Buffer
	if code := run([]string{"-json", sample}, &out, &errw); code != 0 {
		t.Fatalf("exit %d: %s", code, errw.String())
	}
	var targets []Target
	if err := json.Unmarshal(out.Bytes(), &targets); err != nil {
		t.Fatal(err)
	}
	if len(targets) == 0 {
		t.Fatal("no targets in the sample")
	}
	found := false
	for _, tg := range targets {
		if tg.Line < 1 || tg.Line > 26 || tg.Chinese == "" || tg.Qualifier == "" {
			t.Errorf("target without line, text or qualifier: %+v", tg)
		}
		// 城镇新增就业不少于26万人 (line 15) is a floor of 260,000.
		if tg.Value == 260000 && tg.Line == 15 && tg.Qualifier == "at_least" {
			found = true
		}
	}
	if !found {
		t.Errorf("the 260,000-jobs floor on line 15 is missing: %+v", targets)
	}

	out.Reset()
	if code := run([]string{sample}, &out, &errw); code != 0 {
		t.Fatalf("table: exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(targets)+1 || !strings.HasPrefix(lines[0], "LINE") {
		t.Errorf("table: %d lines for %d targets:\n%s", len(lines), len(targets), out.String())
	}
}
