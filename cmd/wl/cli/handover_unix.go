//go:build unix

package cli

import (
	"os"
	"syscall"
)

// execProgram replaces this process with prog.
func execProgram(prog string, argv []string) error {
	return syscall.Exec(prog, argv, os.Environ())
}
