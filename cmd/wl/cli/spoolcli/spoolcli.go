package spoolcli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/wlangage/wl/cmd/wl/cli"
	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/stdlib/email/queue"
	"github.com/wlangage/wl/stdlib/email/spool"
	"github.com/wlangage/wl/stdlib/email/spool/web"
)

// spoolCmdFlags are the options of wl spool SUBCOMMAND.
type spoolCmdFlags struct {
	location   string        // --spool
	relay      string        // --smtp-relay
	caFile     string        // --smtp-ca
	allowPlain bool          // --smtp-allow-plaintext-auth
	state      string        // list --state
	json       bool          // list --json
	errors     bool          // retry/purge --erreurs
	sent       bool          // purge --envoyes
	http       string        // serve --http
	token      string        // serve --http-token
	retention  time.Duration // serve/drain --retention
	lifetime   time.Duration // serve/drain --duree-de-vie
	verbose    bool          // serve/drain -v: logs on stderr
}

// command runs wl spool serve|drain|list|retry|purge|migrate.
func command(e *cli.Env, args []string) int {
	lang := cli.LangHint(args)
	// wl spool [--lang L] SUB [options]: leading --lang options come from
	// the global ones.
	var sub string
	var lead []string
	rest := args
	for len(rest) > 0 && cli.IsLangFlag(rest[0]) {
		n := 1
		if !strings.Contains(rest[0], "=") && len(rest) > 1 {
			n = 2
		}
		lead, rest = append(lead, rest[:n]...), rest[n:]
	}
	if len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
		sub, rest = rest[0], rest[1:]
	}
	rest = append(lead, rest...)
	switch sub {
	case "serve", "drain", "list", "retry", "purge", "migrate":
	case "", "help", "aide":
		if sub == "" {
			fmt.Fprint(e.Stderr, cli.SpoolHelp(lang))
			return cli.ExitUsage
		}
		fmt.Fprint(e.Stdout, cli.SpoolHelp(lang))
		return cli.ExitOK
	default:
		return e.UsageError(lang, "spool", fmt.Sprintf("sous-commande inconnue « %s » (serve, drain, list, retry, purge, migrate)", sub),
			fmt.Sprintf("unknown subcommand %q (serve, drain, list, retry, purge, migrate)", sub))
	}
	var f spoolCmdFlags
	fs := cli.NewFlagSet("spool " + sub)
	fs.StringVar(&f.location, "spool", "", "")
	switch sub {
	case "serve", "drain":
		fs.StringVar(&f.relay, "smtp-relay", "", "")
		fs.StringVar(&f.caFile, "smtp-ca", "", "")
		fs.BoolVar(&f.allowPlain, "smtp-allow-plaintext-auth", false, "")
		fs.Var(cli.DurationFlag(&f.retention, &lang), "retention", "")
		fs.Var(cli.DurationFlag(&f.lifetime, &lang), "duree-de-vie", "")
		fs.Var(cli.DurationFlag(&f.lifetime, &lang), "lifetime", "")
		fs.BoolVar(&f.verbose, "v", false, "")
		if sub == "serve" {
			fs.StringVar(&f.http, "http", "", "")
			fs.StringVar(&f.token, "http-token", "", "")
		}
	case "list":
		fs.StringVar(&f.state, "state", "", "")
		fs.StringVar(&f.state, "etat", "", "")
		fs.BoolVar(&f.json, "json", false, "")
	case "retry":
		fs.BoolVar(&f.errors, "erreurs", false, "")
		fs.BoolVar(&f.errors, "errors", false, "")
	case "purge":
		fs.BoolVar(&f.errors, "erreurs", false, "")
		fs.BoolVar(&f.errors, "errors", false, "")
		fs.BoolVar(&f.sent, "envoyes", false, "")
		fs.BoolVar(&f.sent, "sent", false, "")
	}
	if err := fs.Parse(rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(e.Stdout, cli.SpoolHelp(lang))
			return cli.ExitOK
		}
		fr, en := cli.FlagError(lang, err)
		return e.UsageError(lang, "spool "+sub, fr, en)
	}
	if fr, en, ok := fs.CheckLang(); !ok {
		return e.UsageError(lang, "spool "+sub, fr, en)
	}
	lang = fs.Lang()
	pos := fs.Args()
	cmd := "spool " + sub

	// The id argument of retry and purge.
	var id int64
	switch sub {
	case "retry", "purge":
		if len(pos) > 1 || (len(pos) == 1) == (f.errors || f.sent) || (len(pos) == 0 && !f.errors && !f.sent) {
			return e.UsageError(lang, cmd, "un identifiant, ou --erreurs"+map[bool]string{true: " / --envoyes", false: ""}[sub == "purge"]+", attendu",
				"an identifier, or --erreurs"+map[bool]string{true: " / --envoyes", false: ""}[sub == "purge"]+", is expected")
		}
		if len(pos) == 1 {
			n, err := strconv.ParseInt(pos[0], 10, 64)
			if err != nil || n <= 0 {
				return e.UsageError(lang, cmd, fmt.Sprintf("identifiant invalide « %s »", pos[0]), fmt.Sprintf("invalid identifier %q", pos[0]))
			}
			id = n
		}
	default:
		if len(pos) > 0 {
			return e.UsageError(lang, cmd, fmt.Sprintf("argument inattendu « %s »", pos[0]), fmt.Sprintf("unexpected argument %q", pos[0]))
		}
	}
	var filter queue.State
	switch f.state {
	case "":
	case "en-attente", "pending":
		filter = queue.Pending
	case "envoye", "envoyé", "sent":
		filter = queue.Sent
	case "erreur", "error", "failed":
		filter = queue.Failed
	default:
		return e.UsageError(lang, cmd, fmt.Sprintf("--state attend en-attente, envoye ou erreur, reçu « %s »", f.state),
			fmt.Sprintf("--state expects en-attente, envoye or erreur, got %q", f.state))
	}
	if f.http != "" {
		addr, fr, en := httpAddr(f.http)
		if fr != "" {
			return e.UsageError(lang, cmd, fr, en)
		}
		f.http = addr
		if !loopbackAddr(addr) && f.token == "" {
			return e.UsageError(lang, cmd,
				fmt.Sprintf("--http %s n'est pas une adresse de bouclage : --http-token est obligatoire", addr),
				fmt.Sprintf("--http %s is not a loopback address: --http-token is required", addr))
		}
	}

	loc, err := e.SpoolLocation(f.location)
	if err != nil {
		e.Failf(lang, cmd, "spool : "+err.Error(), "spool: "+err.Error())
		return cli.ExitRuntime
	}
	opts := spool.Options{Location: loc, Retention: f.retention, Lifetime: f.lifetime}
	if sub == "serve" || sub == "drain" {
		d, fr, en := e.Delivery(lang, f.relay, f.caFile, f.allowPlain)
		if fr != "" {
			return e.UsageError(lang, cmd, fr, en)
		}
		opts.Relay, opts.RootCAs, opts.AllowPlaintextAuth = d.Relay, d.RootCAs, d.AllowPlaintextAuth
		if f.verbose || sub == "serve" {
			opts.Logger = slog.New(slog.NewTextHandler(e.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
		}
	}

	ctx, stop := e.SignalContext()
	defer stop()

	if sub == "migrate" {
		before, after, err := spool.Migrate(ctx, opts)
		if err != nil {
			spoolFail(e, lang, cmd, err)
			return cli.ExitRuntime
		}
		fmt.Fprintln(e.Stdout, diag.Tr(lang,
			fmt.Sprintf("spool %s : schéma wl %d → %d, River %d → %d", redact(loc), before.Ours, after.Ours, before.River, after.River),
			fmt.Sprintf("spool %s: schema wl %d → %d, River %d → %d", redact(loc), before.Ours, after.Ours, before.River, after.River)))
		return cli.ExitOK
	}
	sp, err := spool.Open(ctx, opts)
	if err != nil {
		spoolFail(e, lang, cmd, err)
		return cli.ExitRuntime
	}
	defer sp.Close()

	switch sub {
	case "list":
		return spoolList(e, ctx, lang, sp, filter, f.json)
	case "retry":
		if f.errors {
			n, err := sp.RetryFailed(ctx)
			if err != nil {
				spoolFail(e, lang, cmd, err)
				return cli.ExitRuntime
			}
			fmt.Fprintln(e.Stdout, diag.Tr(lang, fmt.Sprintf("%d message(s) remis en attente", n), fmt.Sprintf("%d message(s) queued again", n)))
			return cli.ExitOK
		}
		if err := sp.Retry(ctx, id); err != nil {
			spoolFail(e, lang, cmd, err)
			return cli.ExitRuntime
		}
		fmt.Fprintln(e.Stdout, diag.Tr(lang, fmt.Sprintf("message %d remis en attente", id), fmt.Sprintf("message %d queued again", id)))
		return cli.ExitOK
	case "purge":
		n, err := sp.Purge(ctx, f.sent, f.errors, id)
		if err != nil {
			spoolFail(e, lang, cmd, err)
			return cli.ExitRuntime
		}
		fmt.Fprintln(e.Stdout, diag.Tr(lang, fmt.Sprintf("%d message(s) supprimé(s)", n), fmt.Sprintf("%d message(s) deleted", n)))
		return cli.ExitOK
	case "drain":
		return spoolDrain(e, ctx, lang, sp)
	case "serve":
		return spoolServe(e, ctx, lang, sp, f)
	}
	return cli.ExitOK
}

func spoolFail(e *cli.Env, lang, cmd string, err error) {
	var se *queue.Error
	switch {
	case errors.As(err, &se):
		e.Failf(lang, cmd, se.FR, se.EN)
	case errors.Is(err, queue.ErrUnknown):
		e.Failf(lang, cmd, "identifiant inconnu dans le spool", "unknown identifier in the spool")
	case errors.Is(err, context.Canceled):
		e.Failf(lang, cmd, "interrompu", "interrupted")
	default:
		e.Failf(lang, cmd, err.Error(), err.Error())
	}
}

func redact(loc string) string {
	if queue.IsPostgres(loc) {
		if i := strings.LastIndex(loc, "@"); i > 0 {
			if j := strings.Index(loc, "://"); j > 0 && j+3 < i {
				return loc[:j+3] + "…" + loc[i:]
			}
		}
	}
	return loc
}

// spoolList prints the messages, one a line, or as JSON.
func spoolList(e *cli.Env, ctx context.Context, lang string, sp *spool.Spool, filter queue.State, asJSON bool) int {
	entries, err := sp.List(ctx, filter, lang)
	if err != nil {
		spoolFail(e, lang, "spool list", err)
		return cli.ExitRuntime
	}
	if asJSON {
		enc := json.NewEncoder(e.Stdout)
		for _, x := range entries {
			enc.Encode(x)
		}
		return cli.ExitOK
	}
	if len(entries) == 0 {
		return cli.ExitOK
	}
	tw := tabwriter.NewWriter(e.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, diag.Tr(lang, "ID\tÉTAT\tESSAIS\tPROCHAIN ESSAI\tDESTINATAIRES\tSUJET\tDERNIÈRE RÉPONSE", "ID\tSTATE\tATTEMPTS\tNEXT ATTEMPT\tRECIPIENTS\tSUBJECT\tLAST REPLY"))
	for _, x := range entries {
		next := "-"
		if !x.NextAttempt.IsZero() {
			next = x.NextAttempt.Local().Format("2006-01-02 15:04:05")
		}
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\n", x.ID, x.StateName, x.Attempts, next,
			oneLine(strings.Join(x.Recipients, ", ")), oneLine(x.Subject), oneLine(x.LastReply))
	}
	tw.Flush()
	return cli.ExitOK
}

