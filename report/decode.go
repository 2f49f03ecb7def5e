package report

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// decode turns the bytes of one input file into text: UTF-8 with or
// without a byte-order mark, UTF-16 LE or BE with a byte-order mark (or
// without one when the NUL pattern of ASCII text in UTF-16 is clear), or
// GB18030 (which includes GBK and GB2312). Line endings CRLF, CR and LF all
// become LF. Empty input gives "" and no error.
//
// Encodings are detected explicitly, never guessed into mojibake: a
// byte-order mark first, then valid UTF-8, then bytes whose structure is
// valid GB18030. Input that no encoding explains is an *Error wrapping
// ErrEncoding with the byte offset of the first byte that does not fit;
// NUL bytes or many control characters are an *Error wrapping ErrBinary.
// A line longer than MaxLineBytes is an *Error wrapping ErrTooLarge.
func decode(name string, data []byte) (string, error) {
	text, err := decodeText(name, data)
	if err != nil {
		return "", err
	}
	if err := checkLineLength(name, data, text); err != nil {
		return "", err
	}
	return text, nil
}

// MaxLineBytes is the longest line Parse and ParsePair accept: 256 KiB of
// text (counted in UTF-8 after decoding). A paragraph of a report is a few
// kilobytes (the longest in our corpus is 3.5 KB) and a whole report put on
// one line is about 100 KB; a longer line is a file that lost its line
// breaks, or not text at all. Time and memory grow with the length of a
// paragraph (a line at the limit parses in well under a second; a 20 MB
// line would take a minute and gigabytes), so such a line fails with
// ErrTooLarge, naming the line and the byte offset of its start.
const MaxLineBytes = 256 << 10

// checkLineLength reports the first line of text longer than MaxLineBytes,
// with the byte offset of its start in data.
func checkLineLength(name string, data []byte, text string) error {
	if len(text) <= MaxLineBytes {
		return nil
	}
	line := 1
	for rest := text; ; line++ {
		l, after, found := strings.Cut(rest, "\n")
		if len(l) > MaxLineBytes {
			return &Error{File: name, Line: line, Offset: lineOffset(data, line), Err: ErrTooLarge,
				Detail: fmt.Sprintf("line of %d bytes, more than the limit of %d (MaxLineBytes): is the text missing its line breaks?", len(l), MaxLineBytes)}
		}
		if !found {
			return nil
		}
		rest = after
	}
}

// lineOffset returns the byte offset in data of the start of the 1-based
// line, counting LF, CRLF and lone CR as line ends, in code units of two
// bytes when data is UTF-16.
func lineOffset(data []byte, line int) int64 {
	step, lo := 1, 0 // bytes per code unit; index of the low byte in a unit
	switch {
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
		step = 2
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		step, lo = 2, 1
	default:
		if be, ok := sniffUTF16(data); ok {
			step = 2
			if be {
				lo = 1
			}
		}
	}
	unit := func(i int) int { // the code unit at byte i, as far as line ends go
		if step == 2 && data[i+1-lo] != 0 {
			return -1
		}
		return int(data[i+lo])
	}
	n := 1
	for i := 0; i+step <= len(data) && n < line; i += step {
		switch c := unit(i); {
		case c == '\n':
			n++
		case c == '\r' && (i+2*step > len(data) || unit(i+step) != '\n'):
			n++
		}
		if n == line {
			return int64(i + step)
		}
	}
	return 0
}

// decodeText is decode without the line length limit.
func decodeText(name string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", nil
	}
	switch {
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		return decodeUTF8(name, data, 3)
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
		return decodeUTF16(name, data, 2, false)
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		return decodeUTF16(name, data, 2, true)
	}
	if be, ok := sniffUTF16(data); ok {
		return decodeUTF16(name, data, 0, be)
	}
	if err := checkBinary(name, data, 0); err != nil {
		return "", err
	}
	if utf8.Valid(data) {
		return normalizeNewlines(string(data)), nil
	}
	u8bad, u8seqs := firstBadUTF8(data)
	if u8seqs >= 3 {
		// Several well-formed multi-byte UTF-8 sequences before the bad
		// byte: this is UTF-8 with corruption, not another encoding
		// (GB18030 text rarely forms even one: its trail bytes are mostly
		// above 0xBF).
		return "", encodingError(name, data, u8bad,
			fmt.Sprintf("invalid UTF-8 byte 0x%02X", data[u8bad]))
	}
	gbBad, detail := firstBadGB18030(data)
	if gbBad < 0 {
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		switch {
		case err != nil:
			gbBad, detail = 0, "GB18030 decoder: "+err.Error()
		case bytes.ContainsRune(out, utf8.RuneError) && !bytes.Contains(data, gbReplacement):
			// Never expected after the structure check; never let a
			// replacement character through as if it were text.
			gbBad, detail = 0, "GB18030 decoder produced U+FFFD"
		default:
			return normalizeNewlines(string(out)), nil
		}
	}
	// Report the encoding that explains the longer prefix.
	if u8bad >= gbBad {
		return "", encodingError(name, data, u8bad,
			fmt.Sprintf("invalid UTF-8 byte 0x%02X (not GB18030 either: %s at byte %d)", data[u8bad], detail, gbBad))
	}
	return "", encodingError(name, data, gbBad,
		fmt.Sprintf("%s (not UTF-8 either: invalid byte at %d)", detail, u8bad))
}

