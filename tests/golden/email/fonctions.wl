//! smtp: plain
// La syntaxe fonction : EmailOuvreSession / EmailFermeSession
MaSession est une emailSessionSMTP
MaSession.AdresseServeur = "127.0.0.1"
MaSession.Port = 2525
SI PAS EmailOuvreSession(MaSession) ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
Trace("ouverte, ErreurDétectée =", ErreurDétectée)
EmailFermeSession(MaSession)
Trace("fermée")
