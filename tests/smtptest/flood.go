package smtptest

import (
	"bufio"
	"net"
	"strings"
	"testing"
	"time"
)

// FloodServer answers like an SMTP server until the step named by at,
// where it sends an endless reply: "greeting" (endless 220- lines), "line"
// (a greeting without end of line), "ehlo" or "dot" (the reply to the
// final dot). pipelining says whether EHLO offers PIPELINING. Every wait
// of the server is bounded, and Close ends a flood at once (it closes the
// connection under a blocked write).
func FloodServer(t testing.TB, at string, pipelining bool) *Hostile {
	return NewHostile(t, func(h *Hostile, c net.Conn) {
		flood := func(chunk string) {
			b := []byte(strings.Repeat(chunk, 1024))
			for {
				select {
				case <-h.Done():
					return
				default:
				}
				c.SetWriteDeadline(time.Now().Add(10 * time.Second))
				if _, err := c.Write(b); err != nil {
					return
				}
			}
		}
		switch at {
		case "greeting":
			flood("220-flood flood flood flood flood flood flood flood\r\n")
			return
		case "line":
			c.Write([]byte("220 "))
			flood("flood flood flood flood flood flood flood flood ")
			return
		}
		c.Write([]byte("220 flood.test ESMTP\r\n"))
		r := bufio.NewReader(c)
		inData := false
		for {
			c.SetReadDeadline(time.Now().Add(10 * time.Second))
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			if inData {
				if line == ".\r\n" {
					flood("250-queued queued queued queued queued queued queued\r\n")
					return
				}
				continue
			}
			switch strings.ToUpper(strings.Fields(line + " x")[0]) {
			case "EHLO":
				if at == "ehlo" {
					flood("250-FLOOD flood flood flood flood flood flood flood\r\n")
					return
				}
				ext := "250-flood.test\r\n"
				if pipelining {
					ext += "250-PIPELINING\r\n"
				}
				c.Write([]byte(ext + "250 8BITMIME\r\n"))
			case "DATA":
				c.Write([]byte("354 go ahead\r\n"))
				inData = true
			case "QUIT":
				c.Write([]byte("221 bye\r\n"))
				return
			default:
				c.Write([]byte("250 ok\r\n"))
			}
		}
	})
}
