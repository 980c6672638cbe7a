//! imap: tls
// IMAP en TLS implicite avec une variable emailSessionIMAP
// [fr:1000018957] : liste des dossiers [fr:3032133], lecture sans marquer
// lu, indicateurs [fr:1000021263, fr:1000019112], déplacement d'un message
// vers Archives (EmailCopie [fr:1000019918] + EmailSupprimeMessage +
// EmailDétruit [fr:1000021553]), changement de dossier [fr:3032135,
// fr:3032132], ajout et suppression de dossier [fr:3032129, fr:3032134],
// recherche [fr:3032131].
s est une emailSessionIMAP
s.AdresseServeur = "localhost"
s.Port = 993
s.Option = optionTLS
s.Nom = "imap-dossiers"
s.MotDePasse = "secret"
SI PAS EmailOuvreSession(s) ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
Trace("dossiers :", Remplace(EmailListeDossier(s, LstDossierTrié), RC, ", "))
Trace("courant :", EmailDossierCourant(s), EmailNbMessage(s))
m est un Email
Trace(EmailLitPremier(s, m), m.Sujet)
Trace("indicateurs :", TableauVersChaîne(EmailRécupèreIndicateur(s, m), " "))
Trace(EmailChangeEtat(s, m, emailEtatLu))
Trace("indicateurs :", TableauVersChaîne(EmailRécupèreIndicateur(s, m), " "))
Trace(EmailChangeEtat(s, m, emailEtatNonLu), TableauVersChaîne(EmailRécupèreIndicateur(s, m), " "))
// Déplacement du deuxième message vers Archives.
Trace(EmailLitSuivant(s, m), m.Sujet, m.Attache[1].Nom)
Trace("copie :", EmailCopie(s, m, "Archives"))
Trace("supprime :", EmailSupprimeMessage(s, m), m.EnDehors)
Trace("indicateurs :", TableauVersChaîne(EmailRécupèreIndicateur(s, m), " "))
Trace("détruit :", EmailDétruit(s), EmailNbMessage(s))
Trace("dossier inconnu :", EmailChangeDossier(s, "Nulle/Part"))
Trace(ErreurInfo())
Trace(EmailChangeDossier(s, "Archives"), EmailDossierCourant(s), EmailNbMessage(s))
POUR TOUT e DE EmailRécupèreTout(s)
	Trace(" -", e.Sujet)
FIN
Trace(EmailChangeDossier(s, "INBOX"), EmailNbMessage(s))
Trace("ajoute :", EmailAjouteDossier(s, "Tri"), "supprime :", EmailSupprimeDossier(s, "Tri"))
Trace("recherche :", EmailCherchePremier(s, m, emailSujet + emailCorps, "réunion"), m.Sujet)
Trace("suivant :", EmailLitSuivant(s, m), m.EnDehors)
Trace("rien :", EmailCherchePremier(s, m, emailExpéditeur, "personne@nulle.part"), m.EnDehors, ErreurDétectée)
Trace("non lus :", EmailCherchePremier(s, m, emailExpéditeur, "alice", emailNonLus), m.Sujet)
EmailFermeSession(s)
