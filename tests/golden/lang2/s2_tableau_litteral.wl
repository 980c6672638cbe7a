// SPEC §2.5, §3.5 : littéral de tableau [a, b, c] à l'initialisation, en argument et dans Ajoute d'un tableau de structures
Jours est un tableau de chaînes = ["Lundi", "Mardi", "Mercredi"]
Trace(Jours.Occurrence, Jours[3])
Trace(ChaîneConstruit("%2-%1", ["a", "b"]))
Touche est une Structure
	Lettre est une chaîne
	Code est un entier
FIN
Touches est un tableau de Touche
Touches.Ajoute(["A", Asc("A")])
Touches.Ajoute(["B", Asc("B")])
Trace(Touches[2].Lettre, Touches[2].Code)
