//! smtp: starttls cert wrongname
// IgnoreErreur accepte un nom de certificat incorrect, en mode
// multiplateforme (DECISIONS 15, 17)
EmailParamètre(emailParamètreMode, 1)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = emailProtocoleSMTPS
s.IgnoreErreur = emailSessionIgnoreNomCertificatInvalide
SI s.OuvreSession() ALORS
	Trace("ouverte malgré le nom")
	s.FermeSession()
SINON
	Erreur(ErreurInfo())
FIN
