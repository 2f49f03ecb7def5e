package report_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/bireport/bireport/internal/golden"
	"github.com/bireport/bireport/report"
)

// The sample and the corpus written by the tests as the formats reports
// are published in (an HTML page, <br/>-joined HTML, a two-column table,
// Markdown, a Word document) must give the pairs the text gives.

// sampleUnit is one pair of the sample as the text parse gives it: its
// kind and level, and the source lines of each side.
type sampleUnit struct {
	kind   report.Kind
	level  int
	zh, en []string
}

// sampleUnits parses the sample as text and returns its pairs as units of
// source lines, with the text document.
func sampleUnits(t *testing.T) ([]sampleUnit, *report.Document) {
	t.Helper()
	doc, text := parseSample(t)
	lines := strings.Split(text, "\n")
	sideLines := func(s *report.Side) []string {
		if s == nil {
			return nil
		}
		return lines[s.Lines[0]-1 : s.Lines[1]]
	}
	var us []sampleUnit
	for _, p := range doc.Pairs {
		us = append(us, sampleUnit{p.Kind, p.Level, sideLines(p.ZH), sideLines(p.EN)})
	}
	return us, doc
}

// pairSignature lists what must not change between formats: each pair's
// kind, level and texts.
func pairSignature(doc *report.Document) []string {
	var out []string
	for _, p := range doc.Pairs {
		zh, en := "-", "-"
		if p.ZH != nil {
			zh = p.ZH.Text
		}
		if p.EN != nil {
			en = p.EN.Text
		}
		out = append(out, fmt.Sprintf("%d %s/%d zh=%q en=%q", p.ID, p.Kind, p.Level, zh, en))
	}
	return out
}

// leadEnd returns the byte length of the run-in lead sentence a paragraph
// line starts with (促进高质量充分就业。 / Promote high-quality and full
// employment.), 0 when it has none.
func leadEnd(line string) int {
	if i := strings.Index(line, "。"); i > 0 && i < 60 {
		return i + len("。")
	}
	if i := strings.Index(line, ". "); i > 0 && i < 80 {
		return i + 1
	}
	return 0
}

// htmlEscape escapes a line for HTML and spells some characters as
// entities, named and numeric, as pages do.
func htmlEscape(s string) string {
	s = html.EscapeString(s)
	return strings.NewReplacer("“", "&ldquo;", "”", "&rdquo;", "&#39;", "&apos;", ", ", "&#44; ", "——", "&mdash;&#x2014;").Replace(s)
}

// foldSource breaks a line of page source in the middle: at a space in
// English (the break reads as a space), between two Chinese characters in
// Chinese (as a browser shows it, no space).
func foldSource(s string) string {
	rs := []rune(s)
	if len(rs) < 40 {
		return s
	}
	for i := len(rs) / 2; i < len(rs)-1; i++ {
		if rs[i] == ' ' {
			return string(rs[:i]) + "\n  " + string(rs[i+1:])
		}
		if rs[i] >= 0x4E00 && rs[i] <= 0x9FFF && rs[i+1] >= 0x4E00 && rs[i+1] <= 0x9FFF {
			return string(rs[:i+1]) + "\n" + string(rs[i+1:])
		}
	}
	return s
}

// markUp escapes a line and adds inline markup: the lead sentence in
// <strong>, a footnote mark in <sup>, the source folded.
func markUp(line string) string {
	n := leadEnd(line)
	out := ""
	if n > 0 {
		out = "<strong>" + htmlEscape(line[:n]) + "</strong>"
		line = line[n:]
	}
	rest := htmlEscape(line)
	rest = strings.Replace(rest, "areas17", "areas<sup><a href=\"#fn17\">17</a></sup>", 1)
	return foldSource(out + rest)
}

