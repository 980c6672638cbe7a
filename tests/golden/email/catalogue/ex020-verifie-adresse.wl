// Catalogue 020 (code réel, non doc) : une procédure qui vérifie la forme
// d'une adresse email avec Position, Milieu, Taille, Gauche, Droite et OU ;
// notre propre écriture des mêmes règles
POUR TOUT a DE ["nom@gmail.com", "", "nom.gmail.com", "nom@gmail", "a b@c.fr", "nom@gmail.com.", ".nom@gmail.com", "x@y.z"]
	Trace("[" + a + "]", AdresseCorrecte(a))
FIN

PROCEDURE AdresseCorrecte(adr est une chaîne) : booléen
SI adr = "" ALORS RENVOYER Faux
arobase est un entier = Position(adr, "@")
SI arobase = 0 ALORS
	renvoyer Faux
FIN
apres est une chaîne = Milieu(adr, arobase + 1, Taille(adr) - arobase)
SI Position(apres, ".") = 0 ALORS RENVOYER Faux
SI Position(adr, " ") <> 0 ALORS RENVOYER Faux
SI Gauche(adr, 1) = "." OU Droite(adr, 1) = "." ALORS RENVOYER Faux
RENVOYER Vrai
