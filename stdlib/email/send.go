package email

import (
	"net"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email/compose"
	"github.com/wlangage/wl/stdlib/email/smtpx"
)

// emailEnvoieMessage implements EmailEnvoieMessage [fr:3032005]:
//
//	EmailEnvoieMessage(<session> [, <Email> [, <options>]])
//	EmailEnvoieMessage()
//
// <session> is a user name (EmailOuvreSessionSMTP, EmailOuvreSession, or
// the Nom of an opened session variable) or an emailSessionSMTP variable;
// without <Email> the global Email structure is sent. Without any
// argument (the PHP syntax, where php.ini names the server) the message
// goes to the host's relay through a session opened for it alone.
func emailEnvoieMessage(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	if len(args) == 0 {
		return sendWithoutSession(c)
	}
	var sv, mv runtime.Value
	var opts int64
	if err := c.Unpack(args, "session", &sv, "email?", &mv, "options?", &opts); err != nil {
		return runtime.Null, err
	}
	var sess *session
	if s := sv.Struct(); s != nil {
		if s.Type != SessionSMTP {
			return runtime.Null, c.Errorf(0, "EmailEnvoieMessage attend un nom d'utilisateur ou une variable emailSessionSMTP",
				"EmailSendMessage expects a user name or an emailSMTPSession variable")
		}
		sess = s.Native.(*session)
	} else {
		name := sv.Text()
		st := runState(c.Run)
		sess = st.lookup(name)
		if sess == nil {
			fr := c.Name + " : aucune session SMTP n'est ouverte pour l'utilisateur « " + name + " »"
			en := c.Name + ": no SMTP session is open for the user '" + name + "'"
			if e := st.failed[name]; e != nil {
				// The open failed and the script did not look: say why.
				fr += " (l'ouverture a échoué : " + e.FR + ")"
				en += " (the open failed: " + e.EN + ")"
			}
			c.Fail(1, fr, en)
			return runtime.Bool(false), nil
		}
	}
	return send(c, sess, mv, !c.Omit(args, 1), opts)
}

// envoieMessageMethod implements <emailSessionSMTP>.EnvoieMessage
// [fr:1000022314].
func envoieMessageMethod(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var sv, mv runtime.Value
	var opts int64
	if err := c.Unpack(args, "session", &sv, "email?", &mv, "options?", &opts); err != nil {
		return runtime.Null, err
	}
	return send(c, sv.Struct().Native.(*session), mv, !c.Omit(args, 1), opts)
}

// sendWithoutSession is EmailEnvoieMessage() with no argument.
func sendWithoutSession(c *runtime.Call) (runtime.Value, error) {
	hc := hostConfig(c.Run)
	if hc.Relay == "" && !hc.InProcess {
		c.Fail(1, "EmailEnvoieMessage sans session : aucun serveur SMTP n'est configuré par l'hôte (--smtp-relay) ; ouvrez une session avec EmailOuvreSessionSMTP",
			"EmailSendMessage without a session: the host configured no SMTP server (--smtp-relay); open a session with EmailStartSMTPSession")
		return runtime.Bool(false), nil
	}
	// The host's server stands for php.ini's: its name is the session's.
	p := openParams{host: "localhost"} // the in-process sink takes it
	if h, port, err := net.SplitHostPort(hc.Relay); err == nil {
		p.host = h
		p.port, _ = strconv.ParseInt(port, 10, 64)
	}
	ss := openSMTP(c, p)
	if ss == nil {
		return runtime.Bool(false), nil
	}
	st := runState(c.Run)
	sess := &session{smtp: ss, st: st}
	st.register(sess)
	defer sess.close(c.Run.Context())
	return send(c, sess, runtime.Null, false, 0)
}

