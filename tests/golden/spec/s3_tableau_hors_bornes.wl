// SPEC §3.5: out-of-range access is a runtime error
t est un tableau de 2 entiers
Trace("avant")
t[3] = 1
Trace("jamais")
