package parser

// stmtPool hands out the gStmt structures of the fast path for one
// parse, and takes them all back once a chunk is converted (the tree keeps
// none of them): a gStmt is the largest grammar structure (about 190
// bytes, one per statement) and was a quarter of what a parse allocated.
type stmtPool struct {
	slabs [][]gStmt
	slab  int // slabs[slab] is being handed out
	next  int // its first free element
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
