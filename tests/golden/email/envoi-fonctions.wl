//! smtp: starttls auth alice:secret require-auth
// La syntaxe fonction : EmailOuvreSession, EmailEnvoieMessage, EmailFermeSession
MaSession est une emailSessionSMTP
MaSession.AdresseServeur = "localhost"
MaSession.Option = emailProtocoleSMTPS
MaSession.Nom = "alice"
MaSession.MotDePasse = "secret"
MonMessage est un Email
MonMessage.Expéditeur = "alice@example.com"
Ajoute(MonMessage.Destinataire, "bob@example.com")
MonMessage.Sujet = "Essai"
MonMessage.Message = "Corps du message"
SI EmailOuvreSession(MaSession) ALORS
	SI EmailEnvoieMessage(MaSession, MonMessage) ALORS
		Trace("message remis au serveur")
	SINON
		Erreur(ErreurInfo())
	FIN
	EmailFermeSession(MaSession)
FIN
