// SPEC §3.5: array of arrays, Ajoute without value appends an empty element
lignes est un tableau de tableaux de chaînes
Ajoute(lignes)
Ajoute(lignes[1], "a")
Ajoute(lignes[1], "b")
Ajoute(lignes)
Ajoute(lignes[2], "c")
Trace(lignes.Occurrence, lignes[1].Occurrence, lignes[1][2], lignes[2][1])
