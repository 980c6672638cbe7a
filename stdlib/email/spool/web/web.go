// Package web is the page of wl spool serve --http: the messages of every
// state with their last server reply, filters, counts that refresh by
// themselves, a retry button for failed messages and a purge action, plus
// /healthz and /metrics for monitoring. The page is rendered on the
// server; its script only refreshes the counts.
//
// Actions are POST requests carrying a CSRF token (and a same-origin
// check). When Options.Token is set every request must carry it (the
// Authorization: Bearer header, the wl_spool_token cookie, or ?token= on
// the first visit, which sets the cookie). Credentials are never shown:
// the spool keeps them encrypted and Entry does not carry them.
package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/stdlib/email/queue"
	"github.com/wlangage/wl/stdlib/email/spool"
)

//go:embed page.html
var files embed.FS

// page is parsed on first use: nothing runs at package initialisation.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page.html").Funcs(template.FuncMap{
		"join": func(l []string) string { return strings.Join(l, ", ") },
		"when": func(t time.Time) string {
			if t.IsZero() {
				return "-"
			}
			return t.Local().Format("2006-01-02 15:04:05")
		},
	}).ParseFS(files, "page.html"))
})

// Options configure the handler.
type Options struct {
	// Token, when set, is required on every request.
	Token string
	// Lang is "fr" (default) or "en"; ?lang= overrides it per request.
	Lang string
}

type handler struct {
	sp     *spool.Spool
	opts   Options
	secret []byte
	mux    *http.ServeMux
}

// New returns the page's handler.
func New(sp *spool.Spool, opts Options) http.Handler {
	h := &handler{sp: sp, opts: opts, secret: make([]byte, 32), mux: http.NewServeMux()}
	rand.Read(h.secret)
	h.mux.HandleFunc("GET /{$}", h.index)
	h.mux.HandleFunc("GET /counts", h.counts)
	h.mux.HandleFunc("GET /healthz", h.healthz)
	h.mux.HandleFunc("GET /metrics", h.metrics)
	h.mux.HandleFunc("POST /retry", h.retry)
	h.mux.HandleFunc("POST /purge", h.purge)
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Frame-Options", "DENY")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'")
	w.Header().Set("Referrer-Policy", "no-referrer")
	if h.opts.Token != "" && !h.authorized(w, r) {
		http.Error(w, "401 token required (Authorization: Bearer, or ?token=)", http.StatusUnauthorized)
		return
	}
	h.mux.ServeHTTP(w, r)
}

func (h *handler) authorized(w http.ResponseWriter, r *http.Request) bool {
	ok := func(v string) bool {
		return v != "" && subtle.ConstantTimeCompare([]byte(v), []byte(h.opts.Token)) == 1
	}
	if a := r.Header.Get("Authorization"); strings.HasPrefix(a, "Bearer ") && ok(strings.TrimPrefix(a, "Bearer ")) {
		return true
	}
	if c, err := r.Cookie("wl_spool_token"); err == nil && ok(c.Value) {
		return true
	}
	if r.Method == http.MethodGet && ok(r.URL.Query().Get("token")) {
		http.SetCookie(w, &http.Cookie{Name: "wl_spool_token", Value: h.opts.Token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		return true
	}
	return false
}

// csrf is the token the page's forms carry.
func (h *handler) csrf() string {
	m := hmac.New(sha256.New, h.secret)
	m.Write([]byte("wl-spool-csrf"))
	return hex.EncodeToString(m.Sum(nil))
}

// sameOrigin refuses cross-site POSTs even with a token.
func sameOrigin(r *http.Request) bool {
	if s := r.Header.Get("Sec-Fetch-Site"); s != "" && s != "same-origin" && s != "none" {
		return false
	}
	if o := r.Header.Get("Origin"); o != "" && o != "null" {
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host {
			return false
		}
	}
	return true
}

func (h *handler) checkPost(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, 4096)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "400 bad form", http.StatusBadRequest)
		return false
	}
	if !sameOrigin(r) || subtle.ConstantTimeCompare([]byte(r.PostFormValue("csrf")), []byte(h.csrf())) != 1 {
		http.Error(w, "403 CSRF check failed", http.StatusForbidden)
		return false
	}
	return true
}

func (h *handler) lang(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == "en" || l == "fr" {
		return l
	}
	if diag.English(h.opts.Lang) {
		return "en"
	}
	return "fr"
}

type labels struct {
	Title, All, Pending, Sent, Failed, ID, State, Recipients, Subject, Attempts, Next, Reply, Retry, PurgeSent, PurgeFailed, Purge, Empty, Spool, Oldest string
}

var fr = labels{"Spool des emails", "Tous", "En attente", "Envoyés", "En erreur", "ID", "État", "Destinataires", "Sujet", "Essais", "Prochain essai", "Dernière réponse du serveur", "Réessayer", "Purger les envoyés", "Purger les erreurs", "Supprimer", "Aucun message.", "Spool", "Plus ancien en attente"}
var en = labels{"Mail spool", "All", "Pending", "Sent", "Failed", "ID", "State", "Recipients", "Subject", "Attempts", "Next attempt", "Last server reply", "Retry", "Purge sent", "Purge failed", "Delete", "No message.", "Spool", "Oldest pending"}

