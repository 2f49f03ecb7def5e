package jsonschema

import (
	"errors"
	"strings"
	"testing"
)

const testSchema = `{
  "type": "object",
  "required": ["id", "side"],
  "additionalProperties": false,
  "properties": {
    "id": {"type": "integer", "minimum": 1},
    "score": {"type": "number", "minimum": 0, "maximum": 1},
    "kind": {"enum": ["a", "b", null]},
    "side": {"$ref": "#/$defs/side"},
    "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2},
    "extra": {"type": "object", "additionalProperties": {"type": "boolean"}}
  },
  "$defs": {
    "side": {"type": ["object", "null"], "required": ["text"], "properties": {"text": {"type": "string"}}}
  }
}`

func TestValidate(t *testing.T) {
	s, err := Compile([]byte(testSchema))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, doc string
		want      string // a substring of the error; "" for valid
		reason    string
	}{
		{"valid", `{"id": 1, "side": {"text": "x"}}`, "", "all required fields with the right types"},
		{"null side", `{"id": 2, "side": null}`, "", "a type list admits null"},
		{"integer as float", `{"id": 1.0, "side": null}`, "", "1.0 is an integer in JSON Schema"},
		{"all optional", `{"id": 1, "side": null, "score": 0.5, "kind": null, "tags": ["a"], "extra": {"x": true}}`, "", "every optional field in range"},
		{"missing", `{"id": 1}`, `/: missing required property "side"`, "required is enforced"},
		{"extra property", `{"id": 1, "side": null, "x": 1}`, "/x: property not allowed", "additionalProperties false"},
		{"wrong type", `{"id": "1", "side": null}`, "/id: a string, want integer", "type is enforced"},
		{"fraction", `{"id": 1.5, "side": null}`, "/id: a number, want integer", "integer rejects a fraction"},
		{"below minimum", `{"id": 0, "side": null}`, "less than the minimum 1", "minimum is inclusive"},
		{"above maximum", `{"id": 1, "side": null, "score": 1.0001}`, "more than the maximum 1", "maximum is enforced"},
		{"enum", `{"id": 1, "side": null, "kind": "c"}`, `/kind: "c" not one of`, "enum is enforced"},
		{"ref", `{"id": 1, "side": {"text": 3}}`, "/side/text: an integer, want string", "a $ref is followed"},
		{"ref required", `{"id": 1, "side": {}}`, `/side: missing required property "text"`, "required inside a $ref"},
		{"items", `{"id": 1, "side": null, "tags": ["a", 2]}`, "/tags/1: an integer, want string", "items applies to each element"},
		{"min items", `{"id": 1, "side": null, "tags": []}`, "0 items, want at least 1", "minItems"},
		{"max items", `{"id": 1, "side": null, "tags": ["a", "b", "c"]}`, "3 items, want at most 2", "maxItems"},
		{"additional schema", `{"id": 1, "side": null, "extra": {"x": 1}}`, "/extra/x: an integer, want boolean", "additionalProperties as a schema"},
		{"root type", `[1]`, "/: an array, want object", "the root's type"},
		{"not json", `{"id": 1,`, "not JSON", "a syntax error is not a validation error"},
		{"two values", `{"id": 1, "side": null} {}`, "not JSON", "exactly one value"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := s.Validate([]byte(tc.doc))
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("%s: %v (%s)", tc.doc, err, tc.reason)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("%s: got %v, want an error containing %q (%s)", tc.doc, err, tc.want, tc.reason)
			}
			var ve *ValidationError
			if tc.want != "" && tc.want != "not JSON" && !errors.As(err, &ve) {
				t.Fatalf("%v is not a *ValidationError", err)
			}
		})
	}
}

func TestCompileErrors(t *testing.T) {
	cases := []struct{ name, schema, want, reason string }{
		{"not json", `{`, "not JSON", "syntax"},
		{"not object", `[]`, "not an object", "a schema is an object"},
		{"unknown type", `{"type": "float"}`, "unknown type", "type names are checked"},
		{"dangling ref", `{"$ref": "#/$defs/x"}`, "names no definition", "refs are resolved at compile time"},
		{"remote ref", `{"$ref": "http://x/y"}`, "only references", "only local $defs refs"},
		{"unsupported", `{"oneOf": []}`, "not supported", "keywords outside the subset are refused, not ignored"},
		{"bad items", `{"items": [{}]}`, "only one schema", "tuple items are not supported"},
		{"bad minimum", `{"minimum": "1"}`, "not a number", "minimum is a number"},
		{"empty enum", `{"enum": []}`, "non-empty", "an empty enum admits nothing"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Compile([]byte(tc.schema))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Compile(%s) = %v, want error containing %q (%s)", tc.schema, err, tc.want, tc.reason)
			}
		})
	}
}

func TestValidateValue(t *testing.T) {
	s := MustCompile([]byte(testSchema))
	if err := s.ValidateValue(map[string]any{"id": 3, "side": nil, "score": 0.25}); err != nil {
		t.Fatalf("Go values: %v", err)
	}
	if err := s.ValidateValue(map[string]any{"id": 1.5, "side": nil}); err == nil {
		t.Fatal("float64 1.5 accepted as an integer")
	}
}

func TestProblemsBounded(t *testing.T) {
	s := MustCompile([]byte(`{"type": "array", "items": {"type": "string"}}`))
	doc := "[" + strings.Repeat("1,", 1000) + "1]"
	var ve *ValidationError
	if err := s.Validate([]byte(doc)); !errors.As(err, &ve) || len(ve.Problems) != maxProblems {
		t.Fatalf("got %v, want %d problems", err, maxProblems)
	}
}
