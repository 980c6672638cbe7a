//! smtp: plain
// HTML sans texte : wl fabrique l'alternative texte (balises retirées,
// entités décodées, sauts de ligne conservés)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "lettre@example.com"
Ajoute(m.Destinataire, "abonne@example.com")
m.Sujet = "Lettre d'information"
m.HTML = "<h1>Nouveautés</h1><p>Prix &amp; délais<br>réduits</p><ul><li>un</li><li>deux</li></ul><style>p{color:red}</style>"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m))
	s.FermeSession()
FIN
