// Catalogue 014 (fr:3032028) : variable emailSessionIMAP ouverte par
// EmailOuvreSession ; l'échec (serveur en .invalid, RFC 6761 : aucun
// accès au réseau) est rapporté par ErreurInfo, puis RETOUR
imap est une emailSessionIMAP
imap.AdresseServeur = "imap.example.invalid"
imap.Port = 993
imap.Option = optionTLS
imap.Nom = "lecteur@" + imap.AdresseServeur
imap.MotDePasse = "secret"
Trace(imap.Nom)
SI PAS EmailOuvreSession(imap) ALORS
	Erreur("échec : " + ErreurInfo())
	RETOUR
FIN
Trace("non atteint")
