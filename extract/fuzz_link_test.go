package extract

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// Fuzz targets for Link and Commitments (FuzzCommitmentItems checks the
// items in depth; commit_test.go has a lighter FuzzCommitments). CI runs
// each briefly:
//
//	go test ./extract -run '^$' -fuzz '^FuzzLink$' -fuzztime 10s
//	go test ./extract -run '^$' -fuzz '^FuzzCommitmentItems$' -fuzztime 10s

// linkSeeds returns Chinese/English pairs to seed the fuzzers: the gold
// units of two corpus documents and a few hostile pairs.
func linkSeeds(t testing.TB) [][2]string {
	seeds := [][2]string{
		{"城镇新增就业不少于26万人，调查失业率5.5%左右。", "We will create no fewer than 260,000 urban jobs and keep the surveyed unemployment rate at around 5.5 percent."},
		{"报销比例由50%提高到60%，增加1.2亿元。", "raise the reimbursement rate from 50 to 60 percent, an increase of 120 million yuan"},
		{"增长6%－6.5%，提高0.5个百分点", "growth of 6-6.5 percent, up 0.5 percentage points"},
		{"新增就业" + strings.Repeat("9", 300) + "万亿亿人", "create " + strings.Repeat("9", 300) + " jobs and 1e400 beds"},
		{strings.Repeat("1. (2) 三、 ① [4] 26万人 ", 60), strings.Repeat("1. II. (3) 260,000 jobs ", 60)},
		{"“七有”“五性”17二级以上", "the seven aspects, five areas17, above Grade II"},
		{"", "only English 12 items"},
		{"只有中文12项", ""},
	}
	f, err := os.Open("../testdata/corpus/gwr-2019-national.align.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 0; sc.Scan() && n < 60; n++ {
		var u struct{ ZH, EN []string }
		if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
			t.Fatal(err)
		}
		zh, en := strings.Join(u.ZH, "\n"), strings.Join(u.EN, "\n")
		if len(zh) < 2000 && len(en) < 4000 && strings.ContainsAny(zh+en, "0123456789") {
			seeds = append(seeds, [2]string{zh, en})
		}
	}
	return seeds
}

// linkTakesPart reports whether Link pairs q: quantities, not years,
// dates, ordinals, markers, names or footnote references.
func linkTakesPart(q Quantity) bool { return q.Role == RoleQuantity || q.Role == "" }

// FuzzLink checks Link's contract on the quantities of arbitrary texts:
// every quantity that takes part appears exactly once, the others never;
// indices are in range; the Chinese keep their order; the status agrees
// with the sides present; the result is the same every time.
func FuzzLink(f *testing.F) {
	for _, s := range linkSeeds(f) {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, zh, en string) {
		if !utf8.ValidString(zh) || !utf8.ValidString(en) {
			return
		}
		zq, eq := Quantities(zh, Chinese), Quantities(en, English)
		links := Link(zq, eq)
		zseen, eseen := make([]int, len(zq)), make([]int, len(eq))
		lastZH := -1
		for _, l := range links {
			if l.ZH < -1 || l.ZH >= len(zq) || l.EN < -1 || l.EN >= len(eq) || l.ZH < 0 && l.EN < 0 {
				t.Fatalf("link %+v out of range (%d zh, %d en quantities)", l, len(zq), len(eq))
			}
			want := map[bool]map[bool][]Status{
				true:  {true: {Consistent, Mismatch}, false: {ZHOnly}},
				false: {true: {ENOnly}},
			}[l.ZH >= 0][l.EN >= 0]
			if !containsStatus(want, l.Status) {
				t.Fatalf("link %+v: status %q, want one of %v", l, l.Status, want)
			}
			if l.ZH >= 0 {
				zseen[l.ZH]++
				if !linkTakesPart(zq[l.ZH]) {
					t.Fatalf("link %+v pairs %q of role %s", l, zq[l.ZH].Text, zq[l.ZH].Role)
				}
				if l.ZH < lastZH {
					t.Fatalf("link %+v breaks the Chinese order (after %d)", l, lastZH)
				}
				lastZH = l.ZH
			}
			if l.EN >= 0 {
				eseen[l.EN]++
				if !linkTakesPart(eq[l.EN]) {
					t.Fatalf("link %+v pairs %q of role %s", l, eq[l.EN].Text, eq[l.EN].Role)
				}
			}
		}
		for side, qs := range [][]Quantity{zq, eq} {
			seen := [][]int{zseen, eseen}[side]
			for i, q := range qs {
				if want := map[bool]int{true: 1, false: 0}[linkTakesPart(q)]; seen[i] != want {
					t.Fatalf("side %d quantity %d %q (role %s) appears %d times, want %d", side, i, q.Text, q.Role, seen[i], want)
				}
			}
		}
		if again := Link(zq, eq); !reflect.DeepEqual(links, again) {
			t.Fatalf("Link is not deterministic: %+v vs %+v", links, again)
		}
	})
}

