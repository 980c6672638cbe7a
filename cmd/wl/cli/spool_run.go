package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/stdlib/email/queue"
)

// defaultSpoolWait is how long wl run waits, when the script ends, for the
// messages it queued (--spool-wait).
const defaultSpoolWait = 30 * time.Second

// spoolFlags are the spool options of wl run (and of wl spool).
type spoolFlags struct {
	location string        // --spool
	wait     time.Duration // --spool-wait
}

// addSpoolFlags declares --spool (and --spool-wait when wait is set).
func addSpoolFlags(fs *flag.FlagSet, f *spoolFlags, lang *string, wait bool) {
	fs.StringVar(&f.location, "spool", "", "")
	if wait {
		f.wait = defaultSpoolWait
		fs.Var(durationFlag{&f.wait, lang}, "spool-wait", "")
	}
}

// spoolLocation resolves --spool (relative paths against e.Dir), else
// $WL_SPOOL, else the user's state directory.
func (e *Env) spoolLocation(f spoolFlags) (string, error) {
	if f.location != "" {
		if queue.IsPostgres(f.location) {
			return f.location, nil
		}
		return e.path(f.location), nil
	}
	return queue.DefaultLocation()
}

// runSpool is the lazy spool of a wl run: nothing is opened unless the
// script sends asynchronously or asks EmailEtat about an identifier it
// did not send synchronously. Under --mail-sink it is a private temporary
// spool that ends with the run. It is nil when this program does not link
// the spool (wl hands the scripts that may use it to wl-spool).
func (e *Env) runSpool(f spoolFlags, m *mailSetup) (RunSpool, error) {
	if spoolSupport == nil {
		return nil, nil
	}
	opts := RunSpoolOptions{Delivery: m.delivery()}
	if m.sink != nil {
		// The private spool delivers to the sink, inside the process.
		opts.Private = true
		return spoolSupport.OpenRun(opts), nil
	}
	loc, err := e.spoolLocation(f)
	if err != nil {
		return nil, err
	}
	opts.Location = loc
	// --spool-wait 0: the run delivers nothing itself, serve and drain do.
	opts.NoWorker = f.wait == 0
	return spoolSupport.OpenRun(opts), nil
}

// finishSpool waits for the run's messages (--spool-wait) and says on w
// how many remain queued.
func finishSpool(ctx context.Context, w io.Writer, lang string, l RunSpool, wait time.Duration) {
	if l == nil {
		return
	}
	n, err := l.Finish(ctx, wait)
	if err != nil {
		fmt.Fprintln(w, diag.Tr(lang, "wl run : spool : "+err.Error(), "wl run: spool: "+err.Error()))
	}
	if n > 0 {
		fmt.Fprintln(w, diag.Tr(lang,
			fmt.Sprintf("%d message(s) restent dans le spool %s (wl spool serve ou wl spool drain les enverront)", n, l.Location()),
			fmt.Sprintf("%d message(s) remain in the spool %s (wl spool serve or wl spool drain will send them)", n, l.Location())))
	}
}
