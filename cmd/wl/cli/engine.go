package cli

import (
	"github.com/wlangage/wl/runtime"
	wlconsole "github.com/wlangage/wl/stdlib/console"
	"github.com/wlangage/wl/stdlib/email"
	wlerrors "github.com/wlangage/wl/stdlib/errors"
	wlstrings "github.com/wlangage/wl/stdlib/strings"
)

// newEngine makes the engine every script runs on: the runtime with the
// standard library.
//
// TODO(cli): stdlib.NewEngine(opts...) once package stdlib exists.
func newEngine(opts ...runtime.Option) *runtime.Engine {
	e := runtime.NewEngine(opts...)
	wlconsole.Install(e.Registry())
	wlerrors.Install(e.Registry())
	wlstrings.Install(e.Registry())
	email.Install(e.Registry())
	return e
}

// emailHostOption hands the e-mail settings of the command line to the
// e-mail functions (stdlib/email).
func emailHostOption(m *mailSetup) runtime.Option {
	return email.WithConfig(email.HostConfig{
		Relay:              m.relay,
		RootCAs:            m.roots,
		AllowPlaintextAuth: m.allowPlain,
	})
}
