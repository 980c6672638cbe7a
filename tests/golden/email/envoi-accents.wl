//! smtp: starttls
// Des accents dans le sujet, le nom de l'expéditeur et le corps : en-têtes
// encodés (RFC 2047), corps en UTF-8
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = emailProtocoleSMTPS
m est un Email
m.Expéditeur = "Zoé Lefèvre <zoe@example.com>"
Ajoute(m.Destinataire, "leo@example.com")
m.Sujet = "Réunion de l'équipe à 14 h"
m.Message = "Ça marche, à tout à l'heure !"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m))
	s.FermeSession()
SINON
	Erreur(ErreurInfo())
FIN
