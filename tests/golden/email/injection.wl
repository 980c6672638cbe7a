//! smtp: plain
// Injection d'en-tête ou de destinataire : un CR, un LF ou un NUL dans une
// adresse ou un en-tête est refusé et rien n'est envoyé (DECISIONS 15a) ;
// un entête supplémentaire ne peut pas remplacer To, Cc, Bcc, From...
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
SI PAS s.OuvreSession() ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
m est un Email = Base()
m.Destinataire = "toi@example.com" + RC + "RCPT TO:<victime@example.com>"
Essai(s, m, "Destinataire")
m = Base()
m.Expéditeur = "moi@example.com" + Caract(10) + "Bcc: victime@example.com"
Essai(s, m, "Expéditeur")
m = Base()
Ajoute(m.Cci, "cache@example.com" + Caract(13) + "x")
Essai(s, m, "Cci")
m = Base()
m.AdresseExpéditeur = "r@example.com" + Caract(0)
Essai(s, m, "AdresseExpéditeur")
m = Base()
m.Sujet = "Bonjour" + Caract(13) + Caract(10) + "Bcc: victime@example.com"
Essai(s, m, "Sujet")
m = Base()
e est un emailEntête
e.Nom = "X-Essai"
e.Valeur = "ok" + RC + "Bcc: victime@example.com"
Ajoute(m.Entête, e)
Essai(s, m, "Entête valeur")
m = Base()
e.Nom = "Bcc"
e.Valeur = "victime@example.com"
Ajoute(m.Entête, e)
Essai(s, m, "Entête Bcc")
m = Base()
e.Nom = "X-Essai: 1" + RC + "Bcc"
e.Valeur = "victime@example.com"
Ajoute(m.Entête, e)
Essai(s, m, "Entête nom")
m = Base()
a est un emailAttache
a.Nom = "a.txt" + RC + "Content-Type: text/html"
a.Contenu = "x"
Ajoute(m.Attache, a)
Essai(s, m, "Attache Nom")
m = Base()
m.Destinataire = "pas une adresse"
Essai(s, m, "adresse invalide")
m = Base()
m.Destinataire = ""
Essai(s, m, "sans destinataire")
// après tous ces refus la session sert encore
m = Base()
Trace("valide", s.EnvoieMessage(m))
s.FermeSession()

PROCÉDURE Essai(s est une emailSessionSMTP, m est un Email, quoi)
Trace(quoi, s.EnvoieMessage(m))
Erreur(ErreurInfo())

PROCÉDURE Base()
m est un Email
m.Expéditeur = "moi@example.com"
m.Destinataire = "toi@example.com"
m.Sujet = "Essai"
m.Message = "Bonjour"
RENVOYER m
