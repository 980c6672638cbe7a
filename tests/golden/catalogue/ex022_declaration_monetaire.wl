// Reproduit le comportement documenté de fr:1410087514 (exemple 022) : un monétaire et plusieurs chaînes déclarés (« sont des » + type au pluriel), un littéral décimal affecté puis tracé tel quel, une chaîne tracée.
Tarif est un monétaire
Ville, Pays sont des chaînes
// un littéral décimal dans un monétaire
Tarif = 349.95
Trace(Tarif)
Ville = "Grenoble"
Trace(Ville)
// la seconde chaîne déclarée par « sont des » existe et vaut ""
Trace("[" + Pays + "]")
// un monétaire s'affiche sous sa forme la plus courte
Tarif = 80.10
Trace(Tarif)
