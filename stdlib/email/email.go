// Package email binds the WLangage e-mail family (SPEC §8) to real SMTP
// through stdlib/email/smtpx: the emailSessionSMTP type and its methods,
// EmailParamètre, EmailChangeTimeOut / EmailLitTimeOut and the constants.
//
// Everything that touches the network goes through the host's HostConfig:
// the CLI's --smtp-relay, --smtp-ca and --mail-sink, or an embedder's own
// dialer and roots.
package email

import (
	"context"
	"crypto/x509"
	"errors"
	"net"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email/smtpx"
)

// HostKey is the runtime.Options.Host key of the HostConfig.
type HostKey struct{}

// HostConfig is what the host grants the e-mail family.
type HostConfig struct {
	// Relay, "host:port", receives every SMTP connection of the script
	// instead of the server it names; TLS still verifies the script's
	// server name (or the relay's host when the script gives none).
	Relay string
	// RootCAs are the trusted authorities (nil: the system roots).
	RootCAs *x509.CertPool
	// AllowPlaintextAuth lets credentials go over an unencrypted
	// connection to a host other than loopback (DECISIONS 16).
	AllowPlaintextAuth bool
	// Dial replaces the default dialer (tests, proxies).
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// LocalName is the EHLO name ("localhost" when empty).
	LocalName string
}

// WithConfig returns the engine option that grants cfg.
func WithConfig(cfg HostConfig) runtime.Option { return runtime.WithHost(HostKey{}, &cfg) }

func hostConfig(r *runtime.Run) *HostConfig {
	if c, ok := r.Engine().Host(HostKey{}).(*HostConfig); ok && c != nil {
		return c
	}
	return &HostConfig{}
}

// Values of the WLangage constants. Only emailProtocoleSMTPS = 2 is known
// from compiled WinDev code (SPEC §8.13); the others are distinct values
// of our choosing.
const (
	optDefault  = 0
	optTLS      = 1
	optStartTLS = 2

	paramMode = 1
	paramHTML = 2

	ignoreInvalid    = 1
	ignoreWrongName  = 2
	ignoreExpired    = 4
	ignoreRevocation = 8
)

// state is the per-run state of the e-mail family.
type state struct {
	timeout time.Duration
	mode    int
	open    map[*session]bool
}

func runState(r *runtime.Run) *state {
	return r.State(stateKey{}, func() any {
		st := &state{timeout: smtpx.DefaultTimeout, open: map[*session]bool{}}
		// Sessions still open at the end of the script are closed (QUIT),
		// as WinDev does at program end (SPEC §8.1).
		r.AtEnd(func() {
			for s := range st.open {
				s.close()
			}
		})
		return st
	}).(*state)
}

type stateKey struct{}

// session is the Go side of an emailSessionSMTP value.
type session struct {
	smtp *smtpx.Session
	st   *state
}

func (s *session) close() error {
	if s.smtp == nil {
		return nil
	}
	err := s.smtp.Close()
	s.smtp = nil
	delete(s.st.open, s)
	return err
}

// Field indexes of emailSessionSMTP.
const (
	fAdresse = iota
	fPort
	fNom
	fMotDePasse
	fOption
	fAsynchrone
	fIgnoreErreur
	fAuthToken
)

// SessionSMTP is the emailSessionSMTP type (EN emailSMTPSession) [fr:1000018765].
var SessionSMTP = &runtime.StructType{
	Name: "emailSessionSMTP",
	Fields: []runtime.Field{
		{Name: "AdresseServeur", Aliases: []string{"ServerAddress"}, Type: runtime.TypeString},
		{Name: "Port", Type: runtime.TypeInt, Default: func() runtime.Value { return runtime.Int(25) }},
		{Name: "Nom", Aliases: []string{"Name"}, Type: runtime.TypeString},
		{Name: "MotDePasse", Aliases: []string{"Password"}, Type: runtime.TypeString},
		{Name: "Option", Type: runtime.TypeInt},
		{Name: "Asynchrone", Aliases: []string{"Asynchronous"}, Type: runtime.TypeBool},
		{Name: "IgnoreErreur", Aliases: []string{"IgnoreError"}, Type: runtime.TypeInt},
		{Name: "AuthToken", Type: runtime.TypeVariant},
	},
	New: func(s *runtime.Struct) { s.Native = &session{} },
}

func init() {
	SessionSMTP.AddMethod(&runtime.Func{Name: "OuvreSession", Aliases: []string{"StartSession"}, Min: 1, Max: 1, Fallible: true, Fn: ouvreSession})
	SessionSMTP.AddMethod(&runtime.Func{Name: "FermeSession", Aliases: []string{"CloseSession"}, Min: 1, Max: 1, Fallible: true, Fn: fermeSession})
}

