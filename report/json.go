package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
)

// WriteJSON writes doc as the versioned JSON document (schema bireport/1),
// indented, with every array present even when empty. A line range is
// written on one line, "lines": [15, 15].
//
// The document is streamed: each element of its arrays (a pair, a
// commitment, a footnote, a finding) is encoded on its own, by its json
// tags, and indented on its way to w, so the memory WriteJSON needs is one
// element's, not the document's. On an encoding error (a NaN score), what
// was written before the failing element stays written.
func WriteJSON(w io.Writer, doc *Document) error {
	return writeDocument(w, doc, true)
}

// WriteJSONLine writes doc as one line of JSON, for JSON Lines streams. It
// streams as WriteJSON does.
func WriteJSONLine(w io.Writer, doc *Document) error {
	return writeDocument(w, doc, false)
}

// writeDocument writes doc field by field in the order of Document's
// fields, named by their json tags (with omitempty and "-" honoured, as
// encoding/json does), and each array element by element, so that a field
// added to the model is written without a change here. The output is the
// bytes encoding/json writes for the whole document (indented by two
// spaces when indent is set, with its HTML escaping off), with every array
// of exactly two integers on one line.
func writeDocument(w io.Writer, doc *Document, indent bool) error {
	s := newJSONStream(w, indent)
	d := reflect.ValueOf(normalized(doc)).Elem()
	t := d.Type()
	s.w.WriteByte('{')
	first := true
	for i := range t.NumField() {
		name, omitEmpty, ok := jsonName(t.Field(i))
		v := d.Field(i)
		if !ok || omitEmpty && isEmptyJSON(v) {
			continue
		}
		if !first {
			s.w.WriteByte(',')
		}
		first = false
		s.newline(1)
		if err := s.key(name); err != nil {
			return err
		}
		if err := s.field(v); err != nil {
			return err
		}
	}
	s.newline(0)
	s.w.WriteString("}\n")
	return s.w.Flush()
}

// jsonName returns the JSON name of a struct field and whether it has the
// omitempty option; ok is false for a field encoding/json leaves out.
func jsonName(f reflect.StructField) (name string, omitEmpty, ok bool) {
	if !f.IsExported() {
		return "", false, false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name, strings.Contains(","+opts+",", ",omitempty,"), true
}

// isEmptyJSON is encoding/json's test for omitempty.
func isEmptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// A jsonStream writes JSON values to a buffered writer, each encoded
// compactly into a small reused buffer and then copied, indented, to the
// writer.
type jsonStream struct {
	w      *bufio.Writer
	buf    bytes.Buffer
	enc    *json.Encoder
	indent bool
}

func newJSONStream(w io.Writer, indent bool) *jsonStream {
	s := &jsonStream{w: bufio.NewWriterSize(w, 64<<10), indent: indent}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	return s
}

// field writes the value of a top-level field: a non-empty slice element by
// element, anything else whole.
func (s *jsonStream) field(v reflect.Value) error {
	if v.Kind() != reflect.Slice || v.Len() == 0 {
		return s.value(v.Addr().Interface(), 1)
	}
	s.w.WriteByte('[')
	for j := range v.Len() {
		if j > 0 {
			s.w.WriteByte(',')
		}
		s.newline(2)
		if err := s.value(v.Index(j).Addr().Interface(), 2); err != nil {
			return err
		}
	}
	s.newline(1)
	s.w.WriteByte(']')
	return nil
}

// key writes an object key and its colon.
func (s *jsonStream) key(name string) error {
	if err := s.value(name, 1); err != nil {
		return err
	}
	s.w.WriteByte(':')
	if s.indent {
		s.w.WriteByte(' ')
	}
	return nil
}

// value encodes x and writes it as if it stood at the given depth.
func (s *jsonStream) value(x any, depth int) error {
	s.buf.Reset()
	if err := s.enc.Encode(x); err != nil {
		return err
	}
	b := bytes.TrimSuffix(s.buf.Bytes(), []byte{'\n'})
	if !s.indent {
		s.w.Write(b)
		return nil
	}
	s.writeIndented(b, depth)
	return nil
}

// newline starts a new line indented to depth, when indenting.
func (s *jsonStream) newline(depth int) {
	if !s.indent {
		return
	}
	s.w.WriteByte('\n')
	for range depth {
		s.w.WriteString("  ")
	}
}

// writeIndented writes the compact JSON b indented as json.Indent does
// (punctuation inside strings left alone; {} and [] kept empty), starting
// at depth, except that an array of exactly two integers stays on one line:
// [15, 15].
func (s *jsonStream) writeIndented(b []byte, depth int) {
	open := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			s.newline(depth)
		}
		switch c {
		case '"':
			n := stringLen(b[i:])
			s.w.Write(b[i : i+n])
			i += n - 1
		case '{', '[':
			if n := intPair(b[i:]); n > 0 {
				s.writeIntPair(b[i : i+n])
				i += n - 1
				continue
			}
			open = true
			s.w.WriteByte(c)
		case ',':
			s.w.WriteByte(c)
			s.newline(depth)
		case ':':
			s.w.WriteString(": ")
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				s.newline(depth)
			}
			s.w.WriteByte(c)
		default:
			s.w.WriteByte(c)
		}
	}
}

// stringLen returns the length of the JSON string b starts with, quotes
// included, copied whole: punctuation inside it is text, not structure.
func stringLen(b []byte) int {
	for i := 1; i < len(b); {
		k := bytes.IndexAny(b[i:], `"\\`)
		if k < 0 {
			break
		}
		i += k
		if b[i] == '"' {
			return i + 1
		}
		i += 2 // an escape: the backslash and the byte it escapes
	}
	return len(b)
}

// intPair returns the length of the array of two integers b starts with
// ([15,-3]), or 0 when b starts with anything else.
func intPair(b []byte) int {
	if len(b) == 0 || b[0] != '[' {
		return 0
	}
	i := 1
	for k := range 2 {
		if i < len(b) && b[i] == '-' {
			i++
		}
		start := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		sep := byte(',')
		if k == 1 {
			sep = ']'
		}
		if i == start || i >= len(b) || b[i] != sep {
			return 0
		}
		i++
	}
	return i
}

// writeIntPair writes the array [a,b] as [a, b].
func (s *jsonStream) writeIntPair(b []byte) {
	comma := bytes.IndexByte(b, ',')
	s.w.Write(b[:comma+1])
	s.w.WriteByte(' ')
	s.w.Write(b[comma+1:])
}
