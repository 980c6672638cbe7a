//! smtp: starttls auth alice:jeton-oauth
// AuthToken (fr:1000018765) : authentification XOAUTH2 avec le jeton
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = emailProtocoleSMTPS
s.Nom = "alice"
s.AuthToken = "jeton-oauth"
SI s.OuvreSession() ALORS
	Trace("ouverte")
	s.FermeSession()
SINON
	Erreur(ErreurInfo())
FIN
