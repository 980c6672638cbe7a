// Issue 12 point 8: no Go panic reaches the user.
// Remplace (3024022) clips the portion to the string, whatever its length.
Trace(Remplace("abc", 2, 9223372036854775807, "x"))
Trace(Remplace("abc", -9223372036854775807, 1, "x"))
Trace(Remplace("abc", 9223372036854775807, -5, "x"))
// ChaîneSupprime (1000019917) likewise.
Trace(ChaîneSupprime("abcdef", 2, 9223372036854775807), ChaîneSupprime("abcdef", 3, 2))
// Répète (3024036): a result over 1 Go is a fatal error, caught here.
QUAND EXCEPTION DANS
	Trace(Taille(Répète("abcd", 4611686018427387904)))
FAIRE
	Trace(ExceptionInfo())
FIN
// TableauTrie (3075007) with a procedure that empties the array: fatal.
t est un tableau de entiers = [3, 1, 2]
QUAND EXCEPTION DANS
	TableauTrie(t, ttFonction, Vide)
FAIRE
	Trace(ExceptionInfo())
FIN
Trace(TableauOccurrence(t))
// TableauCherche (3075002) in a column that does not exist: fatal, as
// TableauTrie's column error.
t2 est un tableau de 2 par 2 entiers
QUAND EXCEPTION DANS
	Trace(TableauCherche(t2, tcLinéaire, 5, 0))
FAIRE
	Trace(ExceptionInfo())
FIN
// Issue 12 point 5: PartieDécimale of an infinite number ends.
x est un réel = 1e308 * 10
Trace(PartieDécimale(x), PartieDécimale("1e400"), PartieEntière(x))
// Uncaught, the error is positioned at the call.
t = [2, 1]
TableauTrie(t, ttFonction, Vide)

PROCÉDURE Vide(a, b)
	TableauSupprimeTout(t)
	RENVOYER a - b
