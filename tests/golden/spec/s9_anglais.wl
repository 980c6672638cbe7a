// SPEC §9, DECISIONS 2: English spellings, mixed with French
n is int = 3
total is an int
FOR i = 1 TO n
	total += i
END
IF total = 6 THEN
	Trace("six")
ELSE
	Trace("autre")
END
s is a string = "abc"
FOR EACH STRING part OF "a,b,c" SEPARATED BY ","
	Trace(part)
END
SWITCH total
	CASE 6: Trace("switch ok")
	OTHER CASE: Trace("non")
END
Trace(Length(s), Upper(s))
