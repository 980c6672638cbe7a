// SPEC §5.6, §6 : un Variant non affecté vaut Null ; un numérique à 0 est égal à Null
v est un Variant
Trace(v = Null)
v = 3
Trace(v = Null, v + 1)
v = "trois"
Trace(v)
n est un entier
Trace(n = Null)
