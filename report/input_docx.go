package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word documents (Office Open XML, .docx) are ZIP archives of XML parts;
// the text is in word/document.xml, footnotes in word/footnotes.xml, the
// footnote numbering's start in word/settings.xml or the section
// properties. Only archive/zip and encoding/xml read them.

// The WordprocessingML namespaces, transitional and strict.
const (
	wordNS       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	wordStrictNS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	compatNS     = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// wordMainTypes are the content types of a Word document's main part:
// document, macro-enabled document, template and macro-enabled template.
var wordMainTypes = []string{
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
	"application/vnd.ms-word.document.macroEnabled.main+xml",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
	"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}

// A docx is a Word document being read.
type docx struct {
	name   string
	size   int64 // of the file
	files  map[string]*zip.File
	budget int64 // uncompressed bytes still allowed (MaxInputBytes in all)
	// Footnote references in the order met: ids, and whether the mark is
	// numbered (not a custom mark that follows in the text).
	refs     []string
	numbered map[string]int // footnote id -> ordinal among numbered marks, 1-based; 0 for a custom mark
	marks    int            // numbered marks so far
	numStart int            // the number of the first footnote (w:numStart), 0 if unset
}

// readDOCX extracts the lines of a Word document: each paragraph a line,
// its text runs joined, a tab as a tab and a line break as a new line;
// tables as for HTML (a two-column Chinese | English table gives paired
// rows); footnotes after the text as definitions "[N]text", with N, the
// mark Word shows, at each reference. A corrupt, truncated or encrypted
// file is an *Error wrapping ErrEncoding; a part larger than the input
// limit (a ZIP bomb) or nesting deeper than maxNesting, ErrTooLarge.
func readDOCX(name string, data []byte) (page, error) {
	if bytes.HasPrefix(data, oleSignature) {
		return page{}, &Error{File: name, Offset: 0, Err: ErrEncoding,
			Detail: "an OLE compound file, not a ZIP archive: a password-protected Word document or an old .doc; save it unprotected as .docx"}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return page{}, &Error{File: name, Offset: 0, Err: ErrEncoding,
			Detail: "not a readable Word document (a truncated or corrupt ZIP archive): " + err.Error()}
	}
	d := &docx{name: name, size: int64(len(data)), files: map[string]*zip.File{}, budget: MaxInputBytes, numbered: map[string]int{}}
	for _, f := range zr.File {
		d.files[f.Name] = f
	}
	if err := d.checkContentTypes(); err != nil {
		return page{}, err
	}
	main := d.files["word/document.xml"]
	if main == nil {
		return page{}, &Error{File: name, Offset: 0, Err: ErrEncoding, Detail: "a ZIP archive without word/document.xml: " + d.guess()}
	}
	if f := d.files["word/settings.xml"]; f != nil {
		if err := d.readSettings(f); err != nil {
			return page{}, err
		}
	}
	w := &lineWriter{name: name}
	if err := d.walk(main, w); err != nil {
		return page{}, err
	}
	if err := d.writeFootnotes(w); err != nil {
		return page{}, err
	}
	pg, err := w.page()
	if err != nil {
		return page{}, err
	}
	pg.text = d.numberMarks(pg.text)
	return pg, nil
}

// guess names what a ZIP archive without a Word document may be.
func (d *docx) guess() string {
	switch {
	case d.files["xl/workbook.xml"] != nil:
		return "an Excel workbook, not a Word document"
	case d.files["ppt/presentation.xml"] != nil:
		return "a PowerPoint presentation, not a Word document"
	case d.files["content.xml"] != nil:
		return "an OpenDocument file: save it as .docx"
	}
	return "not a Word document"
}

// partError is an error in one part of the archive; the offset is where
// the part's data starts in the file.
func (d *docx) partError(f *zip.File, err error, detail string) error {
	off, oerr := f.DataOffset()
	if oerr != nil || off < 0 || off >= d.size {
		off = 0 // a corrupt header can point anywhere
	}
	return &Error{File: d.name, Offset: off, Err: err, Detail: f.Name + ": " + detail}
}

// open opens a part for reading after checking its size: the size the
// archive declares first, then the bytes really read, counted against
// what is left of MaxInputBytes for the whole document, so that a ZIP
// bomb fails however it lies about its sizes (archive/zip also refuses
// more bytes than declared).
func (d *docx) open(f *zip.File) (io.ReadCloser, error) {
	if f.Flags&0x1 != 0 {
		return nil, d.partError(f, ErrEncoding, "encrypted ZIP entry: save the document without a password")
	}
	if f.UncompressedSize64 > uint64(d.budget) {
		return nil, d.partError(f, ErrTooLarge, fmt.Sprintf("declares %d bytes uncompressed, past the input limit of 256 MiB (a ZIP bomb?)", f.UncompressedSize64))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, d.partError(f, ErrEncoding, "unreadable: "+err.Error())
	}
	return &budgetReader{rc: rc, d: d, f: f}, nil
}

// A budgetReader reads a part, charging what it reads to the document's
// budget of uncompressed bytes.
type budgetReader struct {
	rc io.ReadCloser
	d  *docx
	f  *zip.File
}

func (r *budgetReader) Read(p []byte) (int, error) {
	n, err := r.rc.Read(p)
	r.d.budget -= int64(n)
	if r.d.budget < 0 {
		return n, r.d.partError(r.f, ErrTooLarge, "more than 256 MiB uncompressed, past the input limit (a ZIP bomb?)")
	}
	if err != nil && err != io.EOF {
		return n, r.d.partError(r.f, ErrEncoding, "corrupt: "+err.Error())
	}
	return n, err
}

func (r *budgetReader) Close() error { return r.rc.Close() }

// checkContentTypes checks that [Content_Types].xml, when there is one,
// gives word/document.xml the type of a Word document's main part.
func (d *docx) checkContentTypes() error {
	f := d.files["[Content_Types].xml"]
	if f == nil {
		return nil
	}
	rc, err := d.open(f)
	if err != nil {
		return err
	}
	defer rc.Close()
	var types struct {
		Overrides []struct {
			PartName    string `xml:"PartName,attr"`
			ContentType string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	if err := xml.NewDecoder(rc).Decode(&types); err != nil {
		var e *Error
		if errors.As(err, &e) {
			return e
		}
		return d.partError(f, ErrEncoding, "not XML: "+err.Error())
	}
	for _, o := range types.Overrides {
		if !strings.EqualFold(o.PartName, "/word/document.xml") {
			continue
		}
		for _, t := range wordMainTypes {
			if strings.EqualFold(o.ContentType, t) {
				return nil
			}
		}
		return d.partError(f, ErrEncoding, fmt.Sprintf("word/document.xml has content type %q, not a Word document's", o.ContentType))
	}
	return nil
}

// readSettings reads the number of the first footnote (w:footnotePr
// w:numStart) from word/settings.xml.
func (d *docx) readSettings(f *zip.File) error {
	footPr := 0 // inside w:footnotePr (w:endnotePr has a numStart too)
	return d.tokens(f, func(dec *xml.Decoder, t xml.Token) error {
		switch t := t.(type) {
		case xml.StartElement:
			switch {
			case isWord(t.Name, "footnotePr"):
				footPr++
			case isWord(t.Name, "numStart") && footPr > 0:
				d.setNumStart(t)
			}
		case xml.EndElement:
			if isWord(t.Name, "footnotePr") {
				footPr--
			}
		}
		return nil
	})
}

// setNumStart takes the footnotes' start number from a w:numStart inside
// w:footnotePr (the caller knows it is inside one or in the settings).
func (d *docx) setNumStart(se xml.StartElement) {
	if v, err := strconv.Atoi(attr(se, "val")); err == nil && v > 0 && v < 1e6 {
		d.numStart = v
	}
}

// tokens runs fn on every token of a part, checking the nesting depth and
// turning XML errors into *Error values that name the part.
func (d *docx) tokens(f *zip.File, fn func(dec *xml.Decoder, t xml.Token) error) error {
	rc, err := d.open(f)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	depth := 0
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var e *Error
			if errors.As(err, &e) {
				return e // from the budgetReader
			}
			return d.partError(f, ErrEncoding, fmt.Sprintf("not well-formed XML at byte %d: %v", dec.InputOffset(), err))
		}
		switch t.(type) {
		case xml.StartElement:
			if depth++; depth > maxNesting {
				return d.partError(f, ErrTooLarge, fmt.Sprintf("elements nested more than %d deep (at byte %d)", maxNesting, dec.InputOffset()))
			}
		case xml.EndElement:
			depth--
		}
		if err := fn(dec, t); err != nil {
			return err
		}
	}
}

// isWord reports whether n is the WordprocessingML element local.
func isWord(n xml.Name, local string) bool {
	return n.Local == local && (n.Space == wordNS || n.Space == wordStrictNS)
}

// attr returns the value of the attribute local of se, in any namespace.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// A docTable is a table being read: its finished rows and the cells of
// the row being read, each cell its lines.
type docTable struct {
	rows  [][][]string
	cells [][]string
}

// walk writes the lines of the body of document.xml.
func (d *docx) walk(f *zip.File, w *lineWriter) error {
	ws := []*lineWriter{w} // the writer of the document, then of each open table cell
	var tables []*docTable
	skip := 0    // depth inside content that is not text (mc:Fallback)
	inText := 0  // inside w:t
	footPr := 0  // inside w:footnotePr
	pStart := -1 // lines written when the paragraph began; -1 outside one
	inRun := 0   // inside w:r: tabs and breaks elsewhere are tab stops and properties
	err := d.tokens(f, func(dec *xml.Decoder, t xml.Token) error {
		cur := ws[len(ws)-1]
		switch t := t.(type) {
		case xml.StartElement:
			if skip > 0 || t.Name.Space == compatNS && t.Name.Local == "Fallback" {
				skip++
				return nil
			}
			if t.Name.Space != wordNS && t.Name.Space != wordStrictNS {
				return nil
			}
			switch t.Name.Local {
			case "p":
				cur.end()
				pStart = -1
				if len(ws) == 1 {
					pStart = cur.line
				}
			case "r":
				inRun++
			case "t":
				inText++
			case "tab", "ptab":
				if inRun > 0 {
					cur.text("\t")
				}
			case "br", "cr":
				if inRun > 0 {
					cur.end()
				}
			case "noBreakHyphen":
				if inRun > 0 {
					cur.text("-")
				}
			case "footnotePr":
				footPr++
			case "numStart":
				if footPr > 0 {
					d.setNumStart(t)
				}
			case "footnoteReference":
				cur.text(d.reference(t))
			case "tbl":
				cur.end()
				tables = append(tables, &docTable{})
			case "tc":
				ws = append(ws, &lineWriter{name: d.name})
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				return nil
			}
			if t.Name.Space != wordNS && t.Name.Space != wordStrictNS {
				return nil
			}
			switch t.Name.Local {
			case "p":
				cur.end()
				if len(ws) == 1 && cur.line == pStart {
					cur.emptyLine() // each paragraph a line, an empty one too
				}
				pStart = -1
			case "r":
				inRun--
			case "t":
				inText--
			case "footnotePr":
				footPr--
			case "tc":
				if len(ws) > 1 && len(tables) > 0 {
					pg, err := cur.page()
					if err != nil {
						return err
					}
					ws = ws[:len(ws)-1]
					tb := tables[len(tables)-1]
					tb.cells = append(tb.cells, splitLines(pg.text))
				}
			case "tr":
				if len(tables) > 0 {
					tb := tables[len(tables)-1]
					tb.rows = append(tb.rows, tb.cells)
					tb.cells = nil
				}
			case "tbl":
				if len(tables) > 0 {
					tb := tables[len(tables)-1]
					tables = tables[:len(tables)-1]
					writeTable(ws[len(ws)-1], tb.rows, nil)
				}
			}
		case xml.CharData:
			if inText > 0 && skip == 0 {
				cur.text(string(t))
			}
		}
		return cur.err
	})
	if err != nil {
		return err
	}
	return w.err
}

// writeTable writes a table's rows: as paired units when its columns are
// Chinese and English (header rows, which label the columns, left out),
// else each cell's lines in order.
func writeTable(w *lineWriter, rows [][][]string, header []bool) {
	if pairedColumns(rows) {
		for i, r := range rows {
			if i >= len(header) || !header[i] {
				w.row(r)
			}
		}
		return
	}
	w.end()
	for _, r := range rows {
		for _, c := range r {
			for _, l := range c {
				w.text(l)
				w.end()
			}
		}
	}
}

// reference returns what stands in the text for a footnote reference: a
// placeholder for its number, which is known only once the whole body is
// read (the section properties that may set the first number come last),
// or nothing for a custom mark, which follows in the text.
func (d *docx) reference(se xml.StartElement) string {
	id := attr(se, "id")
	if _, seen := d.numbered[id]; !seen {
		d.refs = append(d.refs, id)
	}
	if v := attr(se, "customMarkFollows"); v == "1" || v == "true" || v == "on" {
		if _, seen := d.numbered[id]; !seen {
			d.numbered[id] = 0
		}
		return ""
	}
	n, seen := d.numbered[id]
	if !seen || n == 0 {
		d.marks++
		n = d.marks
		d.numbered[id] = n
	}
	return markPlaceholder(n)
}

// markPlaceholder stands for the n-th footnote mark until the numbering is
// known: NUL characters, which XML text cannot hold.
func markPlaceholder(n int) string { return "\x00" + strconv.Itoa(n) + "\x00" }

// numberMarks replaces the placeholders with the marks Word shows: the
// first footnote numbered numStart (1 when unset), the next one more.
func (d *docx) numberMarks(text string) string {
	if !strings.Contains(text, "\x00") {
		return text
	}
	start := max(d.numStart, 1)
	var b strings.Builder
	for {
		i := strings.IndexByte(text, 0)
		if i < 0 {
			break
		}
		j := strings.IndexByte(text[i+1:], 0)
		if j < 0 {
			break
		}
		n, _ := strconv.Atoi(text[i+1 : i+1+j])
		b.WriteString(text[:i])
		b.WriteString(strconv.Itoa(start + n - 1))
		text = text[i+1+j+1:]
	}
	b.WriteString(text)
	return b.String()
}

// writeFootnotes writes the footnotes referred to in the body, in the
// order of their first reference, after a blank line: each as a
// definition "[N]text" (N as placeholder, numbered with the body), its
// further paragraphs on the lines after.
func (d *docx) writeFootnotes(w *lineWriter) error {
	f := d.files["word/footnotes.xml"]
	if f == nil || len(d.refs) == 0 {
		return nil
	}
	notes, err := d.readFootnotes(f)
	if err != nil {
		return err
	}
	w.blank()
	for _, id := range d.refs {
		lines := notes[id]
		if len(lines) == 0 {
			continue
		}
		if n := d.numbered[id]; n > 0 {
			lines[0] = "[" + markPlaceholder(n) + "]" + strings.TrimLeft(lines[0], " \t\u3000")
		}
		for _, l := range lines {
			w.text(l)
			w.end()
		}
	}
	return w.err
}

// readFootnotes reads word/footnotes.xml: the lines of every footnote by
// id (the separators Word keeps there have a w:type and are left out).
func (d *docx) readFootnotes(f *zip.File) (map[string][]string, error) {
	notes := map[string][]string{}
	var cur *lineWriter
	var id string
	skip, inText, inRun := 0, 0, 0
	err := d.tokens(f, func(dec *xml.Decoder, t xml.Token) error {
		switch t := t.(type) {
		case xml.StartElement:
			if skip > 0 || t.Name.Space == compatNS && t.Name.Local == "Fallback" {
				skip++
				return nil
			}
			switch {
			case isWord(t.Name, "footnote"):
				if typ := attr(t, "type"); typ == "" || typ == "normal" {
					id, cur = attr(t, "id"), &lineWriter{name: d.name}
				}
			case cur == nil:
			case isWord(t.Name, "p"):
				cur.end()
			case isWord(t.Name, "r"):
				inRun++
			case isWord(t.Name, "br"), isWord(t.Name, "cr"):
				if inRun > 0 {
					cur.end()
				}
			case isWord(t.Name, "t"):
				inText++
			case isWord(t.Name, "tab"):
				if inRun > 0 {
					cur.text("\t")
				}
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				return nil
			}
			switch {
			case cur == nil:
			case isWord(t.Name, "footnote"):
				pg, err := cur.page()
				if err != nil {
					return err
				}
				notes[id] = splitLines(pg.text)
				cur = nil
			case isWord(t.Name, "p"):
				cur.end()
			case isWord(t.Name, "r"):
				inRun--
			case isWord(t.Name, "t"):
				inText--
			}
		case xml.CharData:
			if cur != nil && inText > 0 && skip == 0 {
				cur.text(string(t))
				return cur.err
			}
		}
		return nil
	})
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			err = d.partError(f, ErrEncoding, err.Error())
		}
		return nil, err
	}
	return notes, nil
}
