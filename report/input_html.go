package report

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// maxNesting is the deepest element nesting read from an HTML page, a
// Markdown file or a Word document's XML: the limit x/net/html keeps on
// its stack of open elements. Real pages nest a few dozen elements deep;
// a file nested ten thousand deep is an attack on the reader, refused
// with ErrTooLarge.
const maxNesting = 512

// readHTML extracts the lines of an HTML page: see htmlLines.
func readHTML(name string, data []byte) (page, error) {
	text, err := decodeHTML(name, data)
	if err != nil {
		return page{}, err
	}
	if line, depth := htmlNesting(text); depth > maxNesting {
		return page{}, &Error{File: name, Line: line, Offset: -1, Err: ErrTooLarge,
			Detail: fmt.Sprintf("elements nested more than %d deep", maxNesting)}
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// The parser fails only past its own nesting limit (its stack
		// of open elements counts what the tokenizer pass cannot).
		return page{}, &Error{File: name, Offset: -1, Line: 1, Err: ErrTooLarge, Detail: "HTML: " + err.Error()}
	}
	w := &lineWriter{name: name}
	htmlLines(w, root)
	return w.page()
}

// decodeHTML decodes a page: a byte-order mark, then a <meta charset> (or
// http-equiv Content-Type) in the first KiB, then the text detection of
// decode (UTF-8, else GB18030). A declared UTF-8 or Chinese charset (gbk,
// gb2312, gb18030) goes through decode, which tells the two apart and
// reports bad bytes with their offset; any other declared charset is
// decoded by its WHATWG decoder.
func decodeHTML(name string, data []byte) (string, error) {
	if sniffBOM(data) || !declaresCharset(data) {
		return decodeText(name, data)
	}
	_, label, _ := charset.DetermineEncoding(data, "")
	switch {
	case label == "utf-8", label == "gbk", label == "gb18030":
		return decodeText(name, data)
	case label == "windows-1252" && !latinLabel.Match(data[:min(len(data), 1024)]):
		// DetermineEncoding's fallback when it finds no declaration:
		// "charset" was only a word on the page.
		return decodeText(name, data)
	}
	enc, _ := charset.Lookup(label)
	if enc == nil {
		return decodeText(name, data)
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return "", &Error{File: name, Line: 1, Offset: -1, Err: ErrEncoding,
			Detail: fmt.Sprintf("declared charset %s: %v", label, err)}
	}
	if i := strings.IndexRune(string(out), utf8.RuneError); i >= 0 {
		return "", &Error{File: name, Line: lineAt(out, i), Offset: -1, Err: ErrEncoding,
			Detail: fmt.Sprintf("bytes the declared charset %s does not explain", label)}
	}
	if err := checkBinary(name, out, 0); err != nil {
		return "", err
	}
	return normalizeNewlines(string(out)), nil
}

// latinLabel matches the charset labels WHATWG maps to windows-1252.
var latinLabel = regexp.MustCompile(`(?i)charset\s*=\s*["']?\s*(windows-1252|cp1252|x-cp1252|iso-?8859-1|iso_8859-1|iso-ir-100|l1|latin1|us-ascii|ascii|ansi_x3\.4-1968|cp819|ibm819|csisolatin1|iso88591|iso_8859-1:1987)\b`)

// sniffBOM reports whether data starts with a UTF-8 or UTF-16 byte-order
// mark.
func sniffBOM(data []byte) bool {
	return strings.HasPrefix(string(data), "\xEF\xBB\xBF") ||
		strings.HasPrefix(string(data), "\xFF\xFE") || strings.HasPrefix(string(data), "\xFE\xFF")
}

// declaresCharset reports whether the first KiB of a page names a charset.
func declaresCharset(data []byte) bool {
	return strings.Contains(strings.ToLower(string(data[:min(len(data), 1024)])), "charset")
}

// htmlNesting returns the deepest nesting of elements in a page as the
// tokenizer sees it (an open element counts until its end tag, or the end
// tag of an element it is inside), stopping past maxNesting, with the line
// where that depth was reached. It guards the parser and the walker
// against pathological input.
func htmlNesting(text string) (line, depth int) {
	z := html.NewTokenizer(strings.NewReader(text))
	var stack []atom.Atom
	var names []string
	line = 1
	for {
		tt := z.Next()
		raw := z.Raw()
		switch tt {
		case html.ErrorToken:
			return line, len(stack)
		case html.StartTagToken:
			n, _ := z.TagName()
			a := atom.Lookup(n)
			if !voidElement[a] {
				stack = append(stack, a)
				names = append(names, string(n))
				if len(stack) > maxNesting {
					return line, len(stack)
				}
			}
		case html.EndTagToken:
			n, _ := z.TagName()
			for i := len(names) - 1; i >= 0; i-- {
				if names[i] == string(n) {
					stack, names = stack[:i], names[:i]
					break
				}
			}
		}
		line += strings.Count(string(raw), "\n")
	}
}

