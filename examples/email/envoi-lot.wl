// Plusieurs messages sur une seule session ; un refus n'interrompt pas le
// lot (la transaction est réinitialisée) et EmailEtat dit ce qu'il est
// advenu de chacun.
//
//	wl run --mail-sink examples/email/envoi-lot.wl
Destinataires est un tableau de chaînes = ["alice@example.com", "bob@example.com", "pas une adresse", "carol@example.com"]
Session est une emailSessionSMTP
Session.AdresseServeur = "smtp.example.com"
SI PAS Session.OuvreSession() ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
Rappel est un Email
Rappel.Expéditeur = "agenda@example.com"
Rappel.Sujet = "Réunion demain à 10 h"
Rappel.Priorité = emailPrioritéHaute
POUR TOUT Adresse DE Destinataires
	Rappel.Destinataire = Adresse
	Rappel.Message = "Bonjour " + Adresse + "," + RC + "la réunion a lieu demain à 10 h."
	Session.EnvoieMessage(Rappel)
	SELON EmailEtat(Rappel)
		CAS emailEnvoyé : Trace(Adresse, ": envoyé")
		CAS emailErreur : Trace(Adresse, ":", ErreurInfo())
	FIN
FIN
Session.FermeSession()
