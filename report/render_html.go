package report

import (
	"bufio"
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
)

// WriteHTML writes doc as one standalone HTML page: the pairs side by side
// in a table (Chinese left with lang="zh", English right with lang="en"),
// headings styled by level, footnote references linked to the footnotes,
// the start of each sentence bead of a pair of several numbered alike on
// both sides (a CSS mark, so copied text is the source's), then the
// commitments, the figures and the findings. All text is escaped by
// html/template, so the page shows the source text exactly, markup included.
func WriteHTML(w io.Writer, doc *Document) error {
	bw := bufio.NewWriter(w)
	if err := htmlPage.Execute(bw, newHTMLView(doc)); err != nil {
		return err
	}
	return bw.Flush()
}

// htmlView is what the page template reads.
type htmlView struct {
	Title       string
	Source      string
	Schema      string
	Rows        []htmlRow
	Footnotes   []htmlFootnote
	Commitments []Item
	Figures     []Item
	Findings    []Finding
}

type htmlRow struct {
	ID    int
	Kind  Kind
	Level int
	Score string
	ZH    *htmlSide
	EN    *htmlSide
}

type htmlSide struct {
	Lang  Lang
	Lines string
	Segs  []htmlSeg
}

// An htmlSeg is a run of text; Ref is set when the run is a footnote
// marker.
type htmlSeg struct {
	Text string
	Ref  string
	// Bead, when not 0, marks the start of the pair's Bead-th sentence
	// bead; the segment has no text.
	Bead int
}

type htmlFootnote struct {
	ID     string
	ZH, EN string
	HasZH  bool
	HasEN  bool
	Pairs  []int
}

func newHTMLView(doc *Document) htmlView {
	v := htmlView{
		Title:       doc.Source,
		Source:      doc.Source,
		Schema:      doc.Schema,
		Commitments: doc.Commitments,
		Figures:     doc.Figures,
		Findings:    doc.Findings,
	}
	if v.Title == "" {
		v.Title = "bireport"
	}
	// refs[pair][lang] lists the footnote markers inside that side.
	type key struct {
		pair int
		lang string
	}
	refs := map[key][]htmlRef{}
	for _, f := range doc.Footnotes {
		fn := htmlFootnote{ID: f.ID}
		if f.ZH != nil {
			fn.ZH, fn.HasZH = *f.ZH, true
		}
		if f.EN != nil {
			fn.EN, fn.HasEN = *f.EN, true
		}
		for _, r := range f.Refs {
			k := key{r.Pair, r.Lang}
			refs[k] = append(refs[k], htmlRef{offset: r.Offset, id: f.ID})
			if n := len(fn.Pairs); n == 0 || fn.Pairs[n-1] != r.Pair {
				fn.Pairs = append(fn.Pairs, r.Pair)
			}
		}
		v.Footnotes = append(v.Footnotes, fn)
	}
	for _, p := range doc.Pairs {
		if p.Kind == KindTitle && v.Title == doc.Source && p.ZH != nil {
			v.Title = p.ZH.Text
		}
		v.Rows = append(v.Rows, htmlRow{
			ID:    p.ID,
			Kind:  p.Kind,
			Level: p.Level,
			Score: strconv.FormatFloat(p.Score, 'f', 2, 64),
			ZH:    withBreaks(newHTMLSide(p.ZH, ZH, refs[key{p.ID, string(ZH)}]), sentenceStarts(p, ZH)),
			EN:    withBreaks(newHTMLSide(p.EN, EN, refs[key{p.ID, string(EN)}]), sentenceStarts(p, EN)),
		})
	}
	return v
}

type htmlRef struct {
	offset int
	id     string
}

// newHTMLSide splits the text of s into runs, cutting out the footnote
// markers that refs point at. A ref whose offset does not hold its id is
// ignored: the text is shown as it is.
func newHTMLSide(s *Side, lang Lang, refs []htmlRef) *htmlSide {
	if s == nil {
		return nil
	}
	hs := &htmlSide{Lang: lang, Lines: strconv.Itoa(s.Lines[0])}
	if s.Lines[1] != s.Lines[0] {
		hs.Lines += fmt.Sprintf("–%d", s.Lines[1])
	}
	refs = slices.Clone(refs)
	slices.SortStableFunc(refs, func(a, b htmlRef) int { return cmp.Compare(a.offset, b.offset) })
	text := []rune(s.Text)
	pos := 0
	for _, r := range refs {
		id := []rune(r.id)
		end := r.offset + len(id)
		if r.offset < pos || end > len(text) || len(id) == 0 || string(text[r.offset:end]) != r.id {
			continue
		}
		if r.offset > pos {
			hs.Segs = append(hs.Segs, htmlSeg{Text: string(text[pos:r.offset])})
		}
		hs.Segs = append(hs.Segs, htmlSeg{Text: r.id, Ref: r.id})
		pos = end
	}
	if pos < len(text) {
		hs.Segs = append(hs.Segs, htmlSeg{Text: string(text[pos:])})
	}
	return hs
}

