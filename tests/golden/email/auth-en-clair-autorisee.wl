//! smtp: insecure-auth auth alice:secret
//! args: --smtp-allow-plaintext-auth
// --smtp-allow-plaintext-auth lève l'interdiction (DECISIONS 16)
s est une emailSessionSMTP
s.AdresseServeur = "smtp.example.com"
s.Nom = "alice"
s.MotDePasse = "secret"
SI s.OuvreSession() ALORS
	Trace("ouverte")
	s.FermeSession()
SINON
	Erreur(ErreurInfo())
FIN
