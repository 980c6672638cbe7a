package email

import (
	"context"
	"errors"
	"net"
	"net/textproto"
	"strconv"
	"strings"

	goimap "github.com/emersion/go-imap/v2"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email/compose"
	"github.com/wlangage/wl/stdlib/email/imap"
	"github.com/wlangage/wl/stdlib/email/mailnet"
	"github.com/wlangage/wl/stdlib/email/mailtls"
	"github.com/wlangage/wl/stdlib/email/parse"
	"github.com/wlangage/wl/stdlib/email/pop3"
)

// Reading mail: POP3 (stdlib/email/pop3) and IMAP (stdlib/email/imap)
// sessions, designated by a user name (EmailOuvreSessionPOP3 [fr:3032022],
// EmailOuvreSessionIMAP [fr:1000019189], the POP3+SMTP syntax of
// EmailOuvreSession [fr:3032028]) or by an emailSessionPOP3 /
// emailSessionIMAP variable [fr:1000018759, fr:1000018957].
//
// Choices where the documentation leaves room:
//
//   - A POP3 session sees the mailbox as it was at open time [fr:3032022]:
//     messages keep their numbers, EmailNbMessage counts them as at open,
//     a deleted message reads as EnDehors, deletions become final when the
//     session closes (QUIT) [fr:3032027].
//   - An IMAP session lists the selected folder (INBOX at open) when it is
//     opened or changed; EmailLitMessage takes a UID [fr:3032016];
//     EmailSupprimeMessage sets \Deleted, EmailDétruit expunges.
//     Reading never sets \Seen (BODY.PEEK): EmailChangeEtat does.
//   - The option emailProtocoleSMTPS (mandatory STARTTLS for SMTP) asks
//     for mandatory STLS / STARTTLS on POP3 and IMAP as well.
//   - Email.ID holds the message's UID (IMAP) or UIDL (POP3), the
//     identifier EmailLitMessage and EmailSupprimeMessage accept back;
//     DateRéception is the Date header in local time, AAAAMMJJHHMMSSmmm;
//     TexteBrut is the body as received (undecoded), Source the whole
//     message.
//   - Destinataire, Cc and Cci hold bare addresses; Expéditeur is
//     "Nom <adresse>" when the From field has a name (fr:1000018713).

// reader is the Go side of a reading session.
type reader struct {
	proto string // "POP3" or "IMAP"
	name  string
	st    *readState
	pop   *pop3.Client
	imap  *imap.Client
	cfg   mailnet.Config
	msgs  []readMsg
	cur   int // index into msgs of the current message, -1 before the first
	// found lists the indices EmailCherchePremier selected; while it is
	// set, EmailLitSuivant / EmailLitPrécédent walk it.
	found    []int
	foundPos int
}

// readMsg is one message as listed when the session (or folder) opened.
type readMsg struct {
	num     int    // POP3 message number
	uid     uint32 // IMAP UID
	id      string // Email.ID: UIDL or UID
	size    int64
	deleted bool
}

// msgRef ties an Email variable to the message it was filled from.
type msgRef struct {
	r   *reader
	idx int
}

// readState is the per-run state of the reading half.
type readState struct {
	byName map[string][]*reader
	open   map[*reader]bool
	failed map[string]*runtime.ErrInfo
	// pending are the POP3 parts of EmailOuvreSession(user, ...) not
	// opened yet.
	pending map[string]readParams
	// attached holds the attachments of the message last read into the
	// Email structure, by name, for EmailSauveFichierAttaché(name, file).
	attached map[string][]byte
}

type readStateKey struct{}

func readerState(r *runtime.Run) *readState {
	return r.State(readStateKey{}, func() any {
		st := &readState{byName: map[string][]*reader{}, open: map[*reader]bool{}, failed: map[string]*runtime.ErrInfo{}, pending: map[string]readParams{}}
		// Sessions still open at the end are closed politely: POP3
		// deletions become final, as when WinDev ends a program.
		r.AtEnd(func() {
			for s := range st.open {
				s.close(context.Background())
			}
		})
		return st
	}).(*readState)
}

