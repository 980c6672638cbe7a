// Dans une opération entre un numérique et un réel, le réel est converti en numérique
// (fr:1514072) : le calcul est exact.
n est un numérique = 0.1
r est un réel = 0.2
Trace(n + r)
Trace(n + r = 0.3)
Trace(r + n - 0.3 = 0)
// Les opérations disponibles : + - * / modulo, ++ -- += -= (fr:1514072)
x est un numérique = 10.5
Trace(x * 2, x - 0.5, x % 4)
x++
Trace(x)
x -= 1.25
Trace(x)
x--
Trace(x)
Trace(-x)
