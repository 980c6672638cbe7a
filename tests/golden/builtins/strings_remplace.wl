// Remplace : toutes les occurrences, tableau de chaînes, portion (doc 3024022)
ChaîneInitiale est une chaîne = "Abracadabra !"
Trace(Remplace(ChaîneInitiale, "a", "o"))
Trace(Remplace(ChaîneInitiale, 4, 1, "o"))
Trace(Remplace("betterave // abricot // fraise / melon \ noix / citron", ["//", "/", "\"], "-"))
Trace(Remplace("abc", "", "x"))
Trace(Remplace("le merle le", "le", "LA", MotComplet))
Trace(Remplace("Été ÉTÉ été", "ete", "x", SansCasse))
