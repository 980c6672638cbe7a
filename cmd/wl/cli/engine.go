package cli

import (
	"github.com/wlangage/wl/runtime"
)

// newEngine makes the engine every script runs on: the runtime with the
// standard library.
//
// TODO(cli): stdlib.NewEngine(opts...) once package stdlib exists.
func newEngine(opts ...runtime.Option) *runtime.Engine {
	return runtime.NewEngine(opts...)
}

// emailHostOption hands the e-mail settings of the command line to the
// e-mail functions (stdlib/email) as a host value.
//
// TODO(cli): runtime.WithHost(email.HostKey{}, email.HostConfig{...}) once
// stdlib/email exports them; until then the settings go under a key of
// this package that nothing reads.
func emailHostOption(m *mailSetup) runtime.Option {
	return runtime.WithHost(pendingEmailHostKey{}, pendingEmailHostConfig{
		Relay:              m.relay,
		RootCAs:            m.roots,
		AllowPlaintextAuth: m.allowPlain,
	})
}

type pendingEmailHostKey struct{}

type pendingEmailHostConfig struct {
	Relay              string
	RootCAs            any
	AllowPlaintextAuth bool
}