// samplePage writes the sample as a web page: headings in <h1>–<h3>,
// paragraphs in <p>, inline markup and entities, and what is not text (a
// head with a title, style and script, a nav bar, comments, a script in
// the body holding <p>).
func samplePage(us []sampleUnit) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告</title>
<style>p { margin: 0 } /* <p>not text</p> */</style>
<script>document.write("<p>不是正文</p>");</script></head>
<body><nav><ul><li><a href="/">首页</a></li><li>English</li></ul></nav>
<!-- <p>被注释的段落</p> -->
`)
	for i, u := range us {
		for _, side := range [][]string{u.zh, u.en} {
			tag := "p"
			switch u.kind {
			case report.KindTitle:
				tag = "h1"
			case report.KindHeading:
				tag = fmt.Sprintf("h%d", u.level+1)
			}
			for _, l := range side {
				fmt.Fprintf(&b, "<%s>%s</%s>\n", tag, markUp(l), tag)
			}
		}
		if i == 5 {
			b.WriteString("<script type=\"text/javascript\">\nvar p = '<p>脚本里的段落</p>';\n</script>\n")
		}
	}
	b.WriteString("<div class=\"footer\"></div></body></html>\n")
	return b.String()
}

// joinEscaped escapes each line for HTML and joins them with sep.
func joinEscaped(ls []string, sep string) string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = htmlEscape(l)
	}
	return strings.Join(out, sep)
}

// sampleBreaks writes each pair as one <p>, its Chinese and English
// lines joined by <br/>.
func sampleBreaks(us []sampleUnit) string {
	var b strings.Builder
	b.WriteString("<html><body>\n")
	for _, u := range us {
		fmt.Fprintf(&b, "<p>%s</p>\n", joinEscaped(append(append([]string(nil), u.zh...), u.en...), "<br/>"))
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// sampleTable writes the sample as a two-column table, a pair a row, with
// no declaration (the tags tell it is HTML).
func sampleTable(us []sampleUnit) string {
	var b strings.Builder
	b.WriteString("<table border=\"1\">\n<thead><tr><th>中文</th><th>English</th></tr></thead>\n<tbody>\n")
	for _, u := range us {
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td></tr>\n", joinEscaped(u.zh, "<br>"), joinEscaped(u.en, "<br>"))
	}
	b.WriteString("</tbody></table>\n")
	return b.String()
}

// sampleMarkdown writes the sample as Markdown: YAML front matter, the
// title and headings as ATX headings, the lead sentences in bold, the
// occasion as one paragraph over two source lines, the footnote as a
// Markdown footnote.
func sampleMarkdown(us []sampleUnit) string {
	var b strings.Builder
	b.WriteString("---\ntitle: 北京市政府工作报告\ndate: 2024-01-21\nsource: https://www.beijing.gov.cn/\n---\n\n")
	for _, u := range us {
		for _, side := range [][]string{u.zh, u.en} {
			if len(side) == 0 {
				continue
			}
			prefix := ""
			switch u.kind {
			case report.KindTitle:
				prefix = "# "
			case report.KindHeading:
				prefix = strings.Repeat("#", u.level+1) + " "
			}
			var ls []string
			for _, l := range side {
				if strings.HasPrefix(l, "[17]") {
					l = "[^17]: " + strings.TrimPrefix(l, "[17]")
				} else if n := leadEnd(l); n > 0 && u.kind == report.KindParagraph {
					l = "**" + l[:n] + "**" + l[n:]
				}
				ls = append(ls, strings.Replace(l, "areas17", "areas[^17]", 1))
			}
			if u.kind == report.KindMeta {
				b.WriteString(strings.Join(ls, "\n") + "\n\n")
				continue
			}
			for _, l := range ls {
				b.WriteString(prefix + l + "\n\n")
			}
		}
	}
	return b.String()
}

// A wordDoc is a Word document a test writes: the XML inside w:body and
// inside w:footnotes, and what else a test changes.
type wordDoc struct {
	body, footnotes string
	numStart        int    // w:numStart of the footnotes in settings.xml; 0 for none
	contentType     string // of word/document.xml; "" for a Word document's
	noDocument      bool   // leave word/document.xml out
}

const wordNSDecl = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// bytes writes the document as a .docx (a ZIP archive).
func (d wordDoc) bytes(t testing.TB) []byte {
	t.Helper()
	ct := d.contentType
	if ct == "" {
		ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="` + ct + `"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
	}
	if !d.noDocument {
		parts = append(parts, struct{ name, body string }{"word/document.xml",
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<w:document " + wordNSDecl + "><w:body>" + d.body + "</w:body></w:document>"})
	}
	if d.footnotes != "" {
		parts = append(parts, struct{ name, body string }{"word/footnotes.xml", `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ` + wordNSDecl + `>` +
			`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` + d.footnotes + `</w:footnotes>`})
	}
	if d.numStart > 0 {
		parts = append(parts, struct{ name, body string }{"word/settings.xml", `<?xml version="1.0" encoding="UTF-8"?><w:settings ` + wordNSDecl + `>` +
			fmt.Sprintf(`<w:footnotePr><w:numStart w:val="%d"/></w:footnotePr>`, d.numStart) + `</w:settings>`})
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wordText escapes text for a w:t element.
func wordText(s string) string {
	var b bytes.Buffer
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		panic(err)
	}
	return b.String()
}

// wordRun is a run of text, bold when asked.
func wordRun(s string, bold bool) string {
	pr := ""
	if bold {
		pr = "<w:rPr><w:b/></w:rPr>"
	}
	return `<w:r>` + pr + `<w:t xml:space="preserve">` + wordText(s) + `</w:t></w:r>`
}

// wordPara is a paragraph of runs, the text cut into up to three runs at
// rune boundaries, as Word cuts text where formatting or revision ids
// change.
func wordPara(s string) string {
	rs := []rune(s)
	if len(rs) < 9 {
		return "<w:p>" + wordRun(s, false) + "</w:p>"
	}
	a, b := len(rs)/3, 2*len(rs)/3
	return "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>" + wordRun(string(rs[:a]), false) + wordRun(string(rs[a:b]), false) +
		`<w:proofErr w:type="spellStart"/>` + wordRun(string(rs[b:]), false) + "</w:p>"
}

// linesDOCX writes text as a Word document, a line a paragraph.
func linesDOCX(t testing.TB, text string) []byte {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		b.WriteString(wordPara(l))
	}
	return wordDoc{body: b.String()}.bytes(t)
}

// sampleDOCX writes the sample as a Word document: a paragraph a line,
// the occasion's two lines in one paragraph with a line break, the lead
// sentences in bold runs, the footnote as a real footnote (Word numbers it
// 17 from w:numStart) referenced from "five areas", a mc:Fallback copy of
// the title that must not be read twice.
func sampleDOCX(t testing.TB, us []sampleUnit) []byte {
	var b, notes strings.Builder
	for _, u := range us {
		for _, side := range [][]string{u.zh, u.en} {
			switch {
			case len(side) == 0:
			case u.kind == report.KindMeta && len(side) == 2:
				b.WriteString("<w:p>" + wordRun(side[0], false) + "<w:r><w:br/></w:r>" + wordRun(side[1], false) + "</w:p>")
			case u.kind == report.KindTitle:
				b.WriteString(`<w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>` + wordText(side[0]) +
					`</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>` + wordText(side[0]) + `</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`)
			case strings.HasPrefix(side[0], "[17]"):
				notes.WriteString(`<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>` +
					wordRun(" "+strings.TrimPrefix(side[0], "[17]"), false) + `</w:p></w:footnote>`)
			case strings.Contains(side[0], "areas17"):
				before, after, _ := strings.Cut(side[0], "areas17")
				b.WriteString("<w:p>" + wordRun(before+"areas", false) +
					`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>` + wordRun(after, false) + "</w:p>")
			default:
				for _, l := range side {
					if n := leadEnd(l); n > 0 && u.kind == report.KindParagraph {
						b.WriteString("<w:p>" + wordRun(l[:n], true) + wordRun(l[n:], false) + "</w:p>")
					} else {
						b.WriteString(wordPara(l))
					}
				}
			}
		}
	}
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`)
	return wordDoc{body: b.String(), footnotes: notes.String(), numStart: 17}.bytes(t)
}

