package runtime

import (
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
)

// DefaultMaxMemory is the memory limit of a run unless the host sets one
// (WithMaxMemory): 1 GiB.
const DefaultMaxMemory = 1 << 30

// Sizes charged to the memory limit, roughly what the Go heap holds.
const (
	valueSize      = 24               // one Value (an array element), TestValueSize
	assocEntrySize = 2*valueSize + 64 // one key of an associative array: key, value, index entry
)

// The memory limit: built-ins and the compiled code charge the bytes
// they are about to allocate where strings, buffers, arrays and
// associative arrays grow. Charges add up without knowing what the
// garbage collector frees, so when their sum passes the limit the run
// measures what is really live (a collection, then the heap's size, less
// what was live when the run started) and goes on from there; the run
// stops when even that is over the limit. The limit is thus checked
// against real memory, and between two checks the heap grows by at most
// the limit: the process stays under about twice the limit.

// charge records n bytes about to be allocated at pos; over the limit,
// the run stops with an error no script handler can catch.
func (r *Run) charge(pos Position, n int64) {
	max := r.eng.opts.MaxMemory
	if max <= 0 || n <= 0 {
		return
	}
	r.mem += n
	if r.mem <= max {
		return
	}
	if n > max {
		r.memStop(pos, max)
	}
	r.mem = r.liveHeap() + n
	if r.mem > max {
		r.memStop(pos, max)
	}
}

// Charge records n bytes a built-in is about to allocate (a string it
// builds, a file it reads); over the run's memory limit the run stops
// with an error at the call.
func (c *Call) Charge(n int64) { c.Run.charge(c.Pos, n) }

// MemoryLeft returns how many more bytes the run may allocate before its
// memory limit (-1: no limit); a built-in reading an unbounded source
// reads at most that much plus one.
func (r *Run) MemoryLeft() int64 {
	limit := r.eng.opts.MaxMemory
	if limit <= 0 {
		return -1
	}
	return max(0, limit-r.mem)
}

// liveHeap collects garbage and returns the heap in use beyond what was
// live when the run started.
func (r *Run) liveHeap() int64 {
	goruntime.GC()
	var ms goruntime.MemStats
	goruntime.ReadMemStats(&ms)
	return max(0, int64(ms.HeapAlloc)-r.memBase)
}

func (r *Run) memStop(pos Position, max int64) {
	r.mem = 0
	fr, en := memText(max)
	r.hostStop(pos, "Limite de mémoire atteinte ("+fr+")", "Memory limit reached ("+en+")")
}

// memText writes a byte count for a message, in French and in English:
// 1 Gio / 1 GiB, 64 Mio / 64 MiB, 1000 octets / 1000 bytes.
func memText(n int64) (fr, en string) {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		v := strconv.FormatInt(n>>30, 10)
		return v + " Gio", v + " GiB"
	case n >= 1<<20 && n%(1<<20) == 0:
		v := strconv.FormatInt(n>>20, 10)
		return v + " Mio", v + " MiB"
	}
	v := strconv.FormatInt(n, 10)
	return v + " octets", v + " bytes"
}

// gcStats is the buffer heapAtStart reads the collections' count into,
// kept between runs (ReadGCStats allocates it otherwise).
var gcStats struct {
	sync.Mutex
	s debug.GCStats
}

// heapAtStart returns heapLive, or 0 without reading it when no
// collection has run yet (nothing has been found live): the process's
// first read of runtime/metrics builds the runtime's tables of metrics, a
// twentieth of the start-up of a small script.
func heapAtStart() int64 {
	gcStats.Lock()
	debug.ReadGCStats(&gcStats.s)
	n := gcStats.s.NumGC
	gcStats.Unlock()
	if n == 0 {
		return 0
	}
	return heapLive()
}

// heapLive returns the heap found live by the last collection; cheap (no
// collection, no pause).
func heapLive() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// pollEvery is how many ticks (loop iterations and calls) pass between
// two looks at the heap.
const pollEvery = 4096

// pollMemory catches what no charge saw (a built-in growing an array in
// a loop): every pollEvery ticks (slowTick) it reads the heap's size,
// cheaply, and when the heap has grown by more than the limit since the
// run started, measures what is live as charge does.
func (r *Run) pollMemory(pos Position) {
	max := r.eng.opts.MaxMemory
	if max <= 0 || r.heapObjects()-r.memBase <= max {
		return
	}
	r.mem = r.liveHeap()
	if r.mem > max {
		r.memStop(pos, max)
	}
}

// heapObjects returns the bytes of the heap's objects, live or not yet
// collected. The sample lives in the Run: a loop that polls allocates
// nothing (BenchmarkLoopIteration).
func (r *Run) heapObjects() int64 {
	s := r.memSample[:]
	s[0].Name = "/memory/classes/heap/objects:bytes"
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// bufOf returns the buffer a string value extends and its capacity.
func bufOf(v Value) (*strBuf, int) {
	if b := v.sharedBuf(); b != nil {
		return b, cap(b.b)
	}
	return nil, 0
}

// growth returns what a concatenation x + … giving v allocated, given
// x's buffer and its capacity before: nothing when v extends that buffer
// in place, else the storage v holds.
func growth(xb *strBuf, xcap int, v Value) int64 {
	b := v.sharedBuf()
	if b == nil {
		if v.k == KString || v.k == KBuffer {
			return v.n
		}
		return 0
	}
	if b == xb && cap(b.b) == xcap {
		return 0
	}
	return int64(cap(b.b))
}

// arrayBytes returns what the elements of an array of type t declared
// with dimensions take (0 for a dynamic array).
func arrayBytes(t *Type) int64 {
	if t == nil || t.Kind != KArray || len(t.Dims) == 0 {
		return 0
	}
	n := int64(1)
	for _, d := range t.Dims {
		n *= int64(d) // bounded at compile time (resolveType)
	}
	return n * valueSize
}
