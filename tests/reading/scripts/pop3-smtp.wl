//! pop3: plain
//! smtp
// La syntaxe POP3+SMTP d'EmailOuvreSession [fr:3032028] : la partie SMTP
// envoie, la partie POP3 s'ouvre à la première lecture et voit la boîte
// à ce moment-là.
SI EmailOuvreSession("pop3-smtp", "secret", "localhost") ALORS
	Email.Expéditeur = "pop3-smtp@example.org"
	Email.Destinataire = "bob@example.org"
	Email.NbDestinataire = 1
	Email.Sujet = "Envoyé par la session POP3+SMTP"
	Email.Message = "Bonjour"
	Trace("envoi :", EmailEnvoieMessage("pop3-smtp"))
	Trace("lecture :", EmailLitPremier("pop3-smtp"), Email.Sujet, EmailNbMessage("pop3-smtp"))
	Trace(EmailFermeSession("pop3-smtp"))
	Trace(EmailLitPremier("pop3-smtp"), ErreurInfo())
FIN
