//! smtp: plain
// Pièces jointes emailAttache (fr:1000018752) : Nom, Contenu, ContentType,
// ContentDescription ; type déduit de l'extension ; une image incluse dans
// le HTML par son Identifiant (Content-ID, multipart/related) ; une pièce
// sans Nom n'est pas transmise (fr:1000018713) ; Attache[n] par indice.
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "rapport@example.com"
Ajoute(m.Destinataire, "direction@example.com")
m.Sujet = "Rapport annuel"
m.Message = "Le rapport est joint."
m.HTML = "<p>Le rapport est joint.</p><img src=""cid:logo1"">"
a est un emailAttache
a.Nom = "Rapport été 2025.csv"
a.Contenu = "année;chiffre" + RC + "2025;42" + RC
a.ContentDescription = "Chiffres de l'été"
Ajoute(m.Attache, a)
logo est un emailAttache
logo.Nom = "logo.png"
logo.Contenu = "PNG-données"
logo.ContentType = "image/png"
logo.Identifiant = "logo1"
m.Attache.Ajoute(logo)
m.Attache[3].Contenu = "sans nom : pas transmise"
m.Attache[4].Nom = "notes.bin"
m.Attache[4].Contenu = "données brutes"
Trace(TableauOccurrence(m.Attache))
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m))
	s.FermeSession()
FIN
