//! smtp: starttls auth alice:secret require-auth
// Nom et MotDePasse : authentification après STARTTLS (DECISIONS 13a)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = emailProtocoleSMTPS
s.Nom = "alice"
s.MotDePasse = "secret"
SI s.OuvreSession() ALORS
	Trace("authentifiée en tant que", s..Nom)
	s.FermeSession()
SINON
	Erreur(ErreurInfo())
FIN
