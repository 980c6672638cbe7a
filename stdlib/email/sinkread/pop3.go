package sinkread

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
)

// maxCommand bounds a POP3 command line (RFC 2449: 255 octets; generous).
const maxCommand = 4096

// servePOP3 is a small POP3 server (RFC 1939, CAPA, STLS, AUTH PLAIN)
// over the mailbox; any credentials are accepted.
func servePOP3(m *Mailbox, c net.Conn, stls *tls.Config, secure bool) {
	defer c.Close()
	r := bufio.NewReaderSize(c, maxCommand)
	w := bufio.NewWriter(c)
	say := func(format string, a ...any) bool {
		fmt.Fprintf(w, format+"\r\n", a...)
		return w.Flush() == nil
	}
	if !say("+OK wl mail sink (POP3) ready") {
		return
	}
	var msgs []*stored
	var dele map[int]bool
	authed := false
	user := ""
	for {
		line, err := r.ReadSlice('\n')
		if err != nil {
			if err == bufio.ErrBufferFull {
				say("-ERR line too long")
			}
			return
		}
		f := strings.Fields(strings.TrimRight(string(line), "\r\n"))
		if len(f) == 0 {
			say("-ERR empty command")
			continue
		}
		cmd := strings.ToUpper(f[0])
		arg := func(i int) (int, bool) {
			if len(f) <= i {
				return 0, false
			}
			n, err := strconv.Atoi(f[i])
			return n, err == nil
		}
		msg := func(i int) (*stored, int, bool) {
			n, ok := arg(i)
			if !ok || n < 1 || n > len(msgs) || dele[n] {
				say("-ERR no such message")
				return nil, 0, false
			}
			return msgs[n-1], n, true
		}
		login := func() {
			authed = true
			msgs = m.snapshot()
			dele = map[int]bool{}
			say("+OK %d messages", len(msgs))
		}
		switch {
		case cmd == "CAPA":
			w.WriteString("+OK\r\nUSER\r\nUIDL\r\nTOP\r\nSASL PLAIN\r\n")
			if stls != nil && !secure {
				w.WriteString("STLS\r\n")
			}
			say(".")
		case cmd == "QUIT":
			if authed {
				var gone []*stored
				for n := range dele {
					gone = append(gone, msgs[n-1])
				}
				m.remove(gone)
			}
			say("+OK bye")
			return
		case cmd == "NOOP":
			say("+OK")
		case !authed && cmd == "STLS" && stls != nil && !secure:
			if !say("+OK begin TLS") {
				return
			}
			tc := tls.Server(c, stls)
			if tc.Handshake() != nil {
				return
			}
			c, secure = tc, true
			r, w = bufio.NewReaderSize(tc, maxCommand), bufio.NewWriter(tc)
			say = func(format string, a ...any) bool {
				fmt.Fprintf(w, format+"\r\n", a...)
				return w.Flush() == nil
			}
		case !authed && cmd == "USER" && len(f) > 1:
			user = f[1]
			say("+OK")
		case !authed && cmd == "PASS" && user != "":
			login()
		case !authed && cmd == "AUTH" && len(f) > 1 && strings.EqualFold(f[1], "PLAIN"):
			resp := ""
			if len(f) > 2 {
				resp = f[2]
			} else {
				say("+ ")
				l, err := r.ReadSlice('\n')
				if err != nil {
					return
				}
				resp = strings.TrimSpace(string(l))
			}
			b, err := base64.StdEncoding.DecodeString(resp)
			if err != nil || bytes.Count(b, []byte{0}) != 2 {
				say("-ERR [AUTH] bad PLAIN response")
				continue
			}
			login()
		case !authed:
			say("-ERR authenticate first")
		case cmd == "STAT":
			n, size := 0, 0
			for i, s := range msgs {
				if !dele[i+1] {
					n++
					size += len(s.data)
				}
			}
			say("+OK %d %d", n, size)
		case cmd == "LIST" || cmd == "UIDL":
			item := func(i int, s *stored) string {
				if cmd == "LIST" {
					return strconv.Itoa(len(s.data))
				}
				return "wl-sink-" + strconv.Itoa(s.id)
			}
			if len(f) > 1 {
				if s, n, ok := msg(1); ok {
					say("+OK %d %s", n, item(n, s))
				}
				continue
			}
			w.WriteString("+OK\r\n")
			for i, s := range msgs {
				if !dele[i+1] {
					fmt.Fprintf(w, "%d %s\r\n", i+1, item(i+1, s))
				}
			}
			say(".")
		case cmd == "RETR" || cmd == "TOP":
			s, _, ok := msg(1)
			if !ok {
				continue
			}
			lines := -1
			if cmd == "TOP" {
				if lines, ok = arg(2); !ok || lines < 0 {
					say("-ERR TOP needs a line count")
					continue
				}
			}
			w.WriteString("+OK\r\n")
			writeBody(w, s.data, lines)
			say(".")
		case cmd == "DELE":
			if _, n, ok := msg(1); ok {
				dele[n] = true
				say("+OK deleted")
			}
		case cmd == "RSET":
			dele = map[int]bool{}
			say("+OK")
		default:
			say("-ERR unknown command")
		}
	}
}

// writeBody writes a message dot-stuffed; lines >= 0 keeps the header
// and that many body lines (TOP).
func writeBody(w io.Writer, data []byte, lines int) {
	inBody := false
	for _, l := range strings.SplitAfter(string(data), "\r\n") {
		if l == "" {
			continue
		}
		if inBody && lines >= 0 {
			if lines == 0 {
				return
			}
			lines--
		}
		if l == "\r\n" {
			inBody = true
		}
		if strings.HasPrefix(l, ".") {
			io.WriteString(w, ".")
		}
		io.WriteString(w, l)
		if !strings.HasSuffix(l, "\r\n") {
			io.WriteString(w, "\r\n")
		}
	}
}
