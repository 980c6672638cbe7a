// English twin of s4_parametre_valeur / s4_fonction_type_retour / s4_procedure_interne_soeurs (SPEC §4.8, §9): PROCEDURE, FUNCTION, LOCAL, RESULT, RETURN, INTERNAL PROCEDURE
a, b are int = (1, 1)
Twice(a)
TwiceLocal(b)
Trace(a, b)
Trace(Half(7))
Check(-1)
Trace(Square(6))
INTERNAL PROCEDURE Square(x)
	RESULT x * x
END

PROCEDURE Twice(x)
x = x * 2

PROCEDURE TwiceLocal(LOCAL x)
x = x * 2

FUNCTION Half(n) : int
RESULT n / 2

PROCEDURE Check(n)
IF n < 0 THEN
	Trace("negative")
	RETURN
END
Trace("never")
