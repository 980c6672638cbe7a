// Command embed shows how a Go program embeds the WLangage engine: it
// grants the script a console (a buffer), registers one host function,
// compiles a script once and runs it under a context with a deadline.
//
//	go run ./examples/embed
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
)

// script calls the host function Double and the built-in Trace.
const script = `// Calcul confié à l'application hôte
POUR i = 1 À 3
	Trace("Double de", i, ":", Double(i))
FIN
total est un entier = Double(20) + 2
Trace("Total :", total)
`

// double is the host function Double(n): it returns 2 × n.
var double = &runtime.Func{
	Name:    "Double",
	Aliases: []string{"Twice"},
	Min:     1,
	Max:     1,
	Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		if !args[0].IsNumeric() {
			return runtime.Value{}, c.Errorf(1, "Double attend un nombre, reçu « %s »", "Double expects a number, got %q", args[0].Text())
		}
		return runtime.Int(2 * args[0].ToInt()), nil
	},
}

// run compiles and runs the script, writing its Trace output to out.
func run(out io.Writer) error {
	var trace, errs bytes.Buffer
	eng := stdlib.NewEngine(
		runtime.WithOutput(&trace, &errs),  // the script's console
		runtime.WithLimits(1_000_000, 100), // steps, call depth
	)
	eng.Register(double)

	prog, err := eng.Compile("calcul.wl", []byte(script))
	if err != nil {
		return err // a *runtime.CompileError listing every error
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := prog.Run(ctx); err != nil {
		return err // a *runtime.Error: position and message
	}
	fmt.Fprint(out, "Sortie de Trace capturée :\n", trace.String())
	return nil
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
