// Procédures appelées avant leur déclaration, paramètres par référence,
// LOCAL, valeurs par défaut, résultats multiples, procédure interne
a est un entier = 1
Incrémente(a)
Trace("par référence :", a)
Copie(a)
Trace("LOCAL :", a)
Trace(Salue("Léa"), Salue("Tom", "Salut"))
(q, r) = DivEuclide(17, 5)
Trace(q, r)
Trace(Fact(10))

PROCÉDURE INTERNE Carré(n)
	RENVOYER n * n
FIN
Trace(Carré(12))

PROCÉDURE Incrémente(x)
x++

PROCÉDURE Copie(LOCAL x)
x = 100

PROCÉDURE Salue(nom est une chaîne, formule est une chaîne = "Bonjour")
RENVOYER formule + " " + nom

PROCÉDURE DivEuclide(a est un entier, b est un entier)
RENVOYER (a / b - (a % b) / b, a % b)

PROCÉDURE Fact(n est un entier) : entier
SI n <= 1 ALORS RENVOYER 1
RENVOYER n * Fact(n - 1)
