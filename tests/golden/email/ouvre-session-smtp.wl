//! smtp: starttls auth alice:secret
// EmailOuvreSessionSMTP(utilisateur, mot de passe, serveur, port,
// synchrone, emailProtocoleSMTPS) (fr:3032025) : un troisième paramètre
// chaîne fait du deuxième le mot de passe ; STARTTLS puis AUTH ; le nom
// d'utilisateur désigne la session. Les autres syntaxes : stdlib/email,
// TestOpenSMTPSyntaxes.
Trace(EmailOuvreSessionSMTP("alice", "secret", "localhost", 587, Faux, emailProtocoleSMTPS))
Trace(EmailFermeSession("alice"))
