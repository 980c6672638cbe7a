// Une boîte IMAP : dossiers, recherche, indicateurs, rangement.
//   wl run --mail-sink --mail-sink-seed examples/lecture/courrier.mbox examples/lecture/lire-imap.wl
// Contre un vrai serveur : --imap-relay HÔTE:PORT et --mail-ca ca.pem.
s est une emailSessionIMAP
s.AdresseServeur = "imap.example.org"
s.Port = 993
s.Option = optionTLS
s.Nom = "alice"
s.MotDePasse = "secret"
SI PAS EmailOuvreSession(s) ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
EmailAjouteDossier(s, "Factures")
Trace("dossiers :", Remplace(EmailListeDossier(s, LstDossierTrié), RC, ", "))
m est un Email
SI EmailCherchePremier(s, m, emailSujet, "facture") ALORS
	TANTQUE PAS m.EnDehors
		Trace("trouvé :", m.Sujet, "-", TableauVersChaîne(EmailRécupèreIndicateur(s, m), " "))
		EmailChangeEtat(s, m, emailEtatLu)
		EmailCopie(s, m, "Factures")
		EmailSupprimeMessage(s, m)
		EmailLitSuivant(s, m)
	FIN
FIN
EmailDétruit(s)
Trace("reste dans", EmailDossierCourant(s), ":", EmailNbMessage(s))
EmailChangeDossier(s, "Factures")
POUR TOUT e DE EmailRécupèreTout(s)
	Trace("rangé :", e.Sujet)
FIN
EmailFermeSession(s)
