// DECISIONS 4 : en mode permissif, la première affectation d'un nom inconnu le déclare (Variant local)
Total = 10
Total = Total + 5
Trace(Total)
Libellé = "texte"
Trace(Libellé + "!")
