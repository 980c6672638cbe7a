// Un entier affecté à une Durée est un nombre de millisecondes ; 0 la remet à zéro
// (fr:1514069). Les propriétés En… convertissent (fr:1000017298 : 210 heures font
// 756000 secondes).
d est une Durée = 1500
Trace(d.EnSecondes, d.EnMillisecondes)
d = 756000000
Trace(d.EnHeures, d.EnSecondes, d.EnJours)
d = 0
Trace(d.EnSecondes)
