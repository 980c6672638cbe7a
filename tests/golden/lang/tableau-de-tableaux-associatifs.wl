// Un tableau de tableaux associatifs (tableau [fr:1514030] dont les éléments
// sont des tableaux associatifs [fr:1514058]) : « tableau » après « de » est
// le type des éléments, pas une dimension nommée par une constante.
tabBuffer est un tableau de tableaux associatifs de Variant
e1 est un tableau associatif de Variant
e1["nom"] = "Dupont"
e1["âge"] = 42
Ajoute(tabBuffer, e1)
e2 est un tableau associatif de Variant
e2["nom"] = "Martin"
Ajoute(tabBuffer, e2)
Trace(tabBuffer.Occurrence, tabBuffer[1]["nom"], tabBuffer[2]["nom"], tabBuffer[1]["âge"])
POUR TOUT e DE tabBuffer
	Trace(e["nom"], e.Occurrence)
FIN
t2 est un tableau de 2 tableaux associatifs de entiers
t2[1]["a"] = 1
t2[2]["b"] = 2
t2[2]["c"] = 3
Trace(t2[1].Occurrence, t2[2].Occurrence, t2[2]["c"])