func (s *reader) close(ctx context.Context) error {
	var err error
	switch {
	case s.pop != nil:
		err = s.pop.Quit(ctx)
		s.pop = nil
	case s.imap != nil:
		err = s.imap.Logout(ctx)
		s.imap = nil
	}
	if s.st != nil {
		delete(s.st.open, s)
		l := s.st.byName[s.name]
		for i, x := range l {
			if x == s {
				s.st.byName[s.name] = append(l[:i:i], l[i+1:]...)
				break
			}
		}
		if len(s.st.byName[s.name]) == 0 {
			delete(s.st.byName, s.name)
		}
	}
	return err
}

func (s *reader) isOpen() bool { return s.pop != nil || s.imap != nil }

// failRead records a reading failure.
func failRead(c *runtime.Call, err error) {
	var me *mailnet.Error
	if errors.As(err, &me) {
		c.Fail(1, me.Message("fr"), me.Message("en"))
		return
	}
	var pe *parse.Error
	if errors.As(err, &pe) {
		c.Fail(1, pe.Message("fr"), pe.Message("en"))
		return
	}
	c.Fail(1, err.Error(), err.Error())
}

// readParams describes a reading session to open.
type readParams struct {
	proto                 string
	host                  string
	port                  int64
	user, password, token string
	option, ignore        int64
}

// openReader connects as p says. On failure it records the error and
// returns nil.
func openReader(c *runtime.Call, p readParams) *reader {
	hc := hostConfig(c.Run)
	cfg := mailnet.Config{
		Protocol:           p.proto,
		Host:               strings.TrimSpace(p.host),
		Port:               int(p.port),
		User:               p.user,
		Password:           p.password,
		Token:              p.token,
		Timeout:            runState(c.Run).timeout,
		RootCAs:            hc.RootCAs,
		AllowPlaintextAuth: hc.AllowPlaintextAuth,
		MaxSize:            hc.MaxMessageSize,
	}
	if p.proto == "POP3" {
		cfg.Relay = hc.POP3Relay
	} else {
		cfg.Relay = hc.IMAPRelay
	}
	cfg.Dial = hc.Dial
	if cfg.Host == "" {
		// As for SMTP (DECISIONS 16a), a relay never stands in for a
		// missing server address.
		cfg.Relay = ""
	}
	switch p.option {
	case optDefault:
		cfg.Security = mailtls.Plain
	case optTLS:
		cfg.Security = mailtls.ImplicitTLS
	case optStartTLS:
		cfg.Security = mailtls.StartTLS
	default:
		c.Fail(1, "Option de session "+p.proto+" inconnue : "+runtime.Int(p.option).Text(), "Unknown "+p.proto+" session option: "+runtime.Int(p.option).Text())
		return nil
	}
	if hc.InProcess && hc.Dial != nil {
		// The mail sink answers in process: credentials reach no network
		// (DECISIONS 16), and it serves each protocol on its standard
		// ports, whatever port the script names.
		cfg.AllowPlaintextAuth = true
		port := map[bool]string{false: "110", true: "995"}
		if p.proto == "IMAP" {
			port = map[bool]string{false: "143", true: "993"}
		}
		sinkPort := port[cfg.Security == mailtls.ImplicitTLS]
		cfg.Dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
			h, _, err := net.SplitHostPort(addr)
			if err != nil {
				h = addr
			}
			return hc.Dial(ctx, network, net.JoinHostPort(h, sinkPort))
		}
	}
	if p.ignore&ignoreInvalid != 0 {
		cfg.Ignore |= mailtls.IgnoreInvalidCert
	}
	if p.ignore&ignoreWrongName != 0 {
		cfg.Ignore |= mailtls.IgnoreWrongName
	}
	if p.ignore&ignoreExpired != 0 {
		cfg.Ignore |= mailtls.IgnoreExpired
	}
	ctx := c.Run.Context()
	s := &reader{proto: p.proto, name: p.user, st: readerState(c.Run), cfg: cfg, cur: -1}
	var err error
	if p.proto == "POP3" {
		s.pop, err = pop3.Dial(ctx, cfg)
		if err == nil {
			err = s.listPOP3(ctx)
		}
	} else {
		s.imap, err = imap.Dial(ctx, cfg)
		if err == nil {
			err = s.listIMAP(ctx)
		}
	}
	if err != nil {
		if s.pop != nil {
			s.pop.Close()
		}
		if s.imap != nil {
			s.imap.Close()
		}
		failRead(c, err)
		if e := c.Run.LastError(); e != nil && p.user != "" {
			s.st.failed[p.user] = e
		}
		return nil
	}
	delete(s.st.failed, p.user)
	s.st.open[s] = true
	s.st.byName[s.name] = append(s.st.byName[s.name], s)
	return s
}

