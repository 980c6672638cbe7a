// Méthodes multisyntaxes (doc 1514063, « Méthodes virtuelles ») : une
// syntaxe de la classe dérivée redéfinit la syntaxe de même prototype de
// l'ancêtre ; une syntaxe en plus s'y ajoute.
CBase est une Classe
FIN
CDérivée est une Classe
	hérite de CBase
FIN
CAutre est une Classe
	hérite de CBase
FIN

oBase est un CBase
oBase.meth("A")
oBase.meth(1)
oDérivée est un CDérivée
oDérivée.meth("A")
oDérivée.meth(1)
// Appel virtuel : l'objet dérivé vu comme un CBase garde sa redéfinition.
p est un CBase dynamique = allouer un CDérivée
p.meth(2)
p.meth("B")
// Syntaxe ajoutée par une classe dérivée.
oAutre est un CAutre
oAutre.meth("C")
oAutre.meth(3)
oAutre.meth(1, 2)
// Appel sans objet dans une méthode : sur l'objet courant.
oDérivée.Essai()

PROCÉDURE CBase.meth(s est une chaîne)
Trace("CBase chaîne " + s)
PROCÉDURE CBase.meth(n est un entier)
Trace("CBase entier " + n)

PROCÉDURE CBase.Essai()
meth("D")
meth(4)

PROCÉDURE CDérivée.meth(n est un entier)
Trace("CDérivée entier " + n)

PROCÉDURE CAutre.meth(a est un entier, b est un entier)
Trace("CAutre deux entiers " + a + " et " + b)
