// Paramètre « tableau de * T » : un tableau de taille quelconque (SPEC.md,
// tableaux passés aux procédures ; doc 1514030). Le tableau est passé par
// référence et garde les dimensions de l'appelant ; « * par * » pour deux
// dimensions.
t est un tableau de 2 par 3 entiers
t[2, 3] = 7
Trace(Nombre([1, 2, 3]), Deux(t))
Remplit(t)
Trace(t[1, 1])

vide est un tableau de * chaînes
Ajoute(vide, "un")
Trace(TableauOccurrence(vide))

PROCÉDURE Nombre(tab est un tableau de * entiers)
RENVOYER TableauOccurrence(tab)

PROCÉDURE Deux(m est un tableau de * par * entiers)
RENVOYER m[2, 3] + TableauOccurrence(m)

PROCÉDURE Remplit(m est un tableau de * par * entiers)
m[1, 1] = 42