func stateFilter(v string) queue.State {
	switch v {
	case "en-attente", "pending":
		return queue.Pending
	case "envoye", "sent":
		return queue.Sent
	case "erreur", "error", "failed":
		return queue.Failed
	}
	return 0
}

func (h *handler) index(w http.ResponseWriter, r *http.Request) {
	lang := h.lang(r)
	filter := stateFilter(r.URL.Query().Get("state"))
	entries, err := h.sp.List(r.Context(), filter, lang)
	if err != nil {
		http.Error(w, "500 "+err.Error(), http.StatusInternalServerError)
		return
	}
	if len(entries) > 1000 { // the newest thousand
		entries = entries[len(entries)-1000:]
	}
	counts, _ := h.sp.Counts(r.Context())
	l := fr
	if diag.English(lang) {
		l = en
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	err = page().Execute(w, map[string]any{
		"L": l, "Lang": lang, "Entries": entries, "Counts": counts, "CSRF": h.csrf(),
		"Filter": r.URL.Query().Get("state"), "Spool": h.sp.Location(),
		"Failed": queue.Failed,
	})
	_ = err
}

func (h *handler) counts(w http.ResponseWriter, r *http.Request) {
	c, err := h.sp.Counts(r.Context())
	if err != nil {
		http.Error(w, "500", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(w).Encode(map[string]int{"pending": c.Pending, "sent": c.Sent, "failed": c.Failed, "running": c.Running})
}

func (h *handler) healthz(w http.ResponseWriter, r *http.Request) {
	if _, err := h.sp.Counts(r.Context()); err != nil {
		http.Error(w, "spool unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintln(w, "ok")
}

// metrics is the Prometheus text format: depth by state and the age of
// the oldest pending message.
func (h *handler) metrics(w http.ResponseWriter, r *http.Request) {
	c, err := h.sp.Counts(r.Context())
	if err != nil {
		http.Error(w, "spool unavailable", http.StatusServiceUnavailable)
		return
	}
	age := 0.0
	if !c.OldestPending.IsZero() {
		age = time.Since(c.OldestPending).Seconds()
	}
	st := h.sp.Stats()
	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	fmt.Fprintf(w, "# HELP wl_spool_messages Messages in the spool by state.\n# TYPE wl_spool_messages gauge\n")
	fmt.Fprintf(w, "wl_spool_messages{state=\"pending\"} %d\nwl_spool_messages{state=\"sent\"} %d\nwl_spool_messages{state=\"failed\"} %d\n", c.Pending, c.Sent, c.Failed)
	fmt.Fprintf(w, "# HELP wl_spool_oldest_pending_seconds Age of the oldest pending message.\n# TYPE wl_spool_oldest_pending_seconds gauge\nwl_spool_oldest_pending_seconds %.0f\n", age)
	fmt.Fprintf(w, "# HELP wl_spool_deliveries_total Attempts made by this process, by outcome.\n# TYPE wl_spool_deliveries_total counter\n")
	fmt.Fprintf(w, "wl_spool_deliveries_total{outcome=\"sent\"} %d\nwl_spool_deliveries_total{outcome=\"failed\"} %d\nwl_spool_deliveries_total{outcome=\"deferred\"} %d\n", st.Sent, st.Failed, st.Deferred)
}

func (h *handler) back(w http.ResponseWriter, r *http.Request) {
	q := url.Values{}
	if s := r.PostFormValue("state"); s != "" {
		q.Set("state", s)
	}
	if l := r.PostFormValue("lang"); l == "en" {
		q.Set("lang", l)
	}
	u := "/"
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	http.Redirect(w, r, u, http.StatusSeeOther)
}

func (h *handler) retry(w http.ResponseWriter, r *http.Request) {
	if !h.checkPost(w, r) {
		return
	}
	id, err := strconv.ParseInt(r.PostFormValue("id"), 10, 64)
	if err != nil || id <= 0 {
		http.Error(w, "400 bad id", http.StatusBadRequest)
		return
	}
	if err := h.sp.Retry(r.Context(), id); err != nil {
		http.Error(w, "404 "+err.Error(), http.StatusNotFound)
		return
	}
	h.back(w, r)
}

func (h *handler) purge(w http.ResponseWriter, r *http.Request) {
	if !h.checkPost(w, r) {
		return
	}
	var err error
	switch what := r.PostFormValue("what"); what {
	case "envoyes":
		_, err = h.sp.Purge(r.Context(), true, false, 0)
	case "erreurs":
		_, err = h.sp.Purge(r.Context(), false, true, 0)
	default:
		id, perr := strconv.ParseInt(what, 10, 64)
		if perr != nil || id <= 0 {
			http.Error(w, "400 bad purge", http.StatusBadRequest)
			return
		}
		_, err = h.sp.Purge(r.Context(), false, false, id)
	}
	if err != nil {
		http.Error(w, "409 "+err.Error(), http.StatusConflict)
		return
	}
	h.back(w, r)
}
