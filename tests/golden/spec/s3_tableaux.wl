// SPEC §3.5: arrays are 1-based, fixed and dynamic, two dimensions
t est un tableau de 3 entiers
t[2] = 5
Trace(t.Occurrence, t[1], t[2])
m est un tableau de 2 par 3 chaînes
m[2, 3] = "coin"
Trace(m[2, 3], m.Occurrence)
j est un tableau de chaînes = ["Lundi", "Mardi", "Mercredi"]
POUR TOUT jour, n DE j
	Trace(n, jour)
FIN
