package report

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// tsvHeader is the first line written by WriteTSV.
const tsvHeader = "id\tkind\tlevel\tzh_first\tzh_last\ten_first\ten_last\tscore\tzh\ten\n"

// WriteTSV writes the pairs of doc as tab-separated values, one pair a row,
// under the header
//
//	id kind level zh_first zh_last en_first en_last score zh en
//
// Line numbers of a missing side are empty. Tabs, carriage returns and line
// feeds inside a text become spaces, so every row has exactly ten fields and
// no quoting is needed.
func WriteTSV(w io.Writer, doc *Document) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(tsvHeader)
	var row []string
	for _, p := range doc.Pairs {
		row = append(row[:0],
			strconv.Itoa(p.ID),
			string(p.Kind),
			strconv.Itoa(p.Level))
		row = appendTSVSide(row, p.ZH)
		row = appendTSVSide(row, p.EN)
		row = append(row, strconv.FormatFloat(p.Score, 'f', -1, 64), tsvText(p.ZH), tsvText(p.EN))
		bw.WriteString(strings.Join(row, "\t"))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// appendTSVSide appends the first and last line of s, or two empty fields.
func appendTSVSide(row []string, s *Side) []string {
	if s == nil {
		return append(row, "", "")
	}
	return append(row, strconv.Itoa(s.Lines[0]), strconv.Itoa(s.Lines[1]))
}

// tsvFieldReplacer turns the characters that would break a TSV row into
// spaces.
var tsvFieldReplacer = strings.NewReplacer("\t", " ", "\r\n", " ", "\r", " ", "\n", " ")

// tsvText is the text of s as one TSV field.
func tsvText(s *Side) string {
	if s == nil {
		return ""
	}
	return tsvFieldReplacer.Replace(s.Text)
}
