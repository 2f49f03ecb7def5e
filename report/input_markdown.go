package report

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gtext "github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
)

// readMarkdown extracts the lines of a Markdown file, parsed by goldmark
// with GFM tables and footnotes: each paragraph, heading and list item a
// line (an ordered item keeps its number: "1. …"), a hard line break a new
// line, code blocks line by line; emphasis markers dropped and their text
// kept, also where CommonMark leaves them unmatched next to Chinese
// punctuation (**（一）…。**…, a run-in lead, stays the start of its
// paragraph); link text without its target; YAML front matter, images and
// HTML tags left out; footnotes after the text as definitions "[17]text"
// with the label at each reference; a two-column Chinese | English table
// gives paired rows.
func readMarkdown(name string, data []byte) (page, error) {
	src, err := decode(name, data)
	if err != nil {
		return page{}, err
	}
	if n, ok := frontMatterEnd(src); ok {
		src = src[n:]
	}
	source := []byte(src)
	if line, n := openLinks(source); n > maxOpenLinks {
		return page{}, &Error{File: name, Line: line, Offset: -1, Err: ErrTooLarge,
			Detail: fmt.Sprintf("%d links whose target runs on for more than %d bytes: not a report (a Markdown parser would take quadratic time)", n, maxLinkTarget)}
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote, extension.Strikethrough))
	doc := md.Parser().Parse(gtext.NewReader(source))
	m := &mdReader{source: source, w: &lineWriter{name: name}, labels: map[int]string{}}
	if depth := mdDepth(doc); depth > maxNesting {
		return page{}, &Error{File: name, Line: 1, Offset: -1, Err: ErrTooLarge,
			Detail: fmt.Sprintf("blocks nested more than %d deep", maxNesting)}
	}
	m.footnoteLabels(doc)
	m.blocks(doc)
	return m.w.page()
}

// maxOpenLinks and maxLinkTarget bound the link targets that never end:
// goldmark scans each "](" to the end of the target, so a file of many
// "[a](" without a space or ")" after them costs time quadratic in its
// length (20,000 of them, 80 KB, take seconds).
const (
	maxOpenLinks  = 64
	maxLinkTarget = 1024
)

// openLinks counts the "](" whose target runs on past maxLinkTarget bytes
// without a space, a line end or ")", in one backward pass, and returns
// the source line of the first.
func openLinks(src []byte) (line, n int) {
	next := len(src) // the next byte at or after i that ends a link target
	first := -1
	for i := len(src) - 1; i >= 1; i-- {
		switch src[i] {
		case ')', ' ', '\t', '\n', '\r', '<', '>':
			next = i
		case '(':
			if src[i-1] == ']' && next-(i+1) > maxLinkTarget {
				n++
				first = i
			}
		}
	}
	if first >= 0 {
		line = 1 + bytes.Count(src[:first], []byte("\n"))
	}
	return line, n
}

// mdDepth returns the depth of the tree under n, without recursion.
func mdDepth(n ast.Node) int {
	type item struct {
		n ast.Node
		d int
	}
	deepest := 0
	stack := []item{{n, 1}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		deepest = max(deepest, it.d)
		if it.d > maxNesting {
			break
		}
		for c := it.n.FirstChild(); c != nil; c = c.NextSibling() {
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return deepest
}

// An mdReader writes the lines of a parsed Markdown document.
type mdReader struct {
	source []byte
	w      *lineWriter
	labels map[int]string // footnote index -> the label written ([^17] -> "17")
}

// footnoteLabels records the label of every footnote definition.
func (m *mdReader) footnoteLabels(doc ast.Node) {
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		if fl, ok := c.(*east.FootnoteList); ok {
			for f := fl.FirstChild(); f != nil; f = f.NextSibling() {
				if fn, ok := f.(*east.Footnote); ok {
					m.labels[fn.Index] = string(fn.Ref)
				}
			}
		}
	}
}

// blocks writes the block children of n.
func (m *mdReader) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil && m.w.err == nil; c = c.NextSibling() {
		m.block(c, "")
	}
}

// block writes one block; lead is written before its first line (a list
// item's number or a footnote's label).
func (m *mdReader) block(n ast.Node, lead string) {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
		m.w.end()
		m.inlines(n, lead)
		m.w.end()
	case *ast.List:
		num := n.Start
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			item := ""
			if n.IsOrdered() {
				item = strconv.Itoa(num) + string(n.Marker) + " "
				num++
			}
			m.item(c, lead+item)
			lead = ""
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		m.w.end()
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			m.w.text(lead + strings.TrimRight(string(seg.Value(m.source)), "\n"))
			lead = ""
			m.w.end()
		}
	case *ast.HTMLBlock:
		m.w.end()
		var b strings.Builder
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.Write(seg.Value(m.source))
		}
		if n.HasClosure() {
			b.Write(n.ClosureLine.Value(m.source))
		}
		m.html(b.String())
	case *ast.ThematicBreak, *ast.LinkReferenceDefinition:
	case *east.Table:
		m.table(n)
	case *east.FootnoteList:
		m.w.blank()
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if fn, ok := c.(*east.Footnote); ok {
				m.item(fn, "["+string(fn.Ref)+"]")
			}
		}
	default: // a blockquote, a list item, a document
		m.item(n, lead)
	}
}

// item writes the blocks of a container, lead before the first.
func (m *mdReader) item(n ast.Node, lead string) {
	for c := n.FirstChild(); c != nil && m.w.err == nil; c = c.NextSibling() {
		m.block(c, lead)
		lead = ""
	}
	if lead != "" { // an empty item keeps its number
		m.w.text(strings.TrimSpace(lead))
		m.w.end()
	}
}

