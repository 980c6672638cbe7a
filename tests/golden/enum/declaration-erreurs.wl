// Faulty enumeration and combination blocks (doc 1514067, 1514074): a
// circular extension, a combination extending an enumeration, an
// associated value that is not a constant, an exclusion naming no option.
A est une Enumération
	[B]
	x
FIN
B est une Enumération
	[A]
	y
FIN
C est une Combinaison
	[A]
	z
	z - w
FIN
D est une Enumération
	v = Maintenant()
FIN
