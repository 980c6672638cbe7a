//! smtp: plain
// Catalogue 007 (fr:1000022314) : EnvoieMessage en syntaxe préfixée,
// propriété Expediteur écrite sans accent, Destinataire.Ajoute ; la session
// n'est pas fermée par le script : elle l'est à la fin (QUIT)
sujet est une chaîne = "Confirmation"
texte est une chaîne = "Votre colis est en route."
boutique est une emailSessionSMTP
boutique.AdresseServeur = "smtp.example.com"
boutique.OuvreSession()
conf est un Email
conf.Expediteur = "ventes@example.com"
conf.Destinataire.Ajoute("acheteur@example.com")
conf.Sujet = sujet
conf.Message = texte
boutique.EnvoieMessage(conf)
