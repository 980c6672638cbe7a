// Comparaisons exactes entre monétaires, et avec entiers et réels (fr:1514043).
a est un monétaire = 0.1
b est un monétaire = 0.2
Trace(a + b = 0.3, a < b, b >= 0.2, a <> b)
Trace(a * 10 = 1, a * 10 > 0.9999999)
// Un monétaire nul est égal à Null (SPEC §5.6)
z est un monétaire
Trace(z = Null, a = Null)
SI a + b > 0.29 ALORS Trace("plus grand")
