// SPEC §5.1 : x++ renvoie l'ancienne valeur, ++x la nouvelle ; « += » et « -= » sont des instructions
soit x est un entier = 5
Trace(x++)
Trace(++x)
Trace(--x)
Trace(x--)
Trace(x)
y est un entier = 10
y += 5
y -= 3
Trace(y)
