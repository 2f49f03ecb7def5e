package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A FootnoteRef is a footnote marker found in running text.
type FootnoteRef struct {
	ID    string // the footnote id the marker points to: "17"
	Start int    // rune offset of the marker
	End   int    // rune offset just past the marker
}

// maxFootnoteDigits bounds the ids accepted from digit markers: a run of more
// than three digits is a number (a year, an amount), not a footnote marker.
const maxFootnoteDigits = 3

// FootnoteDef reports whether line is a footnote definition in one of the
// forms that are unambiguous anywhere in a document, and returns its id and
// body (the text after the marker, spaces trimmed):
//
//	[17]The seven aspects are ...     id "17"
//	［17］……                          id "17" (full-width brackets)
//	①……  …  ⑳……                      id "1" … "20" (also ㉑–㊿)
//	注1……, 注1：……, 注①……, 注[1]……    id "1"
//	Note 1: ……                        id "1"
//
// Forms that are list markers outside a notes section, such as (1)…, （1）…,
// 1. … and 1、…, are not accepted here: a caller inside a notes section (see
// IsNotesHeading) uses NoteItem, which accepts them as well.
func FootnoteDef(line string) (id, body string, ok bool) {
	s := strings.TrimSpace(line)
	if s == "" {
		return "", "", false
	}
	if id, rest, ok := bracketID(s); ok {
		return id, cleanBody(rest), true
	}
	if id, rest, ok := circledID(s); ok {
		return id, cleanBody(rest), true
	}
	if rest, ok := strings.CutPrefix(s, "注"); ok {
		if strings.HasPrefix(rest, "释") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") {
			return "", "", false // 注释, 注： are headings or unnumbered notes
		}
		if id, r, ok := bracketID(rest); ok {
			return id, cleanBody(r), true
		}
		if id, r, ok := circledID(rest); ok {
			return id, cleanBody(r), true
		}
		if id, r, ok := leadingDigits(rest); ok {
			return id, cleanBody(r), true
		}
		return "", "", false
	}
	for _, p := range []string{"Note ", "NOTE ", "Footnote "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			id, r, ok := leadingDigits(rest)
			if !ok {
				return "", "", false
			}
			r = strings.TrimLeft(r, " ")
			if !strings.HasPrefix(r, ":") && !strings.HasPrefix(r, "：") && !strings.HasPrefix(r, ".") {
				return "", "", false
			}
			return id, cleanBody(r), true
		}
	}
	return "", "", false
}

// NoteItem is FootnoteDef for a line inside a notes section: besides the
// forms FootnoteDef accepts it takes (1)…, （1）…, 1. …, 1．…, 1、… and
// "17 Text" (a number and a space). Outside a notes section these are list
// markers and headings, so only the caller, who knows the section, can
// decide to call NoteItem.
func NoteItem(line string) (id, body string, ok bool) {
	if id, body, ok := FootnoteDef(line); ok {
		return id, body, true
	}
	s := strings.TrimSpace(line)
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if rest, ok := strings.CutPrefix(s, br[0]); ok {
			id, r, ok := leadingDigits(rest)
			if !ok {
				return "", "", false
			}
			r, ok = strings.CutPrefix(r, br[1])
			if !ok {
				return "", "", false
			}
			return id, cleanBody(r), true
		}
	}
	id, rest, ok := leadingDigits(s)
	if !ok {
		return "", "", false
	}
	for _, sep := range []string{". ", "．", "、", " ", "\u3000", "."} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			if sep == "." && r != "" && isDigitRune(firstRune(r)) {
				return "", "", false // 1.5 is a number
			}
			return id, cleanBody(r), true
		}
	}
	return "", "", false
}

// IsNotesHeading reports whether line is the heading of a notes section on
// its own: 注释: 注释： 注： 注释 附注： Notes: Note: Notes NOTES Endnotes.
// A line with text after the colon (注：本报告……) is a note, not a heading.
func IsNotesHeading(line string) bool {
	s := strings.TrimSpace(line)
	s = strings.TrimRight(s, ":：")
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "注释", "注", "附注", "注解", "脚注", "尾注", "说明", "notes", "note", "endnotes", "footnotes":
		return true
	}
	return false
}

