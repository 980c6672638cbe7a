//! smtp: plain
// Une adresse non ASCII (RFC 6532) : MAIL FROM avec SMTPUTF8, l'adresse
// reste en UTF-8 dans les en-têtes
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "Zoé <zoé@exemple.fr>"
Ajoute(m.Destinataire, "léa@exemple.fr")
m.Sujet = "Adresse accentuée"
m.Message = "Bonjour Léa"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m))
	s.FermeSession()
FIN
