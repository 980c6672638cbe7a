//! smtp: plain
// Un retour à la ligne dans un en-tête est refusé : rien n'est envoyé
// (DECISIONS 15a)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "moi@example.com"
Ajoute(m.Destinataire, "toi@example.com")
m.Sujet = "Essai" + RC + "Bcc: victime@example.com"
m.Message = "Bonjour"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m), ErreurDétectée)
	Erreur(ErreurInfo())
	s.FermeSession()
FIN
