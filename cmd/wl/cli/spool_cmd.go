package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// spoolCmd runs wl spool SUBCOMMAND: in this program when it links the
// spool (RegisterSpool), else in wl-spool.
func (e *Env) spoolCmd(args []string) int {
	if spoolSupport == nil {
		return e.handOver(langHint(args), "spool", append([]string{"spool"}, args...), nil)
	}
	return spoolSupport.Command(e, args)
}

// signalContext is e.Context, or a context that SIGINT and SIGTERM cancel.
func (e *Env) signalContext() (context.Context, context.CancelFunc) {
	if e.Context != nil {
		return context.WithCancel(e.Context)
	}
	return signalContext()
}

// signalContext returns a context that the first SIGINT or SIGTERM
// cancels; the next one gets the default action (the process ends).
func signalContext() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	watchSignals(ctx, cancel)
	return ctx, cancel
}

// lateSignalContext is signalContext with the watch set up only after
// delay: os/signal starts a thread for the signal mask and hands each
// signal to it, which took a fifth of the start-up of `wl run` on a small
// script (issue 10). A command that ends within delay never pays it;
// until then SIGINT and SIGTERM keep their default action, as they have
// while wl starts and compiles.
func lateSignalContext(delay time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	t := time.AfterFunc(delay, func() {
		if ctx.Err() == nil {
			watchSignals(ctx, cancel)
		}
	})
	return ctx, func() {
		t.Stop()
		cancel()
	}
}

// watchSignals calls cancel at the first SIGINT or SIGTERM, then gives
// the signals back their default action; the watch ends with ctx.
func watchSignals(ctx context.Context, cancel context.CancelFunc) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case <-ch:
			cancel()
		case <-ctx.Done():
		}
		signal.Stop(ch)
	}()
}

const spoolHelpFR = `wl spool : la file d'attente durable des emails asynchrones.

  wl spool serve [--http ADRESSE [--http-token JETON]]   envoie en continu (et sert la page web)
  wl spool drain                       essaie tout de suite chaque message en attente, puis s'arrête
  wl spool list [--state en-attente|envoye|erreur] [--json]
  wl spool retry ID | --erreurs        remet en attente un message (ou tous ceux en erreur)
  wl spool purge --envoyes | --erreurs | ID
  wl spool migrate                     met à jour le schéma du spool

Options communes : --spool FICHIER|postgres://URL (sinon $WL_SPOOL, sinon
$XDG_STATE_HOME/wl/spool.db), --lang fr|en. serve et drain : --smtp-relay,
--smtp-ca, --smtp-allow-plaintext-auth, --retention DURÉE (7 jours),
--duree-de-vie DURÉE (5 jours), -v (journal sur la sortie d'erreur).

Le spool est dans le programme wl-spool, installé à côté de wl (go install
./cmd/...) : wl lui passe ces commandes, et les scripts qui peuvent envoyer
en mode asynchrone ou appeler EmailEtat.
`

const spoolHelpEN = `wl spool: the durable queue of asynchronous e-mail.

  wl spool serve [--http ADDRESS [--http-token TOKEN]]   deliver continuously (and serve the web page)
  wl spool drain                       try every pending message now, then exit
  wl spool list [--state en-attente|envoye|erreur] [--json]
  wl spool retry ID | --erreurs        queue a message again (or every failed one)
  wl spool purge --envoyes | --erreurs | ID
  wl spool migrate                     upgrade the spool's schema

Common options: --spool FILE|postgres://URL (else $WL_SPOOL, else
$XDG_STATE_HOME/wl/spool.db), --lang fr|en. serve and drain: --smtp-relay,
--smtp-ca, --smtp-allow-plaintext-auth, --retention DURATION (7 days),
--lifetime DURATION (5 days), -v (log on standard error).

The spool lives in the wl-spool program, installed beside wl (go install
./cmd/...): wl hands it these commands, and the scripts that may send
asynchronously or call EmailEtat.
`
