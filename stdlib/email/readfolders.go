package email

import (
	"context"
	"errors"
	"slices"
	"strings"

	goimap "github.com/emersion/go-imap/v2"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email/compose"
	"github.com/wlangage/wl/stdlib/email/parse"
	"github.com/wlangage/wl/stdlib/files"
)

// Values of the reading constants (distinct values of our choosing;
// combinable ones are bit flags).
const (
	lstNormal = 0
	lstAll    = 1
	lstSorted = 2
	lstType   = 4

	partBody      = 1
	partRecipient = 2
	partSender    = 4
	partMessageID = 8
	partSubject   = 16

	stateRead   = 1
	stateUnread = 2

	readAll    = 0
	readUnread = 1

	ertHeader   = 0
	ertComplete = 1
	ertUnread   = 2
	ertAsync    = 4
)

// imapOnly resolves an IMAP session; POP3 sessions get a clear error.
func imapOnly(c *runtime.Call, v runtime.Value) *reader {
	s := readSession(c, v)
	if s == nil {
		return nil
	}
	if s.imap == nil {
		c.Fail(1, c.Name+" n'est disponible que sur une session IMAP", c.Name+" is only available on an IMAP session")
		return nil
	}
	return s
}

// imapArgs unpacks a session followed by the name/pointer pairs of spec,
// as Unpack does, and resolves it as an IMAP session (imapOnly).
func imapArgs(c *runtime.Call, args []runtime.Value, spec ...any) (*reader, error) {
	var sv runtime.Value
	if err := c.Unpack(args, append([]any{"session", &sv}, spec...)...); err != nil {
		return nil, err
	}
	return imapOnly(c, sv), nil
}

// imapMessage unpacks (session, email, spec...) and resolves the message
// the Email variable was read from in that IMAP session; ref is nil, the
// failure recorded, when either does not resolve.
func imapMessage(c *runtime.Call, args []runtime.Value, spec ...any) (s *reader, ref *msgRef, err error) {
	var ev runtime.Value
	s, err = imapArgs(c, args, append([]any{"email", &ev}, spec...)...)
	if err != nil || s == nil {
		return nil, nil, err
	}
	return s, refOf(c, ev, s), nil
}

// boolResult ends an IMAP operation the WLangage way: Faux with the
// failure recorded, else Vrai.
func boolResult(c *runtime.Call, err error) (runtime.Value, error) {
	if err != nil {
		failRead(c, err)
		return runtime.Bool(false), nil
	}
	return runtime.Bool(true), nil
}

// emailListeDossier implements EmailListeDossier [fr:3032133]: the folder
// names separated by RC; LstDossierTrié sorts them. LstDossierType is not
// available with IMAP (as documented) and is an error.
func emailListeDossier(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var sv runtime.Value
	opt := int64(lstNormal)
	if err := c.Unpack(args, "session", &sv, "options?", &opt); err != nil {
		return runtime.Null, err
	}
	if opt&lstType != 0 {
		return runtime.Null, c.Errorf(0, "%s : LstDossierType n'est pas disponible avec le protocole IMAP", "%s: LstDossierType is not available with IMAP", c.Name)
	}
	s := imapOnly(c, sv)
	if s == nil {
		return runtime.Str(""), nil
	}
	l, err := s.imap.Folders(c.Run.Context())
	if err != nil {
		failRead(c, err)
		return runtime.Str(""), nil
	}
	if opt&lstSorted != 0 {
		slices.SortFunc(l, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	}
	return runtime.Str(strings.Join(l, "\r\n")), nil
}

// emailChangeDossier implements EmailChangeDossier [fr:3032135]: selects
// the folder and lists its messages.
func emailChangeDossier(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return onFolder(selectFolder)(c, args)
}

// selectFolder selects folder and lists its messages.
func selectFolder(ctx context.Context, s *reader, folder string) error {
	if _, err := s.imap.Select(ctx, folder); err != nil {
		return err
	}
	return s.listIMAP(ctx)
}

// onFolder builds a built-in of (session, folder) that runs act on an IMAP
// session: Vrai, or Faux with the failure recorded.
func onFolder(act func(ctx context.Context, s *reader, folder string) error) func(*runtime.Call, []runtime.Value) (runtime.Value, error) {
	return func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		var folder string
		s, err := imapArgs(c, args, "dossier", &folder)
		if err != nil {
			return runtime.Null, err
		}
		if s == nil {
			return runtime.Bool(false), nil
		}
		return boolResult(c, act(c.Run.Context(), s, folder))
	}
}

