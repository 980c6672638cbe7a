// Un réel a 15 chiffres significatifs (fr:1514048) et s'affiche sans exposant ni zéros
// inutiles : 0.1 + 0.2 s'affiche 0.3, 18/5 donne 3.6 (tutoriel fr:1410087514).
r est un réel = 0.1
Trace(r + 0.2)
Trace(18 / 5)
Trace(1 / 3)
Trace(2.50)
x est un réel
Trace(x)
Trace(1256.67)