// listPOP3 takes the snapshot of the mailbox (LIST + UIDL).
func (s *reader) listPOP3(ctx context.Context) error {
	l, err := s.pop.List(ctx)
	if err != nil {
		return err
	}
	s.msgs = s.msgs[:0]
	for _, e := range l {
		s.msgs = append(s.msgs, readMsg{num: e.Num, id: e.UID, size: e.Size})
	}
	return nil
}

// listIMAP lists the selected folder.
func (s *reader) listIMAP(ctx context.Context) error {
	l, err := s.imap.Messages(ctx)
	if err != nil {
		return err
	}
	s.msgs = s.msgs[:0]
	for _, m := range l {
		deleted := false
		for _, f := range m.Flags {
			if strings.EqualFold(f, `\Deleted`) {
				deleted = true
			}
		}
		s.msgs = append(s.msgs, readMsg{uid: m.UID, id: strconv.FormatUint(uint64(m.UID), 10), size: m.Size, deleted: deleted})
	}
	s.cur, s.found = -1, nil
	return nil
}

// emailOuvreSessionReader implements EmailOuvreSessionPOP3 [fr:3032022]
// and EmailOuvreSessionIMAP [fr:1000019189]:
//
//	(user, password, server [, port [, option]])
func emailOuvreSessionReader(proto string, port int64) func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		p := readParams{proto: proto, port: port}
		if err := c.Unpack(args, "utilisateur", &p.user, "motDePasse", &p.password, "serveur", &p.host,
			"port?", &p.port, "option?", &p.option); err != nil {
			return runtime.Null, err
		}
		return runtime.Bool(openReader(c, p) != nil), nil
	}
}

// deferPOP3 records the POP3 part of EmailOuvreSession(user, password,
// pop3Server, ...) [fr:3032028]. It is opened when the script first
// reads with that user name: many scripts use this syntax only to send,
// and they never contact the POP3 server (nor send it a password).
func deferPOP3(c *runtime.Call, user, password, host string, port int64) {
	readerState(c.Run).pending[user] = readParams{proto: "POP3", user: user, password: password, host: host, port: port}
}

// Field indexes of emailSessionPOP3 / emailSessionIMAP (readerSession).
const (
	rAdresse = iota
	rPort
	rNom
	rMotDePasse
	rOption
	rAuthToken
	rIgnoreErreur
)

// readerOpen implements EmailOuvreSession(<emailSessionPOP3 |
// emailSessionIMAP>) [fr:3032028] and the OuvreSession method.
func readerOpen(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var sv runtime.Value
	if err := c.Unpack(args, "session", &sv); err != nil {
		return runtime.Null, err
	}
	v := sv.Struct()
	proto := "POP3"
	if v.Type == SessionIMAP {
		proto = "IMAP"
	}
	if old, ok := v.Native.(*reader); ok && old != nil && old.isOpen() {
		old.close(c.Run.Context())
	}
	f := v.Fields
	p := readParams{proto: proto, host: f[rAdresse].Text(), port: f[rPort].ToInt(), user: f[rNom].Text(), password: f[rMotDePasse].Text(),
		option: f[rOption].ToInt(), ignore: f[rIgnoreErreur].ToInt()}
	if tok := f[rAuthToken]; !tok.IsNull() {
		p.token = tok.Text()
	}
	s := openReader(c, p)
	if s == nil {
		return runtime.Bool(false), nil
	}
	v.Native = s
	return runtime.Bool(true), nil
}

