// Le monétaire garantit les décimales, là où le réel arrondit (fr:1514043, fr:1514048) :
// dix fois 0.1 font exactement 1, et 0.1 + 0.2 vaut exactement 0.3.
Somme est un monétaire
POUR i = 1 À 10
	Somme += 0.1
FIN
Trace(Somme, Somme = 1)
a est un monétaire = 0.1
b est un monétaire = 0.2
Trace(a + b)
Trace(a + b - 0.3 = 0)
// 1/3 de 1 000 000 d'euros, puis fois 3 : la perte porte sur la 6e décimale seulement
Part est un monétaire = 1000000
Part = Part / 3
Trace(Part, Part * 3)
