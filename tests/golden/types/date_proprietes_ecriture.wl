// Écrire Année, Mois, Jour (fr:2512095, fr:2512052, fr:2512043) :
// - affectation directe : Jour = 31 en novembre donne le 30 ;
// - opérations (+=, -=, ++, --) : les changements de mois et d'année sont gérés ;
// - le 29 février plus un an donne le 28 février.
d est une Date = "20201126"
d.Jour = 31
Trace(d)
d = "20201226"
d.Jour += 10
Trace(d)
d = "20201226"
d.Mois += 5
Trace(d)
d = "20240229"
d.Année++
Trace(d)
// Fin d'un mois flottant : un mois plus tard, moins un jour
Échéance est une Date = "20201126"
Échéance.Mois++
Échéance.Jour--
Trace(Échéance)
// Le tutoriel fr:1410087587 (exemple 030) par propriétés
MaDate est une Date = "20210929"
MaDate.Année = 1985
MaDate.Mois = 10
MaDate.Jour = 26
Trace(MaDate.VersChaîne("Jjjj JJ Mmmm AAAA"))
