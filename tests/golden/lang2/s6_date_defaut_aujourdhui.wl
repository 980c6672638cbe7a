// DECISIONS 6, SPEC §6 : une Date vaut par défaut la date du jour (les tests golden fixent l'horloge au 15/06/2025)
Jour est une Date
Trace(Jour = DateDuJour(), Jour)
