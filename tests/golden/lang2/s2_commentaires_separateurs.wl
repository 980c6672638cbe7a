// SPEC §2.2, §2.3 : commentaires // et /* */ en milieu de ligne, « ; » entre instructions
a, b sont des entiers; c est une chaîne = "x"
a = 1; b = 2; c += "y"
SI a = 1 /* _ET_ b = 99 */ ALORS Trace("le bloc /* */ est ignoré")
Trace(a + b, c) // commentaire de fin de ligne
POUR i = 1 À 3 ; Trace("tour", i) ; FIN
/* un commentaire
   sur plusieurs lignes */
Trace("fin")
