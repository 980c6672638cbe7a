// Le numérique est décimal, 32 chiffres entiers et 6 décimales par défaut (fr:1514072) :
// 18/5 donne 3.6, et un résultat est tronqué à 6 décimales sans arrondir.
a est un numérique = 18
Trace(a / 5)
Trace(a / 7)
b est un numérique = 1
Trace(b / 3)
Trace(b / 3 * 3)
c est un numérique
Trace(c)
