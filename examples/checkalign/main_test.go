package main

import (
	"bytes"
	"strings"
	"testing"
)

const sample = "../../testdata/corpus/beijing-2024-excerpt.txt"

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		want   []string
		reason string
	}{
		{"none below 0", []string{"-min", "0", sample}, []string{"0 of 13 pairs below 0.00\n"}, "scores are in [0,1]: nothing is below 0"},
		{"all below 1.01", []string{"-min", "1.01", sample}, []string{"13 of 13 pairs below 1.01\n", "pair 1 (title)", "zh " + sample + ":1: 政 府 工 作 报 告", "en " + sample + ":6-7: Delivered at", "(missing: no counterpart)"}, "every pair is listed with file:line and text; the one-sided note and footnote say so"},
		{"pair files", []string{"-min", "1.01", "-zh", "../../testdata/corpus/gwr-2016-national.zh.txt", "-en", "../../testdata/corpus/gwr-2016-national.en.txt"}, []string{"en ../../testdata/corpus/gwr-2016-national.en.txt:1:"}, "with two files each side names its own file"},
	}
	for _, tt := range tests {
		var out, errw bytes.Buffer
		if code := run(tt.args, &out, &errw); code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.name, code, errw.String())
		}
		for _, w := range tt.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: output lacks %q (%s):\n%s", tt.name, w, tt.reason, out.String())
			}
		}
	}
	var out, errw bytes.Buffer
	if code := run([]string{"no-such-file.txt"}, &out, &errw); code != 2 || !strings.Contains(errw.String(), "no-such-file.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, errw.String())
	}
}