// htmlFuncs are the helpers of the page template.
var htmlFuncs = template.FuncMap{
	"num": func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) },
	"upper": func(f *float64) string {
		if f == nil {
			return ""
		}
		return "–" + strconv.FormatFloat(*f, 'f', -1, 64)
	},
}

var htmlPage = template.Must(template.New("page").Funcs(htmlFuncs).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="bireport">
<title>{{.Title}}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 90em; line-height: 1.5; color: #222; }
[lang="zh"] { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
th, td { border: 1px solid #ddd; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
th { background: #f4f4f4; }
td.num, td.score, td.id { text-align: right; white-space: nowrap; color: #666; }
td.zh, td.en { width: 45%; }
.line { color: #999; font-size: 0.8em; margin-right: 0.5em; }
tr.title td { font-size: 1.5em; font-weight: bold; }
tr.meta td { font-style: italic; }
tr.heading td { font-weight: bold; background: #f8f8ff; }
tr.heading.level-1 td { font-size: 1.25em; }
tr.heading.level-2 td { font-size: 1.1em; }
tr.note td, tr.footnote td { font-size: 0.9em; color: #444; }
td.missing { background: #fff4f4; }
.sb::before { content: attr(data-n); font-size: 0.7em; vertical-align: super; color: #36c; margin: 0 0.2em; }
.mismatch, .error { color: #b00; font-weight: bold; }
.warning { color: #a60; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="source">Source: {{.Source}}{{if .Schema}} · {{.Schema}}{{end}}</p>
<table class="pairs">
<thead><tr><th>#</th><th lang="zh">中文</th><th>English</th><th>score</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr id="p{{.ID}}" class="{{.Kind}}{{if .Level}} level-{{.Level}}{{end}}">
<td class="id">{{.ID}}</td>
{{template "side" .ZH}}
{{template "side" .EN}}
<td class="score">{{.Score}}</td>
</tr>
{{- end}}
</tbody>
</table>
{{- if .Footnotes}}
<h2>Footnotes</h2>
<dl class="footnotes">
{{- range .Footnotes}}
<dt id="fn-{{.ID}}">[{{.ID}}]{{range .Pairs}} <a href="#p{{.}}">↩ {{.}}</a>{{end}}</dt>
{{- if .HasZH}}
<dd lang="zh">{{.ZH}}</dd>
{{- end}}
{{- if .HasEN}}
<dd lang="en">{{.EN}}</dd>
{{- end}}
{{- end}}
</dl>
{{- end}}
{{- if .Commitments}}
<h2>Commitments</h2>
{{template "items" .Commitments}}
{{- end}}
{{- if .Figures}}
<h2>Figures</h2>
{{template "items" .Figures}}
{{- end}}
{{- if .Findings}}
<h2>Findings</h2>
<table class="findings">
<thead><tr><th>line</th><th>pair</th><th>severity</th><th>rule</th><th>message</th></tr></thead>
<tbody>
{{- range .Findings}}
<tr><td class="num">{{.Line}}</td><td class="num"><a href="#p{{.Pair}}">{{.Pair}}</a></td><td class="{{.Severity}}">{{.Severity}}</td><td>{{.Rule}}</td><td>{{.Message}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</body>
</html>
{{define "side"}}
{{- if .}}<td lang="{{.Lang}}" class="{{.Lang}}"><span class="line">{{.Lines}}</span>{{range .Segs}}{{if .Bead}}<span class="sb" data-n="{{.Bead}}"></span>{{else if .Ref}}<sup><a href="#fn-{{.Ref}}">{{.Text}}</a></sup>{{else}}{{.Text}}{{end}}{{end}}</td>
{{- else}}<td class="missing"></td>
{{- end}}
{{- end}}
{{define "items"}}
<table class="items">
<thead><tr><th>#</th><th>pair</th><th>line</th><th lang="zh">中文</th><th>English</th><th>value</th><th>unit</th><th>qualifier</th><th>object</th><th>status</th></tr></thead>
<tbody>
{{- range .}}
<tr><td class="id">{{.ID}}</td><td class="num"><a href="#p{{.Pair}}">{{.Pair}}</a></td><td class="num">{{with .ZH}}{{.Line}}{{else}}{{with .EN}}{{.Line}}{{end}}{{end}}</td><td lang="zh">{{with .ZH}}{{.Text}}{{end}}</td><td lang="en">{{with .EN}}{{.Text}}{{end}}</td><td class="num">{{num .Value}}{{upper .Upper}}</td><td>{{with .ZH}}{{.Unit}}{{else}}{{with .EN}}{{.Unit}}{{end}}{{end}}</td><td>{{.Qualifier}}</td><td><span lang="zh">{{.Object.ZH}}</span> <span lang="en">{{.Object.EN}}</span></td><td class="{{.Status}}">{{.Status}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
`))
