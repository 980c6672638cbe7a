package email

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email/compose"
	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/queue"
	"github.com/wlangage/wl/stdlib/email/smtpx"

	"github.com/wlangage/wl/lexer/diag"
)

// HostKey is the runtime.Options.Host key of the HostConfig.
type HostKey struct{}

// HostConfig is what the host grants the e-mail family.
type HostConfig struct {
	// Delivery holds the SMTP settings of the process: Relay (also the
	// server of EmailEnvoieMessage() without a session), RootCAs (also
	// trusted by POP3 and IMAP), AllowPlaintextAuth, Dial, InProcess and
	// LocalName.
	smtpx.Delivery
	// POP3Relay and IMAPRelay, "host:port", receive every POP3 / IMAP
	// connection of the script instead of the server it names; TLS still
	// verifies the script's server name.
	POP3Relay, IMAPRelay string
	// MaxMessageSize bounds one received message (0: 50 MB); a larger
	// one is refused before it is read into memory.
	MaxMessageSize int64
	// OAuth, when set, performs the OAuth 2.0 flow of AuthIdentifie and
	// returns the access token ("" when the user declined). Without it
	// AuthIdentifie is an error: the flow needs a browser.
	OAuth func(ctx context.Context, req OAuthRequest) (string, error)
	// Spool is where asynchronous sessions queue their messages (opened
	// at first use; nil: the asynchronous mode is refused), usually a
	// *spool.Lazy whose Finish the host calls when the run ends.
	Spool queue.Opener
}

// OAuthRequest is what a script passes to AuthIdentifie (OAuth2Paramètres).
type OAuthRequest struct {
	ClientID, ClientSecret, AuthURL, TokenURL, Scope, RedirectURL, ResponseType, Extra string
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
// of our choosing (combinable ones are bit flags).
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

	sendEncodeHeaders = 1
	sendMessageID     = 2
	sendReference     = 4
	sendHeaderBcc     = 8

	// compose numbers priorities and sensitivities as WLangage does.
	prioNormal = int64(compose.PriorityNormal)
	prioLow    = int64(compose.PriorityLow)
	prioHigh   = int64(compose.PriorityHigh)

	confNormal       = int64(compose.SensitivityNormal)
	confConfidential = int64(compose.SensitivityConfidential)
	confPersonal     = int64(compose.SensitivityPersonal)
	confPrivate      = int64(compose.SensitivityPrivate)

	statusPending = 1
	statusSent    = 2
	statusError   = 3
)

// state is the per-run state of the e-mail family.
type state struct {
	timeout time.Duration
	mode    int
	open    map[*session]bool
	// byName lists the SMTP sessions a user name designates (function
	// syntax, or a session variable's Nom), oldest first.
	byName map[string][]*session
	// readers are the user names whose POP3 part was asked for.
	readers map[string]bool
	// failed holds, per user name, the error of the last failed open,
	// quoted when that name is then used without a session.
	failed map[string]*runtime.ErrInfo
	nextID int64
	status map[int64]*sendStatus
	async  map[int64]bool  // identifiers this run queued
	global *runtime.Struct // the Email structure
}

// sendStatus is the outcome of one send, for EmailEtat.
type sendStatus struct {
	state  int
	code   int
	fr, en string
}

func runState(r *runtime.Run) *state {
	return r.State(stateKey{}, func() any {
		st := &state{timeout: smtpx.DefaultTimeout, open: map[*session]bool{}, byName: map[string][]*session{},
			readers: map[string]bool{}, failed: map[string]*runtime.ErrInfo{}, status: map[int64]*sendStatus{}, async: map[int64]bool{}}
		// Sessions still open at the end of the script are closed (QUIT),
		// as WinDev does at program end (SPEC §8.1).
		// The run's context bounds that: a cancelled run sends no QUIT.
		r.AtEnd(func() {
			for s := range st.open {
				s.close(r.Context())
			}
		})
		return st
	}).(*state)
}

type stateKey struct{}

