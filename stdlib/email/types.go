package email

import "github.com/wlangage/wl/runtime"

// stringArray is the default value of the address array properties: an
// empty array of strings that grows on assignment to the next index, so
// that Destinataire[1] = "x" works on a fresh variable as in the doc
// examples.
func stringArray() runtime.Value {
	return runtime.ArrayValue(&runtime.Array{Elem: runtime.TypeString, Grow: 1})
}

func structArray(st *runtime.StructType) func() runtime.Value {
	t := &runtime.Type{Kind: runtime.KStruct, Name: st.Name, Struct: st}
	return func() runtime.Value { return runtime.ArrayValue(&runtime.Array{Elem: t, Grow: 1}) }
}

// Field indexes of emailAttache.
const (
	aNom = iota
	aContenu
	aContentType
	aContentDescription
	aIdentifiant
)

// AttacheType is the emailAttache type (EN emailAttach) [fr:1000018752]:
// one attached file.
var AttacheType = &runtime.StructType{}

// Field indexes of emailEntête.
const (
	hNom = iota
	hValeur
)

// EnteteType is the emailEntête type (EN emailHeader) [fr:1000020774]: a
// custom header field.
var EnteteType = &runtime.StructType{}

// Field indexes of the Email type.
const (
	eExpediteur = iota
	eAdresseExpediteur
	eAdresseRetourErreur
	eDestinataire
	eCc
	eCci
	eSujet
	eMessage
	eHTML
	eAttache
	eAccuseReception
	eConfirmationLecture
	ePriorite
	eConfidentialite
	eCategorie
	eMessageID
	eReference
	eEntete
	eID
	eIdentifiantAsync
	eDateReception
	eSource
	eTexteBrut
	eEnDehors
)

// EmailType is the Email type [fr:1000018713]. The address arrays and
// Attache / Entête are Variant members holding growable arrays: a script
// may fill them with Ajoute, by index, or assign a single string (one
// recipient), as the doc examples do.
var EmailType = &runtime.StructType{}

// Field indexes of the legacy Email structure.
const (
	sExpediteur = iota
	sAdresseExpediteur
	sAdresseRetourErreur
	sDestinataire
	sNbDestinataire
	sCc
	sNbCc
	sCci
	sNbCci
	sSujet
	sMessage
	sHTML
	sAttache
	sNbAttache
	sAttacheContentType
	sAttacheContentDescription
	sIdentifiantAttache
	sAccuseReception
	sConfirmationLecture
	sPriorite
	sConfidentialite
	sCategorie
	sMessageID
	sReference
	sID
	sIdentifiantMail
	sErreur
	sDateReception
	sSource
	sTexteBrut
	sEnDehors
)

// StructureType is the type of the predefined global Email structure
// [fr:3032029], the legacy way of describing a message: used by
// EmailEnvoieMessage when no Email variable is given.
var StructureType = &runtime.StructType{}

// defineReaderSession fills st as a reading session type named name
// whose Port defaults to port.
func defineReaderSession(st *runtime.StructType, name string, port int64) {
	*st = runtime.StructType{
		Name: name,
		Fields: []runtime.Field{
			{Name: "AdresseServeur", Aliases: []string{"ServerAddress"}, Type: runtime.TypeString},
			{Name: "Port", Type: runtime.TypeInt, Default: func() runtime.Value { return runtime.Int(port) }},
			{Name: "Nom", Aliases: []string{"Name"}, Type: runtime.TypeString},
			{Name: "MotDePasse", Aliases: []string{"Password"}, Type: runtime.TypeString},
			{Name: "Option", Type: runtime.TypeInt},
			{Name: "AuthToken", Type: runtime.TypeVariant},
			{Name: "IgnoreErreur", Aliases: []string{"IgnoreError"}, Type: runtime.TypeInt},
		},
	}
}

// SessionPOP3 and SessionIMAP are the emailSessionPOP3 / emailSessionIMAP
// types (EN emailPOP3Session / emailIMAPSession) [fr:1000018759,
// fr:1000018957]; read.go opens them (their Native is the *reader).
var (
	SessionPOP3 = &runtime.StructType{}
	SessionIMAP = &runtime.StructType{}
)

// Field indexes of OAuth2Paramètres.
const (
	oClientID = iota
	oClientSecret
	oURLAuth
	oURLToken
	oScope
	oURLRedirection
	oTypeReponse
	oParametres
)

// OAuthType is the OAuth2Paramètres type (EN OAuth2Parameters), the
// input of AuthIdentifie.
var OAuthType = &runtime.StructType{}

