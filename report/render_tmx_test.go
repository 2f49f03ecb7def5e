package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

// tmxParsed is the TMX as read back by a consumer.
type tmxParsed struct {
	XMLName xml.Name `xml:"tmx"`
	Version string   `xml:"version,attr"`
	Header  struct {
		CreationTool string `xml:"creationtool,attr"`
		SrcLang      string `xml:"srclang,attr"`
		SegType      string `xml:"segtype,attr"`
		AdminLang    string `xml:"adminlang,attr"`
		DataType     string `xml:"datatype,attr"`
		OTMF         string `xml:"o-tmf,attr"`
		CTV          string `xml:"creationtoolversion,attr"`
	} `xml:"header"`
	Body *struct {
		TUs []struct {
			TUID  string `xml:"tuid,attr"`
			Props []struct {
				Type  string `xml:"type,attr"`
				Value string `xml:",chardata"`
			} `xml:"prop"`
			TUVs []struct {
				Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Seg  string `xml:"seg"`
			} `xml:"tuv"`
		} `xml:"tu"`
	} `xml:"body"`
}

func parseTMX(t *testing.T, data []byte) tmxParsed {
	t.Helper()
	var got tmxParsed
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	if err := d.Decode(&got); err != nil {
		t.Fatalf("TMX is not well-formed XML: %v\n%s", err, data)
	}
	return got
}

// checkTMXHeader checks what every TMX we write must have, at either
// segmentation: the declaration, the doctype, markup escaped, and the
// header's attributes; it returns the parsed document.
func checkTMXHeader(t *testing.T, out []byte, segtype string) tmxParsed {
	t.Helper()
	if !bytes.HasPrefix(out, []byte(`<?xml version="1.0" encoding="UTF-8"?>`)) {
		t.Errorf("no XML declaration: %.80s", out)
	}
	if !bytes.Contains(out, []byte(`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`)) {
		t.Errorf("no TMX doctype")
	}
	if bytes.Contains(out, []byte("<script>")) {
		t.Errorf("markup in the text is not escaped:\n%s", out)
	}
	got := parseTMX(t, out)
	h := got.Header
	if got.Version != "1.4" || h.CreationTool != "bireport" || h.SrcLang != "zh-CN" || h.SegType != segtype ||
		h.AdminLang != "en" || h.DataType != "plaintext" || h.OTMF != "bireport" || h.CTV == "" {
		t.Errorf("header = %+v, version %q", h, got.Version)
	}
	return got
}

func TestWriteTMX(t *testing.T) {
	doc := rendererTestDoc()
	doc.Pairs[2].EN.Text += " \x01 ]]> \"q\" 'a'"
	var buf bytes.Buffer
	if err := WriteTMX(&buf, doc); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	got := checkTMXHeader(t, out, "paragraph")
	if got.Body == nil {
		t.Fatal("no <body>")
	}
	// Pairs 4 and 5 have one side only: not translation units.
	if len(got.Body.TUs) != 3 {
		t.Fatalf("got %d <tu>, want 3 (pairs with both sides)", len(got.Body.TUs))
	}
	for i, tu := range got.Body.TUs {
		p := doc.Pairs[i]
		if want := []string{"1", "2", "3"}[i]; tu.TUID != want {
			t.Errorf("tu %d: tuid %q, want %q", i, tu.TUID, want)
		}
		if len(tu.TUVs) != 2 {
			t.Fatalf("tu %d: %d <tuv>, want 2", i, len(tu.TUVs))
		}
		if tu.TUVs[0].Lang != "zh-CN" || tu.TUVs[1].Lang != "en-US" {
			t.Errorf("tu %d: xml:lang %q, %q; want zh-CN, en-US", i, tu.TUVs[0].Lang, tu.TUVs[1].Lang)
		}
		if tu.TUVs[0].Seg != p.ZH.Text {
			t.Errorf("tu %d: zh seg %q, want the source text %q", i, tu.TUVs[0].Seg, p.ZH.Text)
		}
		wantEN := strings.ReplaceAll(p.EN.Text, "\x01", "\uFFFD")
		if tu.TUVs[1].Seg != wantEN {
			t.Errorf("tu %d: en seg %q, want %q", i, tu.TUVs[1].Seg, wantEN)
		}
		var score string
		for _, pr := range tu.Props {
			if pr.Type == "x-bireport-score" {
				score = pr.Value
			}
		}
		if want := []string{"0.9", "0.95", "0.875"}[i]; score != want {
			t.Errorf("tu %d: score prop %q, want %q", i, score, want)
		}
	}
}

func TestWriteTMXEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTMX(&buf, &Document{}); err != nil {
		t.Fatal(err)
	}
	got := parseTMX(t, buf.Bytes())
	if got.Body == nil || len(got.Body.TUs) != 0 {
		t.Errorf("empty document: want an empty <body>, got %s", buf.Bytes())
	}
}
