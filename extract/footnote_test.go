package extract

import (
	"reflect"
	"testing"
)

func TestFootnoteDef(t *testing.T) {
	tests := []struct {
		name     string
		line     string
		id, body string
		ok       bool
		reason   string
	}{
		{"brackets", "[17]The seven aspects are childcare.", "17", "The seven aspects are childcare.", true, "the sample's form"},
		{"brackets space", "  [3] Text here", "3", "Text here", true, "spaces around are trimmed"},
		{"full-width brackets", "［17］七有是指……", "17", "七有是指……", true, "full-width brackets are common in Chinese files"},
		{"full-width digits", "［１７］七有", "17", "七有", true, "full-width digits give the same id"},
		{"circled", "①幼有所育、学有所教。", "1", "幼有所育、学有所教。", true, "circled numbers are Chinese note markers"},
		{"circled 20", "⑳最后一条", "20", "最后一条", true, "the last of the first circled block"},
		{"circled 21", "㉑再一条", "21", "再一条", true, "the second circled block"},
		{"zhu digit", "注1：七有是指……", "1", "七有是指……", true, "注 with a number and a colon"},
		{"zhu digit no colon", "注2 五性是指……", "2", "五性是指……", true, "注 with a number and a space"},
		{"zhu circled", "注①七有", "1", "七有", true, "注 with a circled number"},
		{"zhu bracket", "注[3]七有", "3", "七有", true, "注 with a bracketed number"},
		{"note english", "Note 4: The five areas are ...", "4", "The five areas are ...", true, "an English numbered note"},
		{"heading zhushi", "注释:", "", "", false, "a notes heading is not a definition"},
		{"unnumbered zhu", "注：本报告数据为初步统计。", "", "", false, "an unnumbered note has no id"},
		{"paren", "(1)加强就业", "", "", false, "(1) is a list marker outside a notes section: NoteItem reads it"},
		{"dotted", "1. Promote employment", "", "", false, "1. is a heading outside a notes section"},
		{"year bracket", "[2024]第5号", "", "", false, "four digits are a year, not an id"},
		{"zero", "[0]text", "", "", false, "no footnote is numbered 0"},
		{"plain text", "The seven aspects", "", "", false, "no marker"},
		{"empty", "", "", "", false, "empty line"},
		{"bracket unclosed", "[17 text", "", "", false, "an unclosed bracket is not a marker"},
		{"note word", "Note that growth slowed.", "", "", false, "Note without a number is prose"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, body, ok := FootnoteDef(tt.line)
			if id != tt.id || body != tt.body || ok != tt.ok {
				t.Errorf("FootnoteDef(%q) = %q, %q, %v; want %q, %q, %v (%s)", tt.line, id, body, ok, tt.id, tt.body, tt.ok, tt.reason)
			}
		})
	}
}

func TestNoteItem(t *testing.T) {
	tests := []struct {
		name     string
		line     string
		id, body string
		ok       bool
		reason   string
	}{
		{"paren", "(1)七有是指……", "1", "七有是指……", true, "inside notes (1) numbers a note"},
		{"full-width paren", "（2）五性是指……", "2", "五性是指……", true, "full-width parentheses"},
		{"dotted", "17. The seven aspects are ...", "17", "The seven aspects are ...", true, "a numbered note"},
		{"dotted full-width", "3．五性", "3", "五性", true, "full-width full stop"},
		{"dun", "4、七有", "4", "七有", true, "Chinese enumeration comma"},
		{"space", "17 The seven aspects", "17", "The seven aspects", true, "number and space"},
		{"strict still", "[17]Text", "17", "Text", true, "the strict forms are accepted too"},
		{"decimal", "1.5 million people", "", "", false, "a decimal number is not a note id"},
		{"glued word", "17th session", "", "", false, "an ordinal is not a note id"},
		{"paren unclosed", "(1 text", "", "", false, "unclosed parenthesis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, body, ok := NoteItem(tt.line)
			if id != tt.id || body != tt.body || ok != tt.ok {
				t.Errorf("NoteItem(%q) = %q, %q, %v; want %q, %q, %v (%s)", tt.line, id, body, ok, tt.id, tt.body, tt.ok, tt.reason)
			}
		})
	}
}

func TestIsNotesHeading(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		want   bool
		reason string
	}{
		{"zhushi ascii colon", "注释:", true, "the sample's heading"},
		{"zhushi full colon", "注释：", true, "full-width colon"},
		{"zhu", "注：", true, "short form"},
		{"zhushi bare", "注释", true, "no colon"},
		{"notes", "Notes:", true, "English plural"},
		{"note", "Note:", true, "English singular"},
		{"notes upper", "NOTES", true, "upper case"},
		{"spaces", "  Notes:  ", true, "spaces are ignored"},
		{"zhu with text", "注：本报告数据为初步统计。", false, "text after the colon is a note, not a heading"},
		{"note with text", "Note: figures are preliminary.", false, "text after the colon"},
		{"prose", "Notes on the economy", false, "a title that starts with Notes"},
		{"empty", "", false, "empty line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsNotesHeading(tt.line); got != tt.want {
				t.Errorf("IsNotesHeading(%q) = %v, want %v (%s)", tt.line, got, tt.want, tt.reason)
			}
		})
	}
}

