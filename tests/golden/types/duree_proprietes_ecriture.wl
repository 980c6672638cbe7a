// Modifier une durée par ses propriétés (fr:1514069, fr:1000017298, tutoriel
// fr:1410087587 : EnSecondes = 128 donne 02:08).
MaDurée est une Durée
MaDurée.EnSecondes = 128
Trace(MaDurée.VersChaîne("MM:SS"))
MaDurée.EnHeures = 210
Trace(MaDurée.EnSecondes)
Combien est une Durée
Combien.Jour = 5
Trace(Combien.EnHeures)
