// English twin of s4_si_formes / s4_selon_comparaisons (SPEC §4.1, §4.2, §9): IF/THEN/ELSE IF/ELSE/END, one-line IF, cond ? a ELSE b, SWITCH/CASE/OTHER CASE, IN / NOT IN
FOR n = 0 TO 12 STEP 4
	IF n = 0 THEN Trace(n, "zero")
	IF n > 5 THEN
		Trace(n, "> 5")
	ELSE IF n > 2 THEN
		Trace(n, "3 to 5")
	ELSE
		Trace(n, "small")
	END
	Trace(n > 6 ? "big" ELSE "not big")
	SWITCH n
		CASE 0 : Trace("  case 0")
		CASE 4, 8 : Trace("  case 4 or 8")
		OTHER CASE : Trace("  other case")
	END
END
City is a string = "lyon"
IF City IN ("paris", "lyon") THEN Trace("big city")
IF City NOT IN ("nice") THEN Trace("not nice")
IF NOT City IN ("nice") THEN Trace("NOT x IN")