// session is the Go side of an emailSessionSMTP value, or of a session
// opened by user name.
type session struct {
	smtp  *smtpx.Session
	st    *state
	name  string // user name that designates it ("" for none)
	async bool
	// aopen is set while an asynchronous session is open; params and
	// timeout are what its messages are queued with.
	aopen   bool
	params  openParams
	timeout time.Duration
	// built reuses the last message built when the script sends the same
	// Email again (only the Message-ID changes).
	built compose.Cache
}

// close ends the session (QUIT), bounded by ctx as well as the time-out.
func (s *session) close(ctx context.Context) error {
	if s.aopen {
		s.aopen = false
		if s.st != nil {
			delete(s.st.open, s)
			s.st.forget(s)
		}
		return nil
	}
	if s.smtp == nil {
		return nil
	}
	err := s.smtp.CloseContext(ctx)
	s.smtp = nil
	if s.st != nil {
		delete(s.st.open, s)
		s.st.forget(s)
	}
	return err
}

// register records an open session under its user name.
func (st *state) register(s *session) {
	st.open[s] = true
	if s.name != "" {
		st.byName[s.name] = append(st.byName[s.name], s)
	}
}

// forget removes s from the user-name index.
func (st *state) forget(s *session) {
	l := st.byName[s.name]
	for i, x := range l {
		if x == s {
			l = append(l[:i], l[i+1:]...)
			break
		}
	}
	if len(l) == 0 {
		delete(st.byName, s.name)
	} else {
		st.byName[s.name] = l
	}
}

