package smtpx

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/stdlib/email/internal/header"
	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// RcptError is the server's refusal of one recipient.
type RcptError struct {
	Address   string
	Code      int
	Enhanced  [3]int // {0,0,0} when the server sent no enhanced code
	Temporary bool   // 4xx reply
	Detail    string // the server's text
}

// Error is the error returned by Open, Session.Send, Session.Close and
// CheckHeaderValue.
type Error struct {
	// Op is the step that failed: "connect", "tls", "auth", "mail",
	// "rcpt", "data" or "quit".
	Op string
	// Kind classifies the failure.
	Kind mailtls.Kind
	// Server is the server as the script named it, "host:port".
	Server string
	// Code is the SMTP reply code (0 if the server did not answer).
	Code int
	// Enhanced is the enhanced status code, {0,0,0} when absent.
	Enhanced [3]int
	// Temporary is true for a 4xx reply, and for a timeout, a failed
	// connection or a lost connection: trying again later may succeed.
	Temporary bool
	// Detail is the server's text for a reply, otherwise a short
	// description (the offending character for KindInvalid, the missing
	// extension for KindUnsupported).
	Detail string
	// Address is the sender, recipient or user name concerned, if any.
	Address string
	// Field names the header field refused by CheckHeaderValue.
	Field string
	// Recipients lists every refused recipient when Op is "rcpt" and
	// Kind is KindReply. If any recipient is refused the message is sent
	// to nobody (RSET).
	Recipients []RcptError
	// Timeout is the time limit that elapsed, for KindTimeout.
	Timeout time.Duration
	// Err is the underlying error, if any.
	Err error

	writing  bool // mailtls.KindTimeout: the limit elapsed while writing
	accepted int  // Op "rcpt": number of recipients the server had accepted
}