// TestFormatsSamePairs writes the sample in every format and checks that
// each gives exactly the 13 pairs of the text file (kinds, levels and
// texts), that the format is detected and recorded, and that every
// invariant holds on the extracted text (nothing lost, spans, schema).
func TestFormatsSamePairs(t *testing.T) {
	us, textDoc := sampleUnits(t)
	want := pairSignature(textDoc)
	if len(want) != 13 {
		t.Fatalf("the text sample gives %d pairs, want 13", len(want))
	}
	cases := []struct {
		name   string
		file   string
		data   []byte
		format report.Format
		reason string
	}{
		{"page", "sample.html", []byte(samplePage(us)), report.FormatHTML, "markup, entities, scripts holding <p>, head, nav and comments dropped"},
		{"breaks", "sample-br.htm", []byte(sampleBreaks(us)), report.FormatHTML, "each pair one <p>, its lines joined by <br/>"},
		{"table", "sample-table.txt", []byte(sampleTable(us)), report.FormatHTML, "a two-column table pairs its rows; detected by its tags whatever the name"},
		{"markdown", "sample.md", []byte(sampleMarkdown(us)), report.FormatMarkdown, "front matter, bold leads, a footnote"},
		{"markdown front matter", "sample.txt", []byte(sampleMarkdown(us)), report.FormatMarkdown, "front matter makes Markdown whatever the name"},
		{"docx", "sample.docx", sampleDOCX(t, us), report.FormatDOCX, "runs, bold leads, a line break, a footnote numbered from 17"},
		{"docx unnamed", "-", sampleDOCX(t, us), report.FormatDOCX, "standard input: a ZIP with word/document.xml is Word"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := report.Parse(bytes.NewReader(tc.data), report.Config{Name: tc.file})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if doc.Format != tc.format {
				t.Errorf("format %q, want %q (%s)", doc.Format, tc.format, tc.reason)
			}
			text, format, err := report.ReadText(bytes.NewReader(tc.data), report.Config{Name: tc.file})
			if err != nil || format != tc.format {
				t.Fatalf("ReadText: %q, %v", format, err)
			}
			got := pairSignature(doc)
			for i := range max(len(got), len(want)) {
				if i >= len(got) || i >= len(want) || got[i] != want[i] {
					t.Errorf("pairs differ from the text file's from pair %d (%s)\ngot:  %.300s\nwant: %.300s\nextracted text:\n%.3000s",
						i+1, tc.reason, strings.Join(got[min(i, len(got)):], "\n"), strings.Join(want[min(i, len(want)):], "\n"), text)
					break
				}
			}
			checkDocument(t, doc, map[string]string{tc.file: text}, true)
			if len(doc.Footnotes) != 1 || doc.Footnotes[0].ID != "17" || len(doc.Footnotes[0].Refs) != 1 || doc.Footnotes[0].Refs[0].Pair != 6 {
				t.Errorf("footnotes %+v, want 17 referenced from pair 6", doc.Footnotes)
			}
			if len(doc.Commitments) != len(textDoc.Commitments) {
				t.Errorf("%d commitments, want %d", len(doc.Commitments), len(textDoc.Commitments))
			}
		})
	}
}

