// Un Variant non affecté vaut Null (SPEC §6) ; il prend le type de ce qu'on lui affecte.
v est un Variant
Trace(v = Null, "[" + v + "]")
v = 12
Trace(v + 1, v <> Null)
v = "douze"
Trace(v + 1)
v = Null
Trace(v = Null)
// Un nombre nul est égal à Null (SPEC §5.6)
n est un entier
Trace(n = Null)
n = 3
Trace(n = Null)
