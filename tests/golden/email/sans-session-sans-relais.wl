// Sans --smtp-relay, EmailEnvoieMessage() sans paramètre n'a pas de
// serveur : Faux et un message clair
Email.Expéditeur = "site@example.com"
Email.Destinataire[1] = "client@example.com"
Trace(EmailEnvoieMessage())
Erreur(ErreurInfo())