// voidElement lists the elements that have no end tag, and the ones that
// close themselves implicitly so often (p, li) that counting them would
// overstate the nesting.
var voidElement = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.P: true, atom.Li: true,
	atom.Td: true, atom.Th: true, atom.Tr: true, atom.Option: true, atom.Dt: true, atom.Dd: true,
}

// htmlSkipped are the elements whose content is not text of the page.
var htmlSkipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Head: true, atom.Nav: true,
	atom.Template: true, atom.Noscript: true, atom.Svg: true, atom.Math: true,
	atom.Select: true, atom.Button: true,
}

// htmlBlock are the elements that start and end a line.
var htmlBlock = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Td: true, atom.Th: true, atom.Tr: true,
	atom.Blockquote: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Main: true, atom.Aside: true, atom.Figure: true,
	atom.Figcaption: true, atom.Caption: true, atom.Pre: true, atom.Address: true,
	atom.Hr: true, atom.Body: true, atom.Center: true, atom.Form: true, atom.Fieldset: true,
	atom.Details: true, atom.Summary: true,
}

// htmlLines writes the text of the tree under n: each block element and
// each <br> ends a line, in document order; script, style, head, nav and
// comments are dropped; white space collapses as a browser shows it; a
// table whose rows have a Chinese and an English cell gives its rows as
// paired units. The walk keeps its own stack, so depth costs no Go stack.
func htmlLines(w *lineWriter, n *html.Node) {
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: n}}
	pre := 0 // inside <pre>: keep white space and line ends
	for len(stack) > 0 && w.err == nil {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.leave {
			if n.DataAtom == atom.Pre {
				pre--
			}
			w.end()
			continue
		}
		switch n.Type {
		case html.TextNode:
			htmlText(w, n.Data, pre > 0)
			continue
		case html.CommentNode, html.DoctypeNode:
			continue
		case html.ElementNode:
			if htmlSkipped[n.DataAtom] {
				continue
			}
			switch n.DataAtom {
			case atom.Br:
				w.end()
				continue
			case atom.Img:
				continue
			case atom.Table:
				if rows, header := htmlTable(n); pairedColumns(rows) {
					writeTable(w, rows, header)
					continue
				}
			case atom.Pre:
				pre++
			}
			if htmlBlock[n.DataAtom] {
				w.end()
				stack = append(stack, frame{n: n, leave: true})
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
}

// htmlText appends the text of a text node, white space collapsed: a run
// of spaces, tabs and line ends is one space, and none at all when it
// holds a line end between two wide (Chinese) characters, as browsers
// join Chinese lines. Inside <pre>, line ends end lines.
func htmlText(w *lineWriter, s string, pre bool) {
	if pre {
		for i, l := range strings.Split(s, "\n") {
			if i > 0 {
				w.end()
			}
			w.text(l)
		}
		return
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isHTMLSpace(r) {
			b.WriteRune(r)
			i += size
			continue
		}
		j, newline := i, false
		for j < len(s) && isHTMLSpace(rune(s[j])) {
			newline = newline || s[j] == '\n'
			j++
		}
		switch {
		case b.Len() == 0 && i == 0:
			w.space, w.nl = true, w.nl || newline
		case j == len(s):
			w.text(b.String())
			b.Reset()
			w.space, w.nl = true, newline
		default:
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(s[j:])
			if !(newline && isWide(prev) && isWide(next)) {
				b.WriteByte(' ')
			}
		}
		i = j
	}
	w.text(b.String())
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// isWide reports whether r is a Chinese character or full-width
// punctuation, between which a line end is no space.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// htmlTable returns the rows of a table (not those of tables nested in
// it), each a list of cells, each cell its lines of text, and which rows
// are header rows (in <thead>, or of <th> cells only).
func htmlTable(t *html.Node) (rows [][][]string, header []bool) {
	var walk func(n *html.Node, head bool)
	walk = func(n *html.Node, head bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Thead:
				walk(c, true)
			case atom.Tbody, atom.Tfoot:
				walk(c, false)
			case atom.Tr:
				var cells [][]string
				th := true
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.DataAtom == atom.Td || d.DataAtom == atom.Th {
						th = th && d.DataAtom == atom.Th
						cw := &lineWriter{}
						htmlLines(cw, d)
						pg, _ := cw.page()
						cells = append(cells, splitLines(pg.text))
					}
				}
				rows = append(rows, cells)
				header = append(header, head || th && len(cells) > 0)
			}
		}
	}
	walk(t, false)
	return rows, header
}

// splitLines returns the non-empty lines of text.
func splitLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}
