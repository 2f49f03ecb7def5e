package report

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
)

// The languages and header values of the TMX written by WriteTMX.
const (
	tmxSourceLang = "zh-CN"
	tmxTargetLang = "en-US"
	tmxDoctype    = `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`
)

type tmxDoc struct {
	XMLName xml.Name  `xml:"tmx"`
	Version string    `xml:"version,attr"`
	Header  tmxHeader `xml:"header"`
	Body    tmxBody   `xml:"body"`
}

type tmxBody struct {
	TUs []tmxTU `xml:"tu"`
}

type tmxHeader struct {
	CreationTool        string    `xml:"creationtool,attr"`
	CreationToolVersion string    `xml:"creationtoolversion,attr"`
	SegType             string    `xml:"segtype,attr"`
	OTMF                string    `xml:"o-tmf,attr"`
	AdminLang           string    `xml:"adminlang,attr"`
	SrcLang             string    `xml:"srclang,attr"`
	DataType            string    `xml:"datatype,attr"`
	Props               []tmxProp `xml:"prop"`
}

type tmxTU struct {
	TUID  string    `xml:"tuid,attr"`
	Props []tmxProp `xml:"prop"`
	TUVs  []tmxTUV  `xml:"tuv"`
}

type tmxProp struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type tmxTUV struct {
	Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Seg  string `xml:"seg"`
}

// WriteTMX writes the pairs of doc that have both a Chinese and an English
// side as a TMX 1.4b translation memory, which CAT tools (OmegaT, Trados,
// memoQ) import: one <tu> per pair, its id as tuid, the Chinese side as
// zh-CN and the English as en-US, with the pair's kind and alignment score
// as <prop type="x-bireport-kind"> and <prop type="x-bireport-score">.
// Characters that XML 1.0 cannot carry are written as U+FFFD.
func WriteTMX(w io.Writer, doc *Document) error {
	t := newTMX(doc, "paragraph")
	for _, p := range doc.Pairs {
		if p.ZH == nil || p.EN == nil {
			continue
		}
		t.Body.TUs = append(t.Body.TUs, tmxTU{
			TUID: strconv.Itoa(p.ID),
			Props: []tmxProp{
				{Type: "x-bireport-kind", Value: string(p.Kind)},
				{Type: "x-bireport-score", Value: strconv.FormatFloat(p.Score, 'f', -1, 64)},
			},
			TUVs: []tmxTUV{
				{Lang: tmxSourceLang, Seg: p.ZH.Text},
				{Lang: tmxTargetLang, Seg: p.EN.Text},
			},
		})
	}
	return encodeTMX(w, t)
}

// newTMX returns a TMX document with the header for doc and segType, and
// no translation units yet.
func newTMX(doc *Document, segType string) tmxDoc {
	t := tmxDoc{
		Version: "1.4",
		Header: tmxHeader{
			CreationTool:        "bireport",
			CreationToolVersion: Schema,
			SegType:             segType,
			OTMF:                "bireport",
			AdminLang:           "en",
			SrcLang:             tmxSourceLang,
			DataType:            "plaintext",
		},
	}
	if doc.Source != "" {
		t.Header.Props = []tmxProp{{Type: "x-bireport-source", Value: doc.Source}}
	}
	return t
}

// encodeTMX writes t with the XML declaration and the TMX doctype.
func encodeTMX(w io.Writer, t tmxDoc) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(tmxDoctype + "\n")
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	if err := enc.Encode(t); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	bw.WriteByte('\n')
	return bw.Flush()
}
