// Package jsonschema validates JSON documents against a small subset of JSON
// Schema (draft 2020-12), enough for the bireport document contract:
//
//   - type: a name or a list of names ("object", "array", "string",
//     "number", "integer", "boolean", "null")
//   - properties, required, additionalProperties (false or a schema)
//   - items (one schema for every element), minItems, maxItems
//   - enum (of strings, numbers, booleans or null)
//   - minimum, maximum
//   - $ref to "#/$defs/NAME", with the definitions under $defs
//
// Other keywords (title, description, $schema, $id, …) are ignored; a
// keyword of the subset used wrongly is an error of Compile. It has no
// dependency beyond the standard library.
package jsonschema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// A Schema is a compiled schema, ready to validate documents. It is
// immutable and safe for concurrent use.
type Schema struct {
	root *node
}

// node is one compiled (sub)schema.
type node struct {
	types        map[string]bool // nil: any type
	properties   map[string]*node
	propOrder    []string
	required     []string
	additional   *node // nil: any additional property allowed
	noAdditional bool  // additionalProperties: false
	items        *node
	minItems     int
	maxItems     int // -1: no maximum
	enum         []any
	minimum      *big.Float
	maximum      *big.Float
	ref          string
	defs         map[string]*node // only on the root
}

var knownTypes = map[string]bool{"object": true, "array": true, "string": true, "number": true, "integer": true, "boolean": true, "null": true}

// Compile parses a schema written in JSON.
func Compile(data []byte) (*Schema, error) {
	v, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("jsonschema: schema is not JSON: %w", err)
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, errors.New("jsonschema: schema is not an object")
	}
	defs := map[string]*node{}
	root, err := compileNode(m, "#")
	if err != nil {
		return nil, err
	}
	if d, ok := m["$defs"]; ok {
		dm, ok := d.(map[string]any)
		if !ok {
			return nil, errors.New("jsonschema: #/$defs is not an object")
		}
		for name, sub := range dm {
			sm, ok := sub.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("jsonschema: #/$defs/%s is not an object", name)
			}
			n, err := compileNode(sm, "#/$defs/"+name)
			if err != nil {
				return nil, err
			}
			defs[name] = n
		}
	}
	root.defs = defs
	s := &Schema{root: root}
	if err := s.checkRefs(root, map[*node]bool{}); err != nil {
		return nil, err
	}
	return s, nil
}

// MustCompile is Compile that panics on an error, for schemas built into
// a program.
func MustCompile(data []byte) *Schema {
	s, err := Compile(data)
	if err != nil {
		panic(err)
	}
	return s
}

func (s *Schema) checkRefs(n *node, seen map[*node]bool) error {
	if n == nil || seen[n] {
		return nil
	}
	seen[n] = true
	if n.ref != "" {
		if _, ok := s.root.defs[strings.TrimPrefix(n.ref, "#/$defs/")]; !ok {
			return fmt.Errorf("jsonschema: $ref %q names no definition", n.ref)
		}
	}
	for _, c := range n.children() {
		if err := s.checkRefs(c, seen); err != nil {
			return err
		}
	}
	for _, name := range sortedKeys(n.defs) {
		if err := s.checkRefs(n.defs[name], seen); err != nil {
			return err
		}
	}
	return nil
}

func (n *node) children() []*node {
	var out []*node
	for _, k := range n.propOrder {
		out = append(out, n.properties[k])
	}
	if n.additional != nil {
		out = append(out, n.additional)
	}
	if n.items != nil {
		out = append(out, n.items)
	}
	return out
}

