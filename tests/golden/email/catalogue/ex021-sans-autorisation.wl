//! smtp: insecure-auth auth robot:mdp
// Catalogue 021 sans l'autorisation de l'hôte : le mot de passe ne part pas
// en clair vers un autre hôte que la boucle locale (DECISIONS 16) ;
// l'ouverture échoue sans contacter le serveur, et l'envoi qui suit dit
// pourquoi
EmailOuvreSessionSMTP("robot", "mdp", "smtp.example.com")
avis est un Email
avis.Destinataire = "equipe@example.com"
avis.Message = "Sauvegarde terminée"
SI PAS EmailEnvoieMessage("robot", avis) ALORS Erreur(ErreurInfo())
