package stdlib

import (
	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/arrays"
	"github.com/wlangage/wl/stdlib/console"
	"github.com/wlangage/wl/stdlib/dates"
	"github.com/wlangage/wl/stdlib/email"
	"github.com/wlangage/wl/stdlib/errors"
	"github.com/wlangage/wl/stdlib/files"
	"github.com/wlangage/wl/stdlib/numbers"
	"github.com/wlangage/wl/stdlib/strings"
)

// Install registers every built-in family in r.
func Install(r *runtime.Registry) {
	console.Install(r)
	errors.Install(r)
	strings.Install(r)
	numbers.Install(r)
	arrays.Install(r)
	dates.Install(r)
	email.Install(r)
	files.Install(r)
}

// NewEngine makes a runtime engine with the standard library installed.
func NewEngine(opts ...runtime.Option) *runtime.Engine {
	e := runtime.NewEngine(opts...)
	Install(e.Registry())
	return e
}
