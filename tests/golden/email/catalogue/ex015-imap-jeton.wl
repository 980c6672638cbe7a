// Catalogue 015 (fr:3032028) : session IMAP avec jeton OAuth (AuthToken),
// Port affecté d'une chaîne (conversion) ; l'ouverture échoue sans rien
// afficher d'autre que ce que le script demande
OAuth est un OAuth2Paramètres
OAuth.TypeRéponse = "code"
boite est une emailSessionIMAP
boite.AdresseServeur = "imap.example.com"
boite.Option = optionTLS
boite.Port = "993"
boite.AuthToken = "jeton"
Trace(boite.Port + 1, OAuth.TypeRéponse = oauth2TypeRéponseCode)
SI boite.AuthToken <> Null ALORS
	SI EmailOuvreSession(boite) ALORS
		Trace("ouverte")
	SINON
		Trace("fermée", ErreurDétectée)
	FIN
FIN
