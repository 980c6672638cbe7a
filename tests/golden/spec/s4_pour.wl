// SPEC §4.3: the variable after the loop, negative step, _À_
POUR i = 1 À 5
FIN
Trace(i)
POUR k = 2000 À 1950 PAS -25
	Trace(k)
FIN
n est un entier = 3
POUR j = 1 _À_ n
	n = 10
	Trace(j)
FIN
