//! smtp: plain
// La syntaxe POP3+SMTP d'EmailOuvreSession (fr:3032028) ouvre sa partie
// SMTP (sans authentification, serveur SMTP ou à défaut POP3, port SMTP) ;
// sa partie POP3 s'ouvre à la première lecture : ici le mot de passe irait
// en clair vers un hôte distant, c'est refusé (DECISIONS 16). Les serveurs
// en .invalid (RFC 6761) n'existent pas : aucun accès au réseau.
SI EmailOuvreSession("lea", "secret", "pop.example.invalid", "smtp.example.com", 110, 25, Vrai) ALORS
	Email.Expéditeur = "lea@example.com"
	Email.Destinataire = "paul@example.com"
	Email.NbDestinataire = 1
	Email.Message = "Par la session POP3+SMTP"
	Trace(EmailEnvoieMessage("lea"))
	Trace(EmailLitPremier("lea"))
	Erreur(ErreurInfo())
	EmailFermeSession("lea")
FIN
Trace(EmailOuvreSessionPOP3("lea", "secret", "pop.example.invalid"))
Erreur(ErreurInfo())
i est une emailSessionIMAP
i.AdresseServeur = "imap.example.invalid"
i.Port = "993"
i.Option = optionTLS
Trace(i.Port, EmailOuvreSession(i))
Erreur(ErreurInfo())
p est une emailSessionPOP3
Trace(p.Port, p.OuvreSession())
Erreur(ErreurInfo())