// Error returns Message("fr").
func (e *Error) Error() string { return e.Message("fr") }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Message returns a one-sentence description of the failure in French (lang
// "fr", the default) or English (lang "en"). It names the server, the SMTP
// reply code and the enhanced status code when there is one.
func (e *Error) Message(lang string) string {
	srv := e.Server
	switch e.Kind {
	case mailtls.KindReply:
		return e.replyMessage(lang)
	case mailtls.KindConnect:
		return fmt.Sprintf(diag.Tr(lang, "Impossible de se connecter au serveur SMTP %s : %s", "Cannot connect to SMTP server %s: %s"),
			srv, mailtls.ConnectReason(e.Err, e.Detail, lang))
	case mailtls.KindTimeout:
		d := mailtls.FormatDuration(e.Timeout, lang)
		switch {
		case e.Op == "connect" && e.Code == 0 && errors.Is(e.Err, errDial):
			return fmt.Sprintf(diag.Tr(lang, "Délai dépassé (%s) lors de la connexion au serveur SMTP %s", "Timed out (%s) connecting to SMTP server %s"), d, srv)
		case e.Op == "tls":
			return fmt.Sprintf(diag.Tr(lang, "Délai dépassé (%s) lors de la négociation TLS avec le serveur SMTP %s", "Timed out (%s) negotiating TLS with SMTP server %s"), d, srv)
		case e.writing:
			return fmt.Sprintf(diag.Tr(lang, "Délai dépassé (%s) lors de l'envoi de données au serveur SMTP %s (étape %s)", "Timed out (%s) sending data to SMTP server %s (%s step)"), d, srv, stepName(e.Op, lang))
		}
		return fmt.Sprintf(diag.Tr(lang, "Délai dépassé (%s) en attendant la réponse du serveur SMTP %s (étape %s)", "Timed out (%s) waiting for the reply of SMTP server %s (%s step)"), d, srv, stepName(e.Op, lang))
	case mailtls.KindCertificate:
		return fmt.Sprintf(diag.Tr(lang, "Certificat du serveur SMTP %s non valide : %s", "Invalid certificate for SMTP server %s: %s"), srv, mailtls.CertReason(e.Err, lang))
	case mailtls.KindTLS:
		var rh tls.RecordHeaderError
		if errors.As(e.Err, &rh) {
			return fmt.Sprintf(diag.Tr(lang, "Échec de la négociation TLS avec le serveur SMTP %s : le serveur ne parle pas TLS sur ce port (emailProtocoleSMTPS plutôt que optionTLS ?)",
				"TLS negotiation with SMTP server %s failed: the server does not speak TLS on this port (emailProtocoleSMTPS rather than optionTLS?)"), srv)
		}
		if errors.Is(e.Err, errInjection) {
			return fmt.Sprintf(diag.Tr(lang, "Échec de la négociation TLS avec le serveur SMTP %s : le serveur a envoyé des données non sollicitées après sa réponse à STARTTLS",
				"TLS negotiation with SMTP server %s failed: the server sent unsolicited data after its STARTTLS reply"), srv)
		}
		return fmt.Sprintf(diag.Tr(lang, "Échec de la négociation TLS avec le serveur SMTP %s : %s", "TLS negotiation with SMTP server %s failed: %s"), srv, e.detailOrErr())
	case mailtls.KindNoStartTLS:
		return fmt.Sprintf(diag.Tr(lang, "Le serveur SMTP %s ne propose pas STARTTLS (emailProtocoleSMTPS) : session abandonnée, aucun identifiant n'a été envoyé",
			"SMTP server %s does not offer STARTTLS (emailProtocoleSMTPS): session abandoned, no credentials were sent"), srv)
	case mailtls.KindInsecureAuth:
		return fmt.Sprintf(diag.Tr(lang, "Authentification refusée : la connexion au serveur SMTP %s n'est pas chiffrée ; utilisez emailProtocoleSMTPS (STARTTLS) ou optionTLS pour envoyer un mot de passe, ou autorisez-le explicitement (wl run --smtp-allow-plaintext-auth)",
			"Authentication refused: the connection to SMTP server %s is not encrypted; use emailProtocoleSMTPS (STARTTLS) or optionTLS to send a password, or allow it explicitly (wl run --smtp-allow-plaintext-auth)"), srv)
	case mailtls.KindInvalid:
		return e.invalidMessage(lang)
	case mailtls.KindUnsupported:
		if e.Detail == "SMTPUTF8" {
			return fmt.Sprintf(diag.Tr(lang, "Le serveur SMTP %s n'accepte pas les adresses internationalisées (SMTPUTF8) : %s", "SMTP server %s does not accept internationalized addresses (SMTPUTF8): %s"), srv, quoteAddr(e.Address))
		}
		return fmt.Sprintf(diag.Tr(lang, "Le serveur SMTP %s ne prend pas en charge l'extension %s", "SMTP server %s does not support the %s extension"), srv, e.Detail)
	case mailtls.KindClosed:
		if errors.Is(e.Err, errBroken) {
			return fmt.Sprintf(diag.Tr(lang, "La session SMTP avec le serveur %s a été interrompue par une erreur précédente ; ouvrez une nouvelle session", "The SMTP session with server %s was interrupted by an earlier error; open a new session"), srv)
		}
		if e.Err == nil || errors.Is(e.Err, errClosed) {
			return fmt.Sprintf(diag.Tr(lang, "La session SMTP avec le serveur %s est fermée", "The SMTP session with server %s is closed"), srv)
		}
		return fmt.Sprintf(diag.Tr(lang, "Le serveur SMTP %s a fermé la connexion de façon inattendue (étape %s)", "SMTP server %s closed the connection unexpectedly (%s step)"), srv, stepName(e.Op, lang))
	case mailtls.KindTooLong:
		return fmt.Sprintf(diag.Tr(lang, "Le serveur SMTP %s a envoyé une réponse trop longue (étape %s ; au plus %d octets par ligne et %d par réponse) : connexion fermée",
			"SMTP server %s sent a reply that is too long (%s step; at most %d bytes a line and %d a reply): connection closed"), srv, stepName(e.Op, lang), MaxReplyLine, MaxReply)
	case mailtls.KindCanceled:
		return fmt.Sprintf(diag.Tr(lang, "Opération annulée avec le serveur SMTP %s (étape %s)", "Operation cancelled with SMTP server %s (%s step)"), srv, stepName(e.Op, lang))
	}
	return fmt.Sprintf(diag.Tr(lang, "Erreur avec le serveur SMTP %s (étape %s) : %s", "Error with SMTP server %s (%s step): %s"), srv, stepName(e.Op, lang), e.detailOrErr())
}

func (e *Error) detailOrErr() string { return mailtls.DetailOrErr(e.Detail, e.Err) }

// replyMessage describes a server refusal.
func (e *Error) replyMessage(lang string) string {
	if e.Op == "rcpt" && len(e.Recipients) > 0 {
		var b strings.Builder
		if len(e.Recipients) == 1 {
			r := e.Recipients[0]
			fmt.Fprintf(&b, diag.Tr(lang, "Le serveur SMTP %s a refusé le destinataire %s : %s", "SMTP server %s rejected the recipient %s: %s"),
				e.Server, quoteAddr(r.Address), replyText(r.Code, r.Enhanced, r.Detail, r.Temporary, lang))
		} else {
			fmt.Fprintf(&b, diag.Tr(lang, "Le serveur SMTP %s a refusé %d destinataires : ", "SMTP server %s rejected %d recipients: "), e.Server, len(e.Recipients))
			for i, r := range e.Recipients {
				if i > 0 {
					b.WriteString(" ; ")
				}
				fmt.Fprintf(&b, diag.Tr(lang, "%s : %s", "%s: %s"), quoteAddr(r.Address), replyText(r.Code, r.Enhanced, r.Detail, r.Temporary, lang))
			}
		}
		if e.accepted > 0 {
			b.WriteString(diag.Tr(lang, " ; le message n'a été envoyé à aucun destinataire", "; the message was sent to no recipient"))
		}
		return b.String()
	}
	what := textAt(stepRefusals, e.Op, lang)
	switch {
	case e.Op == "connect" || e.Op == "tls":
		what = mailtls.Refusal(e.Op, lang)
	case e.Op == "auth" && e.Address != "":
		what += diag.Tr(lang, " de ", " of ") + e.Address
	case e.Op == "mail" || e.Op == "rcpt":
		what += " " + quoteAddr(e.Address)
	case what == "":
		what = diag.Tr(lang, "a répondu par une erreur", "answered with an error")
	}
	return fmt.Sprintf(diag.Tr(lang, "Le serveur SMTP %s %s : %s", "SMTP server %s %s: %s"), e.Server, what, replyText(e.Code, e.Enhanced, e.Detail, e.Temporary, lang))
}

// replyText formats "550 5.1.1 User unknown (erreur permanente)".
func replyText(code int, enh [3]int, detail string, temp bool, lang string) string {
	var b strings.Builder
	if code != 0 {
		b.WriteString(strconv.Itoa(code))
	}
	if enh != [3]int{} {
		fmt.Fprintf(&b, " %d.%d.%d", enh[0], enh[1], enh[2])
	}
	if d := strings.Join(strings.Fields(detail), " "); d != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d)
	}
	switch {
	case temp && diag.English(lang):
		b.WriteString(" (temporary error)")
	case temp:
		b.WriteString(" (erreur temporaire)")
	case diag.English(lang):
		b.WriteString(" (permanent error)")
	default:
		b.WriteString(" (erreur permanente)")
	}
	return strings.TrimSpace(b.String())
}

