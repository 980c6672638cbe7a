// SPEC §3.7 : structure initialisée par un littéral dans l'ordre des membres ; accès « : » équivalent à « . »
Point3D est une Structure
	x est un entier
	y est un entier
	z est un entier
FIN
p est un Point3D = [0, 0, 50]
Trace(p.x, p.y, p:z)
p:x = 7
Trace(p.x)
