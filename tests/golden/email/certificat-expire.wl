//! smtp: implicit-tls cert expired
// Un certificat expiré est refusé
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = optionTLS
SI PAS s.OuvreSession() ALORS
	Erreur(ErreurInfo())
FIN
