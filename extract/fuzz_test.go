package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// widenDigits replaces every ASCII digit with its full-width form, using
// golang.org/x/text/width, and leaves everything else alone.
func widenDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteString(width.Widen.String(string(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldDigits is the inverse of widenDigits: full-width digits to ASCII.
func foldDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '０' && r <= '９' {
			b.WriteString(width.Fold.String(string(r)))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func FuzzParseNumber(f *testing.F) {
	for _, tc := range numberCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		n, err := ParseNumber(s)
		if err != nil {
			ne, ok := err.(*NumberError)
			if !ok || ne.Offset < 0 || ne.Offset > utf8.RuneCountInString(s) || ne.Error() == "" {
				t.Fatalf("ParseNumber(%q): bad error %#v", s, err)
			}
		}
		half, full := foldDigits(s), widenDigits(s)
		n1, err1 := ParseNumber(half)
		n2, err2 := ParseNumber(full)
		if (err1 == nil) != (err2 == nil) || err1 == nil && n1 != n2 {
			t.Fatalf("half-width %q = %+v, %v; full-width %q = %+v, %v", half, n1, err1, full, n2, err2)
		}
		if err == nil && n.IsRange != (n.Upper != 0 || n.IsRange) {
			t.Fatalf("ParseNumber(%q) = %+v: Upper without IsRange", s, n)
		}
	})
}

func FuzzQuantities(f *testing.F) {
	for _, tc := range quantityCases {
		f.Add(tc.text, tc.lang == English)
	}
	for _, tc := range numberCases {
		f.Add(tc.in, false)
	}
	f.Fuzz(func(t *testing.T, text string, english bool) {
		if !utf8.ValidString(text) {
			return
		}
		lang := Chinese
		if english {
			lang = English
		}
		qs := Quantities(text, lang)
		checkSpans(t, text, qs)
		half, full := Quantities(foldDigits(text), lang), Quantities(widenDigits(text), lang)
		if len(half) != len(full) {
			t.Fatalf("half-width gives %d quantities, full-width %d: %+v vs %+v", len(half), len(full), half, full)
		}
		for k := range half {
			a, b := half[k], full[k]
			if a.Start != b.Start || a.End != b.End || a.Value != b.Value || a.Upper != b.Upper || a.Role != b.Role || a.Qualifier != b.Qualifier || a.Unit != b.Unit {
				t.Fatalf("half-width %+v, full-width %+v", a, b)
			}
		}
	})
}

// TestCorpusSpans runs Quantities over every corpus file and checks the
// span invariants and that the sample's non-quantities are never amounts.
func TestCorpusSpans(t *testing.T) {
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			lang := English
			if strings.ContainsFunc(line, isHan) {
				lang = Chinese
			}
			checkSpans(t, line, Quantities(line, lang))
		}
	}
}
