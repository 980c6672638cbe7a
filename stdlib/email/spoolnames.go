package email

import (
	"strings"

	"github.com/wlangage/wl/lexer"
)

// spoolNames are the folded names through which a script can reach the
// spool: the functions and the type that open an SMTP session (which may
// be asynchronous) and EmailEtat (which asks the spool about identifiers
// of earlier runs). "EMAILOUVRESESSION" also covers EmailOuvreSessionSMTP
// and EmailOuvreSessionIMAP.
var spoolNames = [...]string{
	"EMAILOUVRESESSION", "EMAILSTARTSESSION", "EMAILSTARTSMTPSESSION",
	"EMAILSESSIONSMTP", "EMAILSMTPSESSION",
	"EMAILETAT", "EMAILSTATUS",
}

// MayUseSpool reports whether the source of a script may reach the spool
// (asynchronous mode, EmailEtat). It reads the folded text, comments and
// strings included, so it may answer yes for a script that never does;
// it never answers no for one that can, since no WLangage construct calls
// a built-in or declares a variable of a built-in type without writing its
// name (an indirection names variables only). The wl command runs the
// scripts it answers yes for in wl-spool, which links the spool.
func MayUseSpool(src []byte) bool {
	folded := lexer.Fold(string(src))
	for _, n := range spoolNames {
		if strings.Contains(folded, n) {
			return true
		}
	}
	return false
}
