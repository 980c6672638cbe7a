//! args: --lang en
// English twin of s4_si_alors_manquant (SPEC §4.1, §10, DECISIONS 9g): THEN is mandatory when an instruction follows the IF condition on its line (compile error 25), in English with --lang en
IF 1 = 1 Trace("x")
