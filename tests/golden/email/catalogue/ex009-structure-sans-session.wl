//! smtp: plain
// Catalogue 009 (fr:3032005, structure fr:3032029) : la structure Email et
// EmailEnvoieMessage() sans paramètre ; le serveur est celui de l'hôte
// (--smtp-relay), comme PHP le prend dans php.ini
Email.Expéditeur = "site@example.com"
Email.NbDestinataire = 1
Email.Destinataire[1] = "visiteur@example.com"
Email.Sujet = "Inscription"
Email.Message = "Merci de votre inscription."
EmailEnvoieMessage()
