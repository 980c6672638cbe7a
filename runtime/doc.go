// Package runtime resolves, compiles and runs WLangage programs.
//
// A parsed file is resolved (names become slots with declared types) and
// compiled into a tree of Go closures; the resulting Program is immutable
// and may be run many times, concurrently, each Run with its own state.
// Built-in functions, types and constants come from a Registry that the
// stdlib packages fill; runtime never imports them.
//
// # Files by phase
//
//	compile.go   the compiler: entry point, limits, errors and warnings
//	resolve.go   names: variables, procedures, types, scopes (one per traitement)
//	expr.go      expressions; intexpr.go integer fast paths; ops.go operators
//	call.go      calls of procedures and built-ins (Func.Control, arguments)
//	assign.go    places (lvalues) and assignment; multiassign.go (a, b) = …;
//	             arraylit.go a literal [[…], […]] filling an array;
//	             arraycat.go arrays concatenated (TableauAjoute)
//	assoc.go     associative arrays; assocopts.go their declared options
//	             and key properties; assocaccess.go A[clé], A[clé, n]
//	variantobj.go a Variant's named and indexed sub-elements (v.nom,
//	             V[i], ..Existe, ..Membre); variantjson.go their JSON text
//	stmt.go      statements; loops.go the loops (loopcurrent.go the current
//	             element of a POUR TOUT, ElémentCourant); handlers.go CAS
//	             ERREUR / QUAND EXCEPTION; endlabel.go the FIN: label
//	class.go     classes and methods; object.go, objstmt.go objects
//	engine.go    Engine, Program, Run, errors; exec.go the run loop
//	registry.go  the built-ins' Registry and Call; unpack.go Call.Unpack
//	value.go ... the values and types (types.go, conv.go, decimal.go,
//	             datetime.go, props.go, units.go, memory.go)
//	codes.go     the codes of compile errors (9400–9699)
//
// # Design note: resolution during compilation
//
// Resolution is a phase with its own file (resolve.go) but not a separate
// pass over the tree. Before a traitement's body is compiled, the compiler
// collects what may be used before it is declared: the script's
// structures and CONSTANTE values, the global and internal procedures
// (procedures may be called before their text), then the traitement's
// local variables (declareLocals; DECISIONS 8: one scope per traitement,
// so a declaration anywhere in the body binds the name for the whole
// body). Compiling an expression then looks a name up in this order:
// the traitement, the enclosing traitements (hops), the built-ins'
// Registry. A starlark-style resolver that annotates every identifier
// with a binding first was considered and not chosen: WLangage has no
// block scopes or closures over loop variables to classify, so a second
// walk would only duplicate the lookup the compiler does anyway, and the
// compiler needs the resolved slot and static type at the very point it
// builds the closure. Every name still resolves once, at compile time;
// a Run never looks a name up.
//
// # Design note: a 24-byte Value
//
// Every local, argument, result and array element is a Value, so its
// size decides what arrays cost and what a call copies. A Value is
// {k Kind; {sc, fl uint8}; n int64; p unsafe.Pointer}, 24 bytes (it was
// 48 with a string and an interface): scalars live in n; a chaîne or a
// Buffer is a pointer to its first byte in p and its length in n
// (unsafe.StringData / unsafe.String, no copy either way); the shared
// append buffer of `s += ...` is a *strBuf in p, marked by flagShared in
// fl; arrays, associative arrays, structures, procedures, big decimals
// and tuples (pointer to the first element, length in n) are typed
// pointers in p, the type given by k. Only value.go converts p back
// (Array, Assoc, Struct, Proc, tuple, bigInt, strRaw, sharedBuf), each
// after checking k or fl, so a pointer is always read as the type it was
// stored as. The collector traces an unsafe.Pointer like any pointer,
// interior ones included, so the bytes of a string or a tuple stay alive
// while a Value points into them (TestValueGCKeepsBytes); no pointer is
// ever kept as an integer (go vet's unsafeptr check stays clean). The
// Go type checker no longer tells a string from a tuple in p, which is
// why no code outside value.go touches p. Comparisons go through ops.go:
// == would compare string pointers, not texts, and TestNoValueEquality
// rejects it. (A zero-size func array used to make Value incomparable,
// but the Go compiler keeps a struct in registers only when it has at
// most four fields: with six, every Value returned by a closure was
// spilled byte by byte and reloaded 16 bytes at a time, a failed
// store-to-load forwarding on each copy. sc and fl now share one
// embedded field, Value has four, and the peer kit's assoc and strfn
// workloads lost about a third of their time.)
// A full array of 1024 elements or more doubles its capacity rather than
// growing by append's 1.25 (Array.room): appending 1e6 elements leaves a
// quarter of the garbage, and with the smaller Value the peak memory of
// the peer kit's memint and memstr fell from 2.4× gopher-lua to 0.7×.
package runtime
