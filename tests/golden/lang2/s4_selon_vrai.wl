// SPEC §4.2 : SELON Vrai + CAS <condition> pour des conditions quelconques
Température est un entier = 28
SELON Vrai
	CAS Température < 0 : Trace("gel")
	CAS Température >= 25 ET Température < 35 : Trace("chaud")
	CAS EstPair(Température) : Trace("pair")
	AUTRE CAS : Trace("doux")
FIN
