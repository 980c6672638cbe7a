package runtime

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func testCall(args []Value, omitted []bool, refs []*Value) *Call {
	e := NewEngine()
	return &Call{Run: e.NewRun(context.Background()), Name: "F", Omitted: omitted, Refs: refs}
}

func TestUnpackKindsAndOptional(t *testing.T) {
	arr := NewArray(TypeInt, 0)
	target := Int(7)
	args := []Value{Str("12"), Real(2.5), Int(1), ArrayValue(arr), Int(3), Null, Str("x"), Str("y")}
	c := testCall(args, []bool{false, false, false, false, false, true}, []*Value{nil, nil, nil, nil, &target})
	var (
		n        int64
		f        float64
		b        bool
		a        *Array
		ref      *Value
		opt      = int64(-1)
		rest     []Value
		s        string
		absent   = "default"
		absentOK = int64(42)
	)
	if err := c.Unpack(args[:7], "n", &n, "f", &f, "b", &b, "tableau", &a, "&v", &ref, "opt?", &opt, "s?", &s, "absent?", &absent, "absent2?", &absentOK); err != nil {
		t.Fatal(err)
	}
	if n != 12 || f != 2.5 || !b || a != arr || ref != &target || opt != -1 || s != "x" || absent != "default" || absentOK != 42 {
		t.Fatalf("got n=%d f=%v b=%v a=%p ref=%p opt=%d s=%q absent=%q", n, f, b, a, ref, opt, s, absent)
	}
	if err := c.Unpack(args, "a", &n, "rest*", &rest); err != nil || len(rest) != 7 {
		t.Fatalf("rest: %v %d", err, len(rest))
	}
}

func TestUnpackWrongKind(t *testing.T) {
	args := []Value{Int(1), Str("x")}
	c := testCall(args, nil, nil)
	var a *Array
	err := c.Unpack(args, "tableau", &a)
	if err == nil || err.(*Error).FR != "Le premier paramètre de F doit être un tableau." || err.(*Error).Code != 1030 {
		t.Fatalf("got %v", err)
	}
	var n int64
	var p *Proc
	err = c.Unpack(args, "n", &n, "procédure", &p)
	if err == nil || err.(*Error).EN != "Parameter 2 (<procédure>) of F must be a procedure." {
		t.Fatalf("got %v", err)
	}
	var bad struct{}
	if err := c.Unpack(args, "n", &bad); err == nil || !strings.Contains(err.(*Error).FR, "Erreur interne") {
		t.Fatalf("unsupported destination: %v", err)
	}
	if err := c.Unpack(args, "n"); err == nil {
		t.Fatal("odd pairs accepted")
	}
}

// TestUnpackAllocs checks the promise of Unpack: nothing allocated when
// the arguments are right.
func TestUnpackAllocs(t *testing.T) {
	args := []Value{Str("abc"), Int(2), Real(1.5)}
	c := testCall(args, nil, nil)
	allocs := testing.AllocsPerRun(100, func() {
		var s string
		var n int64
		f := 0.0
		m := int64(-1)
		if err := c.Unpack(args, "s", &s, "n", &n, "f?", &f, "m?", &m); err != nil {
			t.Fatal(err)
		}
		if s != "abc" || n != 2 || f != 1.5 || m != -1 {
			t.Fatal("wrong values")
		}
	})
	if allocs != 0 {
		t.Fatalf("Unpack allocates %v times per call", allocs)
	}
}

// TestControlMark checks that control-flow built-ins are found by their
// registration mark: an alias spelled in any case works, and a method-style
// call goes through Fn.
func TestControlMark(t *testing.T) {
	out, err := run(t, "Trace(\"a\")\nfinprogramme()\nTrace(\"b\")\n")
	if err != nil || out != "a\n" {
		t.Fatalf("FinProgramme: %q %v", out, err)
	}
	out, err = run(t, "QUAND EXCEPTION DANS\n\tEXCEPTIONTHROW(5, \"x\")\nFAIRE\n\tTrace(\"pris\")\nFIN\n")
	if err != nil || out != "pris\n" {
		t.Fatalf("ExceptionThrow: %q %v", out, err)
	}
	var buf bytes.Buffer
	if f := testEngine(&buf).Registry().LookupFunc(Fold("ErreurDéclenche")); f == nil || f.Control != CtlErrorThrow {
		t.Fatalf("ErreurDéclenche not marked: %+v", f)
	}
}