// oneLine keeps a field on its line and within a reasonable width.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 120 {
		s = string(r[:119]) + "…"
	}
	if s == "" {
		return "-"
	}
	return s
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// spoolDrain attempts every queued message now and exits 0 when nothing
// is left pending and nothing failed.
func spoolDrain(e *cli.Env, ctx context.Context, lang string, sp *spool.Spool) int {
	var bar *progressbar.ProgressBar
	progress := func(done, total int) {}
	if isTerminal(e.Stderr) {
		progress = func(done, total int) {
			if bar == nil {
				if total == 0 {
					return
				}
				bar = progressbar.NewOptions(total,
					progressbar.OptionSetWriter(e.Stderr),
					progressbar.OptionSetDescription(diag.Tr(lang, "envoi", "sending")),
					progressbar.OptionShowCount(),
					progressbar.OptionShowIts(),
					progressbar.OptionSetItsString("msg"),
					progressbar.OptionSetPredictTime(true),
					progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish())
			}
			bar.Set(done)
		}
	}
	start := time.Now()
	sum, err := sp.Drain(ctx, progress)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		spoolFail(e, lang, "spool drain", err)
		return cli.ExitRuntime
	}
	rate := ""
	if el := time.Since(start).Seconds(); sum.Total > 0 && el > 0 {
		rate = fmt.Sprintf(", %.0f msg/s", float64(sum.Sent)/el)
	}
	fmt.Fprintln(e.Stdout, diag.Tr(lang,
		fmt.Sprintf("drain : %d message(s) essayé(s) : %d envoyé(s), %d en erreur, %d reporté(s) ; %d en attente dans le spool%s", sum.Total, sum.Sent, sum.Failed, sum.Deferred, sum.Remaining, rate),
		fmt.Sprintf("drain: %d message(s) tried: %d sent, %d failed, %d deferred; %d pending in the spool%s", sum.Total, sum.Sent, sum.Failed, sum.Deferred, sum.Remaining, rate)))
	if sum.Failed > 0 || sum.Remaining > 0 {
		return cli.ExitRuntime
	}
	return cli.ExitOK
}