// readerClose implements EmailFermeSession(<emailSessionPOP3 |
// emailSessionIMAP>) [fr:3032006] and the FermeSession method.
func readerClose(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var sv runtime.Value
	if err := c.Unpack(args, "session", &sv); err != nil {
		return runtime.Null, err
	}
	s, _ := sv.Struct().Native.(*reader)
	if s == nil || !s.isOpen() {
		return runtime.Bool(true), nil
	}
	if err := s.close(c.Run.Context()); err != nil {
		failRead(c, err)
		return runtime.Bool(false), nil
	}
	return runtime.Bool(true), nil
}

// closeReadersByName closes every reading session of a user name
// (EmailFermeSession(user)); it reports the first error.
func closeReadersByName(c *runtime.Call, name string) error {
	st := readerState(c.Run)
	delete(st.pending, name)
	var first error
	for _, s := range append([]*reader(nil), st.byName[name]...) {
		if err := s.close(c.Run.Context()); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// readSession resolves the <Session> parameter: a user name or a session
// variable. On failure it records the error and returns nil.
func readSession(c *runtime.Call, v runtime.Value) *reader {
	if st := v.Struct(); st != nil {
		if st.Type == SessionPOP3 || st.Type == SessionIMAP {
			if s, ok := st.Native.(*reader); ok && s != nil && s.isOpen() {
				return s
			}
			c.Fail(1, c.Name+" : la session n'est pas ouverte (EmailOuvreSession)", c.Name+": the session is not open (EmailStartSession)")
			return nil
		}
		c.Fail(1, c.Name+" attend un nom d'utilisateur ou une variable emailSessionPOP3 ou emailSessionIMAP",
			c.Name+" expects a user name or an emailPOP3Session or emailIMAPSession variable")
		return nil
	}
	st := readerState(c.Run)
	name := v.Text()
	l := st.byName[name]
	if len(l) > 0 {
		return l[len(l)-1]
	}
	if p, ok := st.pending[name]; ok {
		delete(st.pending, name)
		return openReader(c, p)
	}
	if e := st.failed[name]; e != nil {
		c.Fail(1, c.Name+" : aucune session de lecture ouverte pour « "+name+" » ; son ouverture a échoué : "+e.FR,
			c.Name+": no reading session is open for '"+name+"'; opening it failed: "+e.EN)
		return nil
	}
	c.Fail(1, c.Name+" : aucune session POP3 ou IMAP ouverte pour « "+name+" »", c.Name+": no POP3 or IMAP session is open for '"+name+"'")
	return nil
}

// target is the Email variable to fill: v when given, else the Email
// structure. ok is false when v is something else.
func target(c *runtime.Call, v runtime.Value, given bool) (*runtime.Struct, bool) {
	if !given {
		return globalEmail(c.Run), true
	}
	s := v.Struct()
	if s == nil || (s.Type != EmailType && s.Type != StructureType) {
		return nil, false
	}
	return s, true
}

func isEmail(v runtime.Value) bool {
	s := v.Struct()
	return s != nil && (s.Type == EmailType || s.Type == StructureType)
}

// setOut sets EnDehors.
func setOut(m *runtime.Struct, out bool) { m.Fields[membersOf(m.Type).out] = runtime.Bool(out) }

// fetch reads message idx (header only when header is set).
func (s *reader) fetch(ctx context.Context, idx int, header bool) ([]byte, error) {
	m := s.msgs[idx]
	if s.pop != nil {
		// The size LIST gave is checked first: a message over the limit
		// is refused without being downloaded, and the session goes on.
		if max := s.cfg.MaxSizeOrDefault(); !header && m.size > max {
			return nil, &mailnet.Error{Protocol: "POP3", Op: "read", Kind: mailtls.KindTooLarge, Server: s.cfg.Server(), Size: max}
		}
		if header {
			return s.pop.Top(ctx, m.num, 0)
		}
		return s.pop.Retr(ctx, m.num)
	}
	return s.imap.Fetch(ctx, m.uid, header)
}

// readInto reads message idx into the Email m: Vrai when read. A message
// over the size limit or that cannot be decoded sets the error (the rest
// of the mailbox stays readable); Source is filled even then.
func (s *reader) readInto(c *runtime.Call, idx int, m *runtime.Struct, header bool) runtime.Value {
	raw, err := s.fetch(c.Run.Context(), idx, header)
	if err != nil {
		failRead(c, err)
		emailRAZFields(m)
		setOut(m, true)
		return runtime.Bool(false)
	}
	parser := parse.Parse
	if header {
		parser = parse.ParseHeader
	}
	pm, perr := parser(raw)
	fill(c, m, pm, s.msgs[idx].id)
	m.Native = &msgRef{r: s, idx: idx}
	if perr != nil {
		failRead(c, perr)
		return runtime.Bool(false)
	}
	return runtime.Bool(true)
}

func emailRAZFields(m *runtime.Struct) {
	fresh := runtime.NewStruct(m.Type)
	copy(m.Fields, fresh.Fields)
}

// fill writes a decoded message into an Email variable or the Email
// structure (fr:1000018713, fr:3032029).
func fill(c *runtime.Call, m *runtime.Struct, p *parse.Message, id string) {
	emailRAZFields(m)
	strs := func(l []string) runtime.Value {
		a := &runtime.Array{Elem: runtime.TypeString, Grow: 1}
		for _, x := range l {
			a.Append(runtime.Str(x))
		}
		return runtime.ArrayValue(a)
	}
	date := ""
	if !p.Date.IsZero() {
		// In the run's local zone: that of its clock (time.Local unless
		// an embedder or the tests fix it), as DateVersChaîne's masks.
		date = p.Date.In(c.Run.Now().Location()).Format("20060102150405") + "000"
	}
	set := func(i int, v runtime.Value) { m.Fields[i] = v }
	mb := membersOf(m.Type)
	set(mb.from, runtime.Str(p.From))
	set(mb.replyTo, runtime.Str(p.ReplyTo))
	set(mb.returnPath, runtime.Str(p.ReturnPath))
	set(mb.subject, runtime.Str(p.Subject))
	set(mb.text, runtime.Str(p.Text))
	set(mb.html, runtime.Str(p.HTML))
	set(mb.returnReceipt, runtime.Bool(p.ReturnReceipt))
	set(mb.readReceipt, runtime.Bool(p.ReadReceipt))
	set(mb.priority, runtime.Int(int64(p.Priority)))
	set(mb.sensitivity, runtime.Int(int64(p.Sensitivity)))
	set(mb.keywords, runtime.Str(p.Keywords))
	set(mb.messageID, runtime.Str(p.MessageID))
	set(mb.references, runtime.Str(p.References))
	set(mb.id, runtime.Str(id))
	set(mb.received, runtime.Str(date))
	set(mb.source, runtime.Str(string(p.Source)))
	set(mb.raw, runtime.Str(string(p.Body)))
	set(mb.out, runtime.Bool(false))
	if m.Type == StructureType {
		set(sDestinataire, strs(p.To))
		set(sNbDestinataire, runtime.Int(int64(len(p.To))))
		set(sCc, strs(p.Cc))
		set(sNbCc, runtime.Int(int64(len(p.Cc))))
		set(sCci, strs(p.Bcc))
		set(sNbCci, runtime.Int(int64(len(p.Bcc))))
		var names, types, descs, ids []string
		st := readerState(c.Run)
		st.attached = map[string][]byte{}
		for _, a := range p.Attachments {
			names = append(names, a.Name)
			types = append(types, a.ContentType)
			descs = append(descs, a.Description)
			ids = append(ids, a.ContentID)
			st.attached[a.Name] = a.Data
		}
		set(sAttache, strs(names))
		set(sNbAttache, runtime.Int(int64(len(names))))
		set(sAttacheContentType, strs(types))
		set(sAttacheContentDescription, strs(descs))
		set(sIdentifiantAttache, strs(ids))
		return
	}
	set(eDestinataire, strs(p.To))
	set(eCc, strs(p.Cc))
	set(eCci, strs(p.Bcc))
	atts := structArray(AttacheType)()
	for _, a := range p.Attachments {
		x := runtime.NewStruct(AttacheType)
		x.Fields[aNom] = runtime.Str(a.Name)
		x.Fields[aContenu] = runtime.Buffer(a.Data)
		x.Fields[aContentType] = runtime.Str(a.ContentType)
		x.Fields[aContentDescription] = runtime.Str(a.Description)
		x.Fields[aIdentifiant] = runtime.Str(a.ContentID)
		atts.Array().Append(runtime.StructValue(x))
	}
	set(eAttache, atts)
	hdrs := structArray(EnteteType)()
	for _, h := range p.Headers {
		// Entête lists the fields the properties do not carry (Received,
		// X-Priority, List-Id...), so that a message read can be built
		// or sent again.
		if compose.IsReserved(textproto.CanonicalMIMEHeaderKey(h.Name)) {
			continue
		}
		x := runtime.NewStruct(EnteteType)
		x.Fields[hNom] = runtime.Str(h.Name)
		x.Fields[hValeur] = runtime.Str(h.Value)
		hdrs.Array().Append(runtime.StructValue(x))
	}
	set(eEntete, hdrs)
}

// Moves of EmailLit….
const (
	moveFirst = iota
	moveNext
	movePrev
	moveLast
)

// next finds the index the move leads to (-1 when out of the mailbox).
func (s *reader) next(move int) int {
	if s.found != nil {
		switch move {
		case moveFirst:
			s.foundPos = 0
		case moveNext:
			s.foundPos++
		case movePrev:
			s.foundPos--
		case moveLast:
			s.foundPos = len(s.found) - 1
		}
		if s.foundPos < 0 || s.foundPos >= len(s.found) {
			s.foundPos = max(-1, min(s.foundPos, len(s.found)))
			return -1
		}
		return s.found[s.foundPos]
	}
	i, step := 0, 1
	switch move {
	case moveNext:
		i = s.cur + 1
	case movePrev:
		i, step = s.cur-1, -1
		if s.cur < 0 {
			i = -1
		}
	case moveLast:
		i, step = len(s.msgs)-1, -1
	}
	for i >= 0 && i < len(s.msgs) && s.proto == "POP3" && s.msgs[i].deleted {
		i += step
	}
	if i < 0 || i >= len(s.msgs) {
		if move == moveNext {
			s.cur = len(s.msgs)
		} else if move == movePrev {
			s.cur = -1
		}
		return -1
	}
	s.cur = i
	return i
}

// litFunc implements EmailLitPremier [fr:3032014], EmailLitSuivant
// [fr:3032004], EmailLitPrécédent [fr:3032008], EmailLitDernier
// [fr:3032010] and their EmailLitEntête… variants [fr:3032013, 3032018,
// 3032019, 3032015]: (session [, Email]).
func litFunc(move int, header bool) func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		var sv, ev runtime.Value
		if err := c.Unpack(args, "session", &sv, "email?", &ev); err != nil {
			return runtime.Null, err
		}
		m, ok := target(c, ev, !c.Omit(args, 1))
		if !ok {
			return runtime.Null, c.Errorf(0, "%s attend une variable de type Email en deuxième paramètre", "%s expects an Email variable as second parameter", c.Name)
		}
		s := readSession(c, sv)
		if s == nil {
			return runtime.Bool(false), nil
		}
		i := s.next(move)
		if i < 0 {
			emailRAZFields(m)
			setOut(m, true)
			return runtime.Bool(false), nil
		}
		return s.readInto(c, i, m, header), nil
	}
}

