// DECISIONS 12 (issue 12, point 16): an exception raised with a code and
// no text says so with its code; ExceptionInfo(errMessage) stays empty.
QUAND EXCEPTION DANS
	ExceptionDéclenche(7)
FAIRE
	Trace("[" + ExceptionInfo(errMessage) + "]", ExceptionInfo(errCode))
FIN
P()

PROCÉDURE P()
ExceptionDéclenche(1)
