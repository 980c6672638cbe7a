// SPEC §2.4 : RC vaut CR+LF (2 caractères), TAB une tabulation
Trace(Taille(RC), Asc(RC[[1]]), Asc(RC[[2]]))
Trace(Taille(TAB), Asc(TAB))
Ligne est une chaîne = "a" + TAB + "b"
Trace(ExtraitChaîne(Ligne, 2))