// indexOf finds the message a number designates: the POP3 message number
// or the IMAP UID; -1 when there is none.
func (s *reader) indexOf(n int64) int {
	for i, m := range s.msgs {
		if (s.proto == "POP3" && int64(m.num) == n) || (s.proto == "IMAP" && int64(m.uid) == n) {
			return i
		}
	}
	return -1
}

// litMessage implements EmailLitMessage [fr:3032016] and
// EmailLitEntêteMessage [fr:3032012]: (session [, Email], number). The
// position does not move.
func litMessage(header bool) func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		if len(args) < 2 {
			return runtime.Null, c.Errorf(0, "%s attend le numéro du message", "%s expects the message number", c.Name)
		}
		var sv, ev runtime.Value
		var num int64
		var err error
		m := globalEmail(c.Run)
		if len(args) >= 3 {
			if err = c.Unpack(args, "session", &sv, "email?", &ev, "numéro", &num); err == nil {
				var ok bool
				if m, ok = target(c, ev, !c.Omit(args, 1)); !ok {
					return runtime.Null, c.Errorf(0, "%s attend une variable de type Email en deuxième paramètre", "%s expects an Email variable as second parameter", c.Name)
				}
			}
		} else {
			err = c.Unpack(args, "session", &sv, "numéro", &num)
		}
		if err != nil {
			return runtime.Null, err
		}
		s := readSession(c, sv)
		if s == nil {
			return runtime.Bool(false), nil
		}
		i := s.indexOf(num)
		if i < 0 || (s.proto == "POP3" && s.msgs[i].deleted) {
			emailRAZFields(m)
			setOut(m, true)
			return runtime.Bool(false), nil
		}
		return s.readInto(c, i, m, header), nil
	}
}