// TestFormatsCorpusDOCX writes every corpus document as a Word document, a
// line a paragraph cut into runs, and checks it gives the pairs, and so
// the F1, of the text.
func TestFormatsCorpusDOCX(t *testing.T) {
	for _, name := range goldDocs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			text, gold := interleave(loadUnits(t, name))
			textDoc, err := report.Parse(strings.NewReader(text), report.Config{Name: name + ".txt"})
			if err != nil {
				t.Fatal(err)
			}
			data := linesDOCX(t, text)
			doc, err := report.Parse(bytes.NewReader(data), report.Config{Name: name + ".docx"})
			if err != nil {
				t.Fatal(err)
			}
			extracted, _, err := report.ReadText(bytes.NewReader(data), report.Config{Name: name + ".docx"})
			if err != nil {
				t.Fatal(err)
			}
			if extracted != text {
				t.Errorf("the Word document's text differs from the text file at byte %d", firstDiff(extracted, text))
			}
			_, _, f := pairF1(doc.Pairs, gold)
			_, _, want := pairF1(textDoc.Pairs, gold)
			t.Logf("F1 %s docx: %.3f (text %.3f)", name, f, want)
			if f != want || f < 0.98 {
				t.Errorf("pair F1 %.3f as .docx, %.3f as text", f, want)
			}
			checkNothingLost(t, doc, map[string]string{name + ".docx": extracted})
		})
	}
}

