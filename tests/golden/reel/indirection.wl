// Indirection {nom} et {nom, indVariable} (fr:1512005) : la variable dont le
// nom est calculé à l'exécution, cherchée parmi les variables visibles
// (locales d'abord, puis globales) ; un nom pointé parcourt les membres
// d'une structure ; un nom inconnu est une erreur d'exécution positionnée.
Adresse est une Structure
	Ville est une chaîne
FIN
gnTotal est un entier = 10
sNom est une chaîne = "gnTotal"
Trace({sNom}, {"GNTOTAL", indVariable})
{sNom} = "32"
Trace(gnTotal + 1)
Calcule("nCompte")
QUAND EXCEPTION DANS
	Trace({"nInconnu"})
FAIRE
	Trace("erreur :", ExceptionInfo(errMessage))
FIN
{"nAbsent"} = 1

PROCÉDURE Calcule(sVar est une chaîne)
nCompte est un entier = 1
gnTotal est un entier = 99
adr est une Adresse
{sVar} += 4
{"adr.Ville"} = "Lyon"
Trace({sVar}, {"gnTotal"}, adr.Ville, {"adr" + ".ville"})
