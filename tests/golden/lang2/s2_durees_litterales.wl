// SPEC §2.5 : littéraux de durée (2 min 8 s, 128 s, 3 min 30 s) et leurs propriétés
d1 est une Durée = 2 min 8 s
d2 est une Durée = 128 s
Trace(d1 = d2, d1.EnSecondes, d1.EnMillisecondes)
d3 est une Durée = 3 min 30 s
Trace(d3.EnSecondes)
Trace((d1 + d3).EnSecondes)
