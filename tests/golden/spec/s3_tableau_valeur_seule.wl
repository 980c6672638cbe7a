// A single value assigned to an array member makes a one-element array [fr:3032002]
Liste est une Structure
	noms est un tableau de chaînes
FIN
l est une Liste
l.noms = "Zoé"
Trace(l.noms.Occurrence, l.noms[1])
