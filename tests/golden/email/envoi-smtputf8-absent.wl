//! smtp: plain no-smtputf8
// Une adresse non ASCII vers un serveur sans SMTPUTF8 : Faux, rien n'est
// envoyé, ErreurInfo le dit
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "moi@example.com"
Ajoute(m.Destinataire, "léa@exemple.fr")
m.Message = "Bonjour"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m))
	Erreur(ErreurInfo())
	s.FermeSession()
FIN
