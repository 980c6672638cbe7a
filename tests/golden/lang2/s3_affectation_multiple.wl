// SPEC §3.8 : affectation multiple « (x, y, z) = (5, 8, 12) », échange « <=> », position laissée vide (DECISIONS 9e)
x, y, z sont des entiers
(x, y, z) = (5, 8, 12)
Trace(x, y, z)
x <=> z
Trace(x, z)
(a, , c) = Trois()
Trace(a, c)
(, b) = Trois()
Trace(b)

PROCÉDURE Trois()
RENVOYER (1, 2, 3)
