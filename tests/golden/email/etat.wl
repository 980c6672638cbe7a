//! smtp: plain reject-rcpt refus@example.com 550/5.1.1
// EmailEtat (fr:3032009) en mode asynchrone (DECISIONS 20) : l'envoi met
// le message dans le spool et rend Vrai ; EmailEtat donne emailEnAttente
// jusqu'à la livraison, puis emailEnvoyé, ou emailErreur avec la réponse
// du serveur dans ErreurInfo. Le script attend avec Multitâche.
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Asynchrone = emailAsynchrone
SI PAS s.OuvreSession() ALORS
	RETOUR
FIN
m est un Email
m.Expéditeur = "moi@example.com"
m.Destinataire = "ok@example.com"
Trace(s.EnvoieMessage(m), m.ID > 0, m.IdentifiantEmailAsynchrone = m.ID)
ok est une chaîne = m.ID
m.Destinataire = "refus@example.com"
Trace(s.EnvoieMessage(m), m.ID <> ok)
Etat(ok)
Etat(m.ID)
// la variable Email elle-même désigne son dernier envoi
Trace("variable :", EmailEtat(m) = emailErreur)
Etat(-5)
s.FermeSession()

PROCÉDURE Etat(id)
POUR i = 1 _À_ 500
	SI EmailEtat(id) <> emailEnAttente ALORS SORTIR
	Multitâche(1)
FIN
SELON EmailEtat(id)
	CAS emailEnvoyé : Trace("envoyé")
	CAS emailEnAttente : Trace("en attente")
	CAS emailErreur : Trace("erreur :", ErreurInfo(errMessage))
FIN
