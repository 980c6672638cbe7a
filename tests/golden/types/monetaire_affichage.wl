// Un monétaire s'affiche sous sa forme la plus courte, sans zéros inutiles :
// 1256.67, et un montant entier comme 600 (tutoriel fr:1410087514, fr:1410087517).
// Un monétaire déclaré sans valeur vaut 0 (fr:1514043).
Prix, Remise sont des monétaires
Prix = 1256.67
Trace(Prix)
Trace(Remise)
Total est un monétaire = 500
Total = Total * 1.2
Trace(Total)
Trace("Montant : " + Total)
Centimes est un monétaire = 19.90
Trace(Centimes)
