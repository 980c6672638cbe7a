// Une procédure lambda sur une ligne se ferme par « } » (doc 1514084).
p est une procédure = x => {Trace(x)
p(1)
