package cli

import (
	"strings"
	"testing"

	"github.com/wlangage/wl/runtime"
	wlconsole "github.com/wlangage/wl/stdlib/console"
)

// Saisie's direct syntax from standard input (3021016): a line for the
// value, a line for the button (number or caption, empty: default, end
// of input: cancel).
func TestStdinInputButtons3021016(t *testing.T) {
	q := wlconsole.InputQuestion{Question: "Combien ?", Current: runtime.Int(4),
		Buttons: []string{"Valider", "Plus tard", "Annuler"}, Default: 1, Cancel: 3}
	for _, c := range []struct {
		in     string
		val    string
		button int
	}{
		{"7\n2\n", "7", 2},
		{"\nplus TARD\n", "4", 2},
		{"8\n\n", "8", 1},
		{"8\n9\n", "8", 1},
		{"8\n", "8", 3},
		{"", "4", 3},
	} {
		var prompt strings.Builder
		d := stdinDialogs(strings.NewReader(c.in), &prompt, "fr")
		v, n, err := d.InputButtons(nil, q)
		if err != nil || v.Text() != c.val || n != c.button {
			t.Errorf("%q: %v %d %v, want %s %d", c.in, v, n, err, c.val, c.button)
		}
		if !strings.Contains(prompt.String(), "Combien ?\n[4] ") {
			t.Errorf("%q: prompt %q", c.in, prompt.String())
		}
	}
}
