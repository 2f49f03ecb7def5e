package report

import (
	"bufio"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// normalized returns a shallow copy of doc whose nil slices are empty, so
// that the JSON has [] rather than null, as the contract requires.
func normalized(doc *Document) *Document {
	d := *doc
	if d.Schema == "" {
		d.Schema = Schema
	}
	if d.Pairs == nil {
		d.Pairs = []Pair{}
	}
	if d.Commitments == nil {
		d.Commitments = []Item{}
	}
	if d.Figures == nil {
		d.Figures = []Item{}
	}
	if d.Footnotes == nil {
		d.Footnotes = []Footnote{}
	}
	for i, f := range d.Footnotes {
		if f.Refs == nil {
			// Copy before mending, so that doc itself is left as it was.
			fs := append([]Footnote(nil), d.Footnotes...)
			for j := i; j < len(fs); j++ {
				if fs[j].Refs == nil {
					fs[j].Refs = []Ref{}
				}
			}
			d.Footnotes = fs
			break
		}
	}
	if d.Findings == nil {
		d.Findings = []Finding{}
	}
	return &d
}

// WriteMarkdown writes doc as Markdown that goldmark (with its CJK and
// Footnote extensions) reads back: the title as a level-1 heading, headings
// one level below their document level, each pair as its Chinese paragraph
// then its English paragraph, one paragraph a line, and footnote references
// as [^id] with their definitions as [^id]: text.
func WriteMarkdown(w io.Writer, doc *Document) error {
	bw := bufio.NewWriter(w)
	refs := footnoteRefsByPair(doc)
	defined := map[string]bool{}
	for _, f := range doc.Footnotes {
		defined[f.ID] = true
	}
	first := true
	block := func(s string) {
		if !first {
			bw.WriteString("\n")
		}
		first = false
		bw.WriteString(s)
		bw.WriteString("\n")
	}
	for _, p := range doc.Pairs {
		for _, lang := range []string{"zh", "en"} {
			s := p.ZH
			if lang == "en" {
				s = p.EN
			}
			if s == nil {
				continue
			}
			switch p.Kind {
			case KindTitle:
				block("# " + mdInline(oneLine(s.Text), nil))
			case KindHeading:
				block(strings.Repeat("#", max(1, min(p.Level+1, 6))) + " " + mdInline(oneLine(s.Text), refs[refKey{p.ID, lang}]))
			case KindFootnote:
				id, body := footnoteBody(doc, p.ID, lang, s.Text)
				if id != "" && defined[id] {
					block("[^" + id + "]: " + mdInline(oneLine(body), nil))
				} else {
					block(mdInline(oneLine(s.Text), nil))
				}
			default:
				for i, para := range strings.Split(s.Text, "\n") {
					var rs []mdRef
					if i == 0 && !strings.Contains(s.Text, "\n") {
						rs = refs[refKey{p.ID, lang}]
					}
					if strings.TrimSpace(para) != "" {
						block(mdInline(para, rs))
					}
				}
			}
		}
	}
	return bw.Flush()
}

type refKey struct {
	pair int
	lang string
}

type mdRef struct {
	id         string
	start, end int // rune span of the marker in the text
}

// footnoteRefsByPair indexes the footnote references by pair and side.
func footnoteRefsByPair(doc *Document) map[refKey][]mdRef {
	m := map[refKey][]mdRef{}
	for _, f := range doc.Footnotes {
		for _, r := range f.Refs {
			k := refKey{r.Pair, r.Lang}
			end := r.End
			if end <= r.Offset {
				end = r.Offset + utf8.RuneCountInString(f.ID)
			}
			m[k] = append(m[k], mdRef{id: f.ID, start: r.Offset, end: end})
		}
	}
	for k := range m {
		sort.Slice(m[k], func(i, j int) bool { return m[k][i].start < m[k][j].start })
	}
	return m
}

// footnoteBody returns the id and the body of the footnote defined by pair
// id on side lang.
func footnoteBody(doc *Document, pair int, lang, text string) (id, body string) {
	for _, f := range doc.Footnotes {
		b := f.ZH
		if lang == "en" {
			b = f.EN
		}
		if b != nil && strings.HasSuffix(text, *b) {
			return f.ID, *b
		}
	}
	return "", text
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// mdInline escapes text for a Markdown paragraph or heading and turns the
// footnote markers at refs into [^id].
func mdInline(text string, refs []mdRef) string {
	var b strings.Builder
	rs := []rune(text)
	pos := 0
	for _, r := range refs {
		if r.start < pos || r.end > len(rs) || r.start >= r.end {
			continue
		}
		b.WriteString(mdEscape(string(rs[pos:r.start]), pos == 0))
		b.WriteString("[^" + r.id + "]")
		pos = r.end
	}
	b.WriteString(mdEscape(string(rs[pos:]), pos == 0))
	return b.String()
}

// mdEscape backslash-escapes the ASCII punctuation that Markdown could read
// as syntax, and, at the start of a line, what would open a list, a heading,
// a quote or a code block.
func mdEscape(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s))
	if lineStart {
		s = strings.TrimLeft(s, " \t")
		// "1. " or "1) " would open an ordered list.
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
			b.WriteString(s[:i])
			b.WriteByte('\\')
			s = s[i:]
		}
	}
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '!', '&':
			b.WriteByte('\\')
		case '-', '+', '=':
			if b.Len() == 0 && lineStart {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}
