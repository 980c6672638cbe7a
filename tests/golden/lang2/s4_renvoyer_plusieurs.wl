// SPEC §4.7 : RENVOYER plusieurs valeurs ; x = P() prend la première ; (x, y) = P() ; (, y) = P() ; g(f()) répartit les valeurs
(q, r) = DivEnt(17, 5)
Trace(q, r)
Premier est un entier = DivEnt(9, 2)
Trace(Premier)
(, Reste) = DivEnt(9, 2)
Trace(Reste)

PROCÉDURE DivEnt(a, b)
RENVOYER (PartieEntière(a / b), a % b)
