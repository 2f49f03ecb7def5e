package report

import (
	"errors"
	"fmt"
)

// Sentinel errors; a *Error wraps one of them, so callers test with errors.Is.
var (
	ErrEncoding = errors.New("undecodable input")     // bytes that no supported encoding explains
	ErrTooLarge = errors.New("input too large")       // a line or document past the documented limits
	ErrEmpty    = errors.New("no text")               // nothing but blank lines
	ErrBinary   = errors.New("binary data, not text") // NUL bytes or control characters
)

// An Error is an input error with its position.
type Error struct {
	File   string // file name as given; "-" for standard input
	Line   int    // 1-based line, 0 if unknown
	Offset int64  // byte offset into the file, -1 if unknown
	Err    error  // one of the ErrXxx sentinels, or an I/O error
	Detail string // what exactly is wrong, for a person
}

func (e *Error) Error() string {
	pos := e.File
	if pos == "" {
		pos = "<input>"
	}
	if e.Line > 0 {
		pos += fmt.Sprintf(":%d", e.Line)
	}
	if e.Offset >= 0 {
		pos += fmt.Sprintf(" (byte %d)", e.Offset)
	}
	msg := e.Err.Error()
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return pos + ": " + msg
}

// Unwrap returns the underlying sentinel or I/O error.
func (e *Error) Unwrap() error { return e.Err }
