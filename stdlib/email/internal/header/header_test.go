package header

import (
	"errors"
	"testing"
)

func TestCheck(t *testing.T) {
	if err := Check("Sujet", "Bonjour à tous"); err != nil {
		t.Fatal(err)
	}
	for bad, char := range map[string]string{"a\rb": "CR", "a\nBcc: x@y": "LF", "a\x00": "NUL"} {
		err := Check("Sujet", bad)
		var he *Error
		if !errors.As(err, &he) || he.Char != char || he.Field != "Sujet" {
			t.Errorf("%q: %v", bad, err)
			continue
		}
		if he.Message("en") == he.Message("fr") {
			t.Errorf("%q: same text in both languages", bad)
		}
	}
}
