package files

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/wlangage/wl/stdlib/internal/wl"
)

// Text encodings of a file opened with fOuvre / fCrée.
const (
	encUTF8  = iota // default
	encAnsi         // foAnsi: Windows-1252
	encUTF16        // foUnicode: UTF-16 little endian
)

const bufSize = 64 << 10

// handle is a file opened by fOuvre or fCrée. The position is kept here:
// reads go through a cache and writes through a buffer, both flushed or
// dropped when the other is used, so that lines can be read and written
// one by one without a system call each.
type handle struct {
	f           *os.File
	name        string // as the script gave it (messages)
	path        string // host path
	read, write bool
	enc         int
	autoDelete  bool
	pos         int64

	rbuf   []byte // bytes of the file from rstart
	rstart int64
	wbuf   []byte // bytes to write at wstart
	wstart int64
	werr   error // a failed delayed write, reported by the next call
}

// flush writes the write buffer out.
func (h *handle) flush() error {
	if len(h.wbuf) == 0 {
		return nil
	}
	_, err := h.f.WriteAt(h.wbuf, h.wstart)
	h.wbuf = h.wbuf[:0]
	if err != nil && h.werr == nil {
		h.werr = err
	}
	return err
}

// pending returns and clears the error of a delayed write.
func (h *handle) pending() error {
	if err := h.flush(); err != nil {
		h.werr = nil
		return err
	}
	err := h.werr
	h.werr = nil
	return err
}

// writeBytes writes b at the current position.
func (h *handle) writeBytes(b []byte) error {
	if err := h.werr; err != nil {
		h.werr = nil
		return err
	}
	h.rbuf = nil
	if len(h.wbuf) > 0 && h.wstart+int64(len(h.wbuf)) != h.pos {
		if err := h.flush(); err != nil {
			h.werr = nil
			return err
		}
	}
	if len(h.wbuf) == 0 {
		h.wstart = h.pos
	}
	h.wbuf = append(h.wbuf, b...)
	h.pos += int64(len(b))
	if len(h.wbuf) >= bufSize {
		if err := h.flush(); err != nil {
			h.werr = nil
			return err
		}
	}
	return nil
}

// chunk returns the cached bytes from the current position, reading more
// when needed; an empty chunk is the end of the file.
func (h *handle) chunk() ([]byte, error) {
	if err := h.pending(); err != nil {
		return nil, err
	}
	if h.rbuf != nil && h.pos >= h.rstart && h.pos < h.rstart+int64(len(h.rbuf)) {
		return h.rbuf[h.pos-h.rstart:], nil
	}
	buf := h.rbuf[:0]
	if cap(buf) < bufSize {
		buf = make([]byte, bufSize)
	}
	n, err := h.f.ReadAt(buf[:bufSize], h.pos)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	h.rbuf, h.rstart = buf[:n], h.pos
	return h.rbuf, nil
}

// readBytes reads up to n bytes from the current position.
func (h *handle) readBytes(n int64) ([]byte, error) {
	var out []byte
	for int64(len(out)) < n {
		c, err := h.chunk()
		if err != nil {
			return out, err
		}
		if len(c) == 0 {
			break
		}
		take := min(int64(len(c)), n-int64(len(out)))
		out = append(out, c[:take]...)
		h.pos += take
	}
	return out, nil
}

// readLine reads up to the separator (nil: the default end of line) and
// returns the line without it; eof is true when nothing was left to read.
func (h *handle) readLine(sep []byte) (line []byte, eof bool, err error) {
	def := sep == nil
	if def {
		sep = h.encode("\n")
	}
	unit := 1
	if h.enc == encUTF16 {
		unit = 2
	}
	var acc []byte // the line so far, when it spans several chunks
	from := 0
	for {
		c, err := h.chunk()
		if err != nil {
			return nil, false, err
		}
		if len(c) == 0 {
			if acc == nil {
				return nil, true, nil
			}
			return h.trimCR(acc, def), false, nil
		}
		if acc == nil {
			if i := indexAligned(c, sep, 0, unit); i >= 0 {
				h.pos += int64(i + len(sep))
				return h.trimCR(bytes.Clone(c[:i]), def), false, nil
			}
			acc = append([]byte{}, c...)
			h.pos += int64(len(c))
			from = max(0, len(acc)-len(sep)+1)
			from -= from % unit
			continue
		}
		n := len(acc)
		acc = append(acc, c...)
		if i := indexAligned(acc, sep, from, unit); i >= 0 {
			h.pos += int64(i + len(sep) - n)
			return h.trimCR(acc[:i], def), false, nil
		}
		h.pos += int64(len(c))
		from = max(0, len(acc)-len(sep)+1)
		from -= from % unit
	}
}

// trimCR drops the CR of a CR LF end of line (default separator only).
func (h *handle) trimCR(line []byte, def bool) []byte {
	if def {
		return bytes.TrimSuffix(line, h.encode("\r"))
	}
	return line
}

// indexAligned finds sep in b at or after from, at a multiple of unit.
func indexAligned(b, sep []byte, from, unit int) int {
	if unit == 1 {
		if i := bytes.Index(b[from:], sep); i >= 0 {
			return from + i
		}
		return -1
	}
	for i := from; i+len(sep) <= len(b); i += unit {
		if bytes.Equal(b[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}

// encode converts text to the file's encoding.
func (h *handle) encode(s string) []byte { return encodeText(s, h.enc) }

// decode converts bytes of the file to text.
func (h *handle) decode(b []byte) string { return decodeText(b, h.enc) }

func encodeText(s string, enc int) []byte {
	switch enc {
	case encAnsi:
		out := make([]byte, 0, len(s))
		for _, r := range s {
			c, _ := wl.RuneToAnsi(r)
			out = append(out, byte(c))
		}
		return out
	case encUTF16:
		u := utf16.Encode([]rune(s))
		out := make([]byte, 2*len(u))
		for i, v := range u {
			out[2*i], out[2*i+1] = byte(v), byte(v>>8)
		}
		return out
	}
	return []byte(s)
}

// decodeText converts bytes to text: UTF-8 (Windows-1252 when the bytes
// are not valid UTF-8), Windows-1252, or UTF-16 little endian.
func decodeText(b []byte, enc int) string {
	switch enc {
	case encUTF16:
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return string(utf16.Decode(u))
	case encUTF8:
		if utf8.Valid(b) {
			return string(b)
		}
	}
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(wl.AnsiToRune(int(c)))
	}
	return sb.String()
}

// Byte order marks.
var (
	bomUTF8  = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16 = []byte{0xFF, 0xFE}
)

// close flushes and closes the file (and deletes it when it was opened
// with foSuppressionAutomatique).
func (h *handle) close(s *state) error {
	err := h.pending()
	if cerr := h.f.Close(); err == nil {
		err = cerr
	}
	if h.autoDelete && s.sys != nil {
		s.sys.Remove(h.path)
	}
	return err
}

// size is the size of the file, what is still buffered included.
func (h *handle) size() (int64, error) {
	if err := h.pending(); err != nil {
		return 0, err
	}
	fi, err := h.f.Stat()
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}