// Install registers the e-mail family.
func Install(r *runtime.Registry) {
	r.AddType(&runtime.Type{Kind: runtime.KStruct, Name: "emailSessionSMTP", Struct: SessionSMTP}, "emailSessionSMTP", "emailSMTPSession")
	r.AddFunc(&runtime.Func{Name: "EmailOuvreSession", Aliases: []string{"EmailStartSession"}, Min: 1, Max: 1, Fallible: true, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		if args[0].Struct() == nil || args[0].Struct().Type != SessionSMTP {
			return runtime.Null, c.Errorf(0, "EmailOuvreSession attend une variable emailSessionSMTP (la syntaxe POP3 n'est pas encore prise en charge)", "EmailStartSession expects an emailSMTPSession variable (the POP3 syntax is not supported yet)")
		}
		return ouvreSession(c, args)
	}})
	r.AddFunc(&runtime.Func{Name: "EmailFermeSession", Aliases: []string{"EmailCloseSession"}, Min: 1, Max: 1, Fallible: true, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		if args[0].Struct() == nil || args[0].Struct().Type != SessionSMTP {
			return runtime.Null, c.Errorf(0, "EmailFermeSession attend une variable emailSessionSMTP", "EmailCloseSession expects an emailSMTPSession variable")
		}
		return fermeSession(c, args)
	}})
	r.AddFunc(&runtime.Func{Name: "EmailChangeTimeOut", Aliases: []string{"EmailSetTimeOut"}, Min: 1, Max: 1, Fn: changeTimeOut})
	r.AddFunc(&runtime.Func{Name: "EmailLitTimeOut", Aliases: []string{"EmailGetTimeOut"}, Min: 0, Max: 0, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		return runtime.Int(int64(runState(c.Run).timeout / time.Second)), nil
	}})
	r.AddFunc(&runtime.Func{Name: "EmailParamètre", Aliases: []string{"EmailConfigure"}, Min: 2, Max: 2, Fn: parametre})

	consts := []struct {
		v     runtime.Value
		names []string
	}{
		{runtime.Int(optDefault), []string{"emailOptionDéfaut", "emailOptionDefault"}},
		{runtime.Int(optStartTLS), []string{"emailProtocoleSMTPS", "emailProtocolSMTPS", "emailOptionSécuriséTLS", "emailOptionSecuredTLS"}},
		{runtime.Int(optTLS), []string{"optionTLS", "optionSSL"}},
		{runtime.Int(paramMode), []string{"emailParamètreMode", "emailConfigureMode", "emailParameterMode"}},
		{runtime.Int(paramHTML), []string{"emailParamètreHTML", "emailConfigureHTML", "emailParameterHTML"}},
		{runtime.Bool(false), []string{"emailSynchrone", "emailSynchronous"}},
		{runtime.Bool(true), []string{"emailAsynchrone", "emailAsynchronous"}},
		{runtime.Int(ignoreInvalid), []string{"emailSessionIgnoreCertificatInvalide", "emailSessionIgnoreInvalidCertificate"}},
		{runtime.Int(ignoreWrongName), []string{"emailSessionIgnoreNomCertificatInvalide", "emailSessionIgnoreInvalidCertificateName"}},
		{runtime.Int(ignoreExpired), []string{"emailSessionIgnoreCertificatExpiré", "emailSessionIgnoreExpiredCertificate"}},
		{runtime.Int(ignoreRevocation), []string{"emailSessionIgnoreRévocation", "emailSessionIgnoreRevocation"}},
	}
	for _, k := range consts {
		r.AddConst(&runtime.Const{Name: k.names[0], Aliases: k.names[1:], Value: k.v})
	}
}

