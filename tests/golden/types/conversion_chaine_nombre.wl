// Chaîne à gauche : concaténation ; nombre à gauche : la chaîne est lue comme Val
// (DECISIONS 5, SPEC §5.6).
Trace("1" + 2)
Trace(1 + "2")
Trace(10 - "3plus2")
Trace(2 * "1.5")
Trace("Valeur : " + 3.60)
// Affectation d'une chaîne à un entier (fr:1515004)
n est un entier = "143"
Trace(n + 1)
n = "ABC"
Trace(n)
