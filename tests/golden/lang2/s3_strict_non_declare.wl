//! args: --strict
// DECISIONS 4 : en mode strict (--strict), affecter un nom non déclaré est aussi l'erreur 301
Compteur est un entier = 1
Total = Compteur + 1
Trace(Total)