// gbReplacement is U+FFFD encoded in GB18030.
var gbReplacement = []byte{0x84, 0x31, 0xA4, 0x37}

// decodeUTF8 decodes UTF-8 after a byte-order mark of skip bytes.
func decodeUTF8(name string, data []byte, skip int) (string, error) {
	body := data[skip:]
	if err := checkBinary(name, data, skip); err != nil {
		return "", err
	}
	if !utf8.Valid(body) {
		bad, _ := firstBadUTF8(body)
		return "", encodingError(name, data, skip+bad,
			fmt.Sprintf("invalid UTF-8 byte 0x%02X after a UTF-8 byte-order mark", body[bad]))
	}
	return normalizeNewlines(string(body)), nil
}

// decodeUTF16 decodes UTF-16 code units from data[skip:], big-endian when
// be is set. Unpaired surrogates, a trailing odd byte, NUL characters and
// a high share of control characters are errors.
func decodeUTF16(name string, data []byte, skip int, be bool) (string, error) {
	body := data[skip:]
	enc := "UTF-16LE"
	if be {
		enc = "UTF-16BE"
	}
	units := make([]uint16, len(body)/2)
	for i := range units {
		if be {
			units[i] = uint16(body[2*i])<<8 | uint16(body[2*i+1])
		} else {
			units[i] = uint16(body[2*i+1])<<8 | uint16(body[2*i])
		}
	}
	unitLine := func(u int) int {
		line := 1
		for i := 0; i < u && i < len(units); i++ {
			if units[i] == '\n' || units[i] == '\r' && (i+1 >= len(units) || units[i+1] != '\n') {
				line++
			}
		}
		return line
	}
	controls, first := 0, -1
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u == 0:
			return "", &Error{File: name, Line: unitLine(i), Offset: int64(skip + 2*i), Err: ErrBinary,
				Detail: "NUL character in " + enc + " text"}
		case isBadControl(rune(u)):
			controls++
			if first < 0 {
				first = i
			}
		case utf16.IsSurrogate(rune(u)):
			if u < 0xDC00 && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] < 0xE000 {
				i++
				continue
			}
			return "", &Error{File: name, Line: unitLine(i), Offset: int64(skip + 2*i), Err: ErrEncoding,
				Detail: fmt.Sprintf("unpaired surrogate 0x%04X in %s", u, enc)}
		}
	}
	if len(body)%2 == 1 {
		return "", &Error{File: name, Line: unitLine(len(units)), Offset: int64(len(data) - 1), Err: ErrEncoding,
			Detail: "odd number of bytes in " + enc}
	}
	if tooManyControls(controls, len(units)) {
		return "", &Error{File: name, Line: unitLine(first), Offset: int64(skip + 2*first), Err: ErrBinary,
			Detail: fmt.Sprintf("%d control characters in %d code units", controls, len(units))}
	}
	s := string(utf16.Decode(units))
	return normalizeNewlines(strings.TrimPrefix(s, "\uFEFF")), nil
}

// sniffUTF16 recognises UTF-16 without a byte-order mark by the NUL bytes
// of ASCII characters: the input has an even number of bytes, and in the
// first 4 KiB at least four code units, and at least a third of them, have
// a zero high byte and a non-zero low byte on the same side, and almost none
// the other way round. Anything less is not evidence enough: a stray NUL in
// ASCII text ("abc\x00def") is binary data, not UTF-16. It reports whether
// the text is big-endian and whether it is UTF-16 at all.
func sniffUTF16(data []byte) (be, ok bool) {
	if len(data)%2 == 1 {
		return false, false
	}
	n := min(len(data), 4096)
	if n < 8 {
		return false, false
	}
	var evenZero, oddZero int // zero byte at an even (BE high) or odd (LE high) position
	for i := 0; i < n; i += 2 {
		a, b := data[i], data[i+1]
		switch {
		case a == 0 && b != 0:
			evenZero++
		case a != 0 && b == 0:
			oddZero++
		case a == 0 && b == 0:
			return false, false // NUL characters: binary, not text
		}
	}
	units := n / 2
	switch {
	case oddZero >= 4 && oddZero*3 >= units && evenZero*50 <= units:
		return false, true
	case evenZero >= 4 && evenZero*3 >= units && oddZero*50 <= units:
		return true, true
	}
	return false, false
}

// isBadControl reports whether r is a C0 control character or DEL that has
// no place in text (tab, line feed, vertical tab, form feed, carriage
// return and escape-free text are fine).
func isBadControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\v' && r != '\f' && r != '\r' || r == 0x7F
}

// tooManyControls reports whether controls out of n characters is a high
// enough share to call the input binary.
func tooManyControls(controls, n int) bool {
	return controls >= 4 && controls*20 > n
}

