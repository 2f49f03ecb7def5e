package report

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

func TestWriteHTML(t *testing.T) {
	doc := rendererTestDoc()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, doc); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	tests := []struct {
		name   string
		want   string
		absent bool
		reason string
	}{
		{name: "doctype", want: "<!DOCTYPE html>", reason: "a standalone page"},
		{name: "charset", want: `<meta charset="utf-8">`, reason: "Chinese text needs the encoding declared"},
		{name: "no raw script", want: "<script>", absent: true, reason: "text from the input must be escaped"},
		{name: "escaped script", want: "&lt;script&gt;alert(1)&lt;/script&gt;", reason: "the source text is shown as it is"},
		{name: "escaped ampersand", want: "childcare &amp; &lt;education&gt;.", reason: "footnote text escaped"},
		{name: "zh cell", want: `<td lang="zh" class="zh"><span class="line">5–6</span>紧扣`, reason: "the Chinese side carries lang=zh and its lines"},
		{name: "en cell", want: `<td lang="en" class="en"><span class="line">7</span>in five areas<sup><a href="#fn-17">17</a></sup> and`, reason: "the footnote marker at the ref's offset links to the footnote"},
		{name: "heading row", want: `<tr id="p2" class="heading level-1">`, reason: "headings are styled by kind and level"},
		{name: "missing side", want: `<td class="missing"></td>`, reason: "a one-sided pair leaves an empty cell"},
		{name: "footnote", want: `<dt id="fn-17">[17] <a href="#p3">`, reason: "footnotes are listed with a link back to the pair"},
		{name: "commitment", want: `<td lang="zh">34项</td><td lang="en">34</td><td class="num">34–6.5</td>`, reason: "commitments table with value and upper bound"},
		{name: "finding", want: `<td>zh &lt;only&gt;</td>`, reason: "finding messages escaped"},
		{name: "title", want: "<title>政 府 工 作 报 告</title>", reason: "the title pair names the page"},
	}
	for _, tt := range tests {
		if has := strings.Contains(out, tt.want); has == tt.absent {
			t.Errorf("%s: contains %q = %v, want %v (%s)", tt.name, tt.want, has, !tt.absent, tt.reason)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
	checkHTMLWellFormed(t, out)
}

// checkHTMLWellFormed parses the page with encoding/xml in its HTML mode and
// checks that every element opened is closed.
func checkHTMLWellFormed(t *testing.T, page string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	var stack []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("HTML does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tok.Name.Local)
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1] != tok.Name.Local {
				t.Fatalf("</%s> closes %v", tok.Name.Local, stack)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 {
		t.Errorf("unclosed elements: %v", stack)
	}
}

func TestWriteHTMLBadRefs(t *testing.T) {
	doc := rendererTestDoc()
	doc.Footnotes[0].Refs = []Ref{
		{Pair: 3, Lang: "en", Offset: 10_000}, // past the end
		{Pair: 3, Lang: "en", Offset: -1},     // negative
		{Pair: 3, Lang: "en", Offset: 0},      // text there is not "17"
		{Pair: 99, Lang: "en", Offset: 0},     // no such pair
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, doc); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "<sup>") {
		t.Errorf("a ref that does not point at its marker was linked")
	}
	if !strings.Contains(buf.String(), "in five areas17 and") {
		t.Errorf("text around a bad ref was changed")
	}
	checkHTMLWellFormed(t, buf.String())
}

func TestWriteHTMLEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, &Document{}); err != nil {
		t.Fatal(err)
	}
	checkHTMLWellFormed(t, buf.String())
	if !strings.Contains(buf.String(), "<title>bireport</title>") {
		t.Errorf("an empty document still gets a title")
	}
}
