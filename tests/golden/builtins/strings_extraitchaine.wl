// ExtraitChaîne : sous-chaîne de rang n, EOT au-delà (doc 3024017)
Pays est une chaîne = "France, Italie, Allemagne, Espagne"
Trace(ExtraitChaîne(Pays, 1, ", "))
Trace(ExtraitChaîne(Pays, 2, ", "))
Trace(ExtraitChaîne(Pays, 3, ", "))
Trace(ExtraitChaîne(Pays, 4, ", "))
Trace(ExtraitChaîne(Pays, 5, ", ") = EOT)
Trace(ExtraitChaîne(Pays, 1, ", ", DepuisFin))
MaChaîne est une chaîne = "Fraise, Framboise, Chocolat et Banane"
Trace(ExtraitChaîne(MaChaîne, 3, [", " , "," , " et "]))
Trace(ExtraitChaîne(MaChaîne, 4, [", " , "," , " et "]))
Trace(ExtraitChaîne("a" + TAB + "b", 2))
