package smtpx

import (
	"context"
	"errors"
	"fmt"
	"net/textproto"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
)

// sendPipelined runs one transaction with PIPELINING (RFC 2920) when the
// server offers it: MAIL and every RCPT leave in one write and their
// replies are read in order, then DATA; a message costs three round trips
// instead of three + recipients. DATA is not pipelined: once a server has
// answered 354 the only way out is to send a message, and if any recipient
// is refused nothing must be sent (RSET instead). go-smtp's client has no
// pipelining, so this speaks on the same connection with its own textproto
// reader; go-smtp's reader holds no unread byte between transactions
// (every reply it asked for was read), so the two never interleave.
func (s *Session) sendPipelined(ctx context.Context, env Envelope, data []byte, utf8 bool) (string, error) {
	if s.tp == nil {
		s.tp = textproto.NewConn(s.conn)
	}
	tp := s.tp
	var b strings.Builder
	b.Grow(64 + 48*len(env.To))
	fmt.Fprintf(&b, "MAIL FROM:<%s>", env.From)
	if ok, _ := s.c.Extension("8BITMIME"); ok {
		b.WriteString(" BODY=8BITMIME")
	}
	if ok, _ := s.c.Extension("SIZE"); ok {
		fmt.Fprintf(&b, " SIZE=%d", len(data))
	}
	if utf8 {
		b.WriteString(" SMTPUTF8")
	}
	b.WriteString("\r\n")
	for _, to := range env.To {
		fmt.Fprintf(&b, "RCPT TO:<%s>\r\n", to)
	}
	if _, err := tp.W.WriteString(b.String()); err != nil {
		return "mail", s.broke(ctx, "mail", err)
	}
	if err := tp.W.Flush(); err != nil {
		return "mail", s.broke(ctx, "mail", err)
	}

	// MAIL: a refusal still leaves the RCPT and DATA replies to read.
	mailErr, err := s.reply(tp, 250, s.timeout)
	if err != nil {
		return "mail", s.broke(ctx, "mail", err)
	}
	if mailErr != nil && mailErr.Code == 421 {
		e := s.broke(ctx, "mail", mailErr)
		e.Address = env.From
		return "mail", e
	}
	var refused []RcptError
	for _, to := range env.To {
		se, err := s.reply(tp, 25, s.timeout)
		if err != nil {
			return "rcpt", s.broke(ctx, "rcpt", err)
		}
		if se == nil {
			continue
		}
		if se.Code == 421 {
			e := s.broke(ctx, "rcpt", se)
			e.Address = to
			return "rcpt", e
		}
		if mailErr != nil {
			continue // the refusal of MAIL explains it
		}
		r := RcptError{Address: to, Code: se.Code, Temporary: se.Temporary(), Detail: strings.Join(strings.Fields(se.Message), " ")}
		if se.EnhancedCode != smtp.NoEnhancedCode {
			r.Enhanced = [3]int(se.EnhancedCode)
		}
		refused = append(refused, r)
	}
	if mailErr != nil || len(refused) > 0 {
		s.reset()
		if mailErr != nil {
			e := classify(ctx, "mail", s.server, s.timeout, mailErr)
			e.Address = env.From
			return "mail", e
		}
		return "rcpt", s.refusedError(refused, len(env.To))
	}
	if err := tp.PrintfLine("DATA"); err != nil {
		return "data", s.broke(ctx, "data", err)
	}
	dataErr, err := s.reply(tp, 354, s.timeout)
	if err != nil {
		return "data", s.broke(ctx, "data", err)
	}
	if dataErr != nil {
		if dataErr.Code == 421 {
			return "data", s.broke(ctx, "data", dataErr)
		}
		s.reset()
		return "data", classify(ctx, "data", s.server, s.timeout, dataErr)
	}
	w := tp.DotWriter()
	if _, err := w.Write(data); err != nil {
		return "data", s.broke(ctx, "data", err)
	}
	if err := w.Close(); err != nil {
		return "data", s.broke(ctx, "data", err)
	}
	se, msg, err := s.replyText(tp, 250, s.timeout)
	if err != nil {
		return "data", s.broke(ctx, "data", err)
	}
	s.last = msg
	if se != nil {
		if se.Code == 421 {
			return "data", s.broke(ctx, "data", se)
		}
		s.reset()
		return "data", classify(ctx, "data", s.server, s.timeout, se)
	}
	return "", nil
}

// reply reads one reply with a bounded wait. want is the expected code, or
// its first digit(s) (25 for 250/251). A reply that is not the expected
// one is returned as *smtp.SMTPError; err is for a broken connection.
func (s *Session) reply(tp *textproto.Conn, want int, timeout time.Duration) (*smtp.SMTPError, error) {
	se, _, err := s.replyText(tp, want, timeout)
	return se, err
}

// replyText is reply, with the reply's text (without its code).
func (s *Session) replyText(tp *textproto.Conn, want int, timeout time.Duration) (*smtp.SMTPError, string, error) {
	s.conn.SetReadDeadline(time.Now().Add(timeout))
	code, msg, err := tp.ReadResponse(want)
	s.conn.SetReadDeadline(time.Time{})
	if err == nil {
		return nil, msg, nil
	}
	var pe *textproto.Error
	if errors.As(err, &pe) {
		return toSMTPError(&textproto.Error{Code: code, Msg: msg}), msg, nil
	}
	return nil, "", err
}

// broke marks the session broken after a failure that leaves the dialogue
// out of step, and classifies the error.
func (s *Session) broke(ctx context.Context, op string, err error) *Error {
	s.markBroken(err)
	return classify(ctx, op, s.server, s.timeout, err)
}
