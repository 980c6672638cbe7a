//! args: --lang en
// English twin of etiquette_fin (fr:1510014): the END: label runs when the
// process ends, after RESULT too; an exception leaves without it.
Trace(Find(3))
WHEN EXCEPTION IN
	Fails()
DO
	Trace("caught:", ExceptionInfo(errMessage))
END
PROCEDURE Find(n is int) : string
FOR i = 1 TO 10
	IF i = n THEN RESULT "found " + i
END
RESULT "missing"
END:
Trace("end of Find", n)

PROCEDURE Fails()
ExceptionThrow(1, "boom")
END:
Trace("never printed")
