//! smtp: plain reject-data 554/5.7.1
// Le serveur refuse le message après DATA : Faux, ErreurInfo nomme le
// serveur, le code et le code étendu (DECISIONS 19)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
m est un Email
m.Expéditeur = "moi@example.com"
m.Destinataire = "toi@example.com"
m.Message = "Bonjour"
SI s.OuvreSession() ALORS
	Trace(s.EnvoieMessage(m), ErreurInfo(errCode))
	Erreur(ErreurInfo())
	s.FermeSession()
FIN
