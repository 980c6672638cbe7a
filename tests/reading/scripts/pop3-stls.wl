//! pop3: starttls
//! saved: copie.bin
// POP3 avec STLS obligatoire (Option = emailProtocoleSMTPS, extension de
// wl) et une variable emailSessionPOP3 [fr:1000018759] ; la structure
// Email [fr:3032029] reçoit les messages ; EmailRécupèreTout
// [fr:1000018727] ; EmailSauveFichierAttaché avec le nom de la pièce
// jointe de la structure [fr:3032020] ; EmailSupprimeMessage du message
// en cours, puis réouverture : deux messages.
s est une emailSessionPOP3
s.AdresseServeur = "localhost"
s.Nom = "pop3-stls"
s.MotDePasse = "secret"
s.Option = emailProtocoleSMTPS
Trace("port par défaut :", s.Port)
SI PAS EmailOuvreSession(s) ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
lesMessages est un tableau de Email = EmailRécupèreTout(s)
Trace("récupérés :", lesMessages.Occurrence)
POUR TOUT e DE lesMessages
	Trace(e.Sujet, "/", e.Attache.Occurrence, "pièce(s)")
FIN
Trace(EmailLitPremier(s), Email.Sujet, Email.NbAttache)
Trace(EmailLitSuivant(s), Email.Sujet, Email.NbAttache, Email.Attache[1], Email.AttacheContentType[1])
Trace(Email.NbDestinataire, Email.Destinataire[1], Email.Destinataire[2], Email.Cc[1])
Trace(EmailSauveFichierAttaché(Email.Attache[1], "copie.bin"))
Trace(EmailSauveFichierAttaché("absente.pdf", "x.bin"), ErreurInfo())
Trace("supprime le message en cours :", EmailSupprimeMessage(s), Email.EnDehors)
Trace(EmailLitSuivant(s), Email.Sujet)
Trace(EmailLitSuivant(s), Email.EnDehors)
Trace(EmailFermeSession(s))
SI EmailOuvreSession(s) ALORS
	Trace("après réouverture :", EmailNbMessage(s))
	s.FermeSession()
FIN
Trace("session fermée :", EmailLitPremier(s), ErreurInfo())
