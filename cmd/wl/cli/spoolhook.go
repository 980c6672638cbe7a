package cli

import (
	"context"
	"flag"
	"time"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/stdlib/email/queue"
	"github.com/wlangage/wl/stdlib/email/smtpx"
)

// The durable spool (River, SQLite, pgx and the spool's web page) is not
// linked into the wl command: it would double the program and its
// start-up (issue 10). Package spoolcli registers it; the wl-spool
// command and the tests link that package, and wl hands the runs that may
// use the spool and the spool subcommands to wl-spool (handover.go).

// SpoolSupport is the spool half of the command line.
type SpoolSupport struct {
	// Command runs wl spool SUBCOMMAND (args without "spool").
	Command func(e *Env, args []string) int
	// OpenRun makes the lazy spool of one run.
	OpenRun func(o RunSpoolOptions) RunSpool
}

// RunSpoolOptions say where a run's spool is and how it delivers.
type RunSpoolOptions struct {
	Location string         // SQLite path or postgres:// URL; ignored when Private
	Delivery smtpx.Delivery // the process's SMTP settings
	Private  bool           // a temporary spool that ends with the run (--mail-sink)
	NoWorker bool           // deliver nothing in-process (--spool-wait 0)
}

// RunSpool is the spool of one run: the e-mail functions open it at first
// use, and the run waits for its messages at the end.
type RunSpool interface {
	queue.Opener
	// Finish waits up to wait for this run's messages, closes the spool
	// and returns how many remain queued.
	Finish(ctx context.Context, wait time.Duration) (int, error)
	// Location names the spool in messages (password masked).
	Location() string
}

var spoolSupport *SpoolSupport

// RegisterSpool links the spool half into this program's command line.
func RegisterSpool(s *SpoolSupport) { spoolSupport = s }

// UsageError prints a command-line error of cmd ("spool list"...) and a
// pointer to the help, and returns ExitUsage.
func (e *Env) UsageError(lang, cmd, fr, en string) int { return e.usageError(lang, cmd, fr, en) }

// Failf prints an error of cmd that is not a usage error.
func (e *Env) Failf(lang, cmd, fr, en string) { e.failf(lang, cmd, fr, en) }

// SignalContext is e.Context, or a context that SIGINT and SIGTERM cancel.
func (e *Env) SignalContext() (context.Context, context.CancelFunc) { return e.signalContext() }

// SpoolLocation resolves a --spool value (relative paths against e.Dir),
// else $WL_SPOOL, else the user's state directory.
func (e *Env) SpoolLocation(flagValue string) (string, error) {
	return e.spoolLocation(spoolFlags{location: flagValue})
}

// Delivery validates the SMTP options of a command (--smtp-relay,
// --smtp-ca, --smtp-allow-plaintext-auth) and returns the settings, or
// the usage message in French and English.
func (e *Env) Delivery(lang, relay, caFile string, allowPlain bool) (d smtpx.Delivery, fr, en string) {
	m, fr, en := e.setupMail(lang, mailFlags{relay: relay, caFile: caFile, allowPlain: allowPlain})
	if fr != "" {
		return smtpx.Delivery{}, fr, en
	}
	return m.delivery(), "", ""
}

// FlagSet is a flag set with the options every command has (--lang...),
// that reports nothing itself.
type FlagSet struct {
	*flag.FlagSet
	common commonFlags
}

// NewFlagSet makes the flag set of command name.
func NewFlagSet(name string) *FlagSet {
	f := &FlagSet{}
	f.FlagSet = newFlagSet(name, &f.common)
	return f
}

// CheckLang validates --lang after Parse and returns the message pair
// when it is neither fr nor en.
func (f *FlagSet) CheckLang() (fr, en string, ok bool) { return checkLang(&f.common) }

// Lang is the value of --lang ("fr" or "en" once CheckLang passed).
func (f *FlagSet) Lang() string { return f.common.lang }

// DurationFlag is a flag.Value for a duration (30s, 2m, or a number of
// seconds) whose errors are worded in *lang.
func DurationFlag(d *time.Duration, lang *string) flag.Value { return durationFlag{d, lang} }

// FlagError translates an error of the flag package.
func FlagError(lang string, err error) (fr, en string) { return flagError(lang, err) }

// LangHint finds the language asked for by --lang in args before flag
// parsing: "en", or "fr" for anything else.
func LangHint(args []string) string { return langHint(args) }

// IsLangFlag reports whether a is a --lang option (with or without value).
func IsLangFlag(a string) bool { return isLangFlag(a) }

// SpoolHelp is the help of wl spool.
func SpoolHelp(lang string) string { return diag.Tr(lang, spoolHelpFR, spoolHelpEN) }
