//! args: --lang en
// English twin of s4_si_alors_manquant (SPEC §4.1, §10): THEN is mandatory after IF (compile error 25), in English with --lang en
IF 1 = 1
	Trace("x")
END
