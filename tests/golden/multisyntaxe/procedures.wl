// Procédures multisyntaxes (doc 1514063, « Surcharge de prototype/Multisyntaxe ») :
// la syntaxe appelée est celle dont le nombre de paramètres convient et qui
// demande le moins de conversions ; à égalité, la première déclarée.
p("A")
p(1)
p(1, "A")
p("A", 1)
p(1, 1)       // équivalentes : la troisième, déclarée avant la quatrième
p("A", "A")   // idem
n est un entier = 7
p(n)
s est une chaîne = "mot"
p(s)
// Type connu seulement à l'exécution : le choix se fait à l'exécution.
v est un Variant = 5
p(v)
v = "x"
p(v)
// Choisie à l'exécution, la syntaxe reçoit encore le Variant par référence.
Incrémente(v)
Trace(v)
// Un paramètre passé par référence reste une référence.
Incrémente(n)
Trace(n)
Incrémente(s)
Trace(s)
// Procédure locale à deux syntaxes, choisie selon le nombre de paramètres.
Trace(Aire(3))
Trace(Aire(3, 4))
// Couleur lisible : même nom, deux syntaxes (entier / chaîne).
Trace(CouleurLisible(255))
Trace(CouleurLisible("rouge"))

PROCÉDURE p(s est une chaîne)
Trace("chaîne " + s)
PROCÉDURE p(n est un entier)
Trace("entier " + n)
PROCÉDURE p(n est un entier, s est une chaîne)
Trace("entier, chaîne")
PROCÉDURE p(s est une chaîne, n est un entier)
Trace("chaîne, entier")

PROCÉDURE Incrémente(x est un entier)
x++
PROCÉDURE Incrémente(x est une chaîne)
x += "+"

PROCÉDURE Aire(c)
	PROCÉDURE INTERNE Carré(a)
	RENVOYER a * a
	FIN
	PROCÉDURE INTERNE Carré(a, b)
	RENVOYER a * b
	FIN
SELON c
	CAS 3: RENVOYER Carré(c) + Carré(c, 1)
	AUTRE CAS: RENVOYER 0
FIN
PROCÉDURE Aire(a, b)
RENVOYER a * b

PROCÉDURE CouleurLisible(n est un entier)
RENVOYER "couleur n° " + n
PROCÉDURE CouleurLisible(nom est une chaîne)
RENVOYER "couleur " + nom
