// Doc 1510016 (POUR TOUT over an array, syntax 1): at each turn the
// variable refers to the current element, so changing it (or one of its
// members) changes the element; when the loop ends (FIN or SORTIR) the
// variable keeps the value of the last element visited but no longer
// refers to it.
STPoint est une Structure
	X est un entier
	Y est un entier
FIN
tab est un tableau de STPoint
p est un STPoint
POUR i = 1 _À_ 3
	p.X = i
	p.Y = i * 10
	Ajoute(tab, p)
FIN
// Ajoute copied p: changing p afterwards changes no element.
p.X = 99
Trace(tab[1].X, tab[2].X, tab[3].X)
// A member written through the variable is written into the element.
POUR TOUT e DE tab
	e.X += 100
FIN
Trace(tab[1].X, tab[2].X, tab[3].X)
// After FIN the variable holds the last element's value, as a copy.
Trace(e.X, e.Y)
e.X = -1
Trace(e.X, tab[3].X)
// The variable given another structure: the element takes its value.
q est un STPoint
q.X = 7
POUR TOUT e DE tab
	SI e.X = 102 ALORS e = q
FIN
Trace(tab[1].X, tab[2].X, tab[3].X)
// q was copied: changing it later changes no element.
q.X = 8
Trace(tab[2].X)
// After SORTIR the variable no longer refers to the element either.
POUR TOUT e DE tab
	e.Y = 5
	SI e.X = 7 ALORS SORTIR
FIN
e.Y = 6
Trace(tab[1].Y, tab[2].Y, tab[3].Y, e.Y)
// DepuisFin; a structure assigned from the variable is a copy.
r est un STPoint
POUR TOUT e DE tab DepuisFin
	r = e
	e.Y = 0
FIN
r.X = 1000
Trace(tab[1].X, tab[1].Y, r.Y, e.X)
// RENVOYER from inside the loop gives the element's value, not the element.
z est un STPoint = Premier(tab)
z.X = 55
Trace(tab[1].X, z.X)
// The same with an array of arrays: the row is shared during the turn.
tt est un tableau de tableaux d'entiers
Ajoute(tt, [1, 2])
Ajoute(tt, [3, 4])
POUR TOUT rangee DE tt
	rangee[1] += 10
FIN
rangee[2] = 0
Trace(tt[1][1], tt[1][2], tt[2][1], tt[2][2])

PROCÉDURE Premier(t est un tableau de STPoint)
POUR TOUT e DE t
	RENVOYER e
FIN
RENVOYER t[1]
