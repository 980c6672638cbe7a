// Package cli implements the wl command line: wl run, wl check, wl version
// and wl help. It is a package of its own so that tests run the command
// in-process: Main takes the arguments and the standard streams and returns
// the exit status instead of exiting.
//
// The durable e-mail spool is not linked here (spoolhook.go): package
// spoolcli registers it in the wl-spool command and in the tests, and wl
// hands wl spool and the scripts that may reach the spool to wl-spool
// (handover.go).
//
// Exit statuses (product decisions 10–12):
//
//	0  the script ran to its end, or called FinProgramme
//	1  an uncaught runtime error or exception (file:line:col: message on stderr)
//	2  compile errors (file:line:col: message (code) on stderr) or a bad command line
package cli
