// DECISIONS 9g : un bloc SI (et SINON SI) dont la condition termine la ligne
// se passe de ALORS, comme dans WinDev ; fr:1510011 (instruction SI).
POUR TOUT n DE [-3, 0, 7, 42]
	Trace(n, Classe(n))
FIN
x est un entier = 5
SI x > 1 ET x < 9 // ALORS dans un commentaire ne compte pas
	Trace("entre 1 et 9")
FIN
SI Modulo(x, 2) = 1 ALORS Trace(x, "est impair") // Modulo ouvre la condition
PROCÉDURE Classe(n est un entier) : chaîne
SI n < 0
	RENVOYER "négatif"
SINON SI n = 0
	RENVOYER "nul"
SINON SI n < 10 ALORS
	RENVOYER "petit"
SINON
	RENVOYER "grand"
FIN