// send sends the Email variable mv (the Email structure when hasMsg is
// false) with the options opts on sess.
func send(c *runtime.Call, sess *session, mv runtime.Value, hasMsg bool, opts int64) (runtime.Value, error) {
	st := runState(c.Run)
	var msg *runtime.Struct
	if hasMsg {
		msg = mv.Struct()
		if msg == nil || (msg.Type != EmailType && msg.Type != StructureType) {
			return runtime.Null, c.Errorf(0, "%s : le deuxième paramètre doit être une variable de type Email", "%s: the second parameter must be an Email variable", c.Name)
		}
	} else {
		msg = globalEmail(c.Run)
	}
	if sess != nil && sess.aopen {
		ok := sendAsync(c, sess, msg, opts)
		if msg.Type == StructureType {
			msg.Fields[sErreur] = runtime.Str("")
			if e := c.Run.LastError(); !ok && e != nil {
				msg.Fields[sErreur] = runtime.Str(e.Message(c.Run.Lang))
			}
		}
		return runtime.Bool(ok), nil
	}
	st.nextID++
	id := st.nextID
	setID(msg, id)
	ok := sendOne(c, sess, msg, opts)
	stt := &sendStatus{state: statusSent}
	if !ok {
		stt.state = statusError
		if e := c.Run.LastError(); e != nil {
			stt.code, stt.fr, stt.en = e.Code, e.FR, e.EN
		}
	}
	st.status[id] = stt
	if msg.Type == StructureType {
		if ok {
			msg.Fields[sErreur] = runtime.Str("")
		} else if e := c.Run.LastError(); e != nil {
			msg.Fields[sErreur] = runtime.Str(e.Message(c.Run.Lang))
		}
	}
	return runtime.Bool(ok), nil
}

// setID gives the message its identifier for EmailEtat (Email.ID,
// Email.IdentifiantEmailAsynchrone, or the structure's IdentifiantMail).
func setID(msg *runtime.Struct, id int64) {
	if msg.Type == StructureType {
		msg.Fields[sIdentifiantMail] = runtime.Int(id)
		msg.Fields[sID] = runtime.Str(strconv.FormatInt(id, 10))
		return
	}
	msg.Fields[eID] = runtime.Str(strconv.FormatInt(id, 10))
	msg.Fields[eIdentifiantAsync] = runtime.Str(strconv.FormatInt(id, 10))
}

// build describes and composes msg as the session sends it; on failure it records the
// error and returns false.
func build(c *runtime.Call, sess *session, msg *runtime.Struct, opts int64) (*compose.Message, *compose.Result, bool) {
	m, err := describe(c, msg, opts)
	if err != nil {
		fail(c, err)
		return nil, nil, false
	}
	res, err := compose.BuildCached(m, &sess.built)
	if err != nil {
		fail(c, err)
		return nil, nil, false
	}
	return m, res, true
}

// sendOne builds and transmits one message; on failure it records the
// error and returns false.
func sendOne(c *runtime.Call, sess *session, msg *runtime.Struct, opts int64) bool {
	if sess == nil || sess.smtp == nil {
		c.Fail(1, c.Name+" : la session SMTP n'est pas ouverte", c.Name+": the SMTP session is not open")
		return false
	}
	_, res, ok := build(c, sess, msg, opts)
	if !ok {
		return false
	}
	if err := sess.smtp.Send(c.Run.Context(), smtpx.Envelope{From: res.From, To: res.To}, res.Data); err != nil {
		fail(c, err)
		return false
	}
	return true
}