// ouvreSession implements emailSessionSMTP.OuvreSession() [fr:1000022306]:
// connect, EHLO, STARTTLS or implicit TLS as Option asks, AUTH when Nom
// and MotDePasse are set (DECISIONS 13a). Vrai on success; otherwise Faux
// with ErreurDétectée and an ErreurInfo naming the server and the reason.
func ouvreSession(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s := args[0].Struct()
	st := runState(c.Run)
	sess := s.Native.(*session)
	sess.st = st
	hc := hostConfig(c.Run)
	host := s.Fields[fAdresse].Text()
	if host == "" && hc.Relay == "" {
		c.Fail(1, "Impossible d'ouvrir la session SMTP : l'adresse du serveur (AdresseServeur) n'est pas renseignée",
			"Cannot start the SMTP session: the server address (ServerAddress) is not set")
		return runtime.Bool(false), nil
	}
	if sess.smtp != nil {
		_ = sess.close()
	}
	cfg := smtpx.Config{
		Host:               host,
		Port:               int(s.Fields[fPort].ToInt()),
		User:               s.Fields[fNom].Text(),
		Password:           s.Fields[fMotDePasse].Text(),
		Timeout:            st.timeout,
		Relay:              hc.Relay,
		RootCAs:            hc.RootCAs,
		AllowPlaintextAuth: hc.AllowPlaintextAuth,
		Dial:               hc.Dial,
		LocalName:          hc.LocalName,
	}
	switch opt := s.Fields[fOption].ToInt(); opt {
	case optDefault:
		cfg.Security = smtpx.Plain
	case optStartTLS:
		cfg.Security = smtpx.StartTLS
	case optTLS:
		cfg.Security = smtpx.ImplicitTLS
	default:
		c.Fail(1, "Option de session SMTP inconnue : "+runtime.Int(opt).Text(), "Unknown SMTP session option: "+runtime.Int(opt).Text())
		return runtime.Bool(false), nil
	}
	if tok := s.Fields[fAuthToken]; !tok.IsNull() && tok.Text() != "" {
		cfg.Token = tok.Text()
	}
	ign := s.Fields[fIgnoreErreur].ToInt()
	if ign&ignoreInvalid != 0 {
		cfg.Ignore |= smtpx.IgnoreInvalidCert
	}
	if ign&ignoreWrongName != 0 {
		cfg.Ignore |= smtpx.IgnoreWrongName
	}
	if ign&ignoreExpired != 0 {
		cfg.Ignore |= smtpx.IgnoreExpired
	}
	if ign&ignoreRevocation != 0 {
		cfg.Ignore |= smtpx.IgnoreRevocation
	}
	ss, err := smtpx.Open(c.Run.Context(), cfg)
	if err != nil {
		fail(c, err)
		return runtime.Bool(false), nil
	}
	sess.smtp = ss
	st.open[sess] = true
	return runtime.Bool(true), nil
}

// fermeSession implements FermeSession / EmailFermeSession: QUIT.
func fermeSession(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	sess := args[0].Struct().Native.(*session)
	if sess.st == nil {
		sess.st = runState(c.Run)
	}
	if err := sess.close(); err != nil {
		fail(c, err)
		return runtime.Bool(false), nil
	}
	return runtime.Bool(true), nil
}

// fail records an SMTP failure as a non-fatal error. errCode is the SMTP
// reply code when the server answered, else 1.
func fail(c *runtime.Call, err error) {
	var se *smtpx.Error
	if errors.As(err, &se) {
		code := se.Code
		if code == 0 {
			code = 1
		}
		c.Fail(code, se.Message("fr"), se.Message("en"))
		return
	}
	c.Fail(1, err.Error(), err.Error())
}

// changeTimeOut implements EmailChangeTimeOut(n) [fr:3032001]: n seconds,
// or a Durée; it applies to the sessions opened afterwards (DECISIONS 18).
func changeTimeOut(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	v := args[0]
	var d time.Duration
	if v.Kind() == runtime.KDuration {
		d = time.Duration(v.RawInt()) * time.Millisecond
	} else {
		d = time.Duration(v.ToReal() * float64(time.Second))
	}
	if d <= 0 {
		return runtime.Null, c.Errorf(0, "EmailChangeTimeOut : la durée doit être positive (%s)", "EmailSetTimeOut: the duration must be positive (%s)", v.Text())
	}
	runState(c.Run).timeout = d
	return runtime.Null, nil
}

// parametre implements EmailParamètre [fr:1000022269]. There is one
// implementation, the multiplatform one: mode 0 and 1 are accepted and
// change nothing (DECISIONS 17); other values are an error.
func parametre(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	opt, val := args[0].ToInt(), args[1].ToInt()
	switch opt {
	case paramMode, paramHTML:
		if val != 0 && val != 1 {
			return runtime.Null, c.Errorf(0, "EmailParamètre : valeur %d invalide (0 ou 1 attendu)", "EmailConfigure: invalid value %d (0 or 1 expected)", val)
		}
		runState(c.Run).mode = int(val)
		return runtime.Bool(true), nil
	}
	return runtime.Null, c.Errorf(0, "EmailParamètre : option %d inconnue", "EmailConfigure: unknown option %d", opt)
}
