// fContentType (1000024732): the MIME type from the extension, "" when
// unknown; no file is read, so no grant is needed. fTypeMIME (1410089105)
// is the same function.
POUR TOUT sFichier DE ["image.png", "video.mpeg", "fichier.pdf", "Rapport.DOCX", "C:\Docs\tableau.xlsx", "sans_extension", "x.inconnue"]
	Trace(sFichier, "[" + fContentType(sFichier) + "]")
FIN
Trace(fTypeMIME("page.html") = typeMimeHTML, fContentType("a.json") = typeMimeJSON, typeMimeBinaire)
// Catalogue 017 (1000018752): building an emailAttache.
monEmail est un Email
monAttache est un emailAttache
sFichier est une chaîne = "C:\Documents\facture.pdf"
monAttache.Nom = fExtraitChemin(sFichier, fFichier + fExtension)
monAttache.ContentType = fContentType(sFichier)
monAttache.ContentDescription = "Un document"
Ajoute(monEmail.Attache, monAttache)
Trace(monEmail.Attache[1].Nom, monEmail.Attache[1].ContentType)
