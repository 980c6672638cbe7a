//go:build !unix

package files

// openNonBlock: Windows has no FIFO that an open would wait on.
const openNonBlock = 0
