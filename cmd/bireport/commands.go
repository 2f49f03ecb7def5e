package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/bireport/bireport/report"
)

func renderCmd() *command {
	return &command{
		name:     "render",
		synopsis: "[-f md|json|html|tmx|tsv] [-seg paragraph|sentence] [-o FILE] FILE | --zh FILE --en FILE",
		summary:  "write the whole document as Markdown, JSON, HTML, TMX or TSV",
		detail: `Render parses one bilingual report and writes it whole: every pair with
its text, line numbers and alignment score, the commitments, figures,
footnotes and findings.

Formats: md (Markdown, the default), json (the versioned document,
schema bireport/1), html (a standalone page, zh | en side by side),
tmx (TMX 1.4b translation memory for CAT tools), tsv (one pair a row).
With -seg sentence, tmx and tsv have one unit per sentence bead inside
each pair (what CAT tools match on) instead of one per pair.
`,
		run: (*tool).render,
	}
}

func (t *tool) render(c *command, args []string) error {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	format := fs.String("f", "md", "output `format`: md, json, html, tmx or tsv")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	seg := fs.String("seg", "paragraph", "`unit` of tmx and tsv: paragraph or sentence")
	ins, err := t.readFlags(c, fs, args, format, false, "md", "json", "html", "tmx", "tsv")
	if err != nil {
		return err
	}
	if err := segFlag(c, *seg, *format); err != nil {
		return err
	}
	doc, err := t.load(ins[0])
	if err != nil {
		return err
	}
	write := map[string]func(io.Writer, *report.Document) error{
		"md":   report.WriteMarkdown,
		"json": t.writeJSON,
		"html": report.WriteHTML,
		"tmx": func(w io.Writer, d *report.Document) error {
			return report.WriteSegmentedTMX(w, d, report.Segmentation(*seg))
		},
		"tsv": func(w io.Writer, d *report.Document) error {
			return report.WriteSegmentedTSV(w, d, report.Segmentation(*seg))
		},
	}[*format]
	return t.output(*out, func(w io.Writer) error { return write(w, doc) })
}

// segFlag checks -seg: paragraph or sentence, and sentence only for the
// formats that have units (tmx, tsv).
func segFlag(c *command, seg, format string) error {
	if err := oneOf(c, "seg", seg, "paragraph", "sentence"); err != nil {
		return err
	}
	if seg == "sentence" && format != "tmx" && format != "tsv" {
		return usagef("%s: -seg sentence: only for -f tmx or tsv (the JSON has pairs[].sentences)", c.name)
	}
	return nil
}

func alignCmd() *command {
	return &command{
		name:     "align",
		synopsis: "[-f tsv|json] [-o FILE] FILE | --zh FILE --en FILE",
		summary:  "write the pairs only: id, kind, lines, score and both texts",
		detail: `Align parses one bilingual report and writes its pairs: each Chinese
unit with its English translation, their first and last lines, the kind
(title, meta, heading, paragraph, note, footnote) and the alignment score
in [0,1]. A side with no counterpart is empty (TSV) or null (JSON).

Formats: tsv (the default; columns id, kind, level, zh_first, zh_last,
en_first, en_last, score, zh, en) and json ({"schema", "source", "pairs"}).
`,
		run: (*tool).align,
	}
}

func (t *tool) align(c *command, args []string) error {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	format := fs.String("f", "tsv", "output `format`: tsv or json")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	ins, err := t.readFlags(c, fs, args, format, false, "tsv", "json")
	if err != nil {
		return err
	}
	doc, err := t.load(ins[0])
	if err != nil {
		return err
	}
	return t.output(*out, func(w io.Writer) error {
		if *format == "tsv" {
			return report.WriteTSV(w, doc)
		}
		v := struct {
			Schema string        `json:"schema"`
			Source string        `json:"source"`
			Pairs  []report.Pair `json:"pairs"`
		}{doc.Schema, doc.Source, nonNil(doc.Pairs)}
		return writeIndentedJSON(w, v)
	})
}

func extractCmd() *command {
	return &command{
		name:     "extract",
		synopsis: "[-f json|csv|md] [-figures] [-o FILE] FILE... | --zh FILE --en FILE",
		summary:  "write the commitments, figures and footnotes",
		detail: `Extract parses bilingual reports and writes their numeric commitments
(targets for the future), figures (results reported about the past) and
footnotes, each quantity with its text, value, unit and qualifier on both
sides and whether the two sides agree.

Formats:
  json  one object {"schema", "source", "commitments", "figures",
        "footnotes"}; for several FILEs one compact object a line (JSON Lines)
  csv   one row per commitment (RFC 4180, a header row), for all FILEs:
        file,pair,zh_line,en_line,value,upper,unit,qualifier,object_zh,
        object_en,zh_text,en_text,status; with -figures the figures instead
  md    Markdown tables, a section per FILE
`,
		run: (*tool).extract,
	}
}