// FootnoteRefs finds footnote markers in running text. A marker counts when
// its id is in ids; when ids is nil, only the forms that are markers
// whatever the document defines are accepted. The forms are:
//
//	five areas17, areas17,   digits glued to the end of a word ending in a
//	                         lower-case letter (not G20, CO2, PM2.5, COVID-19)
//	¹⁷                       superscript digits
//	[17] ［17］               bracketed digits
//	①                        circled digits (only with ids: they are list
//	                         markers as often as footnote markers)
//
// A number that is a footnote marker is not a quantity; see DropFootnoteRefs.
func FootnoteRefs(text string, ids map[string]bool) []FootnoteRef {
	return footnoteRefsIn([]rune(text), ids)
}

// footnoteRefsIn is FootnoteRefs on a text already converted to runes.
func footnoteRefsIn(rs []rune, ids map[string]bool) []FootnoteRef {
	accept := func(id string) bool {
		if ids == nil {
			return true
		}
		return ids[id]
	}
	var refs []FootnoteRef
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case superscriptDigit(r) >= 0:
			j := i
			id := ""
			for j < len(rs) && superscriptDigit(rs[j]) >= 0 {
				id += strconv.Itoa(superscriptDigit(rs[j]))
				j++
			}
			if j-i <= maxFootnoteDigits && accept(id) {
				refs = append(refs, FootnoteRef{ID: id, Start: i, End: j})
			}
			i = j - 1
		case r == '[' || r == '［':
			j := i + 1
			for j < len(rs) && isDigitRune(rs[j]) {
				j++
			}
			if j > i+1 && j-i-1 <= maxFootnoteDigits && j < len(rs) && (rs[j] == ']' || rs[j] == '］') {
				id := digitString(rs[i+1 : j])
				if accept(id) && id != "0" {
					refs = append(refs, FootnoteRef{ID: id, Start: i, End: j + 1})
				}
				i = j
			}
		case circledNumber(r) > 0:
			id := strconv.Itoa(circledNumber(r))
			if ids != nil && ids[id] {
				refs = append(refs, FootnoteRef{ID: id, Start: i, End: i + 1})
			}
		case isDigitRune(r) && i >= 2 && unicode.IsLower(rs[i-1]) && unicode.IsLetter(rs[i-2]):
			j := i
			for j < len(rs) && isDigitRune(rs[j]) {
				j++
			}
			if gluedMarkerEnd(rs, j) && j-i <= maxFootnoteDigits && rs[i] != '0' && rs[i] != '０' && latinWord(rs, i) {
				id := digitString(rs[i:j])
				if accept(id) {
					refs = append(refs, FootnoteRef{ID: id, Start: i, End: j})
				}
			}
			i = j - 1
		case isDigitRune(r):
			// skip the rest of an ordinary number so its tail is not read as a
			// glued marker
			for i+1 < len(rs) && (isDigitRune(rs[i+1]) || unicode.IsLetter(rs[i+1])) {
				i++
			}
		}
	}
	return refs
}

// DropFootnoteRefs returns the quantities of qs whose span overlaps none of
// refs, in order: a footnote marker is never a quantity. qs is not modified.
func DropFootnoteRefs(qs []Quantity, refs []FootnoteRef) []Quantity {
	out := make([]Quantity, 0, len(qs))
	for _, q := range qs {
		if !overlapsRef(q, refs) {
			out = append(out, q)
		}
	}
	return out
}

func overlapsRef(q Quantity, refs []FootnoteRef) bool {
	for _, f := range refs {
		if q.Start < f.End && f.Start < q.End {
			return true
		}
	}
	return false
}

