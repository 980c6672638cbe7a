// AuthIdentifie a besoin d'un hôte interactif (navigateur) : sans lui,
// c'est une erreur (DECISIONS 13)
p est un OAuth2Paramètres
p.ClientID = "id"
p.TypeRéponse = oauth2TypeRéponseCode
Trace(p.TypeRéponse)
t est un Variant = AuthIdentifie(p)
Trace("non atteint")
