// TableauSupprime (doc 3075008), example 2: ElémentCourant removes the
// current element while POUR TOUT goes over an associative array.
taNomPrénom est tableau associatif de chaînes
TableauInsère(taNomPrénom, "Moulin", "Françoise")
TableauInsère(taNomPrénom, "Montgomery", "Julie")
TableauSupprime(taNomPrénom, "Moulin")
sNom est une chaîne
sPrénom est une chaîne
POUR TOUT ÉLÉMENT sPrénom, sNom DE taNomPrénom
	Trace(sPrénom + " : " + sNom)
	TableauSupprime(taNomPrénom, ElémentCourant)
FIN
Trace(taNomPrénom.Occurrence)

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