func compileNode(m map[string]any, at string) (*node, error) {
	n := &node{maxItems: -1}
	bad := func(kw, what string) error {
		return fmt.Errorf("jsonschema: %s/%s: %s", at, kw, what)
	}
	for _, kw := range sortedKeys(m) {
		v := m[kw]
		switch kw {
		case "type":
			n.types = map[string]bool{}
			switch t := v.(type) {
			case string:
				if !knownTypes[t] {
					return nil, bad(kw, "unknown type "+strconv.Quote(t))
				}
				n.types[t] = true
			case []any:
				for _, e := range t {
					s, ok := e.(string)
					if !ok || !knownTypes[s] {
						return nil, bad(kw, fmt.Sprintf("unknown type %v", e))
					}
					n.types[s] = true
				}
			default:
				return nil, bad(kw, "not a string or a list")
			}
		case "properties":
			pm, ok := v.(map[string]any)
			if !ok {
				return nil, bad(kw, "not an object")
			}
			n.properties = map[string]*node{}
			n.propOrder = sortedKeys(pm)
			for _, name := range n.propOrder {
				sm, ok := pm[name].(map[string]any)
				if !ok {
					return nil, bad(kw+"/"+name, "not an object")
				}
				c, err := compileNode(sm, at+"/properties/"+name)
				if err != nil {
					return nil, err
				}
				n.properties[name] = c
			}
		case "required":
			l, ok := v.([]any)
			if !ok {
				return nil, bad(kw, "not a list")
			}
			for _, e := range l {
				s, ok := e.(string)
				if !ok {
					return nil, bad(kw, "not a list of strings")
				}
				n.required = append(n.required, s)
			}
		case "additionalProperties":
			switch a := v.(type) {
			case bool:
				n.noAdditional = !a
			case map[string]any:
				c, err := compileNode(a, at+"/additionalProperties")
				if err != nil {
					return nil, err
				}
				n.additional = c
			default:
				return nil, bad(kw, "not a boolean or a schema")
			}
		case "items":
			im, ok := v.(map[string]any)
			if !ok {
				return nil, bad(kw, "not a schema (only one schema for every item is supported)")
			}
			c, err := compileNode(im, at+"/items")
			if err != nil {
				return nil, err
			}
			n.items = c
		case "minItems", "maxItems":
			x, ok := v.(json.Number)
			i, err := strconv.Atoi(string(x))
			if !ok || err != nil || i < 0 {
				return nil, bad(kw, "not a non-negative integer")
			}
			if kw == "minItems" {
				n.minItems = i
			} else {
				n.maxItems = i
			}
		case "enum":
			l, ok := v.([]any)
			if !ok || len(l) == 0 {
				return nil, bad(kw, "not a non-empty list")
			}
			for _, e := range l {
				switch e.(type) {
				case string, json.Number, bool, nil:
				default:
					return nil, bad(kw, "only strings, numbers, booleans and null are supported")
				}
			}
			n.enum = l
		case "minimum", "maximum":
			x, ok := v.(json.Number)
			if !ok {
				return nil, bad(kw, "not a number")
			}
			f, _, err := big.ParseFloat(string(x), 10, 256, big.ToNearestEven)
			if err != nil {
				return nil, bad(kw, "not a number")
			}
			if kw == "minimum" {
				n.minimum = f
			} else {
				n.maximum = f
			}
		case "$ref":
			s, ok := v.(string)
			if !ok || !strings.HasPrefix(s, "#/$defs/") {
				return nil, bad(kw, "only references of the form #/$defs/NAME are supported")
			}
			n.ref = s
		case "$defs":
			if at != "#" {
				return nil, bad(kw, "$defs only at the root")
			}
		case "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "const", "pattern",
			"minLength", "maxLength", "exclusiveMinimum", "exclusiveMaximum", "prefixItems",
			"patternProperties", "dependentRequired", "uniqueItems", "multipleOf", "format":
			return nil, bad(kw, "keyword not supported by this validator")
		}
	}
	return n, nil
}

// A ValidationError lists the places where a document breaks its schema.
type ValidationError struct {
	Problems []Problem
}

// A Problem is one place where a document breaks its schema.
type Problem struct {
	Path    string // JSON Pointer to the value, "" for the whole document
	Message string
}

func (p Problem) String() string {
	path := p.Path
	if path == "" {
		path = "/"
	}
	return path + ": " + p.Message
}

// maxProblems bounds the problems a ValidationError collects.
const maxProblems = 20

func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("jsonschema: document does not match the schema: ")
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Validate parses data as one JSON value and checks it against the
// schema. It returns nil, an error saying the data is not JSON, or a
// *ValidationError.
func (s *Schema) Validate(data []byte) error {
	v, err := decode(data)
	if err != nil {
		return fmt.Errorf("jsonschema: not JSON: %w", err)
	}
	return s.validateValue(v)
}

// ValidateValue checks a value as produced by encoding/json decoding into
// an any with UseNumber (numbers as json.Number; float64 and int are
// accepted too).
func (s *Schema) ValidateValue(v any) error {
	return s.validateValue(v)
}

func (s *Schema) validateValue(v any) error {
	var ps []Problem
	s.check(s.root, v, "", &ps, 0)
	if len(ps) > 0 {
		return &ValidationError{Problems: ps}
	}
	return nil
}

// maxDepth bounds $ref chains that refer to themselves without consuming
// the document.
const maxDepth = 1000

