package report_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bireport/bireport/report"
)

// Fuzz targets for the whole pipeline and the renderers. Crashers go under
// testdata/fuzz/FuzzXxx/ of this package, where `go test` replays them.
// CI runs each briefly:
//
//	go test ./report -run '^$' -fuzz '^FuzzParse$' -fuzztime 10s
//	go test ./report -run '^$' -fuzz '^FuzzParsePair$' -fuzztime 10s
//	go test ./report -run '^$' -fuzz '^FuzzRender$' -fuzztime 10s

// fuzzSeeds returns inputs to seed the fuzzers with: the head of every
// corpus and encoding fixture, and small hostile inputs.
func fuzzSeeds(t testing.TB) [][]byte {
	var seeds [][]byte
	for _, pat := range []string{"../testdata/corpus/*.txt", "../testdata/encoding/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			seeds = append(seeds, data[:min(len(data), 2048)])
		}
	}
	for _, s := range hostileSeeds {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// hostileSeeds are small inputs of the hostile classes.
var hostileSeeds = []string{
	"",
	"\n\n \t\u3000\n",
	"abc\x00def",
	"政府工作报告\xff\xfe报告\n",
	"Only English here.\nAnd a second line.\n",
	"只有中文。\n第二行。\n",
	"城镇新增就业99999999999999999999999999万亿亿人\n create 1e400 jobs and 999,999,999,999,999,999,999 beds\n",
	strings.Repeat("1. (2) 三、 ① [4] ", 200) + "\n" + strings.Repeat("1. a 2. b ", 200) + "\n",
	"城镇新增就业不少于26万人 we will create no fewer than 260,000 urban jobs\n",
	"政府工作报告\rREPORT ON THE WORK\r二、任务\rII Tasks\r",
	"注释:\n[17]七有。\nNotes:\n[17]The seven aspects.\nfive areas17 and 五性17\n",
	"# 标题\n* item\n> quote\n```\n<b>&amp;</b>\n---\n===\n| a | b |\n",
}

// checkDocument checks the invariants every parsed document must keep:
// nothing lost, ids in sequence, every span inside its text, JSON valid
// against the schema, Markdown that goldmark reads back into the expected
// headings and footnotes, and every renderer succeeding. inputs maps each
// input's name to its text (see checkNothingLost). With md false the
// goldmark check is skipped (it is the slowest).
func checkDocument(t *testing.T, doc *report.Document, inputs map[string]string, md bool) {
	t.Helper()
	checkNothingLost(t, doc, trimEdges(inputs))
	checkIDs(t, doc)
	checkSpans(t, doc)
	var js bytes.Buffer
	if err := report.WriteJSON(&js, doc); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	validateJSON(t, js.Bytes())
	var line bytes.Buffer
	if err := report.WriteJSONLine(&line, doc); err != nil {
		t.Fatalf("WriteJSONLine: %v", err)
	}
	if bytes.Count(line.Bytes(), []byte("\n")) != 1 {
		t.Fatalf("WriteJSONLine wrote %d lines", bytes.Count(line.Bytes(), []byte("\n")))
	}
	validateJSON(t, line.Bytes())
	checkRenderers(t, doc)
	if md {
		checkMarkdown(t, doc)
	}
}

// trimEdges removes from both ends of every line the characters the
// splitter trims besides white space (a zero-width space, a stray
// byte-order mark), which checkNothingLost would otherwise look for in the
// pairs' text; line ends CRLF and CR become LF.
func trimEdges(inputs map[string]string) map[string]string {
	out := make(map[string]string, len(inputs))
	for name, text := range inputs {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		lines := strings.Split(text, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' })
		}
		out[name] = strings.Join(lines, "\n")
	}
	return out
}

// checkIDs checks that pairs and items are numbered 1, 2, 3 ... and that
// every item, reference and finding names a pair that exists.
func checkIDs(t *testing.T, doc *report.Document) {
	t.Helper()
	for i, p := range doc.Pairs {
		if p.ID != i+1 {
			t.Fatalf("pair %d has id %d", i+1, p.ID)
		}
		if p.ZH == nil && p.EN == nil {
			t.Fatalf("pair %d has no side", p.ID)
		}
		if p.Score < 0 || p.Score > 1 || p.Score != p.Score {
			t.Fatalf("pair %d: score %v outside [0,1]", p.ID, p.Score)
		}
	}
	for name, items := range map[string][]report.Item{"commitment": doc.Commitments, "figure": doc.Figures} {
		for i, it := range items {
			if it.ID != i+1 {
				t.Fatalf("%s %d has id %d", name, i+1, it.ID)
			}
			if it.Pair < 1 || it.Pair > len(doc.Pairs) {
				t.Fatalf("%s %d: pair %d does not exist", name, it.ID, it.Pair)
			}
		}
	}
	for _, f := range doc.Findings {
		if f.Pair < 0 || f.Pair > len(doc.Pairs) {
			t.Fatalf("finding %+v: pair does not exist", f)
		}
	}
}

// checkSpans checks that every mention's start and end lie inside its
// side's text and cut out the mention's text, that its line is inside the
// side's lines, and that every footnote reference lies inside its text.
func checkSpans(t *testing.T, doc *report.Document) {
	t.Helper()
	for _, items := range [][]report.Item{doc.Commitments, doc.Figures} {
		for _, it := range items {
			p := doc.Pairs[it.Pair-1]
			for _, m := range []struct {
				lang string
				m    *report.Mention
				s    *report.Side
			}{{"zh", it.ZH, p.ZH}, {"en", it.EN, p.EN}} {
				if m.m == nil {
					continue
				}
				if m.s == nil {
					t.Fatalf("item %d: %s mention %q in pair %d that has no %s side", it.ID, m.lang, m.m.Text, p.ID, m.lang)
				}
				rs := []rune(m.s.Text)
				if m.m.Start < 0 || m.m.Start > m.m.End || m.m.End > len(rs) {
					t.Fatalf("item %d: %s span [%d,%d) outside text of %d runes", it.ID, m.lang, m.m.Start, m.m.End, len(rs))
				}
				if got := string(rs[m.m.Start:m.m.End]); got != m.m.Text {
					t.Fatalf("item %d: %s span [%d,%d) is %q, mention text %q", it.ID, m.lang, m.m.Start, m.m.End, got, m.m.Text)
				}
				if m.m.Line < m.s.Lines[0] || m.m.Line > m.s.Lines[1] {
					t.Fatalf("item %d: %s line %d outside the side's lines %v", it.ID, m.lang, m.m.Line, m.s.Lines)
				}
			}
		}
	}
	for _, f := range doc.Footnotes {
		if f.ID == "" {
			t.Fatalf("footnote without an id: %+v", f)
		}
		for _, r := range f.Refs {
			if r.Pair < 1 || r.Pair > len(doc.Pairs) {
				t.Fatalf("footnote %s: ref to pair %d that does not exist", f.ID, r.Pair)
			}
			p := doc.Pairs[r.Pair-1]
			s := p.ZH
			if r.Lang == "en" {
				s = p.EN
			}
			if s == nil {
				t.Fatalf("footnote %s: ref in the missing %s side of pair %d", f.ID, r.Lang, p.ID)
			}
			if n := utf8.RuneCountInString(s.Text); r.Offset < 0 || r.Offset > r.End || r.End > n {
				t.Fatalf("footnote %s: ref [%d,%d) outside pair %d's %s text of %d runes", f.ID, r.Offset, r.End, p.ID, r.Lang, n)
			}
		}
	}
}

// checkRenderers runs HTML, TMX and TSV and checks their shape: valid
// UTF-8, a complete HTML page, a TMX file that encoding/xml reads with one
// unit per pair with both sides, a TSV row of ten fields per pair.
func checkRenderers(t *testing.T, doc *report.Document) {
	t.Helper()
	var h bytes.Buffer
	if err := report.WriteHTML(&h, doc); err != nil {
		t.Fatalf("WriteHTML: %v", err)
	}
	if !utf8.Valid(h.Bytes()) || !bytes.Contains(h.Bytes(), []byte("</html>")) {
		t.Fatalf("WriteHTML wrote no complete UTF-8 page")
	}
	var x bytes.Buffer
	if err := report.WriteTMX(&x, doc); err != nil {
		t.Fatalf("WriteTMX: %v", err)
	}
	var tmx struct {
		TUs []struct {
			Segs []string `xml:"tuv>seg"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal(x.Bytes(), &tmx); err != nil {
		t.Fatalf("WriteTMX wrote XML that encoding/xml cannot read: %v", err)
	}
	both := 0
	for _, p := range doc.Pairs {
		if p.ZH != nil && p.EN != nil {
			both++
		}
	}
	if len(tmx.TUs) != both {
		t.Fatalf("TMX has %d units, want %d (pairs with both sides)", len(tmx.TUs), both)
	}
	var v bytes.Buffer
	if err := report.WriteTSV(&v, doc); err != nil {
		t.Fatalf("WriteTSV: %v", err)
	}
	rows := strings.Split(strings.TrimSuffix(v.String(), "\n"), "\n")
	if len(rows) != len(doc.Pairs)+1 {
		t.Fatalf("TSV has %d rows, want %d", len(rows), len(doc.Pairs)+1)
	}
	for i, r := range rows {
		if n := strings.Count(r, "\t") + 1; n != 10 {
			t.Fatalf("TSV row %d has %d fields, want 10", i, n)
		}
	}
}

// checkMarkdown reads WriteMarkdown's output back with goldmark and checks
// it has one heading per side of a title or heading pair, at the level the
// pair gives, and no more footnote references than the document has.
func checkMarkdown(t *testing.T, doc *report.Document) {
	t.Helper()
	var md bytes.Buffer
	if err := report.WriteMarkdown(&md, doc); err != nil {
		t.Fatalf("WriteMarkdown: %v", err)
	}
	if !utf8.Valid(md.Bytes()) {
		t.Fatal("WriteMarkdown wrote invalid UTF-8")
	}
	var want []string
	for _, p := range doc.Pairs {
		level := 1
		switch p.Kind {
		case report.KindTitle:
		case report.KindHeading:
			level = min(p.Level+1, 6)
		default:
			continue
		}
		for _, s := range []*report.Side{p.ZH, p.EN} {
			if s != nil {
				want = append(want, fmt.Sprint(level))
			}
		}
	}
	headings, footnotes, refs := mdOutline(t, md.Bytes())
	var got []string
	for _, h := range headings {
		got = append(got, h[:1])
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("Markdown heading levels %v, want %v\n%s", got, want, md.String())
	}
	nrefs := 0
	for _, f := range doc.Footnotes {
		nrefs += len(f.Refs)
	}
	if refs > nrefs {
		t.Fatalf("Markdown has %d footnote references, the document %d\n%s", refs, nrefs, md.String())
	}
	if footnotes > len(doc.Footnotes) {
		t.Fatalf("Markdown has %d footnote definitions, the document %d\n%s", footnotes, len(doc.Footnotes), md.String())
	}
}

// checkParseError checks an error of Parse or ParsePair: a *Error that
// wraps a sentinel, names the file, has a line or an offset inside the
// input, and reads as one short line.
func checkParseError(t *testing.T, err error, sizes map[string]int) {
	t.Helper()
	var e *report.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is %T, not *report.Error", err, err)
	}
	if !errors.Is(err, report.ErrEncoding) && !errors.Is(err, report.ErrBinary) &&
		!errors.Is(err, report.ErrEmpty) && !errors.Is(err, report.ErrTooLarge) {
		t.Fatalf("error %v wraps no sentinel", err)
	}
	size, ok := sizes[e.File]
	if !ok {
		t.Fatalf("error %v names %q, not an input", err, e.File)
	}
	if e.Offset >= int64(max(size, 1)) || e.Offset < -1 {
		t.Fatalf("error %v: offset %d outside input of %d bytes", err, e.Offset, size)
	}
	if !errors.Is(err, report.ErrEmpty) && e.Line < 1 && e.Offset < 0 {
		t.Fatalf("error %v has neither line nor offset", err)
	}
	msg := e.Error()
	if strings.ContainsAny(msg, "\n\r") || len(msg) > 300 || !strings.HasPrefix(msg, e.File) {
		t.Fatalf("error message %q is not one short line starting with the file", msg)
	}
}

// renderAll renders doc in every format, for the determinism checks.
func renderAll(t *testing.T, doc *report.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, w := range []func(*bytes.Buffer, *report.Document) error{
		func(b *bytes.Buffer, d *report.Document) error { return report.WriteJSON(b, d) },
		func(b *bytes.Buffer, d *report.Document) error { return report.WriteMarkdown(b, d) },
		func(b *bytes.Buffer, d *report.Document) error { return report.WriteHTML(b, d) },
		func(b *bytes.Buffer, d *report.Document) error { return report.WriteTMX(b, d) },
		func(b *bytes.Buffer, d *report.Document) error { return report.WriteTSV(b, d) },
	} {
		if err := w(&b, doc); err != nil {
			t.Fatal(err)
		}
		b.WriteString("\n\x00\n")
	}
	return b.Bytes()
}

// decodedText is what checkNothingLost compares the pairs with: the input
// as UTF-8 text. Inputs that are not UTF-8 (GB18030, UTF-16; NUL bytes
// mean UTF-16 without a byte-order mark) are skipped by
// the callers, as their lines cannot be found byte for byte.
func decodedText(data []byte) (string, bool) {
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return "", false
	}
	return strings.TrimPrefix(string(data), "\uFEFF"), true
}

// hangLimit is how long one fuzz input may take before it counts as a
// hang. Inputs are a few kilobytes; parsing one takes milliseconds.
const hangLimit = 20 * time.Second

// noHang runs fn and fails the test, quoting the input, when fn takes
// longer than hangLimit, so that the fuzzer records the input that hangs.
func noHang(t *testing.T, input any, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(hangLimit):
		t.Fatalf("hang: no result after %v for input %s", hangLimit, shortQuote(input))
	}
}

func shortQuote(v any) string {
	s := fmt.Sprintf("%q", v)
	if len(s) > 2000 {
		s = s[:2000] + "..."
	}
	return s
}

// FuzzParse parses arbitrary bytes as one interleaved file: it must either
// fail with a well-formed *Error or give a document that keeps every
// invariant, the same twice over.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var doc *report.Document
		var err error
		cfg := report.Config{Name: "in.txt"}
		noHang(t, data, func() { doc, err = report.Parse(bytes.NewReader(data), cfg) })
		if err != nil {
			checkParseError(t, err, map[string]int{"in.txt": len(data)})
			return
		}
		if text, ok := decodedText(data); ok {
			checkDocument(t, doc, map[string]string{"in.txt": text}, true)
		} else {
			checkIDs(t, doc)
			checkSpans(t, doc)
			checkRenderers(t, doc)
		}
		again, err := report.Parse(bytes.NewReader(data), cfg)
		if err != nil {
			t.Fatalf("second parse failed: %v", err)
		}
		if !bytes.Equal(renderAll(t, doc), renderAll(t, again)) {
			t.Fatal("two parses of the same input render differently")
		}
	})
}

// FuzzParsePair parses two arbitrary inputs as a Chinese file and its
// English translation, with the checks of FuzzParse.
func FuzzParsePair(f *testing.F) {
	seeds := fuzzSeeds(f)
	for i, s := range seeds {
		f.Add(s, seeds[(i+1)%len(seeds)])
	}
	for _, base := range []string{"gwr-2019-national", "prc-constitution-2018"} {
		zh, err1 := os.ReadFile("../testdata/corpus/" + base + ".zh.txt")
		en, err2 := os.ReadFile("../testdata/corpus/" + base + ".en.txt")
		if err1 == nil && err2 == nil {
			f.Add(zh[:min(len(zh), 1500)], en[:min(len(en), 3000)])
		}
	}
	f.Fuzz(func(t *testing.T, zh, en []byte) {
		cfg := report.Config{Name: "zh.txt", ENName: "en.txt"}
		var doc *report.Document
		var err error
		noHang(t, [][]byte{zh, en}, func() { doc, err = report.ParsePair(bytes.NewReader(zh), bytes.NewReader(en), cfg) })
		if err != nil {
			checkParseError(t, err, map[string]int{"zh.txt": len(zh), "en.txt": len(en)})
			return
		}
		zt, ok1 := decodedText(zh)
		et, ok2 := decodedText(en)
		if ok1 && ok2 {
			checkDocument(t, doc, map[string]string{"zh.txt": zt, "en.txt": et}, true)
		} else {
			checkIDs(t, doc)
			checkSpans(t, doc)
			checkRenderers(t, doc)
		}
		again, err := report.ParsePair(bytes.NewReader(zh), bytes.NewReader(en), cfg)
		if err != nil {
			t.Fatalf("second parse failed: %v", err)
		}
		if !bytes.Equal(renderAll(t, doc), renderAll(t, again)) {
			t.Fatal("two parses of the same input render differently")
		}
	})
}

// FuzzRender renders documents no parser made: the input is read as a
// JSON document (as a program that loads bireport JSON and renders it
// would), with offsets, ids and references that may point anywhere. Every
// renderer (JSON, Markdown, HTML, TMX, TSV) must succeed without panicking,
// and the JSON renderer must give back what it was given. Inputs that are
// not such JSON are parsed as text and rendered.
func FuzzRender(f *testing.F) {
	doc, err := report.Parse(strings.NewReader(hostileSeeds[10]), report.Config{})
	if err != nil {
		f.Fatal(err)
	}
	var js bytes.Buffer
	if err := report.WriteJSON(&js, doc); err != nil {
		f.Fatal(err)
	}
	f.Add(js.Bytes())
	if golden, err := os.ReadFile("../testdata/golden/beijing-2024-excerpt.json"); err == nil {
		f.Add(golden)
	}
	f.Add([]byte(`{"pairs":[{"id":7,"kind":"heading","level":3,"zh":{"text":"二、","lines":[0,-1]},"en":null,"score":9}],` +
		`"footnotes":[{"id":"","zh":null,"en":"x","refs":[{"pair":99,"lang":"fr","offset":5,"end":2},{"pair":1,"lang":"zh","offset":-4,"end":100}]}],` +
		`"commitments":[{"id":1,"pair":0,"value":1e308,"zh":{"text":"x","start":9,"end":1,"line":0},"en":null}]}`))
	// A negative heading level once made WriteMarkdown panic.
	f.Add([]byte(`{"pairs":[{"id":1,"kind":"heading","level":-3,"zh":{"text":"二、","lines":[1,1]},"en":null,"score":1}]}`))
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d report.Document
		if json.Unmarshal(data, &d) != nil {
			var parsed *report.Document
			var err error
			noHang(t, data, func() { parsed, err = report.Parse(bytes.NewReader(data), report.Config{Name: "in.txt"}) })
			if err != nil {
				return
			}
			d = *parsed
		}
		var first []byte
		noHang(t, data, func() { first = renderAll(t, &d) })
		if !bytes.Equal(first, renderAll(t, &d)) {
			t.Fatal("rendering twice gives different output")
		}
		// JSON round trip: what WriteJSON writes reads back as the same
		// document and is written again byte for byte.
		var a, b bytes.Buffer
		if err := report.WriteJSON(&a, &d); err != nil {
			t.Fatal(err)
		}
		var back report.Document
		if err := json.Unmarshal(a.Bytes(), &back); err != nil {
			t.Fatalf("WriteJSON wrote JSON that does not read back: %v", err)
		}
		if err := report.WriteJSON(&b, &back); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("JSON round trip changed the document:\n%s\n%s", a.String(), b.String())
		}
	})
}