func TestFootnoteRefs(t *testing.T) {
	ids17 := map[string]bool{"17": true}
	tests := []struct {
		name   string
		text   string
		ids    map[string]bool
		want   []FootnoteRef
		reason string
	}{
		{"glued", "a better life in five areas17, and", ids17, []FootnoteRef{{"17", 27, 29}}, "the sample's flattened marker"},
		{"glued end", "five areas17", nil, []FootnoteRef{{"17", 10, 12}}, "glued to a lower-case word at the end, ids unknown"},
		{"glued full stop", "five areas17. Next", nil, []FootnoteRef{{"17", 10, 12}}, "a full stop after the marker"},
		{"glued unknown id", "five areas17", map[string]bool{"3": true}, nil, "the id is not defined"},
		{"superscript", "five areas¹⁷ and", nil, []FootnoteRef{{"17", 10, 12}}, "superscript digits"},
		{"bracket", "five areas[17] and", ids17, []FootnoteRef{{"17", 10, 14}}, "inline brackets, span includes them"},
		{"bracket full-width", "七有［17］要求", ids17, []FootnoteRef{{"17", 2, 6}}, "full-width brackets"},
		{"circled with ids", "七有①要求", map[string]bool{"1": true}, []FootnoteRef{{"1", 2, 3}}, "a circled number with a defined id"},
		{"circled without ids", "①加强就业", nil, nil, "circled numbers are list markers unless ids say otherwise"},
		{"G20", "the G20 summit", nil, nil, "an upper-case name"},
		{"CO2", "cut CO2 emissions", nil, nil, "a chemical formula"},
		{"PM2.5", "PM2.5 density fell", nil, nil, "a decimal after upper-case letters"},
		{"COVID-19", "COVID-19 response", nil, nil, "a hyphenated name"},
		{"km2", "5,000 km2 of land", nil, nil, "a unit with its exponent"},
		{"year glued", "in2024 we", nil, nil, "four digits are a year lost its space"},
		{"plain number", "create 260,000 urban jobs", nil, nil, "a number after a space is a quantity"},
		{"chinese glued", "增长6.6%", nil, nil, "in Chinese a number after a character is a quantity"},
		{"5G", "5G networks", nil, nil, "a digit before letters"},
		{"ordinal", "the 13th plan", nil, nil, "an ordinal suffix"},
		{"two refs", "areas17 and aspects18.", nil, []FootnoteRef{{"17", 5, 7}, {"18", 19, 21}}, "several markers in order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FootnoteRefs(tt.text, tt.ids)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FootnoteRefs(%q) = %v, want %v (%s)", tt.text, got, tt.want, tt.reason)
			}
		})
	}
}

func TestDropFootnoteRefs(t *testing.T) {
	qs := []Quantity{
		{Text: "17", Start: 10, End: 12, Value: 17, Role: RoleQuantity},
		{Text: "34", Start: 40, End: 42, Value: 34, Role: RoleQuantity},
	}
	refs := []FootnoteRef{{ID: "17", Start: 10, End: 12}}
	got := DropFootnoteRefs(qs, refs)
	if len(got) != 1 || got[0].Value != 34 {
		t.Errorf("DropFootnoteRefs = %v, want only the 34: a marker is never a quantity", got)
	}
	if len(qs) != 2 || qs[0].Value != 17 {
		t.Errorf("DropFootnoteRefs modified its input: %v", qs)
	}
	if got := DropFootnoteRefs(qs, nil); len(got) != 2 {
		t.Errorf("DropFootnoteRefs with no refs = %v, want both", got)
	}
}

func FuzzFootnote(f *testing.F) {
	for _, s := range []string{"[17]The seven", "five areas17,", "①七有", "注1：", "(1)x", "¹⁷", "［１７］", "areas1", "a1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, def := range []func(string) (string, string, bool){FootnoteDef, NoteItem} {
			if id, _, ok := def(s); ok && id == "" {
				t.Fatalf("%q: a definition without an id", s)
			}
		}
		if IsNotesHeading(s) && len([]rune(s)) > 40 {
			t.Fatalf("%q: a long line taken for a notes heading", s)
		}
		n := len([]rune(s))
		for _, r := range FootnoteRefs(s, nil) {
			if r.Start < 0 || r.End > n || r.Start >= r.End || r.ID == "" {
				t.Fatalf("FootnoteRefs(%q): bad ref %v", s, r)
			}
		}
	})
}
