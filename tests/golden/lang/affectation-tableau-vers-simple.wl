// Un tableau affecté à une variable de type simple : erreur positionnée, pas
// une chaîne vide. La doc 1515003 ne décrit l'affectation d'un tableau que
// vers un tableau ; wl refuse le reste plutôt que de perdre la valeur.
tabMots est un tableau de chaînes = ["un", "deux"]
sTexte est une chaîne = "avant"
sTexte = tabMots
Trace(sTexte)
