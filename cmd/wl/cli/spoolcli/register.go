// Package spoolcli is the spool half of the wl command line: wl spool
// serve|drain|list|retry|purge|migrate and the spool of wl run's
// asynchronous e-mail. It links River, SQLite, pgx and the spool's web
// page, which the wl command leaves out for its start-up (issue 10): the
// wl-spool command and the tests link this package, whose registration
// makes cli.Main handle everything in-process.
package spoolcli

import (
	"time"

	"github.com/wlangage/wl/cmd/wl/cli"
	"github.com/wlangage/wl/stdlib/email/spool"
)

// runPoll is how often a run's worker looks for its own messages.
const runPoll = 20 * time.Millisecond

var support = cli.SpoolSupport{Command: command, OpenRun: openRun}

// Registration only stores a pointer: no work at package initialisation.
func init() { cli.RegisterSpool(&support) }

// openRun makes the lazy spool of one wl run.
func openRun(o cli.RunSpoolOptions) cli.RunSpool {
	opts := spool.Options{Location: o.Location, Delivery: o.Delivery, PollInterval: runPoll}
	if o.Private {
		opts.Location = ""
	}
	return &spool.Lazy{Options: opts, Private: o.Private, NoWorker: o.NoWorker}
}
