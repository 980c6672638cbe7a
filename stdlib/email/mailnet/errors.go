package mailnet

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// Error is the error of every reading-session operation.
type Error struct {
	Protocol string // "POP3" or "IMAP"
	Op       string // "connect", "tls", "auth", "read", "delete", ...
	Kind     mailtls.Kind
	Server   string // "host:port" as the script named it
	Detail   string // the server's text, or a short description
	Address  string // the user concerned, if any
	Timeout  time.Duration
	Size     int64 // mailtls.KindTooLarge: the limit
	Err      error
}

// Error returns Message("fr").
func (e *Error) Error() string { return e.Message("fr") }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Message describes the failure in one sentence, in French (lang "fr") or
// English ("en"), naming the protocol, the server and the server's reply.
func (e *Error) Message(lang string) string {
	p, srv := e.Protocol, e.Server
	switch e.Kind {
	case mailtls.KindReply:
		what := diag.Tr(lang, "a répondu par une erreur", "answered with an error")
		switch e.Op {
		case "connect", "tls":
			what = mailtls.Refusal(e.Op, lang)
		case "auth":
			what = diag.Tr(lang, "a refusé l'authentification de ", "rejected the authentication of ") + e.Address
		case "delete":
			what = diag.Tr(lang, "a refusé la suppression du message", "refused to delete the message")
		case "folder":
			what = diag.Tr(lang, "a refusé l'opération sur le dossier", "refused the folder operation")
		}
		return fmt.Sprintf(diag.Tr(lang, "Le serveur %s %s %s : %s", "%s server %s %s: %s"), p, srv, what, oneLine(e.Detail))
	case mailtls.KindConnect:
		return fmt.Sprintf(diag.Tr(lang, "Impossible de se connecter au serveur %s %s : %s", "Cannot connect to %s server %s: %s"), p, srv, mailtls.ConnectReason(e.Err, "", lang))
	case mailtls.KindTimeout:
		return fmt.Sprintf(diag.Tr(lang, "Délai dépassé (%s) avec le serveur %s %s (étape %s)", "Timed out (%s) with %s server %s (%s step)"),
			mailtls.FormatDuration(e.Timeout, lang), p, srv, stepName(e.Op, lang))
	case mailtls.KindCertificate:
		return fmt.Sprintf(diag.Tr(lang, "Certificat du serveur %s %s non valide : %s", "Invalid certificate for %s server %s: %s"), p, srv, mailtls.CertReason(e.Err, lang))
	case mailtls.KindTLS:
		var rh tls.RecordHeaderError
		if errors.As(e.Err, &rh) {
			return fmt.Sprintf(diag.Tr(lang, "Échec de la négociation TLS avec le serveur %s %s : le serveur ne parle pas TLS sur ce port",
				"TLS negotiation with %s server %s failed: the server does not speak TLS on this port"), p, srv)
		}
		return fmt.Sprintf(diag.Tr(lang, "Échec de la négociation TLS avec le serveur %s %s : %s", "TLS negotiation with %s server %s failed: %s"), p, srv, e.detailOrErr())
	case mailtls.KindNoStartTLS:
		return fmt.Sprintf(diag.Tr(lang, "Le serveur %s %s ne propose pas STARTTLS : session abandonnée, aucun identifiant n'a été envoyé",
			"%s server %s does not offer STARTTLS: session abandoned, no credentials were sent"), p, srv)
	case mailtls.KindInsecureAuth:
		return fmt.Sprintf(diag.Tr(lang, "Authentification refusée : la connexion au serveur %s %s n'est pas chiffrée ; utilisez optionTLS ou emailProtocoleSMTPS (STARTTLS) pour envoyer un mot de passe",
			"Authentication refused: the connection to %s server %s is not encrypted; use optionTLS or emailProtocoleSMTPS (STARTTLS) to send a password"), p, srv)
	case mailtls.KindInvalid:
		if e.Detail == "no server" {
			return fmt.Sprintf(diag.Tr(lang, "Impossible d'ouvrir la session %s : l'adresse du serveur (AdresseServeur) n'est pas renseignée",
				"Cannot start the %s session: the server address (ServerAddress) is not set"), p)
		}
		if e.Detail == "control" {
			return fmt.Sprintf(diag.Tr(lang, "Impossible d'ouvrir la session %s : le serveur ou le nom d'utilisateur contient un caractère de contrôle (CR, LF ou NUL)",
				"Cannot start the %s session: the server or the user name holds a control character (CR, LF or NUL)"), p)
		}
		return fmt.Sprintf(diag.Tr(lang, "Paramètre invalide pour la session %s : %s", "Invalid parameter for the %s session: %s"), p, e.Detail)
	case mailtls.KindClosed:
		if errors.Is(e.Err, ErrSessionClosed) {
			return fmt.Sprintf(diag.Tr(lang, "La session %s avec le serveur %s est fermée", "The %s session with server %s is closed"), p, srv)
		}
		return fmt.Sprintf(diag.Tr(lang, "Le serveur %s %s a fermé la connexion de façon inattendue (étape %s)", "%s server %s closed the connection unexpectedly (%s step)"), p, srv, stepName(e.Op, lang))
	case mailtls.KindCanceled:
		return fmt.Sprintf(diag.Tr(lang, "Opération annulée avec le serveur %s %s (étape %s)", "Operation cancelled with %s server %s (%s step)"), p, srv, stepName(e.Op, lang))
	case mailtls.KindTooLarge:
		if e.Op == "read" || e.Op == "header" {
			return fmt.Sprintf(diag.Tr(lang, "Message refusé : il dépasse la taille maximale de %s (serveur %s %s) ; il n'a pas été lu",
				"Message refused: it exceeds the size limit of %s (%s server %s); it was not read"), formatSize(e.Size), p, srv)
		}
		return fmt.Sprintf(diag.Tr(lang, "Réponse du serveur %s %s trop longue (plus de %s, étape %s) : connexion coupée",
			"Reply of %s server %s too long (over %s, %s step): connection cut"), p, srv, formatSize(e.Size), stepName(e.Op, lang))
	case mailtls.KindProtocol:
		return fmt.Sprintf(diag.Tr(lang, "Réponse incompréhensible du serveur %s %s (étape %s) : %s", "Unintelligible reply from %s server %s (%s step): %s"),
			p, srv, stepName(e.Op, lang), oneLine(e.detailOrErr()))
	case mailtls.KindNoAuth:
		return fmt.Sprintf(diag.Tr(lang, "Le serveur %s %s ne propose aucune méthode d'authentification utilisable (%s)",
			"%s server %s offers no usable authentication method (%s)"), p, srv, e.Detail)
	}
	return fmt.Sprintf(diag.Tr(lang, "Erreur avec le serveur %s %s (étape %s) : %s", "Error with %s server %s (%s step): %s"), p, srv, stepName(e.Op, lang), oneLine(e.detailOrErr()))
}

