// L'opérateur = sur les réels est précis à 10e-6 près (fr:1514048) : deux réels
// très proches sont égaux.
a est un réel = 0.1
b est un réel = 0.2
Trace(a + b = 0.3)
Trace(1.00000001 = 1)
Trace(1.001 = 1)
Trace(a * 3 = 0.3)
