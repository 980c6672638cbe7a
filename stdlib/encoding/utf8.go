package encoding

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// ChaîneVersUTF8 (3024042): the UTF-8 bytes of a chaîne, as a Buffer (a
// Unicode string gives a buffer, says the doc). A Buffer argument is read
// as an ANSI (Windows-1252) string, the doc's other case. The alphabet
// parameter is not taken: wl has no ANSI strings to read in another one.
func chaineVersUTF8(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "chaîne à convertir", &v); err != nil {
		return runtime.Null, err
	}
	if v.Kind() == runtime.KBuffer {
		b, _ := charmap.Windows1252.NewDecoder().Bytes([]byte(v.Text()))
		return runtime.Buffer(b), nil
	}
	return runtime.Buffer([]byte(v.Text())), nil
}

// UTF8VersChaîne (3024043): the chaîne whose UTF-8 bytes are given (a
// Buffer or a chaîne); EOT when they are not UTF-8, as the doc says.
func utf8VersChaine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	if err := c.Unpack(args, "chaîne UTF8 à convertir", &s); err != nil {
		return runtime.Null, err
	}
	if !utf8.ValidString(s) {
		return runtime.Str(wl.EOT), nil
	}
	return runtime.Str(s), nil
}