// gluedMarkerEnd reports whether the digit run ending before j can end a
// glued marker: at the end of text, before a space or punctuation, but not
// before a letter, a digit or a decimal point followed by a digit.
func gluedMarkerEnd(rs []rune, j int) bool {
	if j >= len(rs) {
		return true
	}
	r := rs[j]
	if unicode.IsLetter(r) || isDigitRune(r) {
		return false
	}
	if (r == '.' || r == ',' || r == '-' || r == '/') && j+1 < len(rs) && (isDigitRune(rs[j+1]) || unicode.IsLetter(rs[j+1])) {
		return false
	}
	return true
}

// latinWord reports whether the letters before rs[i] form a word of Latin
// letters of which none is an upper-case letter after the first (areas,
// Areas; not CO, PM, COVID) and at least two letters long.
func latinWord(rs []rune, i int) bool {
	j := i
	for j > 0 && unicode.IsLetter(rs[j-1]) {
		j--
	}
	if i-j < 2 {
		return false
	}
	if j > 0 && (isDigitRune(rs[j-1]) || rs[j-1] == '-') {
		return false
	}
	switch strings.ToLower(string(rs[j:i])) {
	case "km", "cm", "mm", "dm", "kg", "mg", "ml", "ft", "sq", "mi":
		return false // km2, cm3: a unit with its exponent
	}
	for k := j; k < i; k++ {
		if !unicode.In(rs[k], unicode.Latin) {
			return false
		}
		if k > j && unicode.IsUpper(rs[k]) {
			return false
		}
	}
	return true
}

func bracketID(s string) (id, rest string, ok bool) {
	var close string
	switch {
	case strings.HasPrefix(s, "["):
		s, close = s[1:], "]"
	case strings.HasPrefix(s, "［"):
		s, close = s[len("［"):], "］"
	default:
		return "", "", false
	}
	id, rest, ok = leadingDigits(s)
	if !ok {
		return "", "", false
	}
	rest, ok = strings.CutPrefix(rest, close)
	if !ok {
		return "", "", false
	}
	return id, rest, true
}

func circledID(s string) (id, rest string, ok bool) {
	r, size := utf8.DecodeRuneInString(s)
	n := circledNumber(r)
	if n == 0 {
		return "", "", false
	}
	return strconv.Itoa(n), s[size:], true
}

// leadingDigits splits s into a leading run of one to three ASCII or
// full-width digits, read as a decimal id without leading zeros, and the
// rest.
func leadingDigits(s string) (id, rest string, ok bool) {
	rs := []rune(s)
	j := 0
	for j < len(rs) && isDigitRune(rs[j]) {
		j++
	}
	if j == 0 || j > maxFootnoteDigits {
		return "", "", false
	}
	id = digitString(rs[:j])
	if id == "0" {
		return "", "", false
	}
	return id, string(rs[j:]), true
}

// digitString returns the decimal value of a run of digit runes as a string
// without leading zeros.
func digitString(rs []rune) string {
	n := 0
	for _, r := range rs {
		n = n*10 + digitValue(r)
	}
	return strconv.Itoa(n)
}

func cleanBody(s string) string {
	s = strings.TrimLeft(s, " \t\u3000:：.．、")
	return strings.TrimSpace(s)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isDigitRune reports whether r is an ASCII or full-width decimal digit.
func isDigitRune(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

func digitValue(r rune) int {
	if r >= '０' && r <= '９' {
		return int(r - '０')
	}
	return int(r - '0')
}

// superscriptDigit returns the value of a superscript digit, or -1.
func superscriptDigit(r rune) int {
	switch r {
	case '⁰':
		return 0
	case '¹':
		return 1
	case '²':
		return 2
	case '³':
		return 3
	}
	if r >= '⁴' && r <= '⁹' {
		return int(r-'⁴') + 4
	}
	return -1
}

// circledNumber returns the value of a circled number ① … ⑳, ㉑ … ㉟,
// ㊱ … ㊿, or 0.
func circledNumber(r rune) int {
	switch {
	case r >= '①' && r <= '⑳':
		return int(r-'①') + 1
	case r >= '㉑' && r <= '㉟':
		return int(r-'㉑') + 21
	case r >= '㊱' && r <= '㊿':
		return int(r-'㊱') + 36
	}
	return 0
}
