// Utilise les procédures globales et les classes du projet d'exemple :
//   wl run --projet examples/projet examples/projet/essai.wl
AjouteLigne("stylo", 2.5)
AjouteLigne("cahier", 4)
EmetFacture("Léa")
AjouteLigne("gomme", 1)
EmetFacture("Noé")
Trace("Factures émises :", gnFacturesEmises, "- TVA", TAUX_TVA, "%")

// Classes (.wdc) : héritage, méthode redéfinie, polymorphisme
tabProduits est un tableau de CProduit dynamique
Ajoute(tabProduits, allouer un CProduit("règle", 3))
Ajoute(tabProduits, allouer un CProduitSoldé("compas", 10, 30))
POUR TOUT p DE tabProduits
	p.Facture()
FIN
EmetFacture("Zoé")
Trace("Produits créés :", CProduit::gnCréés)
Trace("Prix TTC du compas :", tabProduits[2].PrixTTC, DEVISE)
