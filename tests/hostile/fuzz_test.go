package hostile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/wlangage/wl/runtime"
)

// postfixUnits are the pieces a generated chain is made of: indexing,
// members, calls, nested indices, ..Existe, conversions and increments.
var postfixUnits = []string{"[1]", ".a", "(3)", "[1, 2]", "[t[1]]", "..Existe", "[\"k\"]", ".Taille", "(1, 2)", "[i]", ".a[2](3)", "[[1]]"}

// chain builds a script from fuzz bytes: the first byte picks the base
// and how often the pattern repeats (up to about 12,000 units, past the
// compiler's nesting guard of 5,000), the others pick the units; the chain is
// used as a value, an assignment target, an argument and a receiver.
func chain(data []byte) string {
	if len(data) == 0 {
		return "x = 1\n"
	}
	bases := []string{"t", "v", "a", "s", "P(1)"}
	head := data[0]
	base := bases[int(head)%len(bases)]
	reps := 1 + int(head>>3)*24 // 1 … 745 repetitions of up to 16 units
	var unit strings.Builder
	for _, b := range data[1:min(len(data), 17)] {
		unit.WriteString(postfixUnits[int(b)%len(postfixUnits)])
	}
	if unit.Len() == 0 {
		unit.WriteString("[1]")
	}
	c := base + strings.Repeat(unit.String(), reps)
	var form string
	switch head % 4 {
	case 0:
		form = "x = " + c + "\n"
	case 1:
		form = c + " = 1\n"
	case 2:
		form = "Q(" + c + ")\n"
	default:
		form = c + ".Ajoute(1)\n"
	}
	return "t est un tableau de 2 par 2 entiers\nv est un Variant\na est un tableau associatif de chaînes\ns est une chaîne = \"abc\"\ni est un entier = 1\n" +
		form + "PROCÉDURE P(n)\nRENVOYER t\nPROCÉDURE Q(p)\n"
}

// FuzzPostfixChain compiles and runs generated deep postfix chains
// (t[1].a[2](3)…): compiling must stay linear and guarded, and every
// error must be positioned, with no Go internals. `go test` runs the
// seeds.
func FuzzPostfixChain(f *testing.F) {
	for _, seed := range [][]byte{
		{0, 0}, {4, 1, 0, 2}, {0xff, 0}, {0xff, 1}, {0xfe, 2, 3}, {0x83, 4, 5, 6},
		{0x51, 7, 8}, {0x22, 9, 10, 11}, {0xa0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
	} {
		f.Add(seed)
	}
	eng := engine("fr", runtime.WithOutput(io.Discard, io.Discard), runtime.WithLimits(100000, 200), runtime.WithMaxMemory(256<<20))
	f.Fuzz(func(t *testing.T, data []byte) {
		src := chain(data)
		timer := time.AfterFunc(20*time.Second, func() { panic(fmt.Sprintf("chain took more than 20s: %q", data)) })
		defer timer.Stop()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		p, err := eng.CompileContext(ctx, "f.wl", []byte(src))
		if err != nil {
			var ce *runtime.CompileError
			if !errors.As(err, &ce) {
				t.Fatalf("compile error of type %T: %v", err, err)
			}
			clean(t, ce.Format("fr"))
			for _, e := range ce.Errors {
				if e.Pos.Line < 1 {
					t.Fatalf("unpositioned compile error %q", e.Format("fr"))
				}
			}
			return
		}
		_, err = p.Run(ctx)
		if err == nil {
			return
		}
		var re *runtime.Error
		if !errors.As(err, &re) {
			t.Fatalf("run error of type %T: %v", err, err)
		}
		clean(t, re.Error())
		if re.Kind == runtime.ErrInternal || re.Pos.Line < 1 {
			t.Fatalf("%v for %q", re, data)
		}
	})
}
