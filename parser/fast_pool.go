package parser

import plexer "github.com/alecthomas/participle/v2/lexer"

// stmtPool hands out the gStmt structures of the fast path for one
// parse, and takes them all back once a chunk is converted (the tree keeps
// none of them): a gStmt is the largest grammar structure (about 190
// bytes, one per statement) and was a quarter of what a parse allocated.
type stmtPool struct {
	slabs   [][]gStmt
	slab    int       // slabs[slab] is being handed out
	next    int       // its first free element
	readers []*reader // released readers, for the next statements
}

// maxSlab bounds a slab's length; the first ones are smaller, so that a
// short script pays little.
const maxSlab = 256

// get returns a zero gStmt.
func (p *stmtPool) get() *gStmt {
	if p == nil {
		return new(gStmt)
	}
	if p.slab == len(p.slabs) {
		p.slabs = append(p.slabs, make([]gStmt, min(8<<min(p.slab, 5), maxSlab)))
	}
	slab := p.slabs[p.slab]
	s := &slab[p.next]
	if p.next++; p.next == len(slab) {
		p.slab, p.next = p.slab+1, 0
	}
	return s
}

// reset takes every gStmt back, cleared so that what they pointed to can
// be collected.
func (p *stmtPool) reset() {
	for i := 0; i < p.slab && i < len(p.slabs); i++ {
		clear(p.slabs[i])
	}
	if p.slab < len(p.slabs) {
		clear(p.slabs[p.slab][:p.next])
	}
	p.slab, p.next = 0, 0
}

// reader returns a reader of lx whose gStmts come from p; release gives it
// back. Readers are reused because keywordStmt calls the statement's
// reader through a table, which makes them escape: one allocation per
// level of nesting instead of one per keyword statement.
func (p *stmtPool) reader(lx *plexer.PeekingLexer) *reader {
	if p == nil {
		return &reader{lx: lx}
	}
	if n := len(p.readers); n > 0 {
		r := p.readers[n-1]
		p.readers = p.readers[:n-1]
		*r = reader{lx: lx, pool: p}
		return r
	}
	return &reader{lx: lx, pool: p}
}

// release gives r back to p.
func (p *stmtPool) release(r *reader) {
	if p != nil {
		p.readers = append(p.readers, r)
	}
}
