// Lecture d'une boîte POP3 : chaque message, ses pièces jointes
// enregistrées, puis la suppression du plus ancien.
//   wl run --mail-sink --mail-sink-seed examples/lecture/courrier.mbox examples/lecture/lire-pop3.wl
// Contre un vrai serveur : --pop3-relay HÔTE:PORT et --mail-ca ca.pem.
compte est une chaîne = "alice"
SI PAS EmailOuvreSessionPOP3(compte, "secret", "pop.example.org", 995, optionTLS) ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
Trace(EmailNbMessage(compte), "message(s)")
m est un Email
EmailLitPremier(compte, m)
TANTQUE PAS m.EnDehors
	Trace(m.DateRéception[[1 À 8]], m.Expéditeur, ":", m.Sujet)
	POUR TOUT a DE m.Attache
		Trace("  pièce jointe", a.Nom, Taille(a.Contenu), "octets")
	FIN
	EmailLitSuivant(compte, m)
FIN
EmailLitPremier(compte, m)
Trace("suppression de :", m.Sujet, EmailSupprimeMessage(compte))
EmailFermeSession(compte)
