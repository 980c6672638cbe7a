// Reproduit le comportement documenté de fr:3013008 (exemple 052) : fOuvre renvoie -1 sans erreur fatale pour un fichier impossible à ouvrir et renseigne ErreurInfo ; le code compare à -1, affiche Erreur avec deux lignes et renvoie Faux.
// Le texte d'ErreurInfo pour fOuvre n'est pas documenté : on vérifie seulement qu'il n'est pas vide.
Trace("Résultat : " + Charge("absent/config.ini"))

PROCÉDURE Charge(Chemin)
Canal est un entier = fOuvre(Chemin, foLecture)
SI Canal = -1 ALORS
	Trace(ErreurInfo() <> "")
	Erreur("Lecture impossible : " + Chemin, "voir ErreurInfo")
	RENVOYER Faux
FIN
RENVOYER Vrai
