// Command wl-spool is the whole wl command line with the durable e-mail
// spool linked in (River, SQLite, pgx, the spool's web page). wl hands it
// the runs whose script may send asynchronously or ask EmailEtat, and the
// wl spool subcommands, so that wl itself starts fast; it can also be run
// directly: wl-spool run x.wl, wl-spool spool serve.
package main

import (
	"os"

	"github.com/wlangage/wl/cmd/wl/cli"
	_ "github.com/wlangage/wl/cmd/wl/cli/spoolcli" // the spool half
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
