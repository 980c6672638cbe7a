//! smtp: plain reject-rcpt refus@example.com 550/5.1.1
// Plusieurs messages sur une même session ; après un refus la transaction
// est réinitialisée (RSET) et la session reste utilisable (issue 4).
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
SI PAS s.OuvreSession() ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
m est un Email
m.Expéditeur = "lot@example.com"
POUR i = 1 À 4
	m.Destinataire = (i = 3 ? "refus@example.com" SINON "client" + i + "@example.com")
	m.Sujet = "Message " + i
	m.Message = "Corps " + i
	SI s.EnvoieMessage(m) ALORS
		Trace(i, "envoyé")
	SINON
		Trace(i, "refusé", ErreurInfo(errCode))
	FIN
FIN
s.FermeSession()
