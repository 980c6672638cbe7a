// Package queue is the contract between the asynchronous e-mail mode
// (stdlib/email) and the durable spool that implements it
// (stdlib/email/spool): the message handed over, its state, the errors,
// and the two operations a script needs. It links nothing else, so that
// a program that runs scripts without a spool (the wl command) does not
// link River, SQLite and pgx through the e-mail functions (issue 10).
package queue

import (
	"context"
	"errors"
	"time"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/stdlib/email/mailtls"
)

// Server is what a queued message remembers of its session: where and
// how to deliver it. The spool stores it encrypted (credentials included).
type Server struct {
	Host     string           `json:"h"`
	Port     int              `json:"p"`
	Security mailtls.Security `json:"s"`
	Ignore   mailtls.Ignore   `json:"i"`
	User     string           `json:"u,omitempty"`
	Password string           `json:"w,omitempty"`
	Token    string           `json:"t,omitempty"`
	Timeout  time.Duration    `json:"o"`
}

// Message is one message to queue: the built MIME message, its envelope and
// its session's settings.
type Message struct {
	From      string
	To        []string
	Data      []byte
	MessageID string
	Subject   string
	Server    Server
}

// State is the WLangage view of a message (EmailEtat).
type State int

// The states of EmailEtat.
const (
	Pending State = 1 // emailEnAttente: queued, being sent or waiting for a retry
	Sent    State = 2 // emailEnvoyé
	Failed  State = 3 // emailErreur: final
)

// Name is the state as list and the web page print it.
func (s State) Name(lang string) string {
	switch s {
	case Pending:
		return diag.Tr(lang, "en-attente", "pending")
	case Sent:
		return diag.Tr(lang, "envoye", "sent")
	case Failed:
		return diag.Tr(lang, "erreur", "error")
	}
	return "?"
}

// Status is the state of one message and its last server reply.
type Status struct {
	State  State
	Code   int    // last SMTP reply code (0: none)
	FR, EN string // last reply or failure, French and English
}

// ErrUnknown is returned for an identifier the spool does not hold.
var ErrUnknown = errors.New("unknown identifier")

// Error is a spool failure with a French and an English text.
type Error struct {
	FR, EN string
	Err    error
}

func (e *Error) Error() string { return e.EN }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Message returns the text in lang ("fr" default, "en").
func (e *Error) Message(lang string) string {
	return diag.Tr(lang, e.FR, e.EN)
}

// Queue is an open spool as a script sees it.
type Queue interface {
	// Submit commits m and returns its identifier, valid across runs.
	Submit(ctx context.Context, m Message) (int64, error)
	// Status returns the state of message id, or ErrUnknown.
	Status(ctx context.Context, id int64) (Status, error)
}

// Opener opens the queue of a run at its first use (a script that never
// sends asynchronously touches no file).
type Opener interface {
	Queue(ctx context.Context) (Queue, error)
}
