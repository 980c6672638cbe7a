//! args: --mail-sink --mail-sink-seed graine.mbox
// Aller-retour par --mail-sink : le script envoie deux messages (SMTP),
// puis les relit par POP3 et par IMAP dans la même exécution ; le message
// de la graine (--mail-sink-seed) est lu le premier. Le puits accepte tout
// nom et tout mot de passe, sans réseau (connexions internes).
s est une emailSessionSMTP
s.AdresseServeur = "smtp.example.org"
SI PAS EmailOuvreSession(s) ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
m est un Email
m.Expéditeur = "Alice <alice@example.org>"
m.Destinataire = "bob@example.org"
m.Sujet = "Aller-retour d'été"
m.Message = "Bonjour Bob"
a est un emailAttache
a.Nom = "résumé.bin"
a.Contenu = fChargeBuffer("attendu.bin")
a.ContentType = "application/octet-stream"
Ajoute(m.Attache, a)
Trace("envoi 1 :", EmailEnvoieMessage(s, m))
m2 est un Email
m2.Expéditeur = "carol@example.org"
m2.Destinataire = "bob@example.org"
m2.Sujet = "Deuxième"
m2.HTML = "<p>en <b>HTML</b></p>"
Trace("envoi 2 :", EmailEnvoieMessage(s, m2))
EmailFermeSession(s)

// POP3 en clair vers un hôte distant : permis, rien ne quitte wl.
SI EmailOuvreSessionPOP3("bob", "secret", "pop.example.org") ALORS
	Trace("POP3 :", EmailNbMessage("bob"))
	r est un Email
	EmailLitPremier("bob", r)
	TANTQUE PAS r.EnDehors
		Trace(" -", r.Sujet, "/", r.Expéditeur, "/", r.Attache.Occurrence)
		POUR TOUT p DE r.Attache
			Trace("   ", p.Nom, EmailSauveFichierAttaché(p, "copie.bin"), fChargeBuffer("copie.bin") = fChargeBuffer("attendu.bin"))
		FIN
		EmailLitSuivant("bob", r)
	FIN
	Trace("supprime la graine :", EmailSupprimeMessage("bob", 1))
	EmailFermeSession("bob")
FIN
SI EmailOuvreSessionPOP3("bob", "secret", "pop.example.org", 995, optionTLS) ALORS
	Trace("POP3 (TLS) après suppression :", EmailNbMessage("bob"))
	// La session voit la boîte telle qu'à l'ouverture [fr:3032022] : un
	// message arrivé depuis n'y est pas.
	EmailOuvreSessionSMTP("envoi", "localhost")
	m2.Sujet = "Arrivé pendant la session"
	EmailEnvoieMessage("envoi", m2)
	EmailFermeSession("envoi")
	Trace("pendant la session :", EmailNbMessage("bob"), EmailLitMessage("bob", 3), Email.EnDehors)
	EmailFermeSession("bob")
FIN
SI EmailOuvreSessionPOP3("bob", "secret", "pop.example.org") ALORS
	Trace("à la réouverture :", EmailNbMessage("bob"), EmailLitMessage("bob", 3), Email.Sujet)
	EmailFermeSession("bob")
FIN

// IMAP en TLS implicite : le certificat du puits est vérifié.
i est une emailSessionIMAP
i.AdresseServeur = "imap.example.org"
i.Port = 993
i.Option = optionTLS
i.Nom = "bob"
i.MotDePasse = "secret"
SI EmailOuvreSession(i) ALORS
	Trace("IMAP :", EmailListeDossier(i), EmailNbMessage(i))
	POUR TOUT e DE EmailRécupèreTout(i)
		Trace(" -", e.Sujet, "/", e.HTML)
	FIN
	// En IMAP, un message arrivé pendant la session compte [fr:3032024].
	EmailOuvreSessionSMTP("envoi", "localhost")
	m2.Sujet = "Arrivé pendant la session IMAP"
	EmailEnvoieMessage("envoi", m2)
	EmailFermeSession("envoi")
	Trace("IMAP, pendant la session :", EmailNbMessage(i))
	EmailLitDernier(i, r)
	Trace("dernier :", r.Sujet)
	Trace("non lus :", EmailRécupèreTout(i, ertNonLus).Occurrence)
	EmailFermeSession(i)
SINON
	Erreur(ErreurInfo())
FIN
