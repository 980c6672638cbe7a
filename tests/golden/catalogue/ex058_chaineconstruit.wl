// Reproduit le comportement documenté de fr:3024006 (exemple 058) : ChaîneConstruit remplace %1, %2… (un même paramètre peut revenir) par des arguments séparés, par les éléments d'un tableau ou par un tableau littéral ; le modèle est concaténé sur deux lignes avec « ... ».
// Contradiction de la page : elle déclare « tableau de 1 chaîne » puis affecte l'indice 2, ce que la page des tableaux (fr:1514030) interdit sans <agrandissement> (SPEC §11.13).
// Lecture retenue : la page des tableaux (erreur d'exécution, voir ex058_tableau_fixe_borne) ; ici le tableau a la bonne taille.
Modèle est une chaîne
Modèle = "%1 a commandé %2 ; " + ...
	"merci %1 ! (100%% garanti)"
Message est une chaîne = ChaîneConstruit(Modèle, "Alice", "3 livres")
Trace(Message)
Valeurs est un tableau de 2 chaînes
Valeurs[1] = "Bruno"
Valeurs[2] = "un vélo"
Message = ChaîneConstruit(Modèle, Valeurs)
Trace(Message)
Message = ChaîneConstruit(Modèle, ["Chloé", "deux lampes"])
Trace(Message)
// paramètres manquants : remplacés par des chaînes vides
Trace(ChaîneConstruit(Modèle, "Denis"))