// checkBinary reports NUL bytes, or a high share of control bytes, in data
// from offset skip on. It applies to ASCII-compatible encodings (UTF-8,
// GB18030), where bytes below 0x20 are always control characters.
func checkBinary(name string, data []byte, skip int) error {
	controls, first := 0, -1
	for i := skip; i < len(data); i++ {
		c := data[i]
		if c == 0 {
			return &Error{File: name, Line: lineAt(data, i), Offset: int64(i), Err: ErrBinary,
				Detail: "NUL byte"}
		}
		if isBadControl(rune(c)) {
			controls++
			if first < 0 {
				first = i
			}
		}
	}
	if tooManyControls(controls, len(data)-skip) {
		return &Error{File: name, Line: lineAt(data, first), Offset: int64(first), Err: ErrBinary,
			Detail: fmt.Sprintf("%d control bytes in %d", controls, len(data)-skip)}
	}
	return nil
}

// encodingError builds the ErrEncoding error for the byte at off.
func encodingError(name string, data []byte, off int, detail string) error {
	return &Error{File: name, Line: lineAt(data, off), Offset: int64(off), Err: ErrEncoding, Detail: detail}
}

// lineAt returns the 1-based line of byte offset off in ASCII-compatible
// data, counting LF, CRLF and lone CR as line ends.
func lineAt(data []byte, off int) int {
	line := 1
	for i := 0; i < off && i < len(data); i++ {
		if data[i] == '\n' || data[i] == '\r' && (i+1 >= len(data) || data[i+1] != '\n') {
			line++
		}
	}
	return line
}

// firstBadUTF8 returns the offset of the first byte of data that is not
// part of a valid UTF-8 sequence (len(data) if there is none) and the
// number of valid multi-byte sequences before it.
func firstBadUTF8(data []byte) (off, multi int) {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i, multi
		}
		multi++
		i += size
	}
	return len(data), multi
}

// firstBadGB18030 checks the byte structure of GB18030: ASCII bytes (and
// 0x80, the euro sign of GBK);
// two-byte sequences of a lead byte 0x81–0xFE and a trail byte 0x40–0x7E or
// 0x80–0xFE; four-byte sequences 0x81–0xFE 0x30–0x39 0x81–0xFE 0x30–0x39
// inside the assigned ranges (0x81308130–0x8431A439 for the BMP,
// 0x90308130–0xE3329A35 for the supplementary planes). It returns the
// offset of the first byte that breaks the structure, or -1, and what is
// wrong.
//
// Bytes that are structurally valid GB18030 but look like a Latin-1 or
// Windows-1252 file (most two-byte sequences with an ASCII trail byte,
// which genuine Chinese text rarely has) are rejected as well.
func firstBadGB18030(data []byte) (int, string) {
	pairs, asciiTrail, firstASCIITrail := 0, 0, -1
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x80 {
			i++
			continue
		}
		if c == 0x80 { // the euro sign of code page 936 (GBK)
			i++
			continue
		}
		if c == 0xFF {
			return i, "byte 0xFF is not a GB18030 lead byte"
		}
		if i+1 >= len(data) {
			return i, "truncated GB18030 sequence at end of input"
		}
		t := data[i+1]
		switch {
		case t >= 0x40 && t <= 0x7E || t >= 0x80 && t <= 0xFE:
			pairs++
			if t < 0xA1 && data[i] >= 0xA1 {
				asciiTrail++
				if firstASCIITrail < 0 {
					firstASCIITrail = i
				}
			}
			i += 2
		case t >= 0x30 && t <= 0x39:
			if i+3 >= len(data) {
				return i, "truncated GB18030 four-byte sequence at end of input"
			}
			b3, b4 := data[i+2], data[i+3]
			if b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39 {
				return i, fmt.Sprintf("invalid GB18030 four-byte sequence % X", data[i:i+4])
			}
			v := ((int(c)-0x81)*10+int(t)-0x30)*1260 + (int(b3)-0x81)*10 + int(b4) - 0x30
			const bmpMax = ((0x84-0x81)*10+0x31-0x30)*1260 + (0xA4-0x81)*10 + 0x39 - 0x30
			const suppMin = ((0x90-0x81)*10)*1260 + 0
			const suppMax = ((0xE3-0x81)*10+0x32-0x30)*1260 + (0x9A-0x81)*10 + 0x35 - 0x30
			if v > bmpMax && v < suppMin || v > suppMax {
				return i, fmt.Sprintf("unassigned GB18030 four-byte sequence % X", data[i:i+4])
			}
			i += 4
		default:
			return i, fmt.Sprintf("invalid GB18030 trail byte 0x%02X after 0x%02X", t, c)
		}
	}
	if asciiTrail >= 2 && asciiTrail*4 > pairs {
		return firstASCIITrail, fmt.Sprintf("%d of %d two-byte sequences end in an ASCII-range byte: looks like Latin-1, not GB18030", asciiTrail, pairs)
	}
	return -1, ""
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