func (e *Error) detailOrErr() string { return mailtls.DetailOrErr(e.Detail, e.Err) }

// oneLine keeps a server's text printable and short.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)), " ")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

func stepName(op string, lang string) string { return mailtls.StepName(op, lang, readSteps) }

// readSteps are the steps of a reading session (POP3 or IMAP).
var readSteps = []mailtls.Step{
	{Op: "auth", Name: "authentification", EN: "authentication"},
	{Op: "read", Name: "lecture d'un message", EN: "reading a message"},
	{Op: "header", Name: "lecture d'un entête", EN: "reading a header"},
	{Op: "list", Name: "liste des messages", EN: "message list"},
	{Op: "delete", Name: "suppression", EN: "deletion"},
	{Op: "quit", Name: "fermeture", EN: "logout"},
	{Op: "folder", Name: "dossier", EN: "folder"},
	{Op: "flags", Name: "indicateurs", EN: "flags"},
	{Op: "search", Name: "recherche", EN: "search"},
}

func formatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " Mo"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " Ko"
	}
	return strconv.FormatInt(n, 10) + " o"
}

// ErrSessionClosed is the cause recorded for a session used after Close.
var ErrSessionClosed = errors.New("mailnet: session closed")

// Classify turns a failure of step op into an *Error.
func Classify(ctx context.Context, cfg *Config, op string, err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	e = &Error{Protocol: cfg.Protocol, Op: op, Server: cfg.Server(), Err: err, Address: cfg.User}
	if ctx != nil && ctx.Err() != nil {
		e.Kind = mailtls.KindCanceled
		return e
	}
	if errors.Is(err, ErrTooLarge) {
		e.Kind = mailtls.KindTooLarge
		e.Size = cfg.MaxSizeOrDefault()
		return e
	}
	e.Kind = mailtls.TransportKind(err, op, ErrSessionClosed)
	if e.Kind == mailtls.KindOther && errors.Is(err, context.DeadlineExceeded) {
		e.Kind = mailtls.KindTimeout
	}
	switch e.Kind {
	case mailtls.KindTimeout:
		e.Timeout = cfg.TimeoutOrDefault()
	case mailtls.KindOther:
		e.Detail = err.Error()
	}
	return e
}
