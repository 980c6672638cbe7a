// 0n force un numérique sans passer par un réel, et numérique (2,15) a 15 décimales
// (fr:1514072).
a, b sont des numériques (2,15)
a = 0n10.000000000000033
b = 0n10.000000000000055
Trace(a + b)
Grand est un numérique (*)
Grand = 0n1234567890123456789123456789
Trace(Grand)
