package runtime

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

func quickEngine(out *bytes.Buffer) *Engine {
	e := NewEngine(WithOutput(out, out))
	e.Register(&Func{Name: "Trace", Max: -1, Fn: func(c *Call, args []Value) (Value, error) {
		var parts []string
		for _, a := range args {
			parts = append(parts, a.Text())
		}
		c.Run.Stdout.Write([]byte(strings.Join(parts, " ") + "\n"))
		return Null, nil
	}})
	e.Register(&Func{Name: "Taille", Min: 1, Max: 1, Fn: func(c *Call, args []Value) (Value, error) {
		return Int(int64(len([]rune(args[0].Text())))), nil
	}})
	return e
}

func TestQuickScripts(t *testing.T) {
	for _, fn := range strings.Fields(os.Getenv("WL_FILES")) {
		var out bytes.Buffer
		e := quickEngine(&out)
		src, _ := os.ReadFile(fn)
		p, err := e.Compile(fn, src)
		if err != nil {
			t.Fatal(err)
		}
		_, err = p.Run(context.Background())
		t.Logf("%s:\n%s err=%v", fn, out.String(), err)
	}
}
