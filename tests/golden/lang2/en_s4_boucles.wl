// English twin of s4_pour_pas / s4_tantque_boucle / s4_sortir_niveaux (SPEC §4.3–§4.6, §9, DECISIONS 9d): FOR … TO … STEP, _TO_, WHILE, LOOP, LOOP(n), BREAK, CONTINUE, FOR EACH / FOR ALL
List is string
FOR i = 20 TO 1 STEP -5
	List += [" "] + i
END
Trace(List, i)
Values is array of int = [1, 2]
FOR i = 1 _TO_ Values.Count
	IF Values.Count < 4 THEN Values.Add(0)
END
Trace(Values.Count)
n is int = 10
WHILE n < 13
	n++
END
Trace(n)
Laps is int
LOOP(3)
	Laps++
END
LOOP
	Laps--
	IF Laps = 0 THEN BREAK
END
Trace(Laps)
FOR EACH v OF Values
	IF v = 0 THEN CONTINUE
	Trace("each:", v)
END
FOR ALL v OF Values
	Trace("all:", v)
	BREAK
END