// firstDiff returns the first byte offset where a and b differ.
func firstDiff(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestDetectFormat checks the format rules by content and name.
func TestDetectFormat(t *testing.T) {
	docx := wordDoc{body: wordPara("政府工作报告")}.bytes(t)
	cases := []struct {
		name, file string
		data       string
		want       report.Format
		reason     string
	}{
		{"doctype", "a.txt", "<!DOCTYPE html><title>x</title>", report.FormatHTML, "a declaration wins over the name"},
		{"html element", "-", "\n  <HTML><body>政府</body></HTML>", report.FormatHTML, "<html at the top, any case"},
		{"comment first", "-", "<!-- saved from url -->\n<!doctype html>", report.FormatHTML, "a comment before the declaration"},
		{"tags", "a.txt", "政府工作报告\n<p>一、</p>\n<p>I.</p>\n", report.FormatHTML, "two tags in the first KiB"},
		{"one tag", "a.txt", "政府工作报告 <b>x</b>\nReport\n", report.FormatText, "one stray tag is not a page"},
		{"html name", "page.htm", "政府工作报告\n", report.FormatHTML, "the name decides when the content does not"},
		{"markdown name", "notes.MD", "# 政府工作报告\n<br>\n<br>\n", report.FormatMarkdown, "a Markdown name outranks inline tags"},
		{"front matter", "a.txt", "---\ntitle: 报告\n---\n正文\n", report.FormatMarkdown, "YAML front matter at the top"},
		{"rule is not front matter", "a.txt", "---\n政府工作报告\n---\n", report.FormatText, "a line of dashes without key: lines"},
		{"numbered text", "a.txt", "1. 政府工作报告\n2. 第二项\n1. First\n", report.FormatText, "plain text that has 1. lines stays text"},
		{"docx", "a.bin", string(docx), report.FormatDOCX, "a ZIP archive is a Word document"},
		{"ole", "a.docx", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + strings.Repeat("\x00", 100), report.FormatDOCX, "an encrypted .docx goes to the Word reader, which says so"},
		{"utf-16 page", "-", "\xFF\xFE" + utf16LE("<!DOCTYPE html><p>x</p>"), report.FormatHTML, "the declaration read through a UTF-16 byte-order mark"},
		{"text", "a.txt", "政府工作报告\nREPORT\n", report.FormatText, "the default"},
	}
	for _, tc := range cases {
		if got := report.DetectFormat(tc.file, []byte(tc.data)); got != tc.want {
			t.Errorf("%s: DetectFormat = %q, want %q (%s)", tc.name, got, tc.want, tc.reason)
		}
	}
}

// TestFormatLines checks the lines extracted from small inputs of each
// format, construct by construct.
func TestFormatLines(t *testing.T) {
	cases := []struct {
		name, file string
		data       string
		want       string
		reason     string
	}{
		{"html blocks", "a.html", "<div>一<p>二</p>三</div><ul><li>四<li>五</ul><h2>六</h2><blockquote>七</blockquote>",
			"一\n二\n三\n四\n五\n六\n七\n", "every block element ends a line, in document order"},
		{"html br", "a.html", "<p>甲<br>乙<br/>Third line</p>", "甲\n乙\nThird line\n", "<br> ends a line"},
		{"html entities", "a.html", "<p>A &amp; B &lt;C&gt; &#x4E2D;&#25991; &nbsp;x</p>", "A & B <C> 中文 \u00a0x\n", "entities decoded"},
		{"html white space", "a.html", "<p>  We  will\n\tcreate  jobs </p><p>城镇\n新增\n就业 26 万人</p>", "We will create jobs\n城镇新增就业 26 万人\n",
			"runs of white space collapse; a line end between Chinese characters is nothing"},
		{"html dropped", "a.html", "<html><head><title>T</title><script>var a='<p>x</p>'</script></head><body><nav>菜单</nav><!-- <p>c</p> --><style>p{}</style><p>正文</p></body></html>",
			"正文\n", "script, style, head, nav and comments are not text"},
		{"html white space between elements", "a.html", "<p><b>城镇</b>\n<i>新增</i> <b>就业</b>\n<i>We</i>\n<b>will</b></p>", "城镇新增 就业 We will\n",
			"a line end between elements is nothing between Chinese characters, a space elsewhere; a space stays a space"},
		{"html inline", "a.html", "<p>新增<b>就业</b><a href=\"http://x\">26万人</a>。</p>", "新增就业26万人。\n", "inline elements join their text; link targets are not text"},
		{"html other table", "a.html", "<table><tr><td>指标</td><td>目标</td></tr><tr><td>就业</td><td>26万人</td></tr></table>",
			"指标\n目标\n就业\n26万人\n", "a table of one language: a cell a line, no pairing"},
		{"html pair table", "a.html", "<table><tr><td>一、任务</td><td>I. Tasks</td></tr></table>",
			"一、任务\nI. Tasks\n\n", "a Chinese | English table: each row its lines, set apart by blank lines"},
		{"html charset only a word", "a.html", "<p>The charset of this page is not declared.</p><p>\xd5\xfe\xb8\xae</p>", "The charset of this page is not declared.\n政府\n",
			"without a declaration, GB18030 is detected, not taken for Windows-1252"},
		{"html pre", "a.html", "<pre>第一行\n  second line</pre>", "第一行\n  second line\n", "<pre> keeps its line ends and spaces"},
		{"markdown blocks", "a.md", "# 一、标题\n\n段落一\n续行\n\nFirst line\ncontinued  \nhard break\n\n1. 第一项\n2. 第二项\n\n- bullet\n\n> 引文\n",
			"一、标题\n段落一续行\nFirst line continued\nhard break\n1. 第一项\n2. 第二项\nbullet\n引文\n", "headings, paragraphs, soft and hard breaks, numbered items keep their numbers"},
		{"markdown emphasis", "a.md", "**（一）继续创新。**坚持创新\n\n*We* will __grow__.\n\n\\*\\*literal\\*\\* and `**code**`\n",
			"（一）继续创新。坚持创新\nWe will grow.\n**literal** and **code**\n", "markers dropped, also unmatched ones before Chinese; escaped and code markers kept"},
		{"markdown links", "a.md", "See [the report](http://example.com/r.pdf \"title\") and ![chart](c.png) <http://a.b/>.\n\n[ref]: http://x\n",
			"See the report and  http://a.b/.\n", "link text without the target; images and definitions left out"},
		{"markdown entities", "a.md", "A &amp; B &#20013;\n", "A & B 中\n", "entities decoded"},
		{"markdown front matter", "a.md", "---\ntitle: x\n---\n正文\n", "正文\n", "front matter is not text"},
		{"markdown footnote", "a.md", "areas[^17] here\n\n[^17]: The seven aspects.\n", "areas17 here\n\n[17]The seven aspects.\n", "footnotes after the text"},
		{"markdown table", "a.md", "| 中文 | English |\n| --- | --- |\n| 一、任务 | I. Tasks |\n", "一、任务\nI. Tasks\n\n", "a Chinese | English table pairs its rows; the header row labels the columns"},
		{"markdown html", "a.md", "<div>\n<p>一</p><p>二</p>\n</div>\n\n正文<br>下一行\n", "一\n二\n正文\n下一行\n", "raw HTML blocks give their text; <br> ends a line"},
		{"docx runs", "a.docx", string(wordDoc{body: "<w:p><w:r><w:t>城镇</w:t></w:r><w:r><w:t>新增</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\"> jobs</w:t><w:br/><w:t>下一行</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>三</w:t></w:r></w:p>"}.bytes(t)),
			"城镇新增\t jobs\n下一行\n\n三\n", "runs joined, tab kept, a break a new line, an empty paragraph an empty line"},
		{"docx tab stops", "a.docx", string(wordDoc{body: "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>一</w:t><w:tab/><w:t>二</w:t><w:footnoteReference w:id=\"1\"/></w:r></w:p>" +
			"<w:sectPr><w:footnotePr><w:numStart w:val=\"3\"/></w:footnotePr><w:endnotePr><w:numStart w:val=\"9\"/></w:endnotePr></w:sectPr>",
			footnotes: "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/><w:t>注</w:t></w:r></w:p></w:footnote>"}.bytes(t)),
			"一\t二3\n\n[3]注\n", "a tab stop in the paragraph properties is no tab; the endnotes' numStart is not the footnotes'"},
		{"docx deleted", "a.docx", string(wordDoc{body: "<w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>"}.bytes(t)),
			"新\n", "deleted text and field codes are not text; inserted text is"},
		{"docx pair table", "a.docx", string(wordDoc{body: "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>一、任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>I. Tasks</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>后</w:t></w:r></w:p>"}.bytes(t)),
			"一、任务\nI. Tasks\n\n后\n", "a Chinese | English table as for HTML"},
		{"docx custom mark", "a.docx", string(wordDoc{body: "<w:p><w:r><w:t>见</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"2\"/><w:t>*</w:t></w:r></w:p>",
			footnotes: "<w:footnote w:id=\"2\"><w:p><w:r><w:t>* 注释。</w:t></w:r></w:p></w:footnote>"}.bytes(t)),
			"见*\n\n* 注释。\n", "a custom footnote mark is the text that follows, not a number"},
		{"docx numbered marks", "a.docx", string(wordDoc{body: "<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:footnoteReference w:id=\"5\"/></w:r><w:r><w:t>乙</w:t></w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p>",
			footnotes: "<w:footnote w:id=\"3\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Three.</w:t></w:r></w:p><w:p><w:r><w:t>More.</w:t></w:r></w:p></w:footnote><w:footnote w:id=\"5\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Five.</w:t></w:r></w:p></w:footnote>"}.bytes(t)),
			"甲1乙2\n\n[1]Five.\n[2]Three.\nMore.\n", "marks are numbered in the order met, not by id; a footnote's paragraphs follow its definition"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := report.ReadText(strings.NewReader(tc.data), report.Config{Name: tc.file})
			if err != nil {
				t.Fatalf("ReadText: %v", err)
			}
			if got != tc.want {
				t.Errorf("got %q, want %q (%s)", got, tc.want, tc.reason)
			}
		})
	}
}