// emailNbMessage implements EmailNbMessage [fr:3032024]: POP3, the
// messages listed at open (deleted ones included, as documented); IMAP,
// the messages of the selected folder now (new arrivals and expunges
// count). -1 on error.
func emailNbMessage(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var sv runtime.Value
	if err := c.Unpack(args, "session", &sv); err != nil {
		return runtime.Null, err
	}
	s := readSession(c, sv)
	if s == nil {
		return runtime.Int(-1), nil
	}
	if s.imap != nil {
		if err := s.refreshIMAP(c.Run.Context()); err != nil {
			failRead(c, err)
			return runtime.Int(-1), nil
		}
	}
	return runtime.Int(int64(len(s.msgs))), nil
}

// refreshIMAP lists the selected folder again when its message count
// changed, keeping the current message (by UID).
func (s *reader) refreshIMAP(ctx context.Context) error {
	n, err := s.imap.Count(ctx)
	if err != nil || int(n) == len(s.msgs) {
		return err
	}
	var uid uint32
	if s.cur >= 0 && s.cur < len(s.msgs) {
		uid = s.msgs[s.cur].uid
	}
	atEnd := s.cur >= len(s.msgs)
	if err := s.listIMAP(ctx); err != nil {
		return err
	}
	for i, m := range s.msgs {
		if uid != 0 && m.uid <= uid {
			s.cur = i
		}
	}
	if atEnd {
		s.cur = len(s.msgs)
	}
	return nil
}