// html writes the lines of a raw HTML block.
func (m *mdReader) html(s string) {
	if _, depth := htmlNesting(s); depth > maxNesting {
		m.w.err = &Error{File: m.w.name, Line: m.w.line + 1, Offset: -1, Err: ErrTooLarge,
			Detail: fmt.Sprintf("HTML elements nested more than %d deep", maxNesting)}
		return
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), nil)
	if err != nil {
		return
	}
	for _, n := range nodes {
		htmlLines(m.w, n)
	}
	m.w.end()
}

// table writes a GFM table: paired rows when its columns are Chinese and
// English (the header row, which labels the columns, left out), else each
// cell a line.
func (m *mdReader) table(t *east.Table) {
	var rows [][][]string
	var header []bool
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		_, head := r.(*east.TableHeader)
		header = append(header, head)
		var cells [][]string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cw := &lineWriter{name: m.w.name}
			(&mdReader{source: m.source, w: cw, labels: m.labels}).inlines(c, "")
			pg, err := cw.page()
			if err != nil {
				m.w.err = err
				return
			}
			cells = append(cells, splitLines(pg.text))
		}
		rows = append(rows, cells)
	}
	writeTable(m.w, rows, header)
}

// A piece is a stretch of inline text: literal (code, already final) or
// Markdown text still holding escapes, entities and perhaps emphasis
// markers CommonMark left unmatched.
type piece struct {
	s       string
	literal bool
	soft    bool // a soft line break: a space, or nothing between Chinese
	hard    bool // a hard line break: a new line
}

// inlines writes the inline content of n as lines, lead first.
func (m *mdReader) inlines(n ast.Node, lead string) {
	ps := []piece{{s: lead, literal: true}}
	ps = m.collect(n, ps)
	dropMarkers(ps)
	for i, p := range ps {
		switch {
		case p.hard:
			m.w.end()
		case p.soft:
			if !(i > 0 && i+1 < len(ps) && isWide(lastRune(ps[i-1].s)) && isWide(firstRune(ps[i+1].s))) {
				m.w.space = true
			}
		case p.literal:
			m.w.text(p.s)
		default:
			m.w.text(string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations([]byte(p.s))))))
		}
	}
}

// collect appends the pieces of the inline children of n.
func (m *mdReader) collect(n ast.Node, ps []piece) []piece {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			ps = append(ps, piece{s: string(c.Segment.Value(m.source))})
			switch {
			case c.HardLineBreak():
				ps = append(ps, piece{hard: true})
			case c.SoftLineBreak():
				ps = append(ps, piece{soft: true})
			}
		case *ast.String:
			ps = append(ps, piece{s: string(c.Value), literal: c.IsCode() || c.IsRaw()})
		case *ast.CodeSpan:
			var b strings.Builder
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if tx, ok := t.(*ast.Text); ok {
					b.Write(tx.Segment.Value(m.source))
				}
			}
			ps = append(ps, piece{s: b.String(), literal: true})
		case *ast.AutoLink:
			ps = append(ps, piece{s: string(c.Label(m.source)), literal: true})
		case *ast.Image:
		case *ast.RawHTML:
			var b strings.Builder
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				b.Write(seg.Value(m.source))
			}
			if isBreakTag(b.String()) {
				ps = append(ps, piece{hard: true})
			}
		case *east.FootnoteLink:
			label := m.labels[c.Index]
			if label == "" {
				label = strconv.Itoa(c.Index)
			}
			ps = append(ps, piece{s: label, literal: true})
		default: // emphasis, links, strikethrough: their text
			ps = m.collect(c, ps)
		}
	}
	return ps
}

// isBreakTag reports whether an inline HTML tag is <br>, <br/> or <br />.
func isBreakTag(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "<br>" || s == "<br/>" || s == "<br />"
}

// dropMarkers removes the emphasis markers (** or __) CommonMark left as
// text, in pairs: its flanking rules do not let **（一）…。** close before a
// Chinese character, so goldmark keeps both markers as literal text. An
// escaped marker (\*\*) and one without a partner stay.
func dropMarkers(ps []piece) {
	type mark struct{ piece, at int }
	var open []mark
	var drop []mark
	for i, p := range ps {
		if p.literal || p.soft || p.hard {
			continue
		}
		for j := 0; j+1 < len(p.s); j++ {
			c := p.s[j]
			if c == '\\' {
				j++
				continue
			}
			if (c != '*' && c != '_') || p.s[j+1] != c || j+2 < len(p.s) && p.s[j+2] == c {
				continue
			}
			if k := len(open) - 1; k >= 0 && ps[open[k].piece].s[open[k].at] == c {
				drop = append(drop, open[k], mark{i, j})
				open = open[:k]
			} else {
				open = append(open, mark{i, j})
			}
			j++
		}
	}
	// Rebuild each piece once, without its dropped markers.
	sort.Slice(drop, func(a, b int) bool {
		if drop[a].piece != drop[b].piece {
			return drop[a].piece < drop[b].piece
		}
		return drop[a].at < drop[b].at
	})
	for k := 0; k < len(drop); {
		i := drop[k].piece
		var b strings.Builder
		from := 0
		for ; k < len(drop) && drop[k].piece == i; k++ {
			b.WriteString(ps[i].s[from:drop[k].at])
			from = drop[k].at + 2
		}
		b.WriteString(ps[i].s[from:])
		ps[i].s = b.String()
	}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
