//! args: --lang en
// English twin of si_sans_alors (DECISIONS 9g, fr:1510011): IF / ELSE IF
// without THEN when the condition ends the line.
FOR EACH n OF [-3, 0, 7, 42]
	Trace(n, Kind(n))
END
IF modulo(7, 2) = 1
	Trace("7 is odd")
END
PROCEDURE Kind(n is int) : string
IF n < 0
	RESULT "negative"
ELSE IF n = 0
	RESULT "zero"
ELSE IF n < 10 THEN
	RESULT "small"
ELSE
	RESULT "large"
END