// lookup returns the most recent open SMTP session of a user name.
func (st *state) lookup(name string) *session {
	l := st.byName[name]
	for i := len(l) - 1; i >= 0; i-- {
		if l[i].smtp != nil || l[i].aopen {
			return l[i]
		}
	}
	return nil
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
var SessionSMTP = &runtime.StructType{}

// typesOnce builds the package's types and their methods at the first
// Install instead of at package initialisation (issue 10): a process that
// makes no engine (wl version, wl spool) does not pay for them, and the
// exported variables keep their addresses.
var typesOnce sync.Once

// defineAll defines the package's types and adds their methods, in the
// order the declarations read (a later name wins).
func defineAll() {
	defineTypes()
	*SessionSMTP = runtime.StructType{
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
	addSendingMethods()
	addReadingMethods()
}

// addSendingMethods adds the methods of emailSessionSMTP and the session
// methods of the reading types.
func addSendingMethods() {
	addMethods(SessionSMTP, []runtime.Func{
		{Name: "OuvreSession", Aliases: []string{"StartSession"}, Min: 1, Max: 1, Fallible: true, Fn: ouvreSession},
		{Name: "EnvoieMessage", Aliases: []string{"SendMessage"}, Min: 1, Max: 3, Fallible: true, Fn: envoieMessageMethod},
		{Name: "FermeSession", Aliases: []string{"CloseSession"}, Min: 1, Max: 1, Fallible: true, Fn: fermeSession},
	})
	for _, st := range []*runtime.StructType{SessionPOP3, SessionIMAP} {
		addMethods(st, []runtime.Func{
			{Name: "OuvreSession", Aliases: []string{"StartSession"}, Min: 1, Max: 1, Fallible: true, Fn: readerOpen},
			{Name: "FermeSession", Aliases: []string{"CloseSession"}, Min: 1, Max: 1, Fallible: true, Fn: readerClose},
		})
	}
	addMethods(EmailType, []runtime.Func{
		{Name: "ChargeFichierAttaché", Aliases: []string{"LoadAttachment"}, Min: 2, Max: 2, Fallible: true, Fn: chargeFichierAttache},
	})
}

// addMethods registers a table of methods of st, as Registry.AddFuncs does
// for functions.
func addMethods(st *runtime.StructType, fs []runtime.Func) {
	for i := range fs {
		st.AddMethod(&fs[i])
	}
}

func structType(st *runtime.StructType) *runtime.Type {
	return &runtime.Type{Kind: runtime.KStruct, Name: st.Name, Struct: st}
}

// Install registers the e-mail family.
func Install(r *runtime.Registry) {
	typesOnce.Do(defineAll)
	r.AddType(structType(SessionSMTP), "emailSessionSMTP", "emailSMTPSession")
	r.AddType(structType(SessionPOP3), "emailSessionPOP3", "emailPOP3Session")
	r.AddType(structType(SessionIMAP), "emailSessionIMAP", "emailIMAPSession")
	r.AddType(structType(EmailType), "Email")
	r.AddType(structType(AttacheType), "emailAttache", "emailAttach")
	r.AddType(structType(EnteteType), "emailEntête", "emailHeader")
	r.AddGlobal(&runtime.Global{Name: "Email", Get: func(r *runtime.Run) runtime.Value {
		return runtime.StructValue(globalEmail(r))
	}})

	r.AddFuncs([]runtime.Func{
		{Name: "EmailOuvreSessionSMTP", Aliases: []string{"EmailStartSMTPSession"}, Min: 2, Max: 6, Fallible: true, Fn: ouvreSessionSMTP},
		{Name: "EmailOuvreSession", Aliases: []string{"EmailStartSession"}, Min: 1, Max: 7, Fallible: true, Fn: emailOuvreSession},
		{Name: "EmailEnvoieMessage", Aliases: []string{"EmailSendMessage"}, Min: 0, Max: 3, Fallible: true, Fn: emailEnvoieMessage},
		{Name: "EmailFermeSession", Aliases: []string{"EmailCloseSession"}, Min: 1, Max: 1, Fallible: true, Fn: emailFermeSession},
		{Name: "EmailEtat", Aliases: []string{"EmailStatus"}, Min: 1, Max: 1, Fallible: true, Fn: emailEtat},
		{Name: "EmailChangeTimeOut", Aliases: []string{"EmailSetTimeOut"}, Min: 1, Max: 1, Fn: changeTimeOut},
		{Name: "EmailLitTimeOut", Aliases: []string{"EmailGetTimeOut"}, Min: 0, Max: 0, Fn: litTimeOut},
		{Name: "EmailParamètre", Aliases: []string{"EmailConfigure"}, Min: 2, Max: 2, Fn: parametre},
		{Name: "EmailChargeFichierAttaché", Aliases: []string{"EmailLoadAttachment"}, Min: 2, Max: 2, Fallible: true, Fn: chargeFichierAttache},
		{Name: "EmailRAZ", Aliases: []string{"EmailReset"}, Min: 0, Max: 1, Fn: emailRAZ},
		{Name: "Multitâche", Aliases: []string{"Multitask"}, Min: 0, Max: 1, Fn: multitache},
	})
	installReaders(r)
	installOAuth(r)
	r.AddConstTable(sendingConsts)
}

// sendingConsts are the constants of the sending half (AddConstTable).
func sendingConsts() []runtime.Const {
	ks := []struct {
		v     runtime.Value
		names []string
	}{
		{runtime.Int(optDefault), []string{"emailOptionDéfaut", "emailOptionDefault"}},
		{runtime.Int(optStartTLS), []string{"emailProtocoleSMTPS", "emailProtocolSMTPS", "emailOptionSécuriséTLS", "emailOptionSecuredTLS", "emailOptionSecureTLS"}},
		{runtime.Int(optTLS), []string{"optionTLS", "optionSSL"}},
		{runtime.Int(paramMode), []string{"emailParamètreMode", "emailConfigureMode", "emailParameterMode"}},
		{runtime.Int(paramHTML), []string{"emailParamètreHTML", "emailConfigureHTML", "emailParameterHTML"}},
		{runtime.Bool(false), []string{"emailSynchrone", "emailSynchronous"}},
		{runtime.Bool(true), []string{"emailAsynchrone", "emailAsynchronous"}},
		{runtime.Int(ignoreInvalid), []string{"emailSessionIgnoreCertificatInvalide", "emailSessionIgnoreInvalidCertificate"}},
		{runtime.Int(ignoreWrongName), []string{"emailSessionIgnoreNomCertificatInvalide", "emailSessionIgnoreInvalidCertificateName"}},
		{runtime.Int(ignoreExpired), []string{"emailSessionIgnoreCertificatExpiré", "emailSessionIgnoreExpiredCertificate"}},
		{runtime.Int(ignoreRevocation), []string{"emailSessionIgnoreRévocation", "emailSessionIgnoreRevocation"}},
		{runtime.Int(sendEncodeHeaders), []string{"emailOptionEncodeEntête", "emailOptionEncodeHeader"}},
		{runtime.Int(sendMessageID), []string{"emailOptionMessageID"}},
		{runtime.Int(sendReference), []string{"emailOptionRéférence", "emailOptionReference"}},
		{runtime.Int(sendHeaderBcc), []string{"emailOptionEntêteCCi", "emailOptionHeaderBcc"}},
		{runtime.Int(prioNormal), []string{"emailPrioritéNormale", "emailPriorityNormal"}},
		{runtime.Int(prioLow), []string{"emailPrioritéBasse", "emailPriorityLow"}},
		{runtime.Int(prioHigh), []string{"emailPrioritéHaute", "emailPriorityHigh"}},
		{runtime.Int(confNormal), []string{"emailNormal"}},
		{runtime.Int(confConfidential), []string{"emailConfidentiel", "emailConfidential"}},
		{runtime.Int(confPersonal), []string{"emailPersonnel", "emailPersonal"}},
		{runtime.Int(confPrivate), []string{"emailPrivé", "emailPrivate"}},
		{runtime.Int(statusPending), []string{"emailEnAttente", "emailPending"}},
		{runtime.Int(statusSent), []string{"emailEnvoyé", "emailSent"}},
		{runtime.Int(statusError), []string{"emailErreur", "emailError"}},
	}
	cs := make([]runtime.Const, len(ks))
	for i, k := range ks {
		cs[i] = runtime.Const{Name: k.names[0], Aliases: k.names[1:], Value: k.v}
	}
	return cs
}

// globalEmail returns the run's Email structure, created on first use.
func globalEmail(r *runtime.Run) *runtime.Struct {
	st := runState(r)
	if st.global == nil {
		st.global = runtime.NewStruct(StructureType)
	}
	return st.global
}

// openParams describes an SMTP session to open.
type openParams struct {
	host     string
	port     int64
	user     string
	password string
	token    string
	option   int64
	ignore   int64
}

// smtpIgnore maps IgnoreErreur's emailSessionIgnore* bits to smtpx's.
func smtpIgnore(v int64) mailtls.Ignore {
	var f mailtls.Ignore
	if v&ignoreInvalid != 0 {
		f |= mailtls.IgnoreInvalidCert
	}
	if v&ignoreWrongName != 0 {
		f |= mailtls.IgnoreWrongName
	}
	if v&ignoreExpired != 0 {
		f |= mailtls.IgnoreExpired
	}
	if v&ignoreRevocation != 0 {
		f |= mailtls.IgnoreRevocation
	}
	return f
}

// openSMTP connects as p says (DECISIONS 13a–16, 18). On failure it
// records the error (Faux, ErreurDétectée, ErreurInfo) and returns nil.
func openSMTP(c *runtime.Call, p openParams) *smtpx.Session {
	st := runState(c.Run)
	hc := hostConfig(c.Run)
	// --smtp-relay and --mail-sink change where a connection goes, never
	// whether it is made (DECISIONS 16a): no address fails under them too.
	if p.host == "" {
		c.Fail(1, "Impossible d'ouvrir la session SMTP : l'adresse du serveur (AdresseServeur) n'est pas renseignée",
			"Cannot start the SMTP session: the server address (ServerAddress) is not set")
		return nil
	}
	cfg := smtpx.Config{
		Host:               p.host,
		Port:               int(p.port),
		User:               p.user,
		Password:           p.password,
		Token:              p.token,
		Timeout:            st.timeout,
		Relay:              hc.Relay,
		RootCAs:            hc.RootCAs,
		AllowPlaintextAuth: hc.AllowPlaintextAuth,
		Dial:               hc.Dial,
		InProcess:          hc.InProcess && hc.Dial != nil,
		LocalName:          hc.LocalName,
	}
	sec, ok := securityOf(p.option)
	if !ok {
		c.Fail(1, "Option de session SMTP inconnue : "+runtime.Int(p.option).Text(), "Unknown SMTP session option: "+runtime.Int(p.option).Text())
		return nil
	}
	cfg.Security = sec
	cfg.Ignore = smtpIgnore(p.ignore)
	ss, err := smtpx.Open(c.Run.Context(), cfg)
	if err != nil {
		fail(c, err)
		return nil
	}
	return ss
}

// ouvreSession implements emailSessionSMTP.OuvreSession() [fr:1000022306]
// and EmailOuvreSession(<emailSessionSMTP>) [fr:3032028]: connect, EHLO,
// STARTTLS or implicit TLS as Option asks, AUTH when Nom and MotDePasse
// (or AuthToken) are set (DECISIONS 13a). Vrai on success; otherwise Faux
// with ErreurDétectée and an ErreurInfo naming the server and the reason.
func ouvreSession(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "session", &v); err != nil {
		return runtime.Null, err
	}
	s := v.Struct()
	st := runState(c.Run)
	sess := s.Native.(*session)
	sess.st = st
	if sess.smtp != nil {
		_ = sess.close(c.Run.Context())
	}
	p := openParams{
		host:     strings.TrimSpace(s.Fields[fAdresse].Text()),
		port:     s.Fields[fPort].ToInt(),
		user:     s.Fields[fNom].Text(),
		password: s.Fields[fMotDePasse].Text(),
		option:   s.Fields[fOption].ToInt(),
		ignore:   s.Fields[fIgnoreErreur].ToInt(),
	}
	if tok := s.Fields[fAuthToken]; !tok.IsNull() {
		p.token = tok.Text()
	}
	if truthy(s.Fields[fAsynchrone]) {
		if !asyncOpen(c, p) {
			if e := c.Run.LastError(); e != nil && p.user != "" {
				st.failed[p.user] = e
			}
			return runtime.Bool(false), nil
		}
		delete(st.failed, p.user)
		sess.name, sess.async, sess.aopen, sess.params, sess.timeout = p.user, true, true, p, st.timeout
		st.register(sess)
		return runtime.Bool(true), nil
	}
	ss := openSMTP(c, p)
	if ss == nil {
		if e := c.Run.LastError(); e != nil && p.user != "" {
			st.failed[p.user] = e
		}
		return runtime.Bool(false), nil
	}
	delete(st.failed, p.user)
	sess.smtp = ss
	sess.name = p.user
	sess.async = truthy(s.Fields[fAsynchrone])
	st.register(sess)
	return runtime.Bool(true), nil
}

// fermeSession implements FermeSession / EmailFermeSession(<variable>): QUIT.
func fermeSession(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "session", &v); err != nil {
		return runtime.Null, err
	}
	sess := v.Struct().Native.(*session)
	if sess.st == nil {
		sess.st = runState(c.Run)
	}
	if err := sess.close(c.Run.Context()); err != nil {
		fail(c, err)
		return runtime.Bool(false), nil
	}
	return runtime.Bool(true), nil
}

