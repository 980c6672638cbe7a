//! smtp: plain
// Texte et HTML : multipart/alternative, la partie texte d'abord
// (fr:1000018713, propriétés Message et HTML)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "Service clients <service@example.com>"
Ajoute(m.Destinataire, "Client <client@example.com>")
m.Sujet = "Votre commande"
m.Message = "Bonjour," + RC + "votre commande est partie."
m.HTML = "<html><body><p>Bonjour,</p><p>votre commande est <b>partie</b>.</p></body></html>"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m))
	s.FermeSession()
FIN
