// Un message HTML avec son texte, une image incluse dans le HTML par son
// identifiant (cid:) et une pièce jointe.
//
//	wl run --mail-sink examples/email/envoi-html-pieces-jointes.wl
Lettre est un Email
Lettre.Expéditeur = "Lettre d'information <lettre@example.com>"
Lettre.Destinataire = "abonne@example.com"
Lettre.Sujet = "Nouveautés de l'été"
Lettre.Message = "Nouveautés de l'été : voir la version HTML."
Lettre.HTML = "<h1>Nouveautés de l'été</h1><p>Notre sélection :</p><img src=""cid:bandeau"">"

Bandeau est un emailAttache
Bandeau.Nom = "bandeau.png"
Bandeau.ContentType = "image/png"
Bandeau.Identifiant = "bandeau"
Bandeau.Contenu = "(octets de l'image)"
Ajoute(Lettre.Attache, Bandeau)

Tarifs est un emailAttache
Tarifs.Nom = "tarifs été.csv"
Tarifs.ContentDescription = "Grille tarifaire"
Tarifs.Contenu = "article;prix" + RC + "parasol;49" + RC
Ajoute(Lettre.Attache, Tarifs)

SI EmailOuvreSessionSMTP("lettre", "smtp.example.com") ALORS
	SI EmailEnvoieMessage("lettre", Lettre) ALORS
		Trace("Lettre envoyée, identifiant", Lettre.ID)
	SINON
		Erreur(ErreurInfo())
	FIN
	EmailFermeSession("lettre")
SINON
	Erreur(ErreurInfo())
FIN