func (s *Schema) check(n *node, v any, path string, ps *[]Problem, depth int) {
	if len(*ps) >= maxProblems {
		return
	}
	add := func(format string, args ...any) {
		if len(*ps) < maxProblems {
			*ps = append(*ps, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
		}
	}
	if depth > maxDepth {
		add("schema references nest deeper than %d", maxDepth)
		return
	}
	if n.ref != "" {
		s.check(s.root.defs[strings.TrimPrefix(n.ref, "#/$defs/")], v, path, ps, depth+1)
	}
	t := typeOf(v)
	if t == "" {
		add("value of unsupported Go type %T", v)
		return
	}
	if n.types != nil && !n.types[t] && !(t == "integer" && n.types["number"]) {
		add("%s, want %s", describe(t), strings.Join(sortedKeys(n.types), " or "))
		return
	}
	if n.enum != nil && !inEnum(v, n.enum) {
		add("%s not one of %s", short(v), enumList(n.enum))
	}
	switch x := v.(type) {
	case map[string]any:
		for _, r := range n.required {
			if _, ok := x[r]; !ok {
				add("missing required property %q", r)
			}
		}
		for _, k := range sortedKeys(x) {
			p := path + "/" + pointerEscape(k)
			if c, ok := n.properties[k]; ok {
				s.check(c, x[k], p, ps, depth+1)
				continue
			}
			switch {
			case n.noAdditional:
				if len(*ps) < maxProblems {
					*ps = append(*ps, Problem{Path: p, Message: "property not allowed by the schema"})
				}
			case n.additional != nil:
				s.check(n.additional, x[k], p, ps, depth+1)
			}
		}
	case []any:
		if len(x) < n.minItems {
			add("%d items, want at least %d", len(x), n.minItems)
		}
		if n.maxItems >= 0 && len(x) > n.maxItems {
			add("%d items, want at most %d", len(x), n.maxItems)
		}
		if n.items != nil {
			for i, e := range x {
				s.check(n.items, e, path+"/"+strconv.Itoa(i), ps, depth+1)
			}
		}
	default:
		if n.minimum == nil && n.maximum == nil || (t != "number" && t != "integer") {
			return
		}
		f, ok := bigOf(v)
		if !ok {
			add("%s is not a number", short(v))
			return
		}
		if n.minimum != nil && f.Cmp(n.minimum) < 0 {
			add("%s is less than the minimum %s", short(v), n.minimum.Text('g', -1))
		}
		if n.maximum != nil && f.Cmp(n.maximum) > 0 {
			add("%s is more than the maximum %s", short(v), n.maximum.Text('g', -1))
		}
	}
}

// decode parses exactly one JSON value, numbers as json.Number.
func decode(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := d.Token(); err == nil {
		return nil, errors.New("more than one JSON value")
	}
	return v, nil
}

// typeOf returns the JSON Schema type of v; integer for numbers without a
// fractional part.
func typeOf(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case json.Number, float64, int:
		f, ok := bigOf(x)
		if ok && f.IsInt() {
			return "integer"
		}
		return "number"
	}
	return ""
}

func bigOf(v any) (*big.Float, bool) {
	switch x := v.(type) {
	case json.Number:
		f, _, err := big.ParseFloat(string(x), 10, 256, big.ToNearestEven)
		return f, err == nil
	case float64:
		f := new(big.Float).SetPrec(256)
		if x != x { // NaN
			return nil, false
		}
		return f.SetFloat64(x), true
	case int:
		return new(big.Float).SetPrec(256).SetInt64(int64(x)), true
	}
	return nil, false
}

func inEnum(v any, enum []any) bool {
	for _, e := range enum {
		switch ex := e.(type) {
		case nil:
			if v == nil {
				return true
			}
		case string, bool:
			if v == e {
				return true
			}
		case json.Number:
			a, ok1 := bigOf(v)
			b, ok2 := bigOf(ex)
			if ok1 && ok2 && a.Cmp(b) == 0 {
				return true
			}
		}
	}
	return false
}

func describe(t string) string {
	switch t {
	case "object", "array", "integer":
		return "an " + t
	case "null":
		return "null"
	}
	return "a " + t
}

func short(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if r := []rune(string(b)); len(r) > 40 {
		return string(r[:37]) + "..."
	}
	return string(b)
}

func enumList(enum []any) string {
	parts := make([]string, len(enum))
	for i, e := range enum {
		parts[i] = short(e)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// pointerEscape escapes a property name for a JSON Pointer (RFC 6901).
func pointerEscape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
