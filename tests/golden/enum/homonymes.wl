// Two enumerations with a value of the same name (doc 1514067): where a
// value of one enumeration is expected (assignment, comparison with a
// variable of that type), the bare name is that enumeration's value.
Feu est une Enumération
	Rouge
	Orange
	Vert
FIN
Drapeau est une Enumération
	Bleu
	Blanc
	Rouge
FIN
d est un Drapeau
d = Rouge
Trace(d..Nom, d = Rouge, d > Blanc, d <> Rouge)
f est un Feu
f = Rouge
Trace(f..Nom, f = Rouge, f < Vert)
f = Feu.Vert
Trace(f..Nom)
d2 est un Drapeau = Rouge
f2 est un Feu = Rouge
Trace(d2..Nom, d2 = Drapeau.Rouge, f2 = Feu.Rouge)
