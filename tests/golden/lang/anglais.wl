//! args: --lang en
// English keywords, mixed with French ones (DECISIONS 2)
x is int = 3
IF x > 2 THEN
	Trace("big")
ELSE
	Trace("small")
END
FOR i = 1 TO 3 STEP 2
	Trace(i)
END
s is a string = "abc"
Trace(Length(s), Upper(s))
SI x = 3 ALORS Trace("mélange") SINON Trace("non")
total is int
WHILE total < 10
	total += 4
END
Trace(total)
Trace(Double(21))

PROCEDURE Double(n)
RESULT n * 2