// TestFormatsGB18030Page checks that a page in GB18030 with a meta charset
// gives the same text as its UTF-8 twin.
func TestFormatsGB18030Page(t *testing.T) {
	us, _ := sampleUnits(t)
	page := strings.Replace(samplePage(us), `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, 1)
	gb := encodeWith(simplifiedchinese.GB18030)(page)
	want, _, err := report.ReadText(strings.NewReader(page), report.Config{Name: "utf8.html"})
	if err != nil {
		t.Fatal(err)
	}
	got, format, err := report.ReadText(bytes.NewReader(gb), report.Config{Name: "gb.html"})
	if err != nil || format != report.FormatHTML {
		t.Fatalf("ReadText: %q, %v", format, err)
	}
	if got != want {
		t.Errorf("GB18030 page reads differently from its UTF-8 twin at byte %d", firstDiff(got, want))
	}
	if !utf8.ValidString(got) || !strings.Contains(got, "政 府 工 作 报 告") {
		t.Errorf("GB18030 page not decoded: %.100q", got)
	}
}

// TestFormatsNothingLostFixtures parses every fixture under
// testdata/formats and checks the nothing-lost invariant in its extracted
// text.
func TestFormatsNothingLostFixtures(t *testing.T) {
	files, err := filepath.Glob("../testdata/formats/*")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 4 {
		t.Fatalf("found %d fixtures in testdata/formats, want at least 4", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(path)
			doc, err := report.Parse(bytes.NewReader(data), report.Config{Name: name})
			if err != nil {
				t.Fatal(err)
			}
			text, _, err := report.ReadText(bytes.NewReader(data), report.Config{Name: name})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format == report.FormatText {
				t.Errorf("%s read as text", name)
			}
			checkDocument(t, doc, map[string]string{name: text}, true)
		})
	}
}

// formatFixtures are the sample written in each format, kept under
// testdata/formats for users to try and for the fuzz seeds; the tests
// write them (-update rewrites them) and read them back.
func formatFixtures(t *testing.T) map[string][]byte {
	us, _ := sampleUnits(t)
	page := samplePage(us)
	gbPage := strings.Replace(page, `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, 1)
	return map[string][]byte{
		"beijing-2024-excerpt.html":         []byte(page),
		"beijing-2024-excerpt.gb18030.html": encodeWith(simplifiedchinese.GB18030)(gbPage),
		"beijing-2024-excerpt.br.html":      []byte(sampleBreaks(us)),
		"beijing-2024-excerpt.table.html":   []byte(sampleTable(us)),
		"beijing-2024-excerpt.md":           []byte(sampleMarkdown(us)),
		"beijing-2024-excerpt.docx":         sampleDOCX(t, us),
	}
}

