package dates

// The chronometers: ChronoDébut, ChronoFin, ChronoValeur (3027031-3027033).

import (
	"time"

	"github.com/wlangage/wl/runtime"
)

// chronos is the per-run state of the Chrono functions: start instants
// and, once stopped, the measured value.
type chronos struct {
	start   map[int64]time.Time
	stopped map[int64]time.Duration
}

type chronoKey struct{}

func getChronos(c *runtime.Call) *chronos {
	return c.Run.State(chronoKey{}, func() any {
		return &chronos{start: map[int64]time.Time{}, stopped: map[int64]time.Duration{}}
	}).(*chronos)
}

// ChronoDébut (3027031): starts (or restarts) chronometer n (1 by default).
func chronoDebut(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	ch := getChronos(c)
	n := int64(1)
	if err := c.Unpack(args, "chronomètre?", &n); err != nil {
		return runtime.Null, err
	}
	ch.start[n] = c.Run.Now()
	delete(ch.stopped, n)
	return runtime.Null, nil
}

func notStarted(c *runtime.Call, n int64) error {
	return c.Errorf(1042, "Le chronomètre %d n'est pas démarré (%s).", "Chronometer %d is not started (%s).", n, c.Name)
}

// ChronoFin (3027032): stops chronometer n and returns the elapsed Durée
// in milliseconds; a second call returns the same value.
func chronoFin(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return chronoRead(c, args, true)
}

// ChronoValeur (3027033): elapsed time of chronometer n without stopping it.
func chronoValeur(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return chronoRead(c, args, false)
}

// chronoRead is the Durée of chronometer n: the value it was stopped at,
// or the time since it started (which stop makes its stopped value).
func chronoRead(c *runtime.Call, args []runtime.Value, stop bool) (runtime.Value, error) {
	ch := getChronos(c)
	n := int64(1)
	if err := c.Unpack(args, "chronomètre?", &n); err != nil {
		return runtime.Null, err
	}
	if d, ok := ch.stopped[n]; ok {
		return runtime.Duration(d.Milliseconds()), nil
	}
	st, ok := ch.start[n]
	if !ok {
		return runtime.Null, notStarted(c, n)
	}
	d := c.Run.Now().Sub(st)
	if stop {
		ch.stopped[n] = d
	}
	return runtime.Duration(d.Milliseconds()), nil
}
