package main

import (
	"bytes"
	"strings"
	"testing"
)

const corpus = "../../testdata/corpus"

// TestGDPAcrossCorpus checks the GDP growth table of the corpus: each
// year's target against its result, the missing 2020 target as "-".
func TestGDPAcrossCorpus(t *testing.T) {
	var out, errw bytes.Buffer
	if code := run([]string{corpus}, &out, &errw); code != 0 {
		t.Fatalf("exit %d: %s", code, errw.String())
	}
	got := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n")[1:] {
		f := strings.Fields(line)
		got[f[0]] = f[1:]
	}
	tests := []struct {
		years  string
		want   string // target result [met]
		reason string
	}{
		{"2015", "- 6.9", "gwr-2016 reports 2015's growth"},
		{"2016", "6.5–7 -", "gwr-2016's range; no 2017 report gives the result"},
		{"2019", "6–6.5 6.1 yes", "gwr-2019's range, gwr-2020's result"},
		{"2020", "- 2.3", "gwr-2020 set no GDP target"},
		{"2021", "≥6 8.1 yes", "a floor met"},
		{"2022", "≈5.5 -", "an approximate target"},
		{"2011–2015", "- 7.8", "the 12th plan's average, a span of its own"},
		{"2016–2020", "≥6.5 -", "the 13th plan's target"},
	}
	for _, tc := range tests {
		if g := strings.Join(got[tc.years], " "); g != tc.want {
			t.Errorf("%s: %q, want %q (%s)", tc.years, g, tc.want, tc.reason)
		}
	}
	if len(got) != len(tests)+1 { // and 2018: - 6.6
		t.Errorf("%d rows, want %d:\n%s", len(got), len(tests)+1, out.String())
	}
}

func TestUsage(t *testing.T) {
	var out, errw bytes.Buffer
	if code := run(nil, &out, &errw); code != 2 || !strings.Contains(errw.String(), "usage") {
		t.Errorf("no arguments: exit %d, stderr %q; want 2 and the usage", code, errw.String())
	}
	if code := run([]string{"-id", "nonsense", corpus}, &out, &errw); code != 2 {
		t.Errorf("unknown id: exit %d, want 2", code)
	}
}
