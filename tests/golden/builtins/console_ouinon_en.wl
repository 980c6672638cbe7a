//! args: --lang en
// Without an interactive host, YesNo is a runtime error (DECISIONS 13)
IF YesNo("Quit?") = Yes THEN
	Trace("yes")
END
