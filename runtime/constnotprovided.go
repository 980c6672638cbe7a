package runtime

import (
	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/parser"
	"github.com/wlangage/wl/runtime/windevnames"
)

// codeConstNotProvided is the warning for a WinDev built-in constant of a
// family wl does not provide (hRequêteDéfaut…), then the runtime error if
// it is reached; CodeNotProvided is the same for functions.
const codeConstNotProvided = 9409

// constNotProvided compiles a name that is a WinDev constant wl does not
// provide: a warning now, a runtime error when it is read. It returns
// false when the name is not in the table of WinDev constants.
func (c *compiler) constNotProvided(key, spelled string, pos Position) (compiled, bool) {
	if _, ok := windevnames.LookupConst(key); !ok {
		return compiled{}, false
	}
	fr := "« " + spelled + " » est une constante WinDev que wl ne fournit pas"
	en := "'" + spelled + "' is a WinDev constant that wl does not provide"
	c.warns = append(c.warns, &parser.Error{Pos: pos, Code: codeConstNotProvided, Severity: diag.SeverityWarning, FR: fr, EN: en})
	return compiled{func(f *frame) Value {
		f.run.raise(pos, codeConstNotProvided, fr, en)
		return Null
	}, TypeVariant}, true
}
