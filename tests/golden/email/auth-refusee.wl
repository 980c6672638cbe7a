//! smtp: starttls auth alice:secret
// Un mot de passe refusé fait échouer l'ouverture (DECISIONS 13a)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = emailProtocoleSMTPS
s.Nom = "alice"
s.MotDePasse = "mauvais"
SI s.OuvreSession() ALORS
	Trace("ne devrait pas s'ouvrir")
SINON
	Trace("refusée, ErreurDétectée =", ErreurDétectée)
	Erreur(ErreurInfo())
FIN
