// Un entier est signé sur 32 bits ; le calcul se fait sans débordement et la
// vérification a lieu à l'affectation (DECISIONS 5, fr:1512008).
grand est un entier sur 8 octets = 2147483647
grand = grand + 1
Trace(grand)
n est un entier = 2147483647
Trace(n + 1)
n = n + 1
Trace("non atteint")