func containsStatus(ss []Status, s Status) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

var knownQualifiers = map[Qualifier]bool{Exact: true, AtLeast: true, MoreThan: true, AtMost: true, LessThan: true, UpTo: true, About: true, Range: true}

// FuzzCommitmentItems checks Commitments on arbitrary pairs of texts: every
// mention lies inside its text and is its rune slice, the item's value and
// qualifier are those of its main mention, values are finite (JSON cannot
// hold Inf or NaN), statuses agree with the sides present, and the result
// is the same every time.
func FuzzCommitmentItems(f *testing.F) {
	for i, s := range linkSeeds(f) {
		f.Add(s[0], s[1], uint8(i%3))
	}
	f.Fuzz(func(t *testing.T, zh, en string, tense uint8) {
		if !utf8.ValidString(zh) || !utf8.ValidString(en) {
			return
		}
		cfg := CommitConfig{Tense: Tense(tense % 3), FootnoteIDs: map[string]bool{"17": true, "1": true}}
		cs := Commitments(zh, en, cfg)
		zrs, ers := []rune(zh), []rune(en)
		for k, c := range cs {
			if c.ZH == nil && c.EN == nil {
				t.Fatalf("item %d has no mention", k)
			}
			for _, m := range []struct {
				q  *Quantity
				rs []rune
			}{{c.ZH, zrs}, {c.EN, ers}} {
				if m.q == nil {
					continue
				}
				if m.q.Start < 0 || m.q.Start >= m.q.End || m.q.End > len(m.rs) || string(m.rs[m.q.Start:m.q.End]) != m.q.Text {
					t.Fatalf("item %d: mention %q at [%d,%d) is not its text's rune slice", k, m.q.Text, m.q.Start, m.q.End)
				}
			}
			main := c.ZH
			if main == nil {
				main = c.EN
			}
			if c.Value != main.Value || c.Upper != main.Upper {
				t.Fatalf("item %d: value %v/%v, main mention %v/%v", k, c.Value, c.Upper, main.Value, main.Upper)
			}
			for _, v := range []float64{c.Value, c.Upper} {
				if math.IsInf(v, 0) || math.IsNaN(v) {
					t.Fatalf("item %d (%q): value %v cannot be written as JSON", k, main.Text, v)
				}
			}
			if !knownQualifiers[c.Qualifier] {
				t.Fatalf("item %d: qualifier %q", k, c.Qualifier)
			}
			want := map[bool]map[bool][]Status{
				true:  {true: {Consistent, Mismatch}, false: {ZHOnly}},
				false: {true: {ENOnly}},
			}[c.ZH != nil][c.EN != nil]
			if !containsStatus(want, c.Status) {
				t.Fatalf("item %d: status %q with zh %v en %v", k, c.Status, c.ZH != nil, c.EN != nil)
			}
		}
		if again := Commitments(zh, en, cfg); !reflect.DeepEqual(cs, again) {
			t.Fatalf("Commitments is not deterministic")
		}
	})
}
