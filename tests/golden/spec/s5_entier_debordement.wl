// DECISIONS 5: entier is 32-bit, checked at assignment
i est un entier = 2147483647
Trace(i)
j est un entier sur 8 octets = 2147483647
j = j + 1
Trace(j)
i = i + 1
Trace("jamais")
