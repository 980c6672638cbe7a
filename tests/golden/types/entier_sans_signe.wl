// entier sans signe: 0 to 2^32 - 1, checked at assignment like every sized entier (DECISIONS 5)
u est un entier sans signe = 4294967295
Trace(u)
u = u - 4294967290
Trace(u)
u = u - 6
Trace("jamais")
