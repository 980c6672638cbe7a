//! smtp: plain
// Ni Message ni HTML et une seule pièce jointe : le message est la pièce
// elle-même, avec son Content-Type et sa Content-Description (fr:3032029)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "scanner@example.com"
Ajoute(m.Destinataire, "archives@example.com")
m.Sujet = "Document numérisé"
a est un emailAttache
a.Nom = "scan.pdf"
a.Contenu = "%PDF-1.4 contenu"
a.ContentDescription = "Numérisation"
Ajoute(m.Attache, a)
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m))
	s.FermeSession()
FIN
