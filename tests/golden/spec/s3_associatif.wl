// SPEC §3.6, DECISIONS 9c: associative arrays keep insertion order
naissances est un tableau associatif de chaînes
naissances["Marc"] = "19820201"
naissances["Anne"] = "19750413"
naissances["Paul"] = "19991231"
POUR TOUT date, nom DE naissances
	Trace(nom, date)
FIN
Trace(naissances["Anne"]..Existe, naissances["Zoé"]..Existe, naissances.Occurrence)
