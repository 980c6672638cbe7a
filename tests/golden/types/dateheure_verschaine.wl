// <DateHeure>.VersChaîne (fr:1000025807) : JJ/MM/AAAA HH:mm:SS:CC par défaut ; masques
// de date et d'heure (mm : minutes).
dh est une DateHeure = "201912251715"
Trace(dh.VersChaîne())
Trace(dh.VersChaîne("MM-JJ-AAAA HH:mm"))
dh = "202012021715"
Trace(dh.VersChaîne("JJJ JJ MMM AAAA HH:mm"))
Trace(dh.VersChaîne("JJJJ JJ MMMM AAAA HH:mm"))
Trace(dh.VersChaîne("Jjj JJ Mmm AAAA HH:mm"))
// AAAAMMJJHHmmSSCCC : avec les secondes et les millièmes
dh = "20211231152433123"
Trace(dh.VersChaîne("HH:mm:SS.CCC"))
Trace(dh)
