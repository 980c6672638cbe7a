// ChaîneConstruit : %1..%n, %% et tableau de paramètres (doc 3024006)
MaChaîne1 est une chaîne
MaChaîne1 = "Le fichier %1 ne peut pas être ouvert par " + ...
	"l'utilisateur %2. Le fichier %1 n'est pas accessible."
Trace(ChaîneConstruit(MaChaîne1, "Exemple", "Tintin"))
Trace(ChaîneConstruit(MaChaîne1, ["Exemple", "Tintin"]))
Trace(ChaîneConstruit("%1 %% de %2", 50))