// spoolServe delivers until a signal (or e.Context) stops it.
func spoolServe(e *cli.Env, ctx context.Context, lang string, sp *spool.Spool, f spoolCmdFlags) int {
	if f.http != "" {
		stopWeb, addr, err := startWeb(ctx, sp, f.http, f.token, lang)
		if err != nil {
			e.Failf(lang, "spool serve", "--http : "+err.Error(), "--http: "+err.Error())
			return cli.ExitRuntime
		}
		defer stopWeb()
		fmt.Fprintln(e.Stderr, diag.Tr(lang, "page du spool : http://"+addr+"/", "spool page: http://"+addr+"/"))
	}
	if err := sp.Serve(ctx); err != nil {
		spoolFail(e, lang, "spool serve", err)
		return cli.ExitRuntime
	}
	// Graceful stop: the message in flight is finished or released.
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := sp.Shutdown(sctx); err != nil {
		spoolFail(e, lang, "spool serve", err)
		return cli.ExitRuntime
	}
	return cli.ExitOK
}

// httpAddr normalises --http: a bare port binds 127.0.0.1.
func httpAddr(v string) (addr, fr, en string) {
	if _, err := strconv.Atoi(v); err == nil {
		v = "127.0.0.1:" + v
	} else if strings.HasPrefix(v, ":") {
		v = "127.0.0.1" + v
	}
	host, port, err := net.SplitHostPort(v)
	n, perr := strconv.Atoi(port)
	if err != nil || perr != nil || n < 0 || n > 65535 {
		return "", fmt.Sprintf("--http attend PORT ou HÔTE:PORT, reçu « %s »", v), fmt.Sprintf("--http expects PORT or HOST:PORT, got %q", v)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port), "", ""
}

func loopbackAddr(addr string) bool {
	host, _, _ := net.SplitHostPort(addr)
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// startWeb serves the spool's page on addr until stop is called.
func startWeb(ctx context.Context, sp *spool.Spool, addr, token, lang string) (stop func(), bound string, err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", err
	}
	srv := &http.Server{Handler: web.New(sp, web.Options{Token: token, Lang: lang}), ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second, MaxHeaderBytes: 64 << 10}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			_ = err
		}
	}()
	return func() {
		c, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(c)
	}, ln.Addr().String(), nil
}
