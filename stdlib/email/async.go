package email

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/queue"
)

// Asynchronous mode (DECISIONS 20; "Gestion des emails en mode
// asynchrone" in fr:1000022306, EmailEtat fr:3032009): opening checks the
// parameters without contacting the server, EmailEnvoieMessage commits the
// built message, its envelope and the session's settings in the host's
// spool (stdlib/email/spool) and returns Vrai with an identifier that
// stays valid across runs; the spool delivers it later.

// asyncOpen validates the parameters of an asynchronous session. On
// failure it records the error and returns false.
func asyncOpen(c *runtime.Call, p openParams) bool {
	hc := hostConfig(c.Run)
	if p.host == "" && hc.Relay == "" {
		c.Fail(1, "Impossible d'ouvrir la session SMTP : l'adresse du serveur (AdresseServeur) n'est pas renseignée",
			"Cannot start the SMTP session: the server address (ServerAddress) is not set")
		return false
	}
	if _, ok := securityOf(p.option); !ok {
		c.Fail(1, "Option de session SMTP inconnue : "+runtime.Int(p.option).Text(), "Unknown SMTP session option: "+runtime.Int(p.option).Text())
		return false
	}
	if p.port < 0 || p.port > 65535 {
		c.Fail(1, "Port SMTP invalide : "+runtime.Int(p.port).Text(), "Invalid SMTP port: "+runtime.Int(p.port).Text())
		return false
	}
	for _, v := range []string{p.host, p.user} {
		if strings.ContainsAny(v, "\r\n\x00") {
			c.Fail(1, "Impossible d'ouvrir la session SMTP : le serveur ou le nom d'utilisateur contient un caractère interdit (CR, LF ou NUL)",
				"Cannot start the SMTP session: the server or the user name holds a forbidden character (CR, LF or NUL)")
			return false
		}
	}
	if hc.Spool == nil {
		c.Fail(1, "Mode asynchrone : l'hôte n'a pas configuré de spool pour les emails", "Asynchronous mode: the host configured no mail spool")
		return false
	}
	return true
}

func securityOf(option int64) (mailtls.Security, bool) {
	switch option {
	case optDefault:
		return mailtls.Plain, true
	case optStartTLS:
		return mailtls.StartTLS, true
	case optTLS:
		return mailtls.ImplicitTLS, true
	}
	return 0, false
}

// server is the spool's copy of an asynchronous session's settings.
func (p openParams) server(timeout time.Duration) queue.Server {
	sec, _ := securityOf(p.option)
	s := queue.Server{Host: p.host, Port: int(p.port), Security: sec, User: p.user, Password: p.password, Token: p.token, Timeout: timeout}
	s.Ignore = smtpIgnore(p.ignore)
	return s
}

// spoolFail records a spool failure.
func spoolFail(c *runtime.Call, err error) {
	var se *queue.Error
	if errors.As(err, &se) {
		c.Fail(1, c.Name+" : "+se.FR, c.Name+": "+se.EN)
		return
	}
	c.Fail(1, c.Name+" : spool : "+err.Error(), c.Name+": spool: "+err.Error())
}

// sendAsync queues msg: Vrai once it is committed in the spool.
func sendAsync(c *runtime.Call, sess *session, msg *runtime.Struct, opts int64) bool {
	m, res, ok := build(c, sess, msg, opts)
	if !ok {
		return false
	}
	sp, err := hostConfig(c.Run).Spool.Queue(c.Run.Context())
	if err != nil {
		spoolFail(c, err)
		return false
	}
	id, err := sp.Submit(c.Run.Context(), queue.Message{
		From: res.From, To: res.To, Data: res.Data, MessageID: res.MessageID, Subject: m.Subject,
		Server: sess.params.server(sess.timeout),
	})
	if err != nil {
		spoolFail(c, err)
		return false
	}
	setID(msg, id)
	sess.st.async[id] = true
	return true
}

// asyncState answers EmailEtat from the spool; ok is false when the spool
// does not know id (or there is no spool).
func asyncState(c *runtime.Call, id int64, text string) (runtime.Value, bool) {
	hc := hostConfig(c.Run)
	if hc.Spool == nil || id <= 0 {
		return runtime.Null, false
	}
	sp, err := hc.Spool.Queue(c.Run.Context())
	if err != nil {
		spoolFail(c, err)
		return runtime.Int(statusError), true
	}
	st, err := sp.Status(c.Run.Context(), id)
	if errors.Is(err, queue.ErrUnknown) {
		return runtime.Null, false
	}
	if err != nil {
		spoolFail(c, err)
		return runtime.Int(statusError), true
	}
	switch st.State {
	case queue.Sent:
		return runtime.Int(statusSent), true
	case queue.Failed:
		code := st.Code
		if code == 0 {
			code = 1
		}
		c.Fail(code, st.FR, st.EN)
		return runtime.Int(statusError), true
	}
	return runtime.Int(statusPending), true
}

// parseID reads an identifier given as an integer or as its text form.
func parseID(v runtime.Value) int64 {
	if v.Kind() == runtime.KString {
		n, err := strconv.ParseInt(strings.TrimSpace(v.Text()), 10, 64)
		if err != nil {
			return -1
		}
		return n
	}
	return v.ToInt()
}

// multitache implements Multitâche: it waits the given number of
// hundredths of a second (negative: the same, there are no window events
// to process here), or a Durée, bounded by the run's context. Scripts poll
// EmailEtat with it.
func multitache(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var d time.Duration
	var v runtime.Value
	if err := c.Unpack(args, "durée?", &v); err != nil {
		return runtime.Null, err
	}
	if v.Kind() == runtime.KDuration {
		d = time.Duration(v.RawInt()) * time.Millisecond
	} else {
		d = time.Duration(v.ToReal()*10) * time.Millisecond
	}
	if d < 0 {
		d = -d
	}
	if d == 0 {
		d = time.Millisecond
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-c.Run.Context().Done():
	}
	return runtime.Null, nil
}
