//! smtp: starttls auth alice:secret
// Le serveur offre AUTH et refuse le mot de passe : l'ouverture échoue
// (fr:3032025) ; errCode est le code SMTP ; une option inconnue échoue sans
// connexion
Trace(EmailOuvreSessionSMTP("alice", "faux", "localhost", 587, Faux, emailProtocoleSMTPS))
Trace(ErreurInfo(errCode), ErreurInfo())
Trace(EmailOuvreSessionSMTP("u", "localhost", 25, Faux, 99))
Trace(ErreurInfo())
