package report

import (
	_ "embed" // for the JSON Schema
)

// jsonSchema is schema.json, the JSON Schema of the document contract.
//
//go:embed schema.json
var jsonSchema []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of the document that
// WriteJSON writes (schema bireport/1): every field, its type, and the
// values an enumerated field takes. Consumers can validate documents with
// it; the tests validate every output against it. The result is a fresh
// copy the caller may keep or change.
func JSONSchema() []byte {
	return append([]byte(nil), jsonSchema...)
}