// invalidMessage describes a value refused locally.
func (e *Error) invalidMessage(lang string) string {
	char := ""
	if e.Detail != "" && e.Detail != "long" {
		char = header.CharName(e.Detail, lang)
	}
	if e.Field != "" {
		return fmt.Sprintf(diag.Tr(lang, "Valeur invalide pour le champ %s : elle contient %s ; rien n'a été envoyé", "Invalid value for the %s field: it contains %s; nothing was sent"), e.Field, char)
	}
	who := textAt(addressRoles, e.Op, lang)
	if who == "" {
		who = textAt(addressRoles, "rcpt", lang)
	}
	if e.Detail == "long" {
		return fmt.Sprintf(diag.Tr(lang, "Adresse %s trop longue (%d caractères) : la commande SMTP dépasserait %d octets ; rien n'a été envoyé",
			"The %s address is too long (%d characters): the SMTP command would exceed %d bytes; nothing was sent"), who, len(e.Address), MaxCommandLine)
	}
	if e.Detail == "" {
		if e.Op == "rcpt" && e.Address == "" {
			return diag.Tr(lang, "Aucun destinataire : rien n'a été envoyé", "No recipient: nothing was sent")
		}
		return fmt.Sprintf(diag.Tr(lang, "Valeur invalide %s : %s", "Invalid %s: %s"), who, e.detailOrErr())
	}
	return fmt.Sprintf(diag.Tr(lang, "Adresse %s invalide %q : elle contient %s ; rien n'a été envoyé", "Invalid %s address %q: it contains %s; nothing was sent"), who, e.Address, char)
}

