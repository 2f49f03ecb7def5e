package report

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Format is the format an input was read as: plain text, an HTML page, a
// Markdown file or a Word document. Each becomes lines of text before the
// pipeline starts (see ReadText); line numbers count in those lines.
type Format string

// The input formats.
const (
	FormatText     Format = "text"     // plain text in any supported encoding
	FormatHTML     Format = "html"     // an HTML page: a line per block element and per <br>
	FormatMarkdown Format = "markdown" // CommonMark with GFM tables and footnotes
	FormatDOCX     Format = "docx"     // a Word document (Office Open XML)
)

// A formatRule recognises a format from an input's name and first bytes.
// It returns "" when it does not apply.
type formatRule func(name string, head []byte) Format

// formatRules are tried in order; the first that names a format wins, and
// an input no rule claims is text. Content comes before the name, except
// that a Markdown name outranks stray tags (Markdown allows inline HTML).
var formatRules = []formatRule{
	zipMagic,        // PK\x03\x04: a Word document (the reader checks for word/document.xml)
	oleMagic,        // D0 CF 11 E0: an encrypted Word document or a .doc; the reader says so
	htmlDeclaration, // <!DOCTYPE html> or <html at the top
	markdownName,    // report.md, notes.markdown
	htmlName,        // page.html, page.htm
	frontMatter,     // ---\ntitle: ...\n---: YAML front matter, as Markdown files have
	htmlTags,        // <p>, </div>, <br/>: two HTML tags in the first KiB
}

// DetectFormat decides the format of an input from its first bytes, with
// its name as a hint (see formatRules for the order): a ZIP archive is a
// Word document; <!DOCTYPE html>, <html or HTML tags in the first KiB make
// an HTML page; a .md or .markdown name, or YAML front matter at the top,
// makes Markdown (plain text that merely has "1." lines stays text);
// anything else is text.
func DetectFormat(name string, data []byte) Format {
	head := sniffHead(data)
	for _, rule := range formatRules {
		if f := rule(name, head); f != "" {
			return f
		}
	}
	return FormatText
}

// sniffHead returns the first KiB of data as ASCII-compatible bytes: a
// UTF-8 byte-order mark removed, UTF-16 (with a byte-order mark) narrowed
// to its low bytes, which is enough to see tags and markers.
func sniffHead(data []byte) []byte {
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		return head[3:]
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		lo := 2
		if head[0] == 0xFE {
			lo = 3
		}
		var out []byte
		for i := lo; i < len(head); i += 2 {
			out = append(out, head[i])
		}
		return out
	}
	return head
}

// zipMagic recognises a ZIP archive (PK\x03\x04, or the end record of an
// empty one): a Word document, or a file the Word reader rejects cleanly.
func zipMagic(_ string, head []byte) Format {
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")) {
		return FormatDOCX
	}
	return ""
}

// oleMagic recognises an OLE compound file (D0 CF 11 E0 A1 B1 1A E1): what
// Word writes for a password-protected .docx, and the old .doc format.
func oleMagic(_ string, head []byte) Format {
	if bytes.HasPrefix(head, oleSignature) {
		return FormatDOCX
	}
	return ""
}

var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// htmlDeclaration recognises <!DOCTYPE html> or an <html> element as the
// first thing in the file (after white space and comments).
func htmlDeclaration(_ string, head []byte) Format {
	s := bytes.TrimLeft(head, " \t\r\n")
	for bytes.HasPrefix(s, []byte("<!--")) {
		end := bytes.Index(s, []byte("-->"))
		if end < 0 {
			return ""
		}
		s = bytes.TrimLeft(s[end+3:], " \t\r\n")
	}
	if hasPrefixFold(s, "<!doctype html") || hasPrefixFold(s, "<html") || hasPrefixFold(s, "<?xml") && bytes.Contains(bytes.ToLower(s), []byte("<html")) {
		return FormatHTML
	}
	return ""
}

func hasPrefixFold(s []byte, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(string(s[:len(prefix)]), prefix)
}

// markdownName recognises the .md and .markdown names.
func markdownName(name string, _ []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return FormatMarkdown
	}
	return ""
}

// htmlName recognises the .html and .htm names.
func htmlName(name string, _ []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	return ""
}

// frontMatter recognises YAML front matter: a first line "---", then
// "key: value" lines, then a closing "---" or "...".
func frontMatter(_ string, head []byte) Format {
	if _, ok := frontMatterEnd(string(head)); ok {
		return FormatMarkdown
	}
	return ""
}

var yamlKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*:(\s|$)`)

// frontMatterEnd returns the length of the YAML front matter text starts
// with, its closing line included, and whether there is one: "---" on the
// first line, a "key:" line next, a closing "---" or "..." within the
// first KiB.
func frontMatterEnd(text string) (int, bool) {
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		if rest, ok = strings.CutPrefix(text, "---\r\n"); !ok {
			return 0, false
		}
	}
	first, _, _ := strings.Cut(rest, "\n")
	if !yamlKey.MatchString(first) {
		return 0, false
	}
	off := len(text) - len(rest)
	for off < len(text) && off < 1024 {
		line, _, found := strings.Cut(text[off:], "\n")
		end := off + len(line)
		if found {
			end++
		}
		if l := strings.TrimRight(line, " \t\r"); l == "---" || l == "..." {
			return end, true
		}
		if !found {
			break
		}
		off = end
	}
	return 0, false
}

// htmlTag matches an opening or closing tag of the elements a page of
// text is made of.
var htmlTag = regexp.MustCompile(`(?i)</?(p|div|br|li|ul|ol|h[1-6]|td|th|tr|table|body|head|meta|span|blockquote|section|article|title)(\s[^<>]*)?/?>`)

// htmlTags recognises a page without a declaration by two or more tags of
// the elements text pages are made of in its first KiB.
func htmlTags(_ string, head []byte) Format {
	if len(htmlTag.FindAllIndex(head, 2)) >= 2 {
		return FormatHTML
	}
	return ""
}

// A page is an input as the pipeline sees it: its format, its lines of
// text, and the line ranges of its table rows, whose cells a publisher
// paired (a two-column table of Chinese and English).
type page struct {
	format Format
	text   string
	rows   [][2]int // 1-based first and last line of each paired row
}

// ReadText reads one input and returns the text the pipeline reads from
// it, with its format: the decoded text of a text file, or the lines
// extracted from an HTML page, a Markdown file or a Word document (one a
// paragraph, heading, list item or table cell). Line numbers in a
// Document count in this text. cfg.Name names the input in errors and
// hints at the format; cfg.Format, when set, overrides the detection.
func ReadText(r io.Reader, cfg Config) (string, Format, error) {
	pg, err := readPage(r, cfg.name(), cfg.Format)
	if err != nil {
		return "", "", err
	}
	return pg.text, pg.format, nil
}

// readPage reads an input whole (up to MaxInputBytes) and turns it into
// lines of text by its format: f, or the detected one when f is empty.
func readPage(r io.Reader, name string, f Format) (page, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return page{}, &Error{File: name, Offset: -1, Err: err}
	}
	if len(data) > MaxInputBytes {
		return page{}, &Error{File: name, Offset: MaxInputBytes, Err: ErrTooLarge,
			Detail: "inputs are limited to 256 MiB; split the file"}
	}
	if f == "" {
		f = DetectFormat(name, data)
	}
	var pg page
	switch f {
	case FormatText:
		pg.text, err = decode(name, data)
	case FormatHTML:
		pg, err = readHTML(name, data)
	case FormatMarkdown:
		pg, err = readMarkdown(name, data)
	case FormatDOCX:
		pg, err = readDOCX(name, data)
	default:
		return page{}, &Error{File: name, Offset: -1, Err: ErrEncoding,
			Detail: fmt.Sprintf("unknown format %q (want text, html, markdown or docx)", f)}
	}
	if err != nil {
		return page{}, err
	}
	pg.format = f
	if f != FormatText {
		if err := checkExtracted(name, pg.text); err != nil {
			return page{}, err
		}
	}
	return pg, nil
}

// checkExtracted applies the limits of text to the lines extracted from a
// structured input: no line longer than MaxLineBytes, no NUL, not mostly
// control characters. Positions are lines of the extracted text.
func checkExtracted(name, text string) error {
	controls, first := 0, 0
	line := 1
	for rest := text; ; line++ {
		l, after, found := strings.Cut(rest, "\n")
		if len(l) > MaxLineBytes {
			return &Error{File: name, Line: line, Offset: -1, Err: ErrTooLarge,
				Detail: fmt.Sprintf("paragraph of %d bytes (line %d of the extracted text), more than the limit of %d (MaxLineBytes)", len(l), line, MaxLineBytes)}
		}
		for _, r := range l {
			if r == 0 {
				return &Error{File: name, Line: line, Offset: -1, Err: ErrBinary,
					Detail: fmt.Sprintf("NUL character in the text (line %d of the extracted text)", line)}
			}
			if isBadControl(r) {
				controls++
				if first == 0 {
					first = line
				}
			}
		}
		if !found {
			break
		}
		rest = after
	}
	if tooManyControls(controls, utf8.RuneCountInString(text)) {
		return &Error{File: name, Line: first, Offset: -1, Err: ErrBinary,
			Detail: fmt.Sprintf("%d control characters in the extracted text", controls)}
	}
	return nil
}

// lineWriter collects the lines extracted from a structured input: text
// runs are appended to the current line, a block boundary ends it, and
// table rows are recorded with their line ranges. A line longer than
// MaxLineBytes stops the extraction (see err).
type lineWriter struct {
	buf   strings.Builder
	cur   strings.Builder
	line  int // lines written so far
	rows  [][2]int
	err   error
	name  string
	space bool // white space pending before the next text on this line
	// nl is set when the pending white space holds a line end, which is
	// no space between two Chinese characters (HTML source).
	nl bool
}

// text appends s to the current line.
func (w *lineWriter) text(s string) {
	if w.err != nil || s == "" {
		return
	}
	if w.space && w.cur.Len() > 0 && !(w.nl && isWide(lastRune(w.cur.String())) && isWide(firstRune(s))) {
		w.cur.WriteByte(' ')
	}
	w.space, w.nl = false, false
	w.cur.WriteString(s)
	if w.cur.Len() > MaxLineBytes {
		w.err = &Error{File: w.name, Line: w.line + 1, Offset: -1, Err: ErrTooLarge,
			Detail: fmt.Sprintf("paragraph of more than %d bytes (MaxLineBytes) at line %d of the extracted text", MaxLineBytes, w.line+1)}
	}
}

// end ends the current line, if it has text.
func (w *lineWriter) end() {
	w.space, w.nl = false, false
	if w.cur.Len() == 0 {
		return
	}
	if w.buf.Len()+w.cur.Len() > MaxInputBytes && w.err == nil {
		w.err = &Error{File: w.name, Line: w.line + 1, Offset: -1, Err: ErrTooLarge,
			Detail: "the extracted text is larger than 256 MiB (MaxInputBytes)"}
	}
	w.buf.WriteString(w.cur.String())
	w.buf.WriteByte('\n')
	w.cur.Reset()
	w.line++
}

// blank ends the current line and writes a blank line, a boundary the
// joiner of hard-wrapped lines never crosses.
func (w *lineWriter) blank() {
	w.end()
	if w.line > 0 && !strings.HasSuffix(w.buf.String(), "\n\n") {
		w.buf.WriteByte('\n')
		w.line++
	}
}

// emptyLine writes an empty line (the current line must be empty).
func (w *lineWriter) emptyLine() {
	w.buf.WriteByte('\n')
	w.line++
}

// row writes the lines of the cells of one table row a publisher paired,
// set apart by blank lines, and records their range.
func (w *lineWriter) row(cells [][]string) {
	w.blank()
	first := w.line + 1
	for _, c := range cells {
		for _, l := range c {
			w.text(l)
			w.end()
		}
	}
	if w.line >= first {
		w.rows = append(w.rows, [2]int{first, w.line})
	}
	w.blank()
}

// page returns what was written.
func (w *lineWriter) page() (page, error) {
	w.end()
	if w.err != nil {
		return page{}, w.err
	}
	return page{text: w.buf.String(), rows: w.rows}, nil
}

// pairedColumns reports whether the rows of a table (each a list of cells,
// each cell its lines) are a publisher's pairing: every row has two cells,
// and the columns are of different languages (Chinese in one, English in
// the other), judged on the rows that have text in both.
func pairedColumns(rows [][][]string) bool {
	votes := 0
	for _, r := range rows {
		if len(r) != 2 {
			return false
		}
		a, oka := cellLang(r[0])
		b, okb := cellLang(r[1])
		if !oka || !okb {
			continue
		}
		if a == b {
			votes--
		} else {
			votes++
		}
	}
	return votes > 0
}

// cellLang is the language of a cell's text, by script share.
func cellLang(lines []string) (Lang, bool) {
	lang, _, ok := scriptLang(strings.Join(lines, " "))
	return lang, ok
}

// markRows gives every block that stands in a paired table row the row's
// number, 1-based.
func markRows(bs []block, rows [][2]int) {
	if len(rows) == 0 {
		return
	}
	k := 0
	for i := range bs {
		for k < len(rows) && rows[k][1] < bs[i].First {
			k++
		}
		if k < len(rows) && rows[k][0] <= bs[i].First && bs[i].Last <= rows[k][1] {
			bs[i].Row = k + 1
		}
	}
}