// emailTailleMessage implements EmailTailleMessage [fr:3032030]:
// (session [, number]); the current message without a number.
func emailTailleMessage(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var sv runtime.Value
	num := int64(-1)
	if err := c.Unpack(args, "session", &sv, "numéro?", &num); err != nil {
		return runtime.Null, err
	}
	s := readSession(c, sv)
	if s == nil {
		return runtime.Int(0), nil
	}
	i := s.cur
	if !c.Omit(args, 1) {
		i = s.indexOf(num)
	}
	if i < 0 || i >= len(s.msgs) {
		c.Fail(1, c.Name+" : aucun message ne porte ce numéro", c.Name+": no message has this number")
		return runtime.Int(0), nil
	}
	return runtime.Int(s.msgs[i].size), nil
}

// emailRecupereTout implements EmailRécupèreTout [fr:1000018727]: an
// array of Email holding every message (POP3: the ones not deleted). The
// messages are always read whole: ertEntête (the default) and
// ertAsynchrone, which fetch bodies on demand in WinDev, give the same
// values here; ertNonLus keeps the unseen messages (IMAP only). A message
// that cannot be read or decoded sets the error and is left out; the
// others are still returned.
func emailRecupereTout(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	out := &runtime.Array{Elem: structType(EmailType), Grow: 1}
	var sv runtime.Value
	var opts int64
	if err := c.Unpack(args, "session", &sv, "options?", &opts); err != nil {
		return runtime.Null, err
	}
	s := readSession(c, sv)
	if s == nil {
		return runtime.ArrayValue(out), nil
	}
	var only map[uint32]bool
	if opts&ertUnread != 0 {
		if s.imap == nil {
			c.Fail(1, c.Name+" : ertNonLus n'est pas disponible avec le protocole POP3", c.Name+": ertNonLus is not available with POP3")
			return runtime.ArrayValue(out), nil
		}
		uids, err := s.imap.Search(c.Run.Context(), &goimap.SearchCriteria{NotFlag: []goimap.Flag{goimap.FlagSeen}})
		if err != nil {
			failRead(c, err)
			return runtime.ArrayValue(out), nil
		}
		only = map[uint32]bool{}
		for _, u := range uids {
			only[u] = true
		}
	}
	var firstErr *runtime.ErrInfo
	for i := range s.msgs {
		if (s.proto == "POP3" && s.msgs[i].deleted) || (only != nil && !only[s.msgs[i].uid]) {
			continue
		}
		m := runtime.NewStruct(EmailType)
		if ok, _ := s.readInto(c, i, m, false).Truth(); ok {
			out.Append(runtime.StructValue(m))
		} else if firstErr == nil {
			firstErr = c.Run.LastError()
		}
	}
	if firstErr != nil {
		c.Fail(firstErr.Code, firstErr.FR, firstErr.EN)
	}
	return runtime.ArrayValue(out), nil
}

