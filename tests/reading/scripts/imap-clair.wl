//! imap: plain
//! saved: piece.bin
// IMAP en clair vers localhost (le mot de passe ne quitte pas la machine,
// DECISIONS 16) avec EmailOuvreSessionIMAP [fr:1000019189] : les trois
// messages, la pièce jointe, suppression d'un message puis réouverture :
// deux messages. EmailLitMessage prend l'UID [fr:3032016].
SI PAS EmailOuvreSessionIMAP("imap-clair", "secret", "localhost") ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
Trace(EmailNbMessage("imap-clair"))
EmailLitPremier("imap-clair")
TANTQUE PAS Email.EnDehors
	Trace(Email.ID <> "", Email.Sujet, Email.NbAttache)
	SI Email.NbAttache > 0 ALORS
		Trace(Email.Attache[1], EmailSauveFichierAttaché(Email.Attache[1], "piece.bin"))
		Trace(fChargeBuffer("piece.bin") = fChargeBuffer("attendu.bin"))
		uid est une chaîne = Email.ID
	FIN
	EmailLitSuivant("imap-clair")
FIN
Trace(EmailLitEntêteMessage("imap-clair", Val(uid)), Email.Sujet, "[" + Email.Message + "]", Email.NbAttache)
Trace(EmailSupprimeMessage("imap-clair", Val(uid)))
EmailFermeSession("imap-clair")
SI EmailOuvreSessionIMAP("imap-clair", "secret", "localhost") ALORS
	// Sans EmailDétruit, le message marqué reste là.
	Trace(EmailNbMessage("imap-clair"))
	Trace(EmailDétruit("imap-clair"), EmailNbMessage("imap-clair"))
	EmailFermeSession("imap-clair")
FIN
SI EmailOuvreSessionIMAP("imap-clair", "secret", "localhost") ALORS
	Trace("après réouverture :", EmailNbMessage("imap-clair"))
	EmailFermeSession("imap-clair")
FIN