// emailDossierCourant implements EmailDossierCourant [fr:3032132].
func emailDossierCourant(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s, err := imapArgs(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if s == nil {
		return runtime.Str(""), nil
	}
	return runtime.Str(s.imap.Folder()), nil
}

// folderOp implements EmailAjouteDossier [fr:3032129] and
// EmailSupprimeDossier [fr:3032134].
func folderOp(create bool) func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return onFolder(func(ctx context.Context, s *reader, folder string) error {
		if create {
			return s.imap.Create(ctx, folder)
		}
		return s.imap.Delete(ctx, folder)
	})
}

// refOf finds the message an Email variable was read from, in session s
// (any session when s is nil).
func refOf(c *runtime.Call, v runtime.Value, s *reader) *msgRef {
	m := v.Struct()
	if m == nil || (m.Type != EmailType && m.Type != StructureType) {
		c.Fail(1, c.Name+" attend une variable de type Email", c.Name+" expects an Email variable")
		return nil
	}
	ref, _ := m.Native.(*msgRef)
	if ref == nil || !ref.r.isOpen() || (s != nil && ref.r != s) || ref.r.imap == nil {
		c.Fail(1, c.Name+" : cet email n'a pas été lu par une session IMAP ouverte", c.Name+": this email was not read by an open IMAP session")
		return nil
	}
	return ref
}

// emailCopie implements EmailCopie [fr:1000019918]: (Email, folder) or
// (session, Email, folder).
func emailCopie(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s *reader
	var sv, ev runtime.Value
	var folder string
	if len(args) == 3 {
		if err := c.Unpack(args, "session", &sv, "email", &ev, "dossier", &folder); err != nil {
			return runtime.Null, err
		}
		if s = imapOnly(c, sv); s == nil {
			return runtime.Bool(false), nil
		}
	} else if err := c.Unpack(args, "email", &ev, "dossier", &folder); err != nil {
		return runtime.Null, err
	}
	ref := refOf(c, ev, s)
	if ref == nil {
		return runtime.Bool(false), nil
	}
	return boolResult(c, ref.r.imap.Copy(c.Run.Context(), ref.r.msgs[ref.idx].uid, folder))
}

// emailChangeEtat implements EmailChangeEtat [fr:1000019112]:
// emailEtatLu sets \Seen, emailEtatNonLu removes it.
func emailChangeEtat(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var state runtime.Value
	s, ref, err := imapMessage(c, args, "état", &state)
	if err != nil {
		return runtime.Null, err
	}
	if ref == nil {
		return runtime.Bool(false), nil
	}
	var add bool
	switch state.ToInt() {
	case stateRead:
		add = true
	case stateUnread:
	default:
		return runtime.Null, c.Errorf(0, "%s : état %s inconnu (emailEtatLu ou emailEtatNonLu attendu)", "%s: unknown state %s (emailStateRead or emailStateUnread expected)", c.Name, state.Text())
	}
	return boolResult(c, s.imap.Store(c.Run.Context(), s.msgs[ref.idx].uid, add, `\Seen`))
}

