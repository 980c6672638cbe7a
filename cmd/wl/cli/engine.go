package cli

import (
	"context"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
	"github.com/wlangage/wl/stdlib/email"
	"github.com/wlangage/wl/stdlib/email/queue"
	"github.com/wlangage/wl/stdlib/files"
)

// newEngine makes the engine every script runs on: the runtime with the
// standard library.
func newEngine(opts ...runtime.Option) *runtime.Engine {
	return stdlib.NewEngine(opts...)
}

// emailHostOption hands the e-mail settings of the command line to the
// e-mail functions (stdlib/email).
func emailHostOption(m *mailSetup, rd readSetup) runtime.Option {
	hc := email.HostConfig{
		Delivery:       m.delivery(),
		POP3Relay:      rd.pop3Relay,
		IMAPRelay:      rd.imapRelay,
		MaxMessageSize: rd.maxSize,
	}
	switch {
	case m.spool != nil:
		hc.Spool = m.spool
	case spoolSupport == nil:
		// wl hands the scripts that may use the spool to wl-spool
		// (email.MayUseSpool); one that reaches it all the same (a member
		// name computed at run time) is told where to run.
		hc.Spool = noSpool{}
	}
	if tok := m.oauthToken; tok != "" {
		// AuthIdentifie's browser flow, done beforehand by the user.
		hc.OAuth = func(context.Context, email.OAuthRequest) (string, error) { return tok, nil }
	}
	return email.WithConfig(hc)
}

// filesHostOption grants the script the real file system, starting in dir
// (the process working directory when empty), or withholds it (--no-files).
func filesHostOption(dir string, grant bool) runtime.Option {
	if !grant {
		return files.WithoutFiles()
	}
	return files.WithOSDir(dir)
}

// noSpool is the spool of a wl run, which links none.
type noSpool struct{}

func (noSpool) Queue(context.Context) (queue.Queue, error) {
	return nil, &queue.Error{
		FR: "le mode asynchrone est fourni par " + SpoolProgram + " : lancez ce script avec « " + SpoolProgram + " run »",
		EN: "the asynchronous mode is provided by " + SpoolProgram + ": run this script with '" + SpoolProgram + " run'",
	}
}
