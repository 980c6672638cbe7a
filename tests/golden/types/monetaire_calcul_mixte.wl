// Tout calcul qui contient un monétaire se fait en monétaire ; en particulier un réel
// multiplié par un monétaire (fr:1514043). Un entier aussi passe en monétaire.
Taux est un réel = 0.1
Base est un monétaire = 3
Trace(Base * Taux)
Trace(Base * Taux = 0.3)
n est un entier = 7
Trace(Base + n, n - Base, n * Base)
// L'ordre des opérandes ne change rien
Trace(Taux * Base)
// Un réel stocké dans un monétaire perd ce qui dépasse la 6e décimale
r est un réel = 2.718281828
Pi est un monétaire = r
Trace(Pi)
