// Des variables de boucle nommées element, chaine et ligne : les mots
// ÉLÉMENT et CHAÎNE de POUR TOUT [fr:1510016] ne le sont que suivis du nom
// de la variable, et POUR TOUT ligne DE t, t étant une variable du script,
// parcourt t (un script n'a pas de fenêtre, donc pas de champ t à
// parcourir ligne par ligne).
t est un tableau de chaînes = ["un", "deux"]
POUR TOUT element DE t
	Trace("element", element)
FIN
POUR TOUT element, i DE t
	Trace("element", i, element)
FIN
POUR TOUT chaine DE t
	Trace("chaine", chaine)
FIN
POUR TOUT ligne DE t
	Trace("ligne", ligne)
FIN
POUR TOUT ÉLÉMENT e DE t
	Trace("ÉLÉMENT e", e)
FIN
POUR TOUTE CHAÎNE element DE "a,b" SÉPARÉE PAR ","
	Trace("CHAÎNE element", element)
FIN
