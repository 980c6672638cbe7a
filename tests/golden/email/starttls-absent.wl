//! smtp: plain
// Un serveur qui n'offre pas STARTTLS : l'ouverture échoue, jamais de
// repli en clair (DECISIONS 15)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = emailProtocoleSMTPS
SI s.OuvreSession() ALORS
	Trace("ne devrait pas s'ouvrir")
SINON
	Trace("échec attendu :", ErreurDétectée)
	Erreur(ErreurInfo())
FIN
