//! args: --lang en
// English twin of externe: EXTERN (doc 3034006 loads its exception
// constants with EXTERN "Except.WL") declares the names and checks the code
// that uses them (no error 301); wl does not load the external element, so
// reaching the declaration is a runtime error (9400). A variable called
// Extern is still a variable.
Extern is int = 2
Trace("before", Extern)
WHEN EXCEPTION IN
	Trace(Total())
DO
	Trace("error:", ExceptionInfo(errMessage))
END
EXTERN "Except.WL"
Trace("never")

PROCEDURE Total()
EXTERN gnTotal, gsLabel
RETURN gsLabel + gnTotal
