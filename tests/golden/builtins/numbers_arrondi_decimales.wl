// ArrondiInférieur (doc 1000019395) et ArrondiSupérieur (doc 1000019396) :
// un second paramètre facultatif donne le nombre de décimales gardées ;
// sans lui, l'arrondi est à l'entier (forme du code réel :
// ArrondiInférieur(totalTTC, 2)).
Trace(ArrondiInférieur(-7.4512, 2))
Trace(ArrondiInférieur(5.987, 2))
Trace(ArrondiInférieur(2.7))
Trace(ArrondiInférieur(-2.7))
Trace(ArrondiInférieur(1.13, 2))
Trace(ArrondiInférieur(1234.5, -2))
Trace(ArrondiSupérieur(-7.4512, 2))
Trace(ArrondiSupérieur(5.981, 2))
Trace(ArrondiSupérieur(2.1))
Trace(ArrondiSupérieur(1.13, 2))
mTotal est un monétaire = 10.4567
Trace(ArrondiInférieur(mTotal, 2), ArrondiSupérieur(mTotal, 2))
