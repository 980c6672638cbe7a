//! smtp: plain
// Catalogue 017 (fr:1000018752) : un emailAttache construit à la main (Nom,
// Contenu, ContentType, ContentDescription) ajouté à Attache par Ajoute ;
// le serveur reçoit la pièce jointe décrite ainsi
courrier est un Email
courrier.Expéditeur = "archives@example.com"
courrier.Destinataire = "juriste@example.com"
courrier.Message = "Le contrat est joint."
pj est un emailAttache
chemin est une chaîne = "C:\Contrats\contrat-2025.pdf"
pj.Nom = "contrat-2025.pdf"
pj.Contenu = "%PDF-1.7 contrat"
pj.ContentType = "application/pdf"
pj.ContentDescription = "Le contrat"
Ajoute(courrier.Attache, pj)
Trace(TableauOccurrence(courrier.Attache), courrier.Attache[1].Nom)
SI EmailOuvreSessionSMTP("archives", "localhost") ALORS
	Trace(EmailEnvoieMessage("archives", courrier))
	EmailFermeSession("archives")
FIN
