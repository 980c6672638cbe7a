// Un objet d'une classe inconnue construit avec des paramètres (6010002) :
// l'erreur est la classe inconnue (9402), une seule fois ; des paramètres
// de constructeur après un type qui n'est pas une classe sont l'erreur 9457.
o est un objet CInconnue(1)
c is object CUnknown(2)
v est un Variant(3)
