//! args: --max-steps 500
// --max-steps arrête une boucle sans fin
i est un entier
BOUCLE
	i++
FIN
