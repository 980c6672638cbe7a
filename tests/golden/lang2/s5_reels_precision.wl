// SPEC §5.3 : les réels sont comparés avec 6 décimales ; numérique calcule en décimal (0.1 + 0.2 = 0.3)
a est un réel = 0.1 + 0.2
Trace(a = 0.3)
Trace(1.0000001 = 1, 1.00001 = 1)
n est un numérique = 0.1
n = n + 0.2
Trace(n, n = 0.3)
