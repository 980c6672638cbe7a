// <Date>.VersChaîne (fr:1000023952) : JJ/MM/AAAA par défaut ; les masques remplacent
// AAAA, AA, MM, M, JJ, J, les jours et mois en lettres ; le reste est recopié.
d est une Date = "20191225"
Trace(d.VersChaîne())
Trace(d.VersChaîne("MM-JJ-AAAA"))
Trace(d.VersChaîne("J/M/AA"))
Trace(d.VersChaîne("Le JJ du mois MM de l'année AAAA"))
d = "20031202"
Trace(d.VersChaîne("JJJ JJ MMM AAAA"))
Trace(d.VersChaîne("JJJJ JJ MMMM AAAA"))
Trace(d.VersChaîne("Jjj JJ Mmm AAAA"))
Trace(d.VersChaîne("Jjjj JJ Mmmm AAAA"))
