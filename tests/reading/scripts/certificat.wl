//! pop3: tls
//! noca
// Le certificat de Dovecot est signé par une autorité inconnue (pas de
// --mail-ca) : l'ouverture échoue (DECISIONS 15) sauf avec le drapeau
// IgnoreErreur correspondant [fr:1000018759].
Trace(EmailOuvreSessionPOP3("certificat", "secret", "localhost", 995, optionTLS))
Trace(ErreurInfo())
s est une emailSessionPOP3
s.AdresseServeur = "localhost"
s.Port = 995
s.Option = optionTLS
s.Nom = "certificat"
s.MotDePasse = "secret"
s.IgnoreErreur = emailSessionIgnoreNomCertificatInvalide
Trace("mauvais drapeau :", EmailOuvreSession(s))
s.IgnoreErreur = emailSessionIgnoreCertificatInvalide
Trace("bon drapeau :", EmailOuvreSession(s), EmailNbMessage(s))
EmailFermeSession(s)
