// SPEC §5.6, DECISIONS 5 : chaîne + nombre concatène si la chaîne est à gauche ; nombre + chaîne additionne (comme Val) ; chaîne affectée à un entier convertie
Trace("1" + 2, 1 + "2", 1 + "2.5", 10 + "3abc")
Trace("Total : " + 12.50, "Qté : " + 3)
n est un entier
n = "42"
Trace(n + 1)
r est un réel = "3.25"
Trace(r * 2)
