package email

import (
	"errors"

	"github.com/wlangage/wl/stdlib/email/mailnet"

	"github.com/wlangage/wl/runtime"
)

// ouvreSessionSMTP implements EmailOuvreSessionSMTP [fr:3032025]:
//
//	EmailOuvreSessionSMTP(user [, password], server [, port [, async [, option]]])
//
// Two arguments are (user, server); from three on, a string third
// argument makes the second one the password (SPEC §8.2). With a password
// the session authenticates (AUTH PLAIN or LOGIN) when the server offers
// a mechanism, and the open fails if the server refuses it. The user name
// designates the session for EmailEnvoieMessage and EmailFermeSession.
func ouvreSessionSMTP(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var user string
	p := openParams{port: 25}
	asyncV := runtime.Bool(false)
	var err error
	if len(args) >= 3 && args[2].Kind() == runtime.KString {
		if len(args) > 6 {
			return runtime.Null, c.Errorf(0, "Nombre de paramètres incorrect pour « %s »", "Wrong number of parameters for '%s'", c.Name)
		}
		err = c.Unpack(args, "utilisateur", &user, "motDePasse", &p.password, "serveur", &p.host,
			"port?", &p.port, "asynchrone?", &asyncV, "option?", &p.option)
	} else {
		if len(args) > 5 {
			return runtime.Null, c.Errorf(0, "Nombre de paramètres incorrect pour « %s »", "Wrong number of parameters for '%s'", c.Name)
		}
		err = c.Unpack(args, "utilisateur", &user, "serveur", &p.host,
			"port?", &p.port, "asynchrone?", &asyncV, "option?", &p.option)
	}
	if err != nil {
		return runtime.Null, err
	}
	if p.password != "" {
		p.user = user
	}
	return openByName(c, user, p, truthy(asyncV))
}

// openByName opens an SMTP session designated by a user name.
func openByName(c *runtime.Call, user string, p openParams, async bool) (runtime.Value, error) {
	st := runState(c.Run)
	if async {
		if !asyncOpen(c, p) {
			if e := c.Run.LastError(); e != nil {
				st.failed[user] = e
			}
			return runtime.Bool(false), nil
		}
		delete(st.failed, user)
		st.register(&session{st: st, name: user, async: true, aopen: true, params: p, timeout: st.timeout})
		return runtime.Bool(true), nil
	}
	ss := openSMTP(c, p)
	if ss == nil {
		if e := c.Run.LastError(); e != nil {
			st.failed[user] = e
		}
		return runtime.Bool(false), nil
	}
	delete(st.failed, user)
	st.register(&session{smtp: ss, st: st, name: user, async: async})
	return runtime.Bool(true), nil
}

// emailOuvreSession implements EmailOuvreSession [fr:3032028]:
//
//	EmailOuvreSession(<emailSessionSMTP | emailSessionPOP3 | emailSessionIMAP>)
//	EmailOuvreSession(user, password, pop3Server [, smtpServer [, pop3Port [, smtpPort [, async]]]])
//
// The second form opens its SMTP part, without authentication as the doc
// says, on smtpServer (pop3Server when omitted) and smtpPort (25); the
// POP3 part is not opened (reading mail is not supported) and reading
// functions called later for this user say so. The MS Exchange form
// (a profile name) is not supported.
func emailOuvreSession(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	if s := args[0].Struct(); s != nil {
		switch s.Type {
		case SessionSMTP:
			if len(args) != 1 {
				break
			}
			return ouvreSession(c, args)
		case SessionPOP3, SessionIMAP:
			return readerOpen(c, args)
		}
		return runtime.Null, c.Errorf(0, "EmailOuvreSession attend une variable emailSessionSMTP, emailSessionPOP3 ou emailSessionIMAP",
			"EmailStartSession expects an emailSMTPSession, emailPOP3Session or emailIMAPSession variable")
	}
	if len(args) < 3 {
		c.Fail(1, "EmailOuvreSession : les sessions MS Exchange (profil) ne sont pas prises en charge ; utilisez EmailOuvreSessionSMTP ou une variable emailSessionSMTP",
			"EmailStartSession: MS Exchange sessions (profile) are not supported; use EmailStartSMTPSession or an emailSMTPSession variable")
		return runtime.Int(0), nil
	}
	var user, password, pop3Server, smtpServer string
	pop3Port := int64(110)
	p := openParams{port: 25}
	asyncV := runtime.Bool(false)
	if err := c.Unpack(args, "utilisateur", &user, "motDePasse", &password, "serveurPOP3", &pop3Server,
		"serveurSMTP?", &smtpServer, "portPOP3?", &pop3Port, "portSMTP?", &p.port, "asynchrone?", &asyncV); err != nil {
		return runtime.Null, err
	}
	p.host = pop3Server
	if smtpServer != "" {
		p.host = smtpServer
	}
	runState(c.Run).readers[user] = true
	deferPOP3(c, user, password, pop3Server, pop3Port)
	return openByName(c, user, p, truthy(asyncV))
}

