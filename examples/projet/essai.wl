// Utilise les procédures globales du projet d'exemple :
//   wl run --projet examples/projet examples/projet/essai.wl
AjouteLigne("stylo", 2.5)
AjouteLigne("cahier", 4)
EmetFacture("Léa")
AjouteLigne("gomme", 1)
EmetFacture("Noé")
Trace("Factures émises :", gnFacturesEmises, "- TVA", TAUX_TVA, "%")
// Un objet d'une classe du projet (CArticle.wdc)
a est un CArticle("règle", 1.5)
AjouteLigne(a.Libellé(), a.PrixHT())
EmetFacture("Zoé")
