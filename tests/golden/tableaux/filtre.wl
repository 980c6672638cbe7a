// Filtre (doc 1000024845) : les éléments d'un tableau pour lesquels une
// procédure renvoie Vrai. La page admet une procédure globale ou locale,
// une procédure interne ou une lambda : ici les deux premières, sur nos
// propres données (les lambdas sont dans lambda/filtre-transforme.wl).

// Procédure globale sur un tableau de structures : les livres épais.
Livre est une Structure
	Titre est une chaîne
	Pages est un entier
FIN
tabLivres est un tableau de Livre
l est un Livre
l.Titre = "Atlas"; l.Pages = 120; TableauAjoute(tabLivres, l)
l.Titre = "Brume"; l.Pages = 450; TableauAjoute(tabLivres, l)
l.Titre = "Cendres"; l.Pages = 80; TableauAjoute(tabLivres, l)
l.Titre = "Delta"; l.Pages = 320; TableauAjoute(tabLivres, l)
tabPavés est un tableau de Livre
tabPavés = Filtre(tabLivres, EstÉpais)
Trace(tabPavés.Occurrence)
POUR TOUT unLivre DE tabPavés
	Trace(unLivre.Titre, unLivre.Pages)
FIN
// Le résultat tient des copies : modifier l'une laisse la source intacte.
tabPavés[1].Pages = 1
Trace(tabLivres[2].Pages, tabLivres.Occurrence)

// Procédure interne, en syntaxe préfixée, résultat réaffecté à la source.
tabMesures est un tableau d'entiers = [15, 8, 23, 42, 4]
tabMesures = tabMesures.Filtre(AuMoinsDix)
Trace(TableauVersChaîne(tabMesures, "-"))

// Comme source d'un POUR TOUT : l'élément retenu et son indice dans le
// résultat.
tabPetits est un tableau d'entiers = [3, 11, 6, 14]
POUR TOUT nVal, nRang DE Filtre(tabPetits, AuMoinsDix)
	Trace(nVal, nRang)
FIN

// Tableau associatif : le résultat garde la clé de chaque élément retenu,
// et la procédure reçoit cette clé en second paramètre.
dictStocks est un tableau associatif d'entiers
dictStocks["ambre"] = 12
dictStocks["bleu"] = 5
dictStocks["cyan"] = 30
dictStocks["jade"] = 9
POUR TOUT nQté, sCouleur DE Filtre(dictStocks, AuMoinsDix)
	Trace(nQté, sCouleur)
FIN
POUR TOUT nQté, sCouleur DE Filtre(dictStocks, CléCourte)
	Trace(nQté, sCouleur)
FIN

// Tableau simple : le second paramètre est l'indice ; la procédure
// interne lit une variable du code qui la déclare.
nDépart est un entier = 3
tabJours est un tableau de chaînes = ["lun", "mar", "mer", "jeu", "ven"]
Trace(TableauVersChaîne(Filtre(tabJours, DepuisLeDépart), ","))

// Enchaînements (remarques de la page) : Filtre, Transforme puis Somme ;
// Filtre puis Moyenne.
Trace(tabPetits.Filtre(AuMoinsDix).Transforme(MoinsUn).Somme())
Trace(tabPetits.Filtre(AuMoinsDix).Moyenne())

// La procédure doit renvoyer Vrai ou Faux : autre chose est une erreur.
Filtre(tabJours, EntreChevrons)

PROCÉDURE INTERNE AuMoinsDix(n)
	RENVOYER n >= 10
FIN
PROCÉDURE INTERNE CléCourte(n, sClé)
	RENVOYER Taille(sClé) <= 4
FIN
PROCÉDURE INTERNE DepuisLeDépart(sJour, nIndice)
	RENVOYER nIndice >= nDépart
FIN
PROCÉDURE INTERNE MoinsUn(n)
	RENVOYER n - 1
FIN
PROCÉDURE INTERNE EntreChevrons(s)
	RENVOYER "<" + s + ">"
FIN

PROCÉDURE EstÉpais(unLivre est un Livre)
RENVOYER unLivre.Pages > 300
