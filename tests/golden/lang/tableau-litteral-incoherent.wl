// Tableau de valeurs interdit : une série contient des sous-séries et des
// valeurs simples à la fois (doc 1514031)
M est un tableau de 2 par 2 entiers = [[1, 2], 3]
Trace(M[1,1])
