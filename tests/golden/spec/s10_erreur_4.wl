// SPEC §10: error 4, a space is required after ':' in a CAS
x est un entier = 1
SELON x
	CAS 1:Trace("un")
FIN
