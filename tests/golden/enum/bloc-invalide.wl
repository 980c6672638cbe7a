// A line of an enumeration block that is not a value (doc 1514067).
TypeAutomate est une Enumération
	Marche
	"Arrêté"
FIN