// defineTypes fills the package's types. Their fields refer to the
// runtime's types (runtime.TypeString...), which another package cannot
// initialise statically: built at package initialisation they cost every
// process a few hundred allocations, so the first Install builds them
// (issue 10) and the exported variables stay the same pointers.
func defineTypes() {
	// The members the Email type and the legacy Email structure share: the
	// same names, aliases and types in both.
	var (
		mExpediteur          = runtime.Field{Name: "Expéditeur", Aliases: []string{"Sender"}, Type: runtime.TypeString}
		mAdresseExpediteur   = runtime.Field{Name: "AdresseExpéditeur", Aliases: []string{"SenderAddress"}, Type: runtime.TypeString}
		mAdresseRetourErreur = runtime.Field{Name: "AdresseRetourErreur", Aliases: []string{"ErrorReturnAddress", "ReturnPath"}, Type: runtime.TypeString}
		mDestinataire        = runtime.Field{Name: "Destinataire", Aliases: []string{"Recipient"}, Type: runtime.TypeVariant, Default: stringArray}
		mCc                  = runtime.Field{Name: "Cc", Type: runtime.TypeVariant, Default: stringArray}
		mCci                 = runtime.Field{Name: "Cci", Aliases: []string{"Bcc"}, Type: runtime.TypeVariant, Default: stringArray}
		mSujet               = runtime.Field{Name: "Sujet", Aliases: []string{"Subject"}, Type: runtime.TypeString}
		mMessage             = runtime.Field{Name: "Message", Type: runtime.TypeString}
		mHTML                = runtime.Field{Name: "HTML", Type: runtime.TypeString}
		mAccuseReception     = runtime.Field{Name: "AccuséRéception", Aliases: []string{"ReturnReceipt", "AcknowledgeReceipt"}, Type: runtime.TypeBool}
		mConfirmationLecture = runtime.Field{Name: "ConfirmationLecture", Aliases: []string{"ReadReceipt", "ReadConfirmation"}, Type: runtime.TypeBool}
		mPriorite            = runtime.Field{Name: "Priorité", Aliases: []string{"Priority"}, Type: runtime.TypeInt}
		mConfidentialite     = runtime.Field{Name: "Confidentialité", Aliases: []string{"Confidentiality", "Sensitivity"}, Type: runtime.TypeInt}
		mCategorie           = runtime.Field{Name: "Catégorie", Aliases: []string{"Category"}, Type: runtime.TypeString}
		mMessageID           = runtime.Field{Name: "MessageID", Type: runtime.TypeString}
		mReference           = runtime.Field{Name: "Référence", Aliases: []string{"Reference"}, Type: runtime.TypeString}
		mID                  = runtime.Field{Name: "ID", Type: runtime.TypeString}
		mDateReception       = runtime.Field{Name: "DateRéception", Aliases: []string{"ReceptionDate", "ReceiveDate"}, Type: runtime.TypeString}
		mSource              = runtime.Field{Name: "Source", Type: runtime.TypeString}
		mTexteBrut           = runtime.Field{Name: "TexteBrut", Aliases: []string{"RawText"}, Type: runtime.TypeString}
		mEnDehors            = runtime.Field{Name: "EnDehors", Aliases: []string{"Out"}, Type: runtime.TypeBool}
	)
	*AttacheType = runtime.StructType{
		Name: "emailAttache",
		Fields: []runtime.Field{
			{Name: "Nom", Aliases: []string{"Name"}, Type: runtime.TypeString},
			{Name: "Contenu", Aliases: []string{"Content"}, Type: runtime.TypeBuffer},
			{Name: "ContentType", Type: runtime.TypeString},
			{Name: "ContentDescription", Type: runtime.TypeString},
			{Name: "Identifiant", Aliases: []string{"Identifier", "ContentID"}, Type: runtime.TypeString},
		},
	}
	*EnteteType = runtime.StructType{
		Name: "emailEntête",
		Fields: []runtime.Field{
			{Name: "Nom", Aliases: []string{"Name"}, Type: runtime.TypeString},
			{Name: "Valeur", Aliases: []string{"Value"}, Type: runtime.TypeString},
		},
	}
	*EmailType = runtime.StructType{
		Name: "Email",
		Fields: []runtime.Field{
			mExpediteur, mAdresseExpediteur, mAdresseRetourErreur,
			mDestinataire, mCc, mCci,
			mSujet, mMessage, mHTML,
			{Name: "Attache", Aliases: []string{"Attach", "Attachment"}, Type: runtime.TypeVariant, Default: structArray(AttacheType)},
			mAccuseReception, mConfirmationLecture, mPriorite, mConfidentialite,
			mCategorie, mMessageID, mReference,
			{Name: "Entête", Aliases: []string{"Header"}, Type: runtime.TypeVariant, Default: structArray(EnteteType)},
			mID,
			{Name: "IdentifiantEmailAsynchrone", Aliases: []string{"AsynchronousEmailID"}, Type: runtime.TypeString},
			mDateReception, mSource, mTexteBrut, mEnDehors,
		},
	}
	*StructureType = runtime.StructType{
		Name: "Email",
		Fields: []runtime.Field{
			mExpediteur, mAdresseExpediteur, mAdresseRetourErreur,
			mDestinataire,
			{Name: "NbDestinataire", Aliases: []string{"NbRecipient"}, Type: runtime.TypeInt},
			mCc,
			{Name: "NbCc", Type: runtime.TypeInt},
			mCci,
			{Name: "NbCci", Aliases: []string{"NbBcc"}, Type: runtime.TypeInt},
			mSujet, mMessage, mHTML,
			{Name: "Attache", Aliases: []string{"Attach", "Attachment"}, Type: runtime.TypeVariant, Default: stringArray},
			{Name: "NbAttache", Aliases: []string{"NbAttach", "NbAttachment"}, Type: runtime.TypeInt},
			{Name: "AttacheContentType", Aliases: []string{"AttachContentType"}, Type: runtime.TypeVariant, Default: stringArray},
			{Name: "AttacheContentDescription", Aliases: []string{"AttachContentDescription"}, Type: runtime.TypeVariant, Default: stringArray},
			{Name: "IdentifiantAttache", Aliases: []string{"AttachID", "AttachIdentifier"}, Type: runtime.TypeVariant, Default: stringArray},
			mAccuseReception, mConfirmationLecture, mPriorite, mConfidentialite,
			mCategorie, mMessageID, mReference,
			mID,
			{Name: "IdentifiantMail", Aliases: []string{"EmailID", "MailID"}, Type: runtime.TypeInt},
			{Name: "Erreur", Aliases: []string{"Error"}, Type: runtime.TypeString},
			mDateReception, mSource, mTexteBrut, mEnDehors,
		},
	}
	defineReaderSession(SessionPOP3, "emailSessionPOP3", 110)
	defineReaderSession(SessionIMAP, "emailSessionIMAP", 143)
	*OAuthType = runtime.StructType{
		Name: "OAuth2Paramètres",
		Fields: []runtime.Field{
			{Name: "ClientID", Type: runtime.TypeString},
			{Name: "ClientSecret", Type: runtime.TypeString},
			{Name: "URLAuth", Aliases: []string{"AuthURL"}, Type: runtime.TypeString},
			{Name: "URLToken", Aliases: []string{"TokenURL"}, Type: runtime.TypeString},
			{Name: "Scope", Type: runtime.TypeString},
			{Name: "URLRedirection", Aliases: []string{"RedirectionURL"}, Type: runtime.TypeString},
			{Name: "TypeRéponse", Aliases: []string{"ResponseType"}, Type: runtime.TypeString},
			{Name: "ParamètresSupplémentaires", Aliases: []string{"AdditionalParameters"}, Type: runtime.TypeString},
		},
	}
}

// members are the indexes of the members the Email type and the Email
// structure share, in one of them.
type members struct {
	from, replyTo, returnPath, subject, text, html    int
	returnReceipt, readReceipt, priority, sensitivity int
	keywords, messageID, references, id               int
	received, source, raw, out                        int
}

var (
	emailMembers = members{
		eExpediteur, eAdresseExpediteur, eAdresseRetourErreur, eSujet, eMessage, eHTML,
		eAccuseReception, eConfirmationLecture, ePriorite, eConfidentialite,
		eCategorie, eMessageID, eReference, eID,
		eDateReception, eSource, eTexteBrut, eEnDehors,
	}
	structureMembers = members{
		sExpediteur, sAdresseExpediteur, sAdresseRetourErreur, sSujet, sMessage, sHTML,
		sAccuseReception, sConfirmationLecture, sPriorite, sConfidentialite,
		sCategorie, sMessageID, sReference, sID,
		sDateReception, sSource, sTexteBrut, sEnDehors,
	}
)

// membersOf returns the member indexes of t, the Email type or the Email
// structure.
func membersOf(t *runtime.StructType) *members {
	if t == StructureType {
		return &structureMembers
	}
	return &emailMembers
}
