package parser

import (
	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// The procedure header of the fast path (fast.go): gProcHead read by
// hand, or by participle with headGrammar when the hand-written reader
// does not follow it.

// headGrammar parses one gProcHead.
var headGrammar lazyGrammar[gProcHead]

// fProcHead is gProcHead read by hand.
type fProcHead struct{ H *gProcHead }

// Parse implements participle.Parseable.
func (h *fProcHead) Parse(lx *plexer.PeekingLexer) error {
	cp := lx.MakeCheckpoint()
	r := &reader{lx: lx}
	if g, ok := r.procHead(); ok {
		h.H = g
		return nil
	}
	lx.LoadCheckpoint(cp)
	g, err := headGrammar.get().ParseFromLexer(lx, participle.AllowTrailing(true))
	if err != nil {
		return errFast
	}
	h.H = g
	return nil
}

// optional runs the Parseable p: matched, or declined (NextMatch), or
// failed (ok false).
func optional(p participle.Parseable, lx *plexer.PeekingLexer) (matched, ok bool) {
	switch err := p.Parse(lx); err {
	case nil:
		return true, true
	case participle.NextMatch:
		return false, true
	}
	return false, false
}

// procHead reads gProcHead.
func (r *reader) procHead() (*gProcHead, bool) {
	g := &gProcHead{}
	mods := &pProcMods{}
	if m, ok := optional(mods, r.lx); !ok {
		return nil, false
	} else if m {
		g.Mods = mods
	}
	var ok bool
	if g.Name, ok = r.name(); !ok {
		return nil, false
	}
	if r.punct(".") || r.punct("::") {
		n, ok := r.name()
		if !ok {
			return nil, false
		}
		g.Sub = &n
	}
	if r.punct("(") && !r.punct(")") {
		for {
			p, ok := r.param()
			if !ok {
				return nil, false
			}
			g.Params = append(g.Params, p)
			if !r.punct(",") {
				break
			}
		}
		if !r.punct(")") {
			return nil, false
		}
	}
	pre := &pAttrs{} // <extension> : chaîne (doc 1514086)
	if m, ok := optional(pre, r.lx); !ok {
		return nil, false
	} else if m {
		g.Pre = pre
	}
	if r.punct(":") {
		if r.punct("(") {
			for {
				t := &pType{}
				if t.Parse(r.lx) != nil {
					return nil, false
				}
				g.Results = append(g.Results, t)
				if !r.punct(",") {
					break
				}
			}
			if !r.punct(")") {
				return nil, false
			}
		} else {
			t := &pType{}
			if t.Parse(r.lx) != nil {
				return nil, false
			}
			g.Results = []*pType{t}
		}
	}
	attrs := &pAttrs{}
	if m, ok := optional(attrs, r.lx); !ok {
		return nil, false
	} else if m {
		g.Attrs = attrs
	}
	return g, true
}

// param reads gParam.
func (r *reader) param() (*gParam, bool) {
	p := &gParam{Pos: r.peek().Pos}
	if r.punct("*") {
		p.Star = true
		return p, true
	}
	p.Local = r.kw("LOCAL")
	n, ok := r.name()
	if !ok {
		return nil, false
	}
	p.Name = &n
	if t := r.peek(); isKw(t, "SONT") || isKw(t, "EST") {
		p.Are = t.Value == "SONT"
		r.lx.Next()
		p.Type = &pType{}
		if p.Type.Parse(r.lx) != nil {
			return nil, false
		}
	} else {
		bare := &pBareType{}
		if m, ok := optional(bare, r.lx); !ok {
			return nil, false
		} else if m {
			p.Bare = bare
		}
	}
	attrs := &pAttrs{}
	if m, ok := optional(attrs, r.lx); !ok {
		return nil, false
	} else if m {
		p.Attrs = attrs
	}
	if r.punct("=") {
		if p.Default, ok = r.expr(); !ok {
			return nil, false
		}
	}
	return p, true
}
