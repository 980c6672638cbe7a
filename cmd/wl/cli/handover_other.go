//go:build !unix

package cli

import "errors"

// execProgram is not available: the caller starts a child instead.
func execProgram(prog string, argv []string) error { return errors.ErrUnsupported }
