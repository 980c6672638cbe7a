//! smtp: insecure-auth auth robot:mdp
//! args: --smtp-allow-plaintext-auth
// Catalogue 021 (GUIDE, non doc) : EmailOuvreSessionSMTP en instruction avec
// mot de passe, un Email dont Destinataire reçoit une simple chaîne, envoi
// par nom ; en cas d'échec, Erreur(ErreurInfo()). L'hôte autorise ici le
// mot de passe en clair (--smtp-allow-plaintext-auth, DECISIONS 16).
// Le motif ne renseigne pas Expéditeur : l'envoi est refusé avec un
// message clair plutôt que parti avec MAIL FROM:<> (issue 12 point 18).
EmailOuvreSessionSMTP("robot", "mdp", "smtp.example.com")
avis est un Email
avis.Destinataire = "equipe@example.com"
avis.Sujet = "Sauvegarde"
avis.Message = "Sauvegarde terminée"
SI PAS EmailEnvoieMessage("robot", avis) ALORS Erreur(ErreurInfo())
EmailFermeSession("robot")
