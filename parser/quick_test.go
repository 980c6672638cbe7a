package parser

import "testing"

func TestQuick(t *testing.T) {
	src := "// c\nx est un entier = 5\nSI x = 5 ALORS\n\tTrace(\"oui\")\nSINON SI x > 2 ALORS\n Trace(2)\nSINON\n Trace(3)\nFIN\nPOUR i = 1 À 10 PAS 2\n x += i\nFIN\nPROCÉDURE f(a, b est un entier = 2) : entier\nRENVOYER a + b\n"
	f, err := Parse("q.wl", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Main) != 3 || len(f.Procs) != 1 {
		t.Fatalf("main=%d procs=%d", len(f.Main), len(f.Procs))
	}
	_, err = Parse("e.wl", "SI x = 1\n Trace(1)\nFIN\n")
	t.Log(err)
	_, err = Parse("e.wl", "x = (1 + \n")
	t.Log(err)
	_, err = Parse("e.wl", "POUR i = 1 A 3\n Trace(i)\n")
	t.Log(err)
}
