//go:build unix

package files

import "syscall"

// openNonBlock keeps an open of a FIFO from waiting for a writer; it
// changes nothing for regular files.
const openNonBlock = syscall.O_NONBLOCK
