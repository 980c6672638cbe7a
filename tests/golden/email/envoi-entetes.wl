//! smtp: plain
// Propriétés d'en-tête de l'Email (fr:1000018713) : AdresseExpéditeur →
// Reply-To, AdresseRetourErreur → expéditeur de l'enveloppe (MAIL FROM),
// AccuséRéception → Return-Receipt-To et ConfirmationLecture →
// Disposition-Notification-To (adressés à AdresseExpéditeur), Priorité,
// Confidentialité, Catégorie → Keywords, entêtes supplémentaires
// (emailEntête, fr:1000020774 : valeur non ASCII encodée en base 64),
// MessageID et Référence pris en compte avec emailOptionMessageID et
// emailOptionRéférence (fr:3032005).
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "Équipe Ventes <ventes@example.com>"
m.AdresseExpéditeur = "reponses@example.com"
m.AdresseRetourErreur = "rebonds@example.com"
Ajoute(m.Destinataire, "client@example.com")
Ajoute(m.Cc, "Chef <chef@example.com>")
m.Sujet = "Relance"
m.Message = "Merci de votre réponse."
m.AccuséRéception = Vrai
m.ConfirmationLecture = Vrai
m.Priorité = emailPrioritéHaute
m.Confidentialité = emailConfidentiel
m.Catégorie = "relance;clients; été"
m.MessageID = "relance-42@example.com"
m.Référence = "<commande-41@example.com> commande-40@example.com"
e est un emailEntête
e.Nom = "List-Unsubscribe"
e.Valeur = "<mailto:desinscription@example.com>"
Ajoute(m.Entête, e)
e2 est un emailEntête
e2.Nom = "X-Campagne"
e2.Valeur = "Été 2025"
Ajoute(m.Entête, e2)
SI s.OuvreSession() ALORS
	// 1) toutes les options
	Trace(s.EnvoieMessage(m, emailOptionEncodeEntête + emailOptionMessageID + emailOptionRéférence))
	// 2) sans option : MessageID et Référence ignorés, identifiant généré
	m.Priorité = emailPrioritéBasse
	m.Confidentialité = emailPrivé
	m.AccuséRéception = Faux
	m.ConfirmationLecture = Faux
	m.AdresseExpéditeur = ""
	Trace(EmailEnvoieMessage(s, m))
	s.FermeSession()
FIN
