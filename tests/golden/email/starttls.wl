//! smtp: starttls
// emailProtocoleSMTPS : STARTTLS obligatoire, certificat vérifié pour le nom
// donné par le script
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Port = 587
s.Option = emailProtocoleSMTPS
SI s.OuvreSession() ALORS
	Trace("session chiffrée ouverte")
	s.FermeSession()
SINON
	Erreur(ErreurInfo())
FIN
