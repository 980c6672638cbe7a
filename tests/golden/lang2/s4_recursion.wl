// SPEC §4.8 : une procédure peut s'appeler elle-même
Trace(Factorielle(10))
Trace(Fibo(15))

PROCÉDURE Factorielle(n)
SI n <= 1 ALORS RENVOYER 1
RENVOYER n * Factorielle(n - 1)

PROCÉDURE Fibo(n)
SI n < 2 ALORS RENVOYER n
RENVOYER Fibo(n - 1) + Fibo(n - 2)
