// SPEC §3.1 : « sont des » avec initialisation multiple « = (v1, v2) », type au pluriel, article optionnel, « d' » élidé
Largeur, Hauteur sont des entiers = (4, 10)
Trace(Largeur * Hauteur)
Prénom, Nom sont des chaînes = ("Ada", "Lovelace")
Trace(Prénom + " " + Nom)
Code est chaîne = "sans article"
Trace(Code)
Notes est un tableau d'entiers
Notes.Ajoute(12)
Trace(Notes[1])
Poids est tableau de 3 réels
Trace(Poids.Occurrence, Poids[3])