// emailSupprimeMessage implements EmailSupprimeMessage [fr:3032027]:
// (session [, Email or number]); the last message read without one.
// POP3: DELE, final at close; IMAP: \Deleted, final at EmailDétruit.
func emailSupprimeMessage(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var sv, which runtime.Value
	if err := c.Unpack(args, "session", &sv, "message?", &which); err != nil {
		return runtime.Null, err
	}
	s := readSession(c, sv)
	if s == nil {
		return runtime.Bool(false), nil
	}
	i := s.cur
	var m *runtime.Struct
	if !c.Omit(args, 1) {
		if isEmail(which) {
			m = which.Struct()
			ref, _ := m.Native.(*msgRef)
			if ref == nil || ref.r != s {
				c.Fail(1, c.Name+" : cet email n'a pas été lu par cette session", c.Name+": this email was not read by this session")
				return runtime.Bool(false), nil
			}
			i = ref.idx
		} else {
			i = s.indexOf(which.ToInt())
		}
	} else {
		m = globalEmail(c.Run)
	}
	if i < 0 || i >= len(s.msgs) || (s.proto == "POP3" && s.msgs[i].deleted) {
		c.Fail(1, c.Name+" : aucun message à supprimer (numéro inconnu, ou message déjà supprimé)", c.Name+": no message to delete (unknown number, or message already deleted)")
		return runtime.Bool(false), nil
	}
	ctx := c.Run.Context()
	var err error
	if s.pop != nil {
		err = s.pop.Dele(ctx, s.msgs[i].num)
	} else {
		err = s.imap.Store(ctx, s.msgs[i].uid, true, `\Deleted`)
	}
	if err != nil {
		failRead(c, err)
		return runtime.Bool(false), nil
	}
	s.msgs[i].deleted = true
	if m != nil {
		setOut(m, true)
	}
	return runtime.Bool(true), nil
}
