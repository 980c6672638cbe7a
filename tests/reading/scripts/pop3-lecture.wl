//! pop3: tls
//! saved: piece.bin
// POP3 en TLS implicite (optionTLS, port 995) [fr:3032022] : lecture des
// trois messages avec une variable Email [fr:3032014, fr:3032004],
// sauvegarde de la pièce jointe au nom accentué [fr:3032020], suppression
// du deuxième [fr:3032027], puis réouverture : deux messages.
SI PAS EmailOuvreSessionPOP3("pop3-lecture", "secret", "localhost", 995, optionTLS) ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
Trace("messages :", EmailNbMessage("pop3-lecture"))
m est un Email
EmailLitPremier("pop3-lecture", m)
TANTQUE PAS m.EnDehors
	Trace("---", m.ID <> "", EmailTailleMessage("pop3-lecture"))
	Trace("De :", m.Expéditeur)
	Trace("À :", m.Destinataire[1], m.Destinataire.Occurrence, "Cc :", m.Cc.Occurrence)
	Trace("Sujet :", m.Sujet)
	Trace("Date :", m.DateRéception, "Priorité :", m.Priorité)
	Trace("Texte :", SansEspace(m.Message))
	Trace("HTML :", m.HTML)
	Trace("Pièces :", m.Attache.Occurrence)
	POUR TOUT a DE m.Attache
		Trace(a.Nom, a.ContentType, Taille(a.Contenu))
		SI EmailSauveFichierAttaché(a, "piece.bin") ALORS
			Trace("sauvée, identique :", fChargeBuffer("piece.bin") = fChargeBuffer("attendu.bin"))
		SINON
			Erreur(ErreurInfo())
		FIN
	FIN
	EmailLitSuivant("pop3-lecture", m)
FIN
// Suppression du message 2 : il reste compté, mais ne se lit plus.
Trace("supprime 2 :", EmailSupprimeMessage("pop3-lecture", 2))
Trace("messages :", EmailNbMessage("pop3-lecture"))
Trace("lit 2 :", EmailLitMessage("pop3-lecture", m, 2), m.EnDehors)
Trace("lit 3 :", EmailLitMessage("pop3-lecture", m, 3), m.Sujet)
EmailFermeSession("pop3-lecture")
// Réouverture : la suppression est définitive.
SI EmailOuvreSessionPOP3("pop3-lecture", "secret", "localhost", 995, optionTLS) ALORS
	Trace("après réouverture :", EmailNbMessage("pop3-lecture"))
	EmailLitDernier("pop3-lecture", m)
	Trace("dernier :", m.Sujet)
	EmailLitPrécédent("pop3-lecture", m)
	Trace("précédent :", m.Sujet)
	EmailLitPrécédent("pop3-lecture", m)
	Trace("avant le premier :", m.EnDehors, ErreurDétectée)
	EmailFermeSession("pop3-lecture")
FIN
