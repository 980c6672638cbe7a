// soit (a, b) = P(): one inferred variable per result of a multiple RENVOYER
soit (quotient, reste) = Divise(17, 5)
Trace(quotient, reste)
let (x, y) = Divise(9, 2)
Trace(x, y)
PROCÉDURE Divise(a est un entier, b est un entier)
RENVOYER ((a - a % b) / b, a % b)
