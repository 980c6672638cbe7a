// English twin of s5_et_ou_evaluation / s5_extraction_chaine (SPEC §5.1–§5.4, §9): AND / OR evaluate both sides, _AND_ / _OR_ short-circuit, NOT, Modulo, [[a ON n]]
Calls is int
IF False AND Mark() THEN Trace("never")
IF True OR Mark() THEN Trace("OR true")
Trace("calls:", Calls)
Calls = 0
IF False _AND_ Mark() THEN Trace("never")
IF True _OR_ Mark() THEN Trace("_OR_ true")
Trace("calls:", Calls, NOT (1 = 2))
Trace(17 Modulo 5, 18 / 5)
Text is string = "Hello world"
Trace(Text[[1 TO 5]], Text[[7 ON 3]], Text[[7 TO]])

PROCEDURE Mark()
Calls++
RESULT True
