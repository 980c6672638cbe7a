// Package errors is the error family (SPEC §4.9, §4.10, §7.2):
// ErreurDétectée, ErreurInfo and ExceptionInfo with their err* constants.
// ErreurDéclenche and ExceptionDéclenche act on the control flow: the
// runtime registers and compiles them (runtime.Func.Control).
package errors
