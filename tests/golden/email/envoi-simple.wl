//! smtp: plain
// Un message texte : expéditeur, destinataires, copie et copie cachée.
// La copie cachée est dans l'enveloppe (RCPT) mais pas dans les en-têtes.
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "facturation@example.com"
Ajoute(m.Destinataire, "client@example.com")
m.Destinataire.Ajoute("compta@example.com")
Ajoute(m.Cc, "archive@example.com")
Ajoute(m.Cci, "audit@example.com")
m.Sujet = "Votre facture"
m.Message = "Bonjour," + RC + "Veuillez trouver votre facture." + RC + "Cordialement"
SI PAS s.OuvreSession() ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
Trace("envoyé :", s.EnvoieMessage(m))
s.FermeSession()