// fail records a failure as a non-fatal error. errCode is the SMTP reply
// code when the server answered, else 1.
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
	// Every other error of the family is a diag.Error: both languages.
	var m diag.Error
	if errors.As(err, &m) {
		c.Fail(1, m.Message("fr"), m.Message("en"))
		return
	}
	c.Fail(1, err.Error(), err.Error())
}

// changeTimeOut implements EmailChangeTimeOut(n) [fr:3032001]: n seconds,
// or a Durée; it applies to the sessions opened afterwards (DECISIONS 18).
func changeTimeOut(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "durée", &v); err != nil {
		return runtime.Null, err
	}
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

// litTimeOut implements EmailLitTimeOut(): the time-out of
// the sessions opened from now on, in seconds.
func litTimeOut(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return runtime.Int(int64(runState(c.Run).timeout / time.Second)), nil
}

// parametre implements EmailParamètre [fr:1000022269]. There is one
// implementation, the multiplatform one: mode 0 and 1 are accepted and
// change nothing (DECISIONS 17); other values are an error.
func parametre(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var opt, val int64
	if err := c.Unpack(args, "option", &opt, "valeur", &val); err != nil {
		return runtime.Null, err
	}
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

// truthy reads a booléen or an emailSynchrone/emailAsynchrone constant.
func truthy(v runtime.Value) bool {
	if b, ok := v.Truth(); ok {
		return b
	}
	return v.ToInt() != 0
}
