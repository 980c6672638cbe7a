// Package stdlib installs the WLangage standard library in a runtime
// engine: every built-in family (console, errors, strings, numbers,
// arrays, dates, files, e-mail).
//
// # How to add a built-in
//
// Each family registers one table in its Install, and nothing else:
//
//	r.AddFuncs([]runtime.Func{
//		{Name: "Répète", Aliases: []string{"RepeatString"}, Min: 2, Max: 2, Fn: repete},
//		{Name: "Gauche", Aliases: []string{"Left"}, Min: 1, Max: 2, Fallible: true, Fn: gauche},
//	})
//
// Name is WinDev's French spelling, Aliases the English one (and old
// spellings); Min/Max bound the argument count (checked at compile time
// and at run time; Max -1: variadic); Fallible functions report with
// Call.Fail (non-fatal error, ErreurDétectée). Fn reads its arguments
// with Call.Unpack, which converts them as WLangage does, leaves omitted
// optional parameters ("nom?") at their default and hands out the
// caller's variable for by-reference ones (**runtime.Value), allocating
// nothing:
//
//	func repete(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
//		var s string
//		var n int64
//		if err := c.Unpack(args, "chaîne", &s, "nombre", &n); err != nil {
//			return runtime.Null, err
//		}
//		...
//	}
//
// A fatal error is returned as c.Errorf(code, fr, en, ...), positioned at
// the call by the runtime; cite the doc page id (doc.pcsoft.fr) in the
// comment of the function. Built-ins that change the control flow are the
// runtime's (runtime.Func.Control), not a family's. Test a built-in
// through the engine with stdlib/internal/wltest (Env.Try, Env.Eval), and
// with a golden script under tests/golden.
package stdlib
