package email_test

import (
	"testing"
	"unicode/utf16"

	"github.com/wlangage/wl/stdlib/email"
)

// The scripts that may reach the spool are seen whatever the spelling
// (case, accents, English names, UTF-16); a synchronous mail script is not.
func TestMayUseSpool(t *testing.T) {
	yes := []string{
		"s est un emailSessionSMTP\ns.Asynchrone = Vrai",
		"s est un emailSMTPSession\ns.asynchronous = True",
		"s.Asynchrone = emailAsynchrone",
		"Trace(EmailEtat(3))",
		"Trace(émailétat(3))",
		"Trace(EmailStatus(id))",
		`EmailOuvreSessionSMTP("u", "h", 25, Vrai)`,
		`EmailOuvreSessionSMTP("u", "p", "h", 25, x)`,
		`EmailStartSMTPSession("u", "h", (25), b)`,
		`EmailOuvreSessionSMTP("u", "h", f(1, 2), Vrai)`,
		`EmailOuvreSession("u", "p", "pop", "smtp", 110, 25, Vrai)`,
		`EmailStartSession("u", "p", "pop", "smtp", 110, 25, 1)`,
		"p est une Procédure = EmailOuvreSessionSMTP", // the function as a value
		"EmailOuvreSessionSMTP(\"u\", \"h\", 25,",     // cut short
		"// Asynchrone dans un commentaire",
	}
	no := []string{
		"Trace(0)",
		"s est un emailSessionSMTP\ns.AdresseServeur = \"h\"\nSI s.OuvreSession() ALORS Trace(1)",
		`EmailOuvreSessionSMTP("u", "h")`,
		`EmailOuvreSessionSMTP("u", "p", "h", 587)`,
		`EmailOuvreSessionSMTP("a,b)", "h")`,
		`EmailOuvreSession(s)`,
		`EmailOuvreSession("u", "p", "pop", "smtp", 110, 25)`,
		`EmailOuvreSessionIMAP("u", "p", "h", 143, x)`,
		"EmailLitPremier(s)\nEmailEnvoieMessage()",
	}
	for _, src := range yes {
		if !email.MayUseSpool([]byte(src)) {
			t.Errorf("MayUseSpool(%q) = false", src)
		}
	}
	for _, src := range no {
		if email.MayUseSpool([]byte(src)) {
			t.Errorf("MayUseSpool(%q) = true", src)
		}
	}
	// UTF-16 (with its byte-order mark), as WinDev may save a script.
	u := utf16.Encode([]rune("Trace(EmailEtat(1))"))
	b := []byte{0xff, 0xfe}
	for _, c := range u {
		b = append(b, byte(c), byte(c>>8))
	}
	if !email.MayUseSpool(b) {
		t.Error("MayUseSpool misses a UTF-16 script")
	}
}
