//! smtp: plain
// Une session SMTP simple : connexion, EHLO, puis QUIT à la fermeture
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
SI s.OuvreSession() = Vrai ALORS
	Trace("session ouverte")
	s.FermeSession()
	Trace("session fermée")
SINON
	Erreur(ErreurInfo())
FIN
