// TableauSupprime (doc 3075008) on an associative array: by key it
// returns the number of elements removed (1, or 0 for a missing key);
// ElémentCourant removes the element POUR TOUT is on.
taCapitales est tableau associatif de chaînes
TableauInsère(taCapitales, "Pérou", "Lima")
TableauInsère(taCapitales, "Chili", "Santiago")
TableauInsère(taCapitales, "Cuba", "La Havane")
Trace(TableauSupprime(taCapitales, "Chili"), TableauSupprime(taCapitales, "Japon"))
sVille est une chaîne
sPays est une chaîne
POUR TOUT ÉLÉMENT sVille, sPays DE taCapitales
	Trace(sPays + " -> " + sVille)
	TableauSupprime(taCapitales, ElémentCourant)
FIN
Trace(taCapitales.Occurrence)

// Removing some elements: the loop goes on with the element that
// followed, each element is seen once; the counter counts the turns.
taStock est un tableau associatif d'entiers
taStock["pommes"] = 4; taStock["poires"] = 0; taStock["prunes"] = 0
taStock["kiwis"] = 7; taStock["figues"] = 0
POUR TOUT nQuantité, sFruit, nTour DE taStock
	Trace(nTour, sFruit, nQuantité)
	SI nQuantité = 0 ALORS TableauSupprime(taStock, ElémentCourant)
FIN
Trace(taStock.Occurrence)
POUR TOUT nQuantité, sFruit DE taStock
	Trace(sFruit, nQuantité)
FIN

// From the end (DEPUISFIN); a value changed before the removal is not
// written back anywhere; the element removed twice counts once.
taCodes est un tableau associatif de chaînes
taCodes["a"] = "1"; taCodes["b"] = "2"; taCodes["c"] = "3"; taCodes["d"] = "4"
POUR TOUT sCode, sClé DE taCodes DEPUISFIN
	sCode = sCode + "!"
	SI sClé = "b" OU sClé = "d" ALORS
		Trace(sClé, TableauSupprime(taCodes, ElémentCourant), TableauSupprime(taCodes, ElémentCourant))
	FIN
FIN
POUR TOUT sCode, sClé DE taCodes
	Trace(sClé, sCode)
FIN

// A loop left by an exception no longer has a current element.
QUAND EXCEPTION DANS
	POUR TOUT sCode, sClé DE taCodes
		SI sClé = "z" ALORS TableauSupprime(taCodes, ElémentCourant)
		ExceptionDéclenche(12, "arrêt dans " + sClé)
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN

// Outside a POUR TOUT over the array, ElémentCourant designates nothing.
TableauSupprime(taCodes, ElémentCourant)
