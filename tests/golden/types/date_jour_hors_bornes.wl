// En affectation directe, le jour doit être compris entre 1 et 31, sinon erreur
// (fr:2512043 : MaDate.Jour = MaDate.Jour + 20 le 26/11 donne 46).
MaDate est une Date = "20201126"
MaDate.Jour = MaDate.Jour + 20
Trace("non atteint")
