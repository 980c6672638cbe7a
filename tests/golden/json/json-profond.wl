// Un JSON imbriqué plus profond que la limite : une erreur claire, pas un
// débordement de pile.
v est un Variant = JSONVersVariant(Répète("[", 100000))
