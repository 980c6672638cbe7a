// Banc d'essai « fib » : appels récursifs, fib(27) = 196418
Trace(Fib(27))

PROCÉDURE Fib(n est un entier) : entier
SI n < 2 ALORS RENVOYER n
RENVOYER Fib(n - 1) + Fib(n - 2)
