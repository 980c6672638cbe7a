// Un entier affecté à une Date compte les jours depuis le 1er janvier 1800
// (fr:1514066) : 1 est le 01/01/1800, 73773 le 25/12/2001 (fr:3027025).
d est une Date = 1
Trace(d)
d = 73773
Trace(d)
Trace(d.VersEntier(), DateVersEntier(d))
