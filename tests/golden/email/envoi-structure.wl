//! smtp: plain
// La structure Email prédéfinie (fr:3032029), utilisée quand
// EmailEnvoieMessage ne reçoit pas de variable Email (fr:3032005) :
// Destinataire[i] avec NbDestinataire, Cc/NbCc, Cci/NbCci ; seuls les
// NbDestinataire premiers destinataires sont pris.
Email.Expéditeur = "ancien@example.com"
Email.Destinataire[1] = "un@example.com"
Email.Destinataire[2] = "deux@example.com"
Email.Destinataire[3] = "ignore@example.com"
Email.NbDestinataire = 2
Email.Cc[1] = "copie@example.com"
Email.NbCc = 1
Email.Cci[1] = "cachee@example.com"
Email.NbCci = 1
Email.Sujet = "Structure"
Email.Message = "Envoyé avec la structure Email."
SI EmailOuvreSessionSMTP("ancien", "localhost") ALORS
	Trace(EmailEnvoieMessage("ancien"), Email.IdentifiantMail, "[" + Email.Erreur + "]")
	// Destinataire sans indice : un seul destinataire (SPEC §8.12)
	Email.Destinataire = "seul@example.com"
	Email.NbDestinataire = 1
	Email.NbCc = 0
	Email.NbCci = 0
	Email.Cc = ""
	Email.Cci = ""
	Email.Sujet = "Second"
	Trace(EmailEnvoieMessage("ancien"), Email.IdentifiantMail)
	EmailRAZ()
	Trace("après EmailRAZ : [" + Email.Sujet + "]", Email.NbDestinataire)
	Trace(EmailEnvoieMessage("ancien"))
	Trace(ErreurInfo())
	EmailFermeSession("ancien")
FIN