// emailFermeSession implements EmailFermeSession [fr:3032006]: with a
// session variable, closes it; with a user name, closes every session
// opened under that name.
func emailFermeSession(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	if s := args[0].Struct(); s != nil {
		switch s.Type {
		case SessionSMTP:
			return fermeSession(c, args)
		case SessionPOP3, SessionIMAP:
			return readerClose(c, args)
		}
		return runtime.Null, c.Errorf(0, "EmailFermeSession attend un nom d'utilisateur ou une variable de session", "EmailCloseSession expects a user name or a session variable")
	}
	st := runState(c.Run)
	var name string
	if err := c.Unpack(args, "utilisateur", &name); err != nil {
		return runtime.Null, err
	}
	delete(st.readers, name)
	firstErr := closeReadersByName(c, name)
	for _, s := range append([]*session(nil), st.byName[name]...) {
		if err := s.close(c.Run.Context()); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	delete(st.byName, name)
	if firstErr != nil {
		var me *mailnet.Error
		if errors.As(firstErr, &me) {
			failRead(c, firstErr)
			return runtime.Bool(false), nil
		}
		fail(c, firstErr)
		return runtime.Bool(false), nil
	}
	return runtime.Bool(true), nil
}

// emailEtat implements EmailEtat [fr:3032009]. A synchronous send is
// emailEnvoyé or emailErreur, in which case ErreurInfo describes the
// failure again; an asynchronous one is read from the spool (async.go).
func emailEtat(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "identifiant", &v); err != nil {
		return runtime.Null, err
	}
	if s := v.Struct(); s != nil && s.Type == EmailType {
		v = s.Fields[eID]
	}
	id := parseID(v)
	st := runState(c.Run)
	if st.async[id] || st.status[id] == nil {
		if r, ok := asyncState(c, id, v.Text()); ok {
			return r, nil
		}
	}
	stt := st.status[id]
	if stt == nil {
		c.Fail(1, "EmailEtat : aucun email envoyé n'a l'identifiant « "+v.Text()+" »", "EmailStatus: no email sent has the identifier '"+v.Text()+"'")
		return runtime.Int(statusError), nil
	}
	if stt.state == statusError {
		c.Fail(stt.code, stt.fr, stt.en)
	}
	return runtime.Int(int64(stt.state)), nil
}

// emailRAZ implements EmailRAZ [fr:3032023]: every member of an Email
// variable, or of the Email structure, back to its default.
func emailRAZ(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s *runtime.Struct
	var v runtime.Value
	if err := c.Unpack(args, "email?", &v); err != nil {
		return runtime.Null, err
	}
	if c.Omit(args, 0) {
		s = globalEmail(c.Run)
	} else if s = v.Struct(); s == nil || (s.Type != EmailType && s.Type != StructureType) {
		return runtime.Null, c.Errorf(0, "EmailRAZ attend une variable de type Email", "EmailReset expects an Email variable")
	}
	fresh := runtime.NewStruct(s.Type)
	copy(s.Fields, fresh.Fields)
	return runtime.Null, nil
}
