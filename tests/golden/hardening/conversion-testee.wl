// Issue 11: a call inside a conversion (entier) f() is a tested call, as
// in Val(f()): CAS ERREUR does not run for it (SPEC 4.10).
SI (entier) f() = 0 ALORS
	Trace("conversion : zéro", ErreurDétectée)
FIN
SI Val(f()) = 0 ALORS
	Trace("Val : zéro", ErreurDétectée)
FIN
Trace("fin")
CAS ERREUR:
Trace("CAS ERREUR", ErreurInfo(errCode))

PROCÉDURE f()
ErreurDéclenche(12, "raté")
RENVOYER 0
