package smtpx

import (
	"errors"
	"net"
)

// Limits on what a server may send in one reply. RFC 5321 §4.5.3.1.5 caps
// a reply line at 512 octets with its CRLF, and real multi-line replies
// (EHLO) stay under a few kilobytes: the margins are wide, the bounds
// hard. Without them an endless greeting, EHLO reply or reply to the
// final dot grows the client's memory at network speed until the time-out
// (before STARTTLS: anyone on the path could do it).
const (
	// MaxReplyLine is the longest reply line accepted, CRLF included.
	MaxReplyLine = 4096
	// MaxReply is the largest reply accepted, every line of a multi-line
	// reply together.
	MaxReply = 64 << 10
)

// errReplyTooLong: the server sent a reply over MaxReplyLine or MaxReply.
var errReplyTooLong = errors.New("smtpx: reply too long")

// limitConn caps the server's replies as they are read, under every reader
// of the session (smtpx's STARTTLS preamble, the PIPELINING reader and
// go-smtp's client all read through it). Once a cap is passed every read
// fails with errReplyTooLong: the dialogue is out of step for good.
type limitConn struct {
	net.Conn
	line  int  // bytes of the current line so far
	reply int  // bytes of the current reply so far
	cont  bool // the current line is "NNN-...": the reply goes on
	err   error
}

func (c *limitConn) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.Conn.Read(p)
	for _, b := range p[:n] {
		c.line++
		c.reply++
		if c.line == 4 {
			c.cont = b == '-'
		}
		if b == '\n' {
			if !c.cont {
				c.reply = 0
			}
			c.line, c.cont = 0, false
		}
		if c.line > MaxReplyLine || c.reply > MaxReply {
			c.err = errReplyTooLong
			return 0, c.err
		}
	}
	return n, err
}
