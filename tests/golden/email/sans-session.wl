//! smtp: plain
// EmailEnvoieMessage() sans paramètre (syntaxe PHP, fr:3032005) : le
// serveur vient de l'hôte (--smtp-relay), comme PHP le prend dans php.ini ;
// une session est ouverte pour ce seul message.
Email.Expéditeur = "site@example.com"
Email.NbDestinataire = 1
Email.Destinataire[1] = "client@example.com"
Email.Sujet = "Depuis le site"
Email.Message = "Bonjour"
Trace(EmailEnvoieMessage())
