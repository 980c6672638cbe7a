package stdlib

import (
	"sync"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/arrays"
	"github.com/wlangage/wl/stdlib/console"
	"github.com/wlangage/wl/stdlib/dates"
	"github.com/wlangage/wl/stdlib/email"
	"github.com/wlangage/wl/stdlib/encoding"
	"github.com/wlangage/wl/stdlib/errors"
	"github.com/wlangage/wl/stdlib/files"
	"github.com/wlangage/wl/stdlib/json"
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
	encoding.Install(r)
	files.Install(r)
	json.Install(r)
}

var (
	stdOnce sync.Once
	std     *runtime.Registry
)

// standard is the registry of the standard library, folded on first use
// (not at init) and shared read-only by every engine NewEngine makes.
// Install only registers names and functions that read their state from
// the run or the engine's options, so one copy serves every engine.
func standard() *runtime.Registry {
	stdOnce.Do(func() {
		r := runtime.NewRegistry()
		Install(r)
		std = r
	})
	return std
}

// NewEngine makes a runtime engine with the standard library installed.
// Built-ins registered in its Registry stay private to the engine.
func NewEngine(opts ...runtime.Option) *runtime.Engine {
	return runtime.NewEngineRegistry(standard().Layer(), opts...)
}
