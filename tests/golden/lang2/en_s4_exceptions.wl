// English twin of s4_exception_specifique_sinon / s4_erreur_declenche_appelant (SPEC §4.9, §4.10, §9, DECISIONS 9d): WHEN EXCEPTION IN … DO … ELSE … END, ExceptionThrow, ExceptionInfo, ErrorThrow, ErrorOccurred, ErrorInfo, CASE ERROR:
FOR i = 1 TO 2
	WHEN EXCEPTION IN
		IF i = 1 THEN ExceptionThrow(3, "lap one")
		Trace("lap", i, "no exception")
	DO
		Trace("caught:", ExceptionInfo(errMessage))
	ELSE
		Trace("ELSE of lap", i)
	END
END
Validate(-5)
Trace(ErrorOccurred, ErrorInfo(errCode), ErrorInfo(errMessage))
Job()
Trace("after Job")

PROCEDURE Validate(n)
IF n < 0 THEN ErrorThrow(77, "negative value")

PROCEDURE Job()
Validate(-1)
Trace("never")
CASE ERROR:
Trace("CASE ERROR:", ErrorInfo(errCode))