// describe turns an Email variable or the Email structure into a
// compose.Message. opts are the advanced options of EmailEnvoieMessage:
// emailOptionMessageID and emailOptionRéférence select MessageID and
// Référence; emailOptionEncodeEntête changes nothing because headers are
// always encoded when they need it; Bcc never goes into the headers.
func describe(c *runtime.Call, s *runtime.Struct, opts int64) (*compose.Message, error) {
	f := s.Fields
	m := &compose.Message{Date: c.Run.Now()}
	if diag.English(c.Run.Lang) {
		m.Fields = &englishFields
	}
	x := membersOf(s.Type)
	m.From, m.ReplyTo, m.ReturnPath = f[x.from].Text(), f[x.replyTo].Text(), f[x.returnPath].Text()
	m.Subject, m.Text, m.HTML = f[x.subject].Text(), f[x.text].Text(), f[x.html].Text()
	m.ReturnReceipt, m.ReadReceipt = truthy(f[x.returnReceipt]), truthy(f[x.readReceipt])
	m.Priority, m.Sensitivity = priority(f[x.priority]), sensitivity(f[x.sensitivity])
	m.Keywords = f[x.keywords].Text()
	if opts&sendMessageID != 0 {
		m.MessageID = f[x.messageID].Text()
	}
	if opts&sendReference != 0 {
		m.References = f[x.references].Text()
	}
	if s.Type == StructureType {
		m.To = counted(f[sDestinataire], f[sNbDestinataire])
		m.Cc = counted(f[sCc], f[sNbCc])
		m.Bcc = counted(f[sCci], f[sNbCci])
		files := counted(f[sAttache], f[sNbAttache])
		types, descs, ids := list(f[sAttacheContentType]), list(f[sAttacheContentDescription]), list(f[sIdentifiantAttache])
		for i, name := range files {
			a, err := fileAttachment(c.Run, name)
			if err != nil {
				return nil, err
			}
			a.ContentType, a.Description, a.ContentID = at(types, i), at(descs, i), at(ids, i)
			m.Attachments = append(m.Attachments, a)
		}
		return m, nil
	}
	m.To, m.Cc, m.Bcc = list(f[eDestinataire]), list(f[eCc]), list(f[eCci])
	for _, v := range elements(f[eAttache]) {
		a := v.Struct()
		if a == nil || a.Type != AttacheType {
			// A file name added to Attache: the file is attached.
			name := v.Text()
			if name == "" {
				continue
			}
			a, err := fileAttachment(c.Run, name)
			if err != nil {
				return nil, err
			}
			m.Attachments = append(m.Attachments, a)
			continue
		}
		m.Attachments = append(m.Attachments, compose.Attachment{
			Name:        a.Fields[aNom].Text(),
			Data:        []byte(a.Fields[aContenu].Text()),
			ContentType: a.Fields[aContentType].Text(),
			Description: a.Fields[aContentDescription].Text(),
			ContentID:   a.Fields[aIdentifiant].Text(),
		})
	}
	for _, v := range elements(f[eEntete]) {
		if h := v.Struct(); h != nil && h.Type == EnteteType {
			m.Headers = append(m.Headers, compose.Header{Name: h.Fields[hNom].Text(), Value: h.Fields[hValeur].Text()})
		}
	}
	return m, nil
}

// englishFields are the property names quoted in English messages.
var englishFields = compose.FieldNames{
	From: "Sender", ReplyTo: "SenderAddress", ReturnPath: "ErrorReturnAddress",
	To: "Recipient", Cc: "Cc", Bcc: "Bcc", Subject: "Subject", Keywords: "Category",
	MessageID: "MessageID", References: "Reference", Headers: "Header", Attachments: "Attach",
}

// elements returns the values of an array member; a single value stands
// for a one-element array (Destinataire = "x"), Null for none.
func elements(v runtime.Value) []runtime.Value {
	switch v.Kind() {
	case runtime.KArray:
		return v.Array().Data
	case runtime.KNull:
		return nil
	}
	return []runtime.Value{v}
}

// list returns the texts of an array member.
func list(v runtime.Value) []string {
	es := elements(v)
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, e.Text())
	}
	return out
}

// counted returns the elements of an array member of the Email structure,
// limited to its Nb... counter when that is set.
func counted(v, n runtime.Value) []string {
	l := list(v)
	if k := n.ToInt(); k > 0 && int(k) < len(l) {
		l = l[:k]
	}
	return l
}

// fileAttachment reads the file name (loadFile) into an attachment named
// after the file without its directory (either separator).
func fileAttachment(r *runtime.Run, name string) (compose.Attachment, error) {
	data, err := loadFile(r, name)
	if err != nil {
		return compose.Attachment{}, err
	}
	return compose.Attachment{Name: filepath.Base(strings.ReplaceAll(name, "\\", "/")), Data: data}, nil
}

func at(l []string, i int) string {
	if i < len(l) {
		return l[i]
	}
	return ""
}

// priority reads Priorité, sensitivity Confidentialité: their constants
// are compose's values (email.go); any other value is normal.
func priority(v runtime.Value) compose.Priority { return enumValue(v, compose.PriorityHigh) }

func sensitivity(v runtime.Value) compose.Sensitivity {
	return enumValue(v, compose.SensitivityPrivate)
}

// enumValue returns v as a value of E from 0 (normal) to last; 0 when
// it is outside.
func enumValue[E ~int](v runtime.Value, last E) E {
	if n := v.ToInt(); n >= 0 && n <= int64(last) {
		return E(n)
	}
	return 0
}
