// Un monétaire a 24 chiffres significatifs dont 6 décimales (fr:1514043) : des montants
// que le réel (15 chiffres, fr:1514048) ne sait pas représenter restent exacts.
// La chaîne évite le passage par un réel à l'affectation.
Gros est un monétaire = "99999999999999.99"
Trace(Gros)
Gros += 0.01
Trace(Gros)
Énorme est un monétaire = "123456789012345678.123456"
Trace(Énorme)
Trace(Énorme - 0.000001)
Trace(Énorme * 2)
// Le même calcul en réel perd les derniers chiffres
r est un réel = 99999999999999.99
Trace(r + 0.01 = 100000000000000)
