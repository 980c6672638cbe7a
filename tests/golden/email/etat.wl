//! smtp: plain reject-rcpt refus@example.com 550/5.1.1
// EmailEtat (fr:3032009) : les envois sont synchrones (DECISIONS 20),
// l'état est emailEnvoyé ou emailErreur ; dans ce cas ErreurInfo redit
// l'erreur. Une session Asynchrone envoie aussi tout de suite.
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Asynchrone = emailAsynchrone
SI PAS s.OuvreSession() ALORS
	RETOUR
FIN
m est un Email
m.Expéditeur = "moi@example.com"
m.Destinataire = "ok@example.com"
Trace(s.EnvoieMessage(m), m.ID)
ok est une chaîne = m.ID
m.Destinataire = "refus@example.com"
Trace(s.EnvoieMessage(m), m.ID)
Etat(ok)
Etat(m.ID)
// la variable Email elle-même désigne son dernier envoi
Trace("variable :", EmailEtat(m) = emailErreur)
Etat(99)
s.FermeSession()

PROCÉDURE Etat(id)
SELON EmailEtat(id)
	CAS emailEnvoyé : Trace(id, "envoyé")
	CAS emailEnAttente : Trace(id, "en attente")
	CAS emailErreur : Trace(id, "erreur :", ErreurInfo(errMessage))
FIN