// extraction is the JSON written by extract.
type extraction struct {
	Schema      string            `json:"schema"`
	Source      string            `json:"source"`
	Commitments []report.Item     `json:"commitments"`
	Figures     []report.Item     `json:"figures"`
	Footnotes   []report.Footnote `json:"footnotes"`
}

// csvHeader is the header row of extract -f csv.
var csvHeader = []string{"file", "pair", "zh_line", "en_line", "value", "upper", "unit", "qualifier",
	"object_zh", "object_en", "zh_text", "en_text", "status"}

func (t *tool) extract(c *command, args []string) error {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	format := fs.String("f", "json", "output `format`: json, csv or md")
	figures := fs.Bool("figures", false, "csv: list the figures (results reported about the past) instead of the commitments")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	ins, err := t.readFlags(c, fs, args, format, true, "json", "csv", "md")
	if err != nil {
		return err
	}
	// Parse everything first: an input error leaves no partial output.
	docs := make([]*report.Document, len(ins))
	for i, in := range ins {
		if docs[i], err = t.load(in); err != nil {
			return err
		}
	}
	return t.output(*out, func(w io.Writer) error {
		switch *format {
		case "csv":
			return writeItemsCSV(w, ins, docs, *figures)
		case "md":
			return writeItemsMarkdown(w, ins, docs)
		}
		for i, doc := range docs {
			v := extraction{doc.Schema, doc.Source, nonNil(doc.Commitments), nonNil(doc.Figures), nonNil(doc.Footnotes)}
			if v.Source == "" {
				v.Source = ins[i].source()
			}
			var err error
			if len(docs) == 1 {
				err = writeIndentedJSON(w, v)
			} else {
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				err = enc.Encode(v)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// writeItemsCSV writes the commitments (or figures) of docs as CSV.
func writeItemsCSV(w io.Writer, ins []input, docs []*report.Document, figures bool) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for i, doc := range docs {
		items := doc.Commitments
		if figures {
			items = doc.Figures
		}
		for _, it := range items {
			var zhLine, enLine, unit, zhText, enText string
			if it.ZH != nil {
				zhLine, unit, zhText = itoaLine(it.ZH.Line), it.ZH.Unit, it.ZH.Text
			}
			if it.EN != nil {
				enLine, enText = itoaLine(it.EN.Line), it.EN.Text
				if unit == "" {
					unit = it.EN.Unit
				}
			}
			upper := ""
			if it.Upper != nil {
				upper = formatFloat(*it.Upper)
			}
			cw.Write([]string{ins[i].source(), strconv.Itoa(it.Pair), zhLine, enLine,
				formatFloat(it.Value), upper, unit, it.Qualifier,
				it.Object.ZH, it.Object.EN, zhText, enText, it.Status})
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeItemsMarkdown writes the commitments, figures and footnotes of docs
// as Markdown tables.
func writeItemsMarkdown(w io.Writer, ins []input, docs []*report.Document) error {
	var b strings.Builder
	for i, doc := range docs {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "# %s\n", mdCell(ins[i].source()))
		for _, sec := range []struct {
			title string
			items []report.Item
		}{{"Commitments", doc.Commitments}, {"Figures", doc.Figures}} {
			fmt.Fprintf(&b, "\n## %s\n\n", sec.title)
			if len(sec.items) == 0 {
				b.WriteString("None.\n")
				continue
			}
			b.WriteString("| pair | line | 中文 | English | value | unit | qualifier | status |\n")
			b.WriteString("| ---: | ---: | --- | --- | ---: | --- | --- | --- |\n")
			for _, it := range sec.items {
				var line, zh, en, unit string
				if it.ZH != nil {
					line, zh, unit = itoaLine(it.ZH.Line), it.ZH.Text, it.ZH.Unit
				}
				if it.EN != nil {
					en = it.EN.Text
					if line == "" {
						line = itoaLine(it.EN.Line)
					}
					if unit == "" {
						unit = it.EN.Unit
					}
				}
				value := formatFloat(it.Value)
				if it.Upper != nil {
					value += "–" + formatFloat(*it.Upper)
				}
				fmt.Fprintf(&b, "| %d | %s | %s | %s | %s | %s | %s | %s |\n", it.Pair, line,
					mdCell(zh), mdCell(en), value, mdCell(unit), mdCell(it.Qualifier), mdCell(it.Status))
			}
		}
		if len(doc.Footnotes) > 0 {
			b.WriteString("\n## Footnotes\n\n| id | 中文 | English | referenced from pairs |\n| --- | --- | --- | --- |\n")
			for _, f := range doc.Footnotes {
				var zh, en string
				if f.ZH != nil {
					zh = *f.ZH
				}
				if f.EN != nil {
					en = *f.EN
				}
				var refs []string
				for _, r := range f.Refs {
					refs = append(refs, strconv.Itoa(r.Pair))
				}
				fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mdCell(f.ID), mdCell(zh), mdCell(en), strings.Join(refs, ", "))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdCellReplacer escapes the characters that would end or break a Markdown
// table cell or start markup inside it.
var mdCellReplacer = strings.NewReplacer(
	"\\", "\\\\", "|", "\\|", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]",
	"<", "\\<", ">", "\\>", "#", "\\#", "&", "\\&",
	"\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// mdCell is s as the text of one Markdown table cell.
func mdCell(s string) string { return mdCellReplacer.Replace(s) }

func checkCmd() *command {
	return &command{
		name:     "check",
		synopsis: "[-f text|json] FILE... | --zh FILE --en FILE",
		summary:  "check the translation; exit 1 if a finding is an error",
		detail: `Check parses bilingual reports and lists what a reviewer should look at:
a number that changed in translation, a paragraph left untranslated, a
pair the aligner is unsure of.

Formats: text (the default), one finding a line,
	FILE:LINE: SEVERITY: RULE: MESSAGE
(":LINE" left out when a finding has no line) and json, one array of
findings, each with its "file".

Exit status: 0 no finding of severity error, 1 at least one, 2 an input
could not be read or parsed (the other inputs are still checked).
`,
		run: (*tool).check,
	}
}

// fileFinding is a finding with the file its line counts in.
type fileFinding struct {
	File string `json:"file"`
	report.Finding
}

func (t *tool) check(c *command, args []string) error {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	format := fs.String("f", "text", "output `format`: text or json")
	ins, err := t.readFlags(c, fs, args, format, true, "text", "json")
	if err != nil {
		return err
	}
	var (
		all      = []fileFinding{}
		severe   bool
		inputErr error
	)
	for _, in := range ins {
		doc, err := t.load(in)
		if err != nil {
			if inputErr != nil {
				t.errorLine(inputErr) // report every failed input, the last one by exit
			}
			inputErr = err
			continue
		}
		for _, f := range doc.Findings {
			all = append(all, fileFinding{findingFile(in, doc, f), f})
			severe = severe || f.Severity == report.SeverityError
		}
	}
	err = t.output("", func(w io.Writer) error {
		if *format == "json" {
			return writeIndentedJSON(w, all)
		}
		for _, f := range all {
			pos := f.File
			if f.Line > 0 {
				pos += ":" + strconv.Itoa(f.Line)
			}
			msg := strings.Join(strings.Fields(f.Message), " ")
			if _, err := fmt.Fprintf(w, "%s: %s: %s: %s\n", pos, f.Severity, f.Rule, msg); err != nil {
				return err
			}
		}
		return nil
	})
	switch {
	case inputErr != nil:
		return inputErr
	case err != nil:
		return err
	case severe:
		return errFindings
	}
	return nil
}

// findingFile is the file the line of f counts in: for a pair of
// monolingual files, the one whose side of the finding's pair holds the
// line.
func findingFile(in input, doc *report.Document, f report.Finding) string {
	if in.name != "" {
		return in.name
	}
	for _, p := range doc.Pairs {
		if p.ID != f.Pair {
			continue
		}
		if p.EN != nil && (p.ZH == nil || !within(p.ZH, f.Line)) && within(p.EN, f.Line) {
			return in.en
		}
		break
	}
	return in.zh
}

func within(s *report.Side, line int) bool { return s.Lines[0] <= line && line <= s.Lines[1] }

// writeIndentedJSON writes v as indented JSON with a final newline, HTML
// characters unescaped.
func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// nonNil returns s, or an empty slice for nil so that JSON shows [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// itoaLine formats a line number; 0 (unknown) is empty.
func itoaLine(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// readFlags registers --zh and --en on fs, parses args, checks that -f
// (format) is one of formats, and returns the inputs named: one, or several
// when many is true.
func (t *tool) readFlags(c *command, fs *flag.FlagSet, args []string, format *string, many bool, formats ...string) ([]input, error) {
	var pf pairFlags
	pf.register(fs)
	pos, err := t.parseFlags(c, fs, args)
	if err != nil {
		return nil, err
	}
	if err := oneOf(c, "f", *format, formats...); err != nil {
		return nil, err
	}
	return pf.inputs(c, pos, many)
}
