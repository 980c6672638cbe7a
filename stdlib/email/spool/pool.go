package spool

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/wlangage/wl/stdlib/email/smtpx"
)

// idleClose is how long an unused SMTP session stays open.
const idleClose = 15 * time.Second

// sessionPool keeps one open SMTP session per server settings, so that
// messages to the same server reuse it.
type sessionPool struct {
	mu       sync.Mutex
	sessions map[string]*pooled
}

type pooled struct {
	s    *smtpx.Session
	used time.Time
}

// poolKey identifies the session settings (credentials included: a
// session is only reused for the same account on the same server).
func poolKey(c smtpx.Config) string {
	return fmt.Sprintf("%q %d %d %d %q %q %q %d %q %q", c.Host, c.Port, c.Security, c.Ignore, c.User, c.Password, c.Token, c.Timeout, c.Relay, c.LocalName)
}

// get returns an open session for cfg and whether it was reused.
func (p *sessionPool) get(ctx context.Context, cfg smtpx.Config) (*smtpx.Session, bool, error) {
	k := poolKey(cfg)
	p.mu.Lock()
	if p.sessions == nil {
		p.sessions = map[string]*pooled{}
	}
	now := time.Now()
	for key, e := range p.sessions {
		if key != k && now.Sub(e.used) > idleClose {
			go e.s.Close()
			delete(p.sessions, key)
		}
	}
	if e, ok := p.sessions[k]; ok {
		if now.Sub(e.used) <= idleClose {
			e.used = now
			p.mu.Unlock()
			return e.s, true, nil
		}
		go e.s.Close()
		delete(p.sessions, k)
	}
	p.mu.Unlock()
	s, err := smtpx.Open(ctx, cfg)
	if err != nil {
		return nil, false, err
	}
	p.mu.Lock()
	p.sessions[k] = &pooled{s: s, used: time.Now()}
	p.mu.Unlock()
	return s, false, nil
}

func (p *sessionPool) drop(cfg smtpx.Config) {
	k := poolKey(cfg)
	p.mu.Lock()
	e := p.sessions[k]
	delete(p.sessions, k)
	p.mu.Unlock()
	if e != nil {
		e.s.Close()
	}
}

func (p *sessionPool) closeAll() {
	p.mu.Lock()
	all := p.sessions
	p.sessions = nil
	p.mu.Unlock()
	for _, e := range all {
		e.s.Close()
	}
}
