package main

import (
	"os"

	"github.com/wlangage/wl/cmd/wl/cli"
)

func main() {
	growStack(0)
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// growStack makes the main goroutine's stack 32 KB while it holds two
// frames. The first parse outgrows 16 KB in the middle of the expression
// parser's recursion, where doubling the stack copies some thirty frames
// and looks up each one's stack map: about 100,000 instructions, the
// largest single cost left in an empty script's start-up (callgrind,
// GODEBUG=asyncpreemptoff=1). Here the copy costs almost nothing, and the
// pad (more than the 16 KB stack holds, so the stack doubles once) covers
// about the pages the parse would touch.
//
//go:noinline
func growStack(i int) byte {
	var pad [20 << 10]byte
	pad[i] = 1
	return last(pad[:])
}

// last keeps the pad (and so growStack's frame) from being optimised away.
//
//go:noinline
func last(b []byte) byte { return b[len(b)-1] }
