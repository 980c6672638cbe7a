// Compile errors of enumerations and combinations (doc 1514067: "Poste1 =
// 1 // Affiche une erreur de compilation", 1514074).
TypeAutomate est une Enumération
	Marche
	Arrêté
FIN
Droits est une Combinaison
	Lecture
	Ecriture
FIN
Poste1 est un TypeAutomate
Poste1 = 1
Poste1 = "Marche"
Poste1 = TypeAutomate.Volant
d est un Droits
d = 0
d = Marche
d = 3
Trace(Poste1, d)
Trace(Poste1 = Droits.Lecture)
p2 est un TypeAutomate = 2
P(1)
P("Marche")
P(Marche)

PROCÉDURE P(x est un TypeAutomate)
Trace(x..Nom)
PROCÉDURE Q()
// Exclusions mutuelles (1514074): Création and Suppression exclude each other.
TypeFic est une Combinaison
	Création
	Lecture
	Suppression
	Création - Suppression
FIN
a est un TypeFic = Lecture + Création
a = Création + Lecture + Suppression
