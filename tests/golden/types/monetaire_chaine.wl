// Une chaîne affectée à une variable numérique est convertie (fr:1515004) ; pour un
// monétaire la conversion est exacte. Chaîne + monétaire concatène, monétaire + chaîne
// additionne (DECISIONS 5).
m est un monétaire = "12.50"
Trace(m)
m = "3plus2"
Trace(m)
m = "abc"
Trace(m)
m = 7.25
Trace("Total : " + m)
Trace(m + "0.75")
