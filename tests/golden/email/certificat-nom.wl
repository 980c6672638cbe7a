//! smtp: starttls cert wrongname
// Un certificat émis pour un autre nom est refusé
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = emailProtocoleSMTPS
SI PAS s.OuvreSession() ALORS
	Erreur(ErreurInfo())
FIN
