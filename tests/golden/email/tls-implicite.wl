//! smtp: implicit-tls
// optionTLS : TLS dès le premier octet (port 465)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Port = 465
s.Option = optionTLS
SI s.OuvreSession() ALORS
	Trace("session TLS ouverte")
	s.FermeSession()
SINON
	Erreur(ErreurInfo())
FIN