// stepRefusals say what the server refused at each step, in "Le serveur
// SMTP x … : reply". The address concerned follows those of auth, mail
// and rcpt.
var stepRefusals = []stepText{
	{"auth", diag.Text{FR: "a refusé l'authentification", EN: "rejected the authentication"}},
	{"mail", diag.Text{FR: "a refusé l'expéditeur", EN: "rejected the sender"}},
	{"rcpt", diag.Text{FR: "a refusé le destinataire", EN: "rejected the recipient"}},
	{"data", diag.Text{FR: "a refusé le message", EN: "rejected the message"}},
	{"quit", diag.Text{FR: "a répondu à QUIT par une erreur", EN: "answered QUIT with an error"}},
}

// addressRoles name, by step, whose address a value refused locally was.
var addressRoles = []stepText{
	{"mail", diag.Text{FR: "de l'expéditeur", EN: "sender"}},
	{"auth", diag.Text{FR: "de l'utilisateur", EN: "user"}},
	{"rcpt", diag.Text{FR: "du destinataire", EN: "recipient"}},
}

// stepText is a message fragment said at one step. Tables of them are
// slices, not maps, so that they cost nothing at start-up.
type stepText struct {
	op   string
	text diag.Text
}

// textAt returns list's fragment for step op in lang; "" when it has none.
func textAt(list []stepText, op, lang string) string {
	for _, s := range list {
		if s.op == op {
			return s.text.In(lang)
		}
	}
	return ""
}

// stepName names a step in a message.
func stepName(op string, lang string) string { return mailtls.StepName(op, lang, smtpSteps) }

// smtpSteps are the steps of a sending session, named by their command
// in both languages.
var smtpSteps = []mailtls.Step{
	{Op: "auth", Name: "AUTH"},
	{Op: "mail", Name: "MAIL FROM"},
	{Op: "rcpt", Name: "RCPT TO"},
	{Op: "data", Name: "DATA"},
	{Op: "quit", Name: "QUIT"},
}

func quoteAddr(a string) string { return "<" + a + ">" }

var (
	// errDial marks a failure of the dial itself.
	errDial = mailtls.ErrDial
	// errClosed is the cause recorded for a session used after Close.
	errClosed = errors.New("smtpx: session closed")
	// errBroken is the cause recorded for a session used after a failure
	// that left its connection unusable.
	errBroken = errors.New("smtpx: session interrupted by an earlier error")
	// errInjection: the server sent more than its reply to STARTTLS.
	errInjection = errors.New("smtpx: server sent data after its STARTTLS reply")
)

// classify turns any failure of step op into an *Error.
func classify(ctx context.Context, op, server string, timeout time.Duration, err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	e = &Error{Op: op, Server: server, Err: err}
	if ctx != nil && ctx.Err() != nil {
		e.Kind = mailtls.KindCanceled
		e.Err = errors.Join(ctx.Err(), err)
		return e
	}
	var se *smtp.SMTPError
	switch {
	case errors.As(err, &se):
		e.Kind = mailtls.KindReply
		e.Code = se.Code
		if se.EnhancedCode != smtp.NoEnhancedCode {
			e.Enhanced = [3]int(se.EnhancedCode)
		}
		e.Temporary = se.Temporary()
		e.Detail = strings.Join(strings.Fields(se.Message), " ")
	case errors.Is(err, errReplyTooLong), errors.Is(err, smtp.ErrTooLongLine):
		e.Kind = mailtls.KindTooLong
	default:
		e.Kind = mailtls.TransportKind(err, op, errClosed, errBroken)
		switch e.Kind {
		case mailtls.KindTimeout:
			e.Timeout = timeout
			e.Temporary = true
			var oe *net.OpError
			e.writing = errors.As(err, &oe) && oe.Op == "write"
		case mailtls.KindConnect, mailtls.KindClosed:
			e.Temporary = true
		case mailtls.KindOther:
			e.Detail = err.Error()
		}
	}
	return e
}

// Every error smtpx returns speaks the project's diagnostic interface.
var _ diag.Error = (*Error)(nil)
