// Abs, Somme and Moyenne keep a monétaire exact (no réel on the way) [fr:1514043]
a est un monétaire = -12.345678
Trace(Abs(a))
t est un tableau de monétaires = [0m0.1, 0m0.2, 0m0.4]
Trace(Somme(t), Moyenne(t))