// emailRecupereIndicateur implements EmailRécupèreIndicateur
// [fr:1000021263]: the message's flags, as the server names them.
func emailRecupereIndicateur(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	out := &runtime.Array{Elem: runtime.TypeString, Grow: 1}
	s, ref, err := imapMessage(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if ref == nil {
		return runtime.ArrayValue(out), nil
	}
	fl, err := s.imap.Flags(c.Run.Context(), s.msgs[ref.idx].uid)
	if err != nil {
		failRead(c, err)
		return runtime.ArrayValue(out), nil
	}
	for _, f := range fl {
		out.Append(runtime.Str(f))
	}
	return runtime.ArrayValue(out), nil
}

// emailDetruit implements EmailDétruit [fr:1000021553]: expunges the
// selected folder and lists it again.
func emailDetruit(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s, err := imapArgs(c, args)
	if err != nil {
		return runtime.Null, err
	}
	if s == nil {
		return runtime.Bool(false), nil
	}
	ctx := c.Run.Context()
	err = s.imap.Expunge(ctx)
	if err == nil {
		err = s.listIMAP(ctx)
	}
	return boolResult(c, err)
}

// emailCherchePremier implements EmailCherchePremier [fr:3032131]:
// (session, [Email,] parts, value [, mode]). The parts (emailCorps,
// emailDestinataire, emailExpéditeur, emailMessageID, emailSujet) are
// searched on the server (IMAP SEARCH, any of them matching); the first
// message found is read, and EmailLitSuivant / EmailLitPrécédent walk the
// others. None found: Faux, EnDehors Vrai, no error.
func emailCherchePremier(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	m := globalEmail(c.Run)
	i := 1
	if len(args) > 1 && isEmail(args[1]) { // the form with an Email
		i = 2
	}
	if len(args) < i+2 {
		return runtime.Null, c.Errorf(0, "%s attend la partie de l'email et la valeur cherchée", "%s expects the part of the email and the value sought", c.Name)
	}
	var sv, ev, mode runtime.Value
	var parts int64
	var value string
	var err error
	if i == 2 {
		err = c.Unpack(args, "session", &sv, "email", &ev, "parties", &parts, "valeur", &value, "mode?", &mode)
	} else {
		err = c.Unpack(args, "session", &sv, "parties", &parts, "valeur", &value, "mode?", &mode)
	}
	if err != nil {
		return runtime.Null, err
	}
	if i == 2 {
		m = ev.Struct()
	}
	unread := false
	if !c.Omit(args, i+2) {
		if mode.Kind() == runtime.KString {
			unread = strings.EqualFold(strings.TrimSpace(mode.Text()), "NON LUS") || strings.EqualFold(strings.TrimSpace(mode.Text()), "UNREAD")
		} else {
			unread = mode.ToInt() == readUnread
		}
	}
	s := imapOnly(c, sv)
	if s == nil {
		return runtime.Bool(false), nil
	}
	var any []goimap.SearchCriteria
	add := func(p int64, keys ...string) {
		if parts&p == 0 {
			return
		}
		for _, k := range keys {
			if k == "BODY" {
				any = append(any, goimap.SearchCriteria{Body: []string{value}})
			} else {
				any = append(any, goimap.SearchCriteria{Header: []goimap.SearchCriteriaHeaderField{{Key: k, Value: value}}})
			}
		}
	}
	add(partBody, "BODY")
	add(partRecipient, "To", "Cc")
	add(partSender, "From")
	add(partMessageID, "Message-ID")
	add(partSubject, "Subject")
	if len(any) == 0 {
		return runtime.Null, c.Errorf(0, "%s : partie de l'email inconnue (%d)", "%s: unknown part of the email (%d)", c.Name, parts)
	}
	crit := any[0]
	for _, x := range any[1:] {
		crit = goimap.SearchCriteria{Or: [][2]goimap.SearchCriteria{{crit, x}}}
	}
	if unread {
		crit.NotFlag = append(crit.NotFlag, goimap.FlagSeen)
	}
	uids, err := s.imap.Search(c.Run.Context(), &crit)
	if err != nil {
		failRead(c, err)
		return runtime.Bool(false), nil
	}
	s.found = []int{}
	for _, u := range uids {
		if i := s.indexOf(int64(u)); i >= 0 {
			s.found = append(s.found, i)
		}
	}
	slices.Sort(s.found)
	idx := s.next(moveFirst)
	if idx < 0 {
		emailRAZFields(m)
		setOut(m, true)
		return runtime.Bool(false), nil
	}
	return s.readInto(c, idx, m, false), nil
}

// emailSauveFichierAttache implements EmailSauveFichierAttaché
// [fr:3032020]: (emailAttache, file) or, for the Email structure,
// (attachment name, file). The file is written through the host's file
// grant, as fSauveBuffer writes it.
func emailSauveFichierAttache(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var data []byte
	var av runtime.Value
	var file string
	if err := c.Unpack(args, "attache", &av, "fichier", &file); err != nil {
		return runtime.Null, err
	}
	if a := av.Struct(); a != nil {
		if a.Type != AttacheType {
			return runtime.Null, c.Errorf(0, "%s attend une variable emailAttache ou le nom d'un fichier attaché", "%s expects an emailAttach variable or the name of an attachment", c.Name)
		}
		data = []byte(a.Fields[aContenu].Text())
	} else {
		name := av.Text()
		d, ok := readerState(c.Run).attached[name]
		if !ok {
			c.Fail(1, c.Name+" : le message lu n'a pas de fichier attaché nommé « "+name+" »", c.Name+": the message read has no attachment named '"+name+"'")
			return runtime.Bool(false), nil
		}
		data = d
	}
	return runtime.Bool(files.SaveFile(c, file, data)), nil
}

// emailImporteSource implements EmailImporteSource [fr:1000017226]: fills
// the Email variable (or the structure) from its Source.
func emailImporteSource(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var ev runtime.Value
	if err := c.Unpack(args, "email?", &ev); err != nil {
		return runtime.Null, err
	}
	m, ok := target(c, ev, !c.Omit(args, 0))
	if !ok {
		return runtime.Null, c.Errorf(0, "%s attend une variable de type Email", "%s expects an Email variable", c.Name)
	}
	src := m.Fields[eSource].Text()
	if m.Type == StructureType {
		src = m.Fields[sSource].Text()
	}
	pm, err := parse.Parse([]byte(src))
	id := m.Fields[eID].Text()
	if m.Type == StructureType {
		id = m.Fields[sID].Text()
	}
	fill(c, m, pm, id)
	return boolResult(c, err)
}

// emailConstruitSource implements EmailConstruitSource [fr:1000017225]:
// the message as EmailEnvoieMessage would send it goes into Source.
func emailConstruitSource(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var ev runtime.Value
	var opts int64
	if err := c.Unpack(args, "email?", &ev, "options?", &opts); err != nil {
		return runtime.Null, err
	}
	m, ok := target(c, ev, !c.Omit(args, 0))
	if !ok {
		return runtime.Null, c.Errorf(0, "%s attend une variable de type Email", "%s expects an Email variable", c.Name)
	}
	cm, err := describe(c, m, opts)
	var res *compose.Result
	if err == nil {
		res, err = compose.Build(cm)
	}
	if err != nil {
		var ce *compose.Error
		var fe *fileError
		switch {
		case errors.As(err, &ce):
			c.Fail(1, ce.Message("fr"), ce.Message("en"))
		case errors.As(err, &fe):
			c.Fail(1, fe.Message("fr"), fe.Message("en"))
		default:
			fail(c, err)
		}
		return runtime.Bool(false), nil
	}
	if m.Type == StructureType {
		m.Fields[sSource] = runtime.Str(string(res.Data))
	} else {
		m.Fields[eSource] = runtime.Str(string(res.Data))
	}
	return runtime.Bool(true), nil
}

// installReaders registers the mail-reading functions and constants.
func installReaders(r *runtime.Registry) {
	r.AddFuncs([]runtime.Func{
		{Name: "EmailOuvreSessionPOP3", Aliases: []string{"EmailStartPOP3Session"}, Min: 3, Max: 5, Fallible: true, Fn: emailOuvreSessionReader("POP3", 110)},
		{Name: "EmailOuvreSessionIMAP", Aliases: []string{"EmailStartIMAPSession"}, Min: 3, Max: 5, Fallible: true, Fn: emailOuvreSessionReader("IMAP", 143)},
		{Name: "EmailLitPremier", Aliases: []string{"EmailReadFirst"}, Min: 1, Max: 2, Fallible: true, Fn: litFunc(moveFirst, false)},
		{Name: "EmailLitSuivant", Aliases: []string{"EmailReadNext"}, Min: 1, Max: 2, Fallible: true, Fn: litFunc(moveNext, false)},
		{Name: "EmailLitPrécédent", Aliases: []string{"EmailReadPrevious"}, Min: 1, Max: 2, Fallible: true, Fn: litFunc(movePrev, false)},
		{Name: "EmailLitDernier", Aliases: []string{"EmailReadLast"}, Min: 1, Max: 2, Fallible: true, Fn: litFunc(moveLast, false)},
		{Name: "EmailLitEntêtePremier", Aliases: []string{"EmailReadFirstHeader"}, Min: 1, Max: 2, Fallible: true, Fn: litFunc(moveFirst, true)},
		{Name: "EmailLitEntêteSuivant", Aliases: []string{"EmailReadNextHeader"}, Min: 1, Max: 2, Fallible: true, Fn: litFunc(moveNext, true)},
		{Name: "EmailLitEntêtePrécédent", Aliases: []string{"EmailReadPreviousHeader"}, Min: 1, Max: 2, Fallible: true, Fn: litFunc(movePrev, true)},
		{Name: "EmailLitEntêteDernier", Aliases: []string{"EmailReadLastHeader"}, Min: 1, Max: 2, Fallible: true, Fn: litFunc(moveLast, true)},
		{Name: "EmailLitMessage", Aliases: []string{"EmailReadMessage"}, Min: 2, Max: 3, Fallible: true, Fn: litMessage(false)},
		{Name: "EmailLitEntêteMessage", Aliases: []string{"EmailReadMessageHeader"}, Min: 2, Max: 3, Fallible: true, Fn: litMessage(true)},
		{Name: "EmailNbMessage", Min: 1, Max: 2, Fallible: true, Fn: emailNbMessage},
		{Name: "EmailTailleMessage", Aliases: []string{"EmailMessageLength"}, Min: 1, Max: 2, Fallible: true, Fn: emailTailleMessage},
		{Name: "EmailRécupèreTout", Aliases: []string{"EmailGetAll"}, Min: 1, Max: 2, Fallible: true, Fn: emailRecupereTout},
		{Name: "EmailSupprimeMessage", Aliases: []string{"EmailDeleteMessage"}, Min: 1, Max: 2, Fallible: true, Fn: emailSupprimeMessage},
		{Name: "EmailSauveFichierAttaché", Aliases: []string{"EmailSaveAttachment"}, Min: 2, Max: 2, Fallible: true, Fn: emailSauveFichierAttache},
		{Name: "EmailImporteSource", Aliases: []string{"EmailImportSource"}, Min: 0, Max: 1, Fallible: true, Fn: emailImporteSource},
		{Name: "EmailConstruitSource", Aliases: []string{"EmailBuildSource"}, Min: 0, Max: 2, Fallible: true, Fn: emailConstruitSource},
		{Name: "EmailListeDossier", Aliases: []string{"EmailListFolder"}, Min: 1, Max: 2, Fallible: true, Fn: emailListeDossier},
		{Name: "EmailChangeDossier", Aliases: []string{"EmailChangeFolder"}, Min: 2, Max: 2, Fallible: true, Fn: emailChangeDossier},
		{Name: "EmailDossierCourant", Aliases: []string{"EmailCurrentFolder"}, Min: 1, Max: 1, Fallible: true, Fn: emailDossierCourant},
		{Name: "EmailAjouteDossier", Aliases: []string{"EmailAddFolder"}, Min: 2, Max: 2, Fallible: true, Fn: folderOp(true)},
		{Name: "EmailSupprimeDossier", Aliases: []string{"EmailRemoveFolder"}, Min: 2, Max: 2, Fallible: true, Fn: folderOp(false)},
		{Name: "EmailCopie", Aliases: []string{"EmailCopy"}, Min: 2, Max: 3, Fallible: true, Fn: emailCopie},
		{Name: "EmailChangeEtat", Aliases: []string{"EmailChangeStatus"}, Min: 3, Max: 3, Fallible: true, Fn: emailChangeEtat},
		{Name: "EmailRécupèreIndicateur", Aliases: []string{"EmailGetIndicator"}, Min: 2, Max: 2, Fallible: true, Fn: emailRecupereIndicateur},
		{Name: "EmailDétruit", Aliases: []string{"EmailExpunge"}, Min: 1, Max: 1, Fallible: true, Fn: emailDetruit},
		{Name: "EmailCherchePremier", Aliases: []string{"EmailSeekFirst"}, Min: 3, Max: 5, Fallible: true, Fn: emailCherchePremier},
	})
	r.AddConstTable(readingConsts)
}

// readingConsts are the constants of the reading half (AddConstTable).
func readingConsts() []runtime.Const {
	ks := []struct {
		v     int64
		names []string
	}{
		{lstNormal, []string{"LstDossierNormal", "LstFolderNormal"}},
		{lstAll, []string{"LstDossierTous", "LstFolderAll"}},
		{lstSorted, []string{"LstDossierTrié", "LstFolderSorted"}},
		{lstType, []string{"LstDossierType", "LstFolderType"}},
		{partBody, []string{"emailCorps", "emailBody"}},
		{partRecipient, []string{"emailDestinataire", "emailRecipient"}},
		{partSender, []string{"emailExpéditeur", "emailSender"}},
		{partMessageID, []string{"emailMessageID"}},
		{partSubject, []string{"emailSujet", "emailSubject"}},
		{stateRead, []string{"emailEtatLu", "emailStateRead"}},
		{stateUnread, []string{"emailEtatNonLu", "emailStateUnread"}},
		{readAll, []string{"emailTous", "emailAll"}},
		{readUnread, []string{"emailNonLus", "emailUnread"}},
		{ertHeader, []string{"ertEntête", "ertHeader"}},
		{ertComplete, []string{"ertComplet", "ertComplete"}},
		{ertUnread, []string{"ertNonLus", "ertUnread"}},
		{ertAsync, []string{"ertAsynchrone", "ertAsynchronous"}},
	}
	cs := make([]runtime.Const, len(ks))
	for i, k := range ks {
		cs[i] = runtime.Const{Name: k.names[0], Aliases: k.names[1:], Value: runtime.Int(k.v)}
	}
	return cs
}

// The prefixed syntax [fr:1000022311]: the methods of the session types,
// of Email and of emailAttache that the reading half defines. A method
// receives its variable as first argument, as the function does.
func addReadingMethods() {
	both := []runtime.Func{
		{Name: "NbMessage", Min: 1, Max: 1, Fallible: true, Fn: emailNbMessage},
		{Name: "RécupèreTout", Aliases: []string{"GetAll"}, Min: 1, Max: 2, Fallible: true, Fn: emailRecupereTout},
	}
	imapOnlyMethods := []runtime.Func{
		{Name: "AjouteDossier", Aliases: []string{"AddFolder"}, Min: 2, Max: 2, Fallible: true, Fn: folderOp(true)},
		{Name: "ChangeDossier", Aliases: []string{"ChangeFolder"}, Min: 2, Max: 2, Fallible: true, Fn: emailChangeDossier},
		{Name: "ChangeEtat", Aliases: []string{"ChangeStatus"}, Min: 3, Max: 3, Fallible: true, Fn: emailChangeEtat},
		{Name: "Détruit", Aliases: []string{"Expunge"}, Min: 1, Max: 1, Fallible: true, Fn: emailDetruit},
		{Name: "DossierCourant", Aliases: []string{"CurrentFolder"}, Min: 1, Max: 1, Fallible: true, Fn: emailDossierCourant},
		{Name: "ListeDossier", Aliases: []string{"ListFolder"}, Min: 1, Max: 2, Fallible: true, Fn: emailListeDossier},
		{Name: "SupprimeDossier", Aliases: []string{"RemoveFolder"}, Min: 2, Max: 2, Fallible: true, Fn: folderOp(false)},
	}
	addMethods(SessionPOP3, both)
	addMethods(SessionIMAP, both)
	addMethods(SessionIMAP, imapOnlyMethods)
	addMethods(EmailType, []runtime.Func{
		{Name: "ConstruitSource", Aliases: []string{"BuildSource"}, Min: 1, Max: 2, Fallible: true, Fn: emailConstruitSource},
		{Name: "ImporteSource", Aliases: []string{"ImportSource"}, Min: 1, Max: 1, Fallible: true, Fn: emailImporteSource},
	})
	addMethods(AttacheType, []runtime.Func{{Name: "SauveFichierAttaché", Aliases: []string{"SaveAttachment"}, Min: 2, Max: 2, Fallible: true, Fn: emailSauveFichierAttache}})
}
