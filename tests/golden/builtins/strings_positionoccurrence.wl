// PositionOccurrence : position de la Nème occurrence, parcours (doc 3024029)
Trace(PositionOccurrence("Antananarivo, Madagascar", "g", 1))
Trace(PositionOccurrence("Antananarivo, Madagascar", "zen", 1))
Trace(PositionOccurrence("Antananarivo, Madagascar", "n", 2))
Trace(PositionOccurrence("Antananarivo, Madagascar", "a", 3, DepuisFin))
Trace(PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 4))
MaChaîne est une chaîne = "Antananarivo, Madagascar"
MaPosition est un entier = PositionOccurrence(MaChaîne, "a", rangPremier, SansCasse)
TANTQUE MaPosition <> 0
	Trace(MaPosition)
	MaPosition = PositionOccurrence(MaChaîne, "a", rangSuivant, SansCasse)
FIN
