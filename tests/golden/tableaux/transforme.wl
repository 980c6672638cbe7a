// Transforme (doc 1000024734) : le tableau des résultats d'une procédure
// exécutée sur chaque élément. La page admet une procédure globale ou
// locale, une procédure interne ou une lambda : ici les deux premières,
// sur nos propres données (les lambdas sont dans
// lambda/filtre-transforme.wl).

// Procédure globale : les diamètres de ces rayons.
tabRayons est un tableau d'entiers = [1, 2, 4]
tabDiamètres est un tableau d'entiers
tabDiamètres = Transforme(tabRayons, Doubler)
Trace(TableauVersChaîne(tabDiamètres, ";"))
// Le résultat a pris le type du tableau qui le reçoit : une chaîne qu'on
// y range devient un entier.
tabDiamètres[2] = "30"
Trace(tabDiamètres[2] + 5)

// Procédure interne, en syntaxe préfixée, sur des chaînes.
tabCodes est un tableau de chaînes = ["abc", "Xy", "q"]
tabCodes = tabCodes.Transforme(EnMajuscules)
Trace(TableauVersChaîne(tabCodes, ";"))

// Second paramètre : la clé, ici l'indice ; POUR TOUT parcourt le
// résultat (valeur, indice).
tabBase est un tableau d'entiers = [5, 6, 7]
POUR TOUT nRésultat, nRang DE Transforme(tabBase, FoisIndice)
	Trace(nRésultat, nRang)
FIN

// Tableau associatif : la procédure reçoit la clé d'indexation, le
// résultat garde les clés.
dictÂges est un tableau associatif d'entiers
dictÂges["ana"] = 31
dictÂges["marc"] = 47
dictÂges["zoé"] = 8
POUR TOUT sFiche, sNom DE Transforme(dictÂges, Fiche)
	Trace(sFiche, sNom)
FIN

// La source est inchangée ; une structure se lit membre par membre, et
// le résultat s'enchaîne avec Somme.
Trace(TableauVersChaîne(tabRayons, ";"))
stPlat est une Structure
	Nom est une chaîne
	Tarif est un monétaire
FIN
tabCarte est un tableau de stPlat
pl est un stPlat
pl.Nom = "soupe"; pl.Tarif = 4.5; Ajoute(tabCarte, pl)
pl.Nom = "tarte"; pl.Tarif = 3.25; Ajoute(tabCarte, pl)
Trace(TableauVersChaîne(Transforme(tabCarte, Ardoise), " / "))
Trace(Transforme(tabCarte, TarifDe).Somme())

// Autre chose qu'une procédure est une erreur (ici son nom entre
// guillemets).
Transforme(tabRayons, "Doubler")

PROCÉDURE INTERNE EnMajuscules(s)
	RENVOYER Majuscule(s)
FIN
PROCÉDURE INTERNE FoisIndice(n, nIndice)
	RENVOYER n * nIndice
FIN
PROCÉDURE INTERNE Fiche(n, sClé)
	RENVOYER sClé + ":" + n
FIN
PROCÉDURE INTERNE Ardoise(unPlat)
	RENVOYER unPlat.Nom + " = " + unPlat.Tarif
FIN
PROCÉDURE INTERNE TarifDe(unPlat)
	RENVOYER unPlat.Tarif
FIN

PROCÉDURE Doubler(n)
RENVOYER n * 2
