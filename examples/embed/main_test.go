package main

import (
	"bytes"
	"testing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	want := "Sortie de Trace capturée :\n" +
		"Double de 1 : 2\n" +
		"Double de 2 : 4\n" +
		"Double de 3 : 6\n" +
		"Total : 42\n"
	if got := out.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