// TestFormatFixtures checks the fixtures under testdata/formats against
// what the writers above make, and the text extracted from each against
// its golden file in testdata/golden/formats (read by eye).
func TestFormatFixtures(t *testing.T) {
	for name, data := range formatFixtures(t) {
		t.Run(name, func(t *testing.T) {
			golden.Check(t, filepath.Join("../testdata/formats", name), data)
			text, _, err := report.ReadText(bytes.NewReader(data), report.Config{Name: name})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("../testdata/golden/formats", name+".txt"), []byte(text))
		})
	}
}

// linesPage writes text as a web page, a line a <p>.
func linesPage(text string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n")
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// TestFormatsPairOfFiles checks two monolingual files in different formats
// (the Chinese as a web page, the English as a Word document): the same
// pairs, and F1, as the two text files.
func TestFormatsPairOfFiles(t *testing.T) {
	const name = "gwr-2016-national"
	zh, en, gold := separate(loadUnits(t, name))
	textDoc, err := report.ParsePair(strings.NewReader(zh), strings.NewReader(en), report.Config{Name: "zh.txt", ENName: "en.txt"})
	if err != nil {
		t.Fatal(err)
	}
	page, word := linesPage(zh), linesDOCX(t, en)
	doc, err := report.ParsePair(strings.NewReader(page), bytes.NewReader(word), report.Config{Name: "zh.html", ENName: "en.docx"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != report.FormatHTML {
		t.Errorf("format %q, want html (the Chinese file's)", doc.Format)
	}
	_, _, f := pairF1(doc.Pairs, gold)
	_, _, want := pairF1(textDoc.Pairs, gold)
	if f != want {
		t.Errorf("pair F1 %.3f as a page and a Word document, %.3f as text", f, want)
	}
	zt, _, err := report.ReadText(strings.NewReader(page), report.Config{Name: "zh.html"})
	if err != nil {
		t.Fatal(err)
	}
	et, _, err := report.ReadText(bytes.NewReader(word), report.Config{Name: "en.docx"})
	if err != nil {
		t.Fatal(err)
	}
	checkNothingLost(t, doc, map[string]string{"zh.html": zt, "en.docx": et})
}
